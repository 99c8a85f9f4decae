import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`public_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`uid\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`source_id\` text NOT NULL,
  	\`department_id\` text,
  	\`department_code\` text,
  	\`topic_codes\` text,
  	\`validity\` text,
  	\`state\` text NOT NULL,
  	\`published_at\` text,
  	\`public_updated_at\` text,
  	\`unpublish_at\` text,
  	\`index_number\` text,
  	\`doc_number\` text,
  	\`doc_number_key\` text,
  	\`title_zh\` text,
  	\`title_en\` text,
  	\`summary_zh\` text,
  	\`summary_en\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`public_documents_key_idx\` ON \`public_documents\` (\`key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`public_documents_uid_idx\` ON \`public_documents\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_type_idx\` ON \`public_documents\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_department_id_idx\` ON \`public_documents\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_department_code_idx\` ON \`public_documents\` (\`department_code\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_topic_codes_idx\` ON \`public_documents\` (\`topic_codes\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_validity_idx\` ON \`public_documents\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_state_idx\` ON \`public_documents\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_published_at_idx\` ON \`public_documents\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_public_updated_at_idx\` ON \`public_documents\` (\`public_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_unpublish_at_idx\` ON \`public_documents\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_index_number_idx\` ON \`public_documents\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_doc_number_key_idx\` ON \`public_documents\` (\`doc_number_key\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_title_zh_idx\` ON \`public_documents\` (\`title_zh\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_updated_at_idx\` ON \`public_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`public_documents_created_at_idx\` ON \`public_documents\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`public_documents_id\` integer REFERENCES public_documents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`public_documents_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`public_documents\`;`)
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
  	FOREIGN KEY (\`sequences_id\`) REFERENCES \`sequences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "policies_id", "regulations_id", "interpretations_id", "procedures_id", "licensing_decisions_id", "penalty_decisions_id", "departments_id", "topics_id", "media_id", "attachments_id", "users_id", "audit_log_id", "scheduled_jobs_id", "sequences_id") SELECT "id", "order", "parent_id", "path", "policies_id", "regulations_id", "interpretations_id", "procedures_id", "licensing_decisions_id", "penalty_decisions_id", "departments_id", "topics_id", "media_id", "attachments_id", "users_id", "audit_log_id", "scheduled_jobs_id", "sequences_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sequences_id_idx\` ON \`payload_locked_documents_rels\` (\`sequences_id\`);`)
}
