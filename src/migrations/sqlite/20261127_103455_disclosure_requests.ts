import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`disclosure_requests_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`days\` numeric,
  	\`reason\` text,
  	\`approver\` text,
  	\`note\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_requests_events_order_idx\` ON \`disclosure_requests_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_events_parent_id_idx\` ON \`disclosure_requests_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_events_by_idx\` ON \`disclosure_requests_events\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text,
  	\`access_key_hash\` text,
  	\`department_id\` integer NOT NULL,
  	\`assignee_id\` integer,
  	\`received_via\` text DEFAULT 'in_person' NOT NULL,
  	\`received_on\` text NOT NULL,
  	\`submitted_at\` text,
  	\`applicant_type\` text NOT NULL,
  	\`applicant_name\` text NOT NULL,
  	\`applicant_id_type\` text,
  	\`applicant_id_number\` text,
  	\`applicant_organization_code\` text,
  	\`applicant_email\` text,
  	\`applicant_phone\` text,
  	\`applicant_address\` text,
  	\`request_description\` text NOT NULL,
  	\`request_document_title\` text,
  	\`request_doc_number\` text,
  	\`request_preferred_form\` text,
  	\`request_reply_channel\` text,
  	\`status\` text DEFAULT 'received',
  	\`due_date\` text,
  	\`clock_state\` text,
  	\`provisional\` integer,
  	\`extension_days\` numeric,
  	\`outcome\` text,
  	\`outcome_reason\` text,
  	\`answer\` text,
  	\`answered_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_requests_tracking_code_idx\` ON \`disclosure_requests\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_department_idx\` ON \`disclosure_requests\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_assignee_idx\` ON \`disclosure_requests\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_received_on_idx\` ON \`disclosure_requests\` (\`received_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_status_idx\` ON \`disclosure_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_due_date_idx\` ON \`disclosure_requests\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_clock_state_idx\` ON \`disclosure_requests\` (\`clock_state\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_outcome_idx\` ON \`disclosure_requests\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_answered_on_idx\` ON \`disclosure_requests\` (\`answered_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_updated_at_idx\` ON \`disclosure_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_created_at_idx\` ON \`disclosure_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`request_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`request_files_id\`) REFERENCES \`request_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_requests_rels_order_idx\` ON \`disclosure_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_rels_parent_idx\` ON \`disclosure_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_rels_path_idx\` ON \`disclosure_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_rels_request_files_id_idx\` ON \`disclosure_requests_rels\` (\`request_files_id\`);`)
  await db.run(sql`CREATE TABLE \`request_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`department_id\` integer NOT NULL,
  	\`purpose\` text DEFAULT 'response' NOT NULL,
  	\`sha256\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`request_files_department_idx\` ON \`request_files\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`request_files_sha256_idx\` ON \`request_files\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`request_files_updated_at_idx\` ON \`request_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`request_files_created_at_idx\` ON \`request_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`request_files_filename_idx\` ON \`request_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`calendar_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`working\` integer DEFAULT false,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`calendar_entries_date_idx\` ON \`calendar_entries\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_updated_at_idx\` ON \`calendar_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_created_at_idx\` ON \`calendar_entries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosure_requests_id\` integer REFERENCES disclosure_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`request_files_id\` integer REFERENCES request_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`calendar_entries_id\` integer REFERENCES calendar_entries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_request_files_id_idx\` ON \`payload_locked_documents_rels\` (\`request_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_entries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`disclosure_requests_events\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`request_files\`;`)
  await db.run(sql`DROP TABLE \`calendar_entries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policies_id\` integer,
  	\`regulations_id\` integer,
  	\`interpretations_id\` integer,
  	\`procedures_id\` integer,
  	\`licensing_decisions_id\` integer,
  	\`penalty_decisions_id\` integer,
  	\`departments_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`attachments_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`scheduled_jobs_id\` integer,
  	\`public_documents_id\` integer,
  	\`search_entries_id\` integer,
  	\`api_keys_id\` integer,
  	\`webhook_subscriptions_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`sequences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regulations_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`licensing_decisions_id\`) REFERENCES \`licensing_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`penalty_decisions_id\`) REFERENCES \`penalty_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scheduled_jobs_id\`) REFERENCES \`scheduled_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_documents_id\`) REFERENCES \`public_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_subscriptions_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sequences_id\`) REFERENCES \`sequences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "policies_id", "regulations_id", "interpretations_id", "procedures_id", "licensing_decisions_id", "penalty_decisions_id", "departments_id", "topics_id", "media_id", "attachments_id", "users_id", "audit_log_id", "scheduled_jobs_id", "public_documents_id", "search_entries_id", "api_keys_id", "webhook_subscriptions_id", "webhook_deliveries_id", "sequences_id") SELECT "id", "order", "parent_id", "path", "policies_id", "regulations_id", "interpretations_id", "procedures_id", "licensing_decisions_id", "penalty_decisions_id", "departments_id", "topics_id", "media_id", "attachments_id", "users_id", "audit_log_id", "scheduled_jobs_id", "public_documents_id", "search_entries_id", "api_keys_id", "webhook_subscriptions_id", "webhook_deliveries_id", "sequences_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regulations_id_idx\` ON \`payload_locked_documents_rels\` (\`regulations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_licensing_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`licensing_decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_penalty_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`penalty_decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scheduled_jobs_id_idx\` ON \`payload_locked_documents_rels\` (\`scheduled_jobs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`public_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sequences_id_idx\` ON \`payload_locked_documents_rels\` (\`sequences_id\`);`)
}
