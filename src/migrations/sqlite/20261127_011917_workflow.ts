import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policies\` ADD \`workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`policies_workflow_state_idx\` ON \`policies\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`policies_publish_at_idx\` ON \`policies\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_submitted_by_idx\` ON \`policies\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_reviewed_by_idx\` ON \`policies\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`policies_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`policies_rels_users_id_idx\` ON \`policies_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_workflow_state_idx\` ON \`_policies_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_publish_at_idx\` ON \`_policies_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_submitted_by_idx\` ON \`_policies_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_reviewed_by_idx\` ON \`_policies_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_users_id_idx\` ON \`_policies_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`regulations\` ADD \`unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`regulations_workflow_state_idx\` ON \`regulations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`regulations_publish_at_idx\` ON \`regulations\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`regulations_submitted_by_idx\` ON \`regulations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`regulations_reviewed_by_idx\` ON \`regulations\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`regulations_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_users_id_idx\` ON \`regulations_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_regulations_v\` ADD \`version_unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_workflow_state_idx\` ON \`_regulations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_publish_at_idx\` ON \`_regulations_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_submitted_by_idx\` ON \`_regulations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_reviewed_by_idx\` ON \`_regulations_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_regulations_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_users_id_idx\` ON \`_regulations_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`interpretations_workflow_state_idx\` ON \`interpretations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_publish_at_idx\` ON \`interpretations\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_submitted_by_idx\` ON \`interpretations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_reviewed_by_idx\` ON \`interpretations\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`interpretations_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_users_id_idx\` ON \`interpretations_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_workflow_state_idx\` ON \`_interpretations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_publish_at_idx\` ON \`_interpretations_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_submitted_by_idx\` ON \`_interpretations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_reviewed_by_idx\` ON \`_interpretations_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_users_id_idx\` ON \`_interpretations_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_state_idx\` ON \`procedures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`procedures_publish_at_idx\` ON \`procedures\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_submitted_by_idx\` ON \`procedures\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_reviewed_by_idx\` ON \`procedures\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`procedures_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_users_id_idx\` ON \`procedures_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_workflow_state_idx\` ON \`_procedures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_publish_at_idx\` ON \`_procedures_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_submitted_by_idx\` ON \`_procedures_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_reviewed_by_idx\` ON \`_procedures_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_users_id_idx\` ON \`_procedures_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_workflow_state_idx\` ON \`licensing_decisions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_publish_at_idx\` ON \`licensing_decisions\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_submitted_by_idx\` ON \`licensing_decisions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_reviewed_by_idx\` ON \`licensing_decisions\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`licensing_decisions_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_rels_users_id_idx\` ON \`licensing_decisions_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_workflow_state_idx\` ON \`_licensing_decisions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_publish_at_idx\` ON \`_licensing_decisions_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_submitted_by_idx\` ON \`_licensing_decisions_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_reviewed_by_idx\` ON \`_licensing_decisions_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_rels_users_id_idx\` ON \`_licensing_decisions_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_workflow_state_idx\` ON \`penalty_decisions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_publish_at_idx\` ON \`penalty_decisions\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_submitted_by_idx\` ON \`penalty_decisions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_reviewed_by_idx\` ON \`penalty_decisions\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`penalty_decisions_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_rels_users_id_idx\` ON \`penalty_decisions_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_workflow_state\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_withdrawn_notice\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_unpublished_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_unpublished_at\` text;`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_workflow_state_idx\` ON \`_penalty_decisions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_publish_at_idx\` ON \`_penalty_decisions_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_submitted_by_idx\` ON \`_penalty_decisions_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_reviewed_by_idx\` ON \`_penalty_decisions_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_rels_users_id_idx\` ON \`_penalty_decisions_v_rels\` (\`users_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`uid\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`public_updated_at\` text,
  	\`unpublish_at\` text,
  	\`department_id\` integer,
  	\`doc_number\` text,
  	\`doc_number_key\` text,
  	\`signed_date\` text,
  	\`genre\` text,
  	\`validity\` text DEFAULT 'valid',
  	\`expired_on\` text,
  	\`repealed_on\` text,
  	\`major_change\` integer,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies\`("id", "uid", "index_number", "published_at", "public_updated_at", "unpublish_at", "department_id", "doc_number", "doc_number_key", "signed_date", "genre", "validity", "expired_on", "repealed_on", "major_change", "change_note", "updated_at", "created_at", "_status") SELECT "id", "uid", "index_number", "published_at", "public_updated_at", "unpublish_at", "department_id", "doc_number", "doc_number_key", "signed_date", "genre", "validity", "expired_on", "repealed_on", "major_change", "change_note", "updated_at", "created_at", "_status" FROM \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies\` RENAME TO \`policies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_uid_idx\` ON \`policies\` (\`uid\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_index_number_idx\` ON \`policies\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`policies_published_at_idx\` ON \`policies\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_unpublish_at_idx\` ON \`policies\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_department_idx\` ON \`policies\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_doc_number_key_idx\` ON \`policies\` (\`doc_number_key\`);`)
  await db.run(sql`CREATE INDEX \`policies_validity_idx\` ON \`policies\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`department_docNumberKey_idx\` ON \`policies\` (\`department_id\`,\`doc_number_key\`);`)
  await db.run(sql`CREATE TABLE \`__new_policies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`departments_id\` integer,
  	\`policies_id\` integer,
  	\`regulations_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regulations_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies_rels\`("id", "order", "parent_id", "path", "topics_id", "departments_id", "policies_id", "regulations_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "departments_id", "policies_id", "regulations_id", "attachments_id", "media_id" FROM \`policies_rels\`;`)
  await db.run(sql`DROP TABLE \`policies_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies_rels\` RENAME TO \`policies_rels\`;`)
  await db.run(sql`CREATE INDEX \`policies_rels_order_idx\` ON \`policies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parent_idx\` ON \`policies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_path_idx\` ON \`policies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_topics_id_idx\` ON \`policies_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_departments_id_idx\` ON \`policies_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_policies_id_idx\` ON \`policies_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_regulations_id_idx\` ON \`policies_rels\` (\`regulations_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_attachments_id_idx\` ON \`policies_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_media_id_idx\` ON \`policies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_uid\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_public_updated_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_department_id\` integer,
  	\`version_doc_number\` text,
  	\`version_doc_number_key\` text,
  	\`version_signed_date\` text,
  	\`version_genre\` text,
  	\`version_validity\` text DEFAULT 'valid',
  	\`version_expired_on\` text,
  	\`version_repealed_on\` text,
  	\`version_major_change\` integer,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v\`("id", "parent_id", "version_uid", "version_index_number", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_department_id", "version_doc_number", "version_doc_number_key", "version_signed_date", "version_genre", "version_validity", "version_expired_on", "version_repealed_on", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_uid", "version_index_number", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_department_id", "version_doc_number", "version_doc_number_key", "version_signed_date", "version_genre", "version_validity", "version_expired_on", "version_repealed_on", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v\` RENAME TO \`_policies_v\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_uid_idx\` ON \`_policies_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_index_number_idx\` ON \`_policies_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_published_at_idx\` ON \`_policies_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_unpublish_at_idx\` ON \`_policies_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_department_idx\` ON \`_policies_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_doc_number_key_idx\` ON \`_policies_v\` (\`version_doc_number_key\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_validity_idx\` ON \`_policies_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_snapshot_idx\` ON \`_policies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_published_locale_idx\` ON \`_policies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_department_version_docNumberKey_idx\` ON \`_policies_v\` (\`version_department_id\`,\`version_doc_number_key\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`departments_id\` integer,
  	\`policies_id\` integer,
  	\`regulations_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regulations_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v_rels\`("id", "order", "parent_id", "path", "topics_id", "departments_id", "policies_id", "regulations_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "departments_id", "policies_id", "regulations_id", "attachments_id", "media_id" FROM \`_policies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v_rels\` RENAME TO \`_policies_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_order_idx\` ON \`_policies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parent_idx\` ON \`_policies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_path_idx\` ON \`_policies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_topics_id_idx\` ON \`_policies_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_departments_id_idx\` ON \`_policies_v_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_policies_id_idx\` ON \`_policies_v_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_regulations_id_idx\` ON \`_policies_v_rels\` (\`regulations_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_attachments_id_idx\` ON \`_policies_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_media_id_idx\` ON \`_policies_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_regulations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`uid\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`public_updated_at\` text,
  	\`unpublish_at\` text,
  	\`department_id\` integer,
  	\`doc_number\` text,
  	\`doc_number_key\` text,
  	\`signed_date\` text,
  	\`genre\` text,
  	\`effective_date\` text,
  	\`validity\` text DEFAULT 'valid',
  	\`expired_on\` text,
  	\`repealed_on\` text,
  	\`major_change\` integer,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_regulations\`("id", "uid", "index_number", "published_at", "public_updated_at", "unpublish_at", "department_id", "doc_number", "doc_number_key", "signed_date", "genre", "effective_date", "validity", "expired_on", "repealed_on", "major_change", "change_note", "updated_at", "created_at", "_status") SELECT "id", "uid", "index_number", "published_at", "public_updated_at", "unpublish_at", "department_id", "doc_number", "doc_number_key", "signed_date", "genre", "effective_date", "validity", "expired_on", "repealed_on", "major_change", "change_note", "updated_at", "created_at", "_status" FROM \`regulations\`;`)
  await db.run(sql`DROP TABLE \`regulations\`;`)
  await db.run(sql`ALTER TABLE \`__new_regulations\` RENAME TO \`regulations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`regulations_uid_idx\` ON \`regulations\` (\`uid\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`regulations_index_number_idx\` ON \`regulations\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`regulations_published_at_idx\` ON \`regulations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`regulations_unpublish_at_idx\` ON \`regulations\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`regulations_department_idx\` ON \`regulations\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`regulations_doc_number_key_idx\` ON \`regulations\` (\`doc_number_key\`);`)
  await db.run(sql`CREATE INDEX \`regulations_validity_idx\` ON \`regulations\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`regulations_updated_at_idx\` ON \`regulations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regulations_created_at_idx\` ON \`regulations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`regulations__status_idx\` ON \`regulations\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`department_docNumberKey_1_idx\` ON \`regulations\` (\`department_id\`,\`doc_number_key\`);`)
  await db.run(sql`CREATE TABLE \`__new_regulations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`departments_id\` integer,
  	\`policies_id\` integer,
  	\`regulations_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regulations_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_regulations_rels\`("id", "order", "parent_id", "path", "topics_id", "departments_id", "policies_id", "regulations_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "departments_id", "policies_id", "regulations_id", "attachments_id", "media_id" FROM \`regulations_rels\`;`)
  await db.run(sql`DROP TABLE \`regulations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_regulations_rels\` RENAME TO \`regulations_rels\`;`)
  await db.run(sql`CREATE INDEX \`regulations_rels_order_idx\` ON \`regulations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_parent_idx\` ON \`regulations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_path_idx\` ON \`regulations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_topics_id_idx\` ON \`regulations_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_departments_id_idx\` ON \`regulations_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_policies_id_idx\` ON \`regulations_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_regulations_id_idx\` ON \`regulations_rels\` (\`regulations_id\`);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_attachments_id_idx\` ON \`regulations_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`regulations_rels_media_id_idx\` ON \`regulations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__regulations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_uid\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_public_updated_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_department_id\` integer,
  	\`version_doc_number\` text,
  	\`version_doc_number_key\` text,
  	\`version_signed_date\` text,
  	\`version_genre\` text,
  	\`version_effective_date\` text,
  	\`version_validity\` text DEFAULT 'valid',
  	\`version_expired_on\` text,
  	\`version_repealed_on\` text,
  	\`version_major_change\` integer,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__regulations_v\`("id", "parent_id", "version_uid", "version_index_number", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_department_id", "version_doc_number", "version_doc_number_key", "version_signed_date", "version_genre", "version_effective_date", "version_validity", "version_expired_on", "version_repealed_on", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_uid", "version_index_number", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_department_id", "version_doc_number", "version_doc_number_key", "version_signed_date", "version_genre", "version_effective_date", "version_validity", "version_expired_on", "version_repealed_on", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_regulations_v\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__regulations_v\` RENAME TO \`_regulations_v\`;`)
  await db.run(sql`CREATE INDEX \`_regulations_v_parent_idx\` ON \`_regulations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_uid_idx\` ON \`_regulations_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_index_number_idx\` ON \`_regulations_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_published_at_idx\` ON \`_regulations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_unpublish_at_idx\` ON \`_regulations_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_department_idx\` ON \`_regulations_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_doc_number_key_idx\` ON \`_regulations_v\` (\`version_doc_number_key\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_validity_idx\` ON \`_regulations_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_updated_at_idx\` ON \`_regulations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version_created_at_idx\` ON \`_regulations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_version_version__status_idx\` ON \`_regulations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_created_at_idx\` ON \`_regulations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_updated_at_idx\` ON \`_regulations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_snapshot_idx\` ON \`_regulations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_published_locale_idx\` ON \`_regulations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_latest_idx\` ON \`_regulations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_department_version_docNumberKey_1_idx\` ON \`_regulations_v\` (\`version_department_id\`,\`version_doc_number_key\`);`)
  await db.run(sql`CREATE TABLE \`__new__regulations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`departments_id\` integer,
  	\`policies_id\` integer,
  	\`regulations_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_regulations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regulations_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__regulations_v_rels\`("id", "order", "parent_id", "path", "topics_id", "departments_id", "policies_id", "regulations_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "departments_id", "policies_id", "regulations_id", "attachments_id", "media_id" FROM \`_regulations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__regulations_v_rels\` RENAME TO \`_regulations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_order_idx\` ON \`_regulations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_parent_idx\` ON \`_regulations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_path_idx\` ON \`_regulations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_topics_id_idx\` ON \`_regulations_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_departments_id_idx\` ON \`_regulations_v_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_policies_id_idx\` ON \`_regulations_v_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_regulations_id_idx\` ON \`_regulations_v_rels\` (\`regulations_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_attachments_id_idx\` ON \`_regulations_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_regulations_v_rels_media_id_idx\` ON \`_regulations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_interpretations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`uid\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`public_updated_at\` text,
  	\`unpublish_at\` text,
  	\`department_id\` integer,
  	\`interprets_id\` integer,
  	\`form\` text DEFAULT 'text',
  	\`author_organ_id\` integer,
  	\`video_url\` text,
  	\`major_change\` integer,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`interprets_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_organ_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interpretations\`("id", "uid", "index_number", "published_at", "public_updated_at", "unpublish_at", "department_id", "interprets_id", "form", "author_organ_id", "video_url", "major_change", "change_note", "updated_at", "created_at", "_status") SELECT "id", "uid", "index_number", "published_at", "public_updated_at", "unpublish_at", "department_id", "interprets_id", "form", "author_organ_id", "video_url", "major_change", "change_note", "updated_at", "created_at", "_status" FROM \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`ALTER TABLE \`__new_interpretations\` RENAME TO \`interpretations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`interpretations_uid_idx\` ON \`interpretations\` (\`uid\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`interpretations_index_number_idx\` ON \`interpretations\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_published_at_idx\` ON \`interpretations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_unpublish_at_idx\` ON \`interpretations\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_department_idx\` ON \`interpretations\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_interprets_idx\` ON \`interpretations\` (\`interprets_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_author_organ_idx\` ON \`interpretations\` (\`author_organ_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interpretations_rels\`("id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id" FROM \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_interpretations_rels\` RENAME TO \`interpretations_rels\`;`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_topics_id_idx\` ON \`interpretations_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_attachments_id_idx\` ON \`interpretations_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_media_id_idx\` ON \`interpretations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__interpretations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_uid\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_public_updated_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_department_id\` integer,
  	\`version_interprets_id\` integer,
  	\`version_form\` text DEFAULT 'text',
  	\`version_author_organ_id\` integer,
  	\`version_video_url\` text,
  	\`version_major_change\` integer,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_interprets_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_organ_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interpretations_v\`("id", "parent_id", "version_uid", "version_index_number", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_department_id", "version_interprets_id", "version_form", "version_author_organ_id", "version_video_url", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_uid", "version_index_number", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_department_id", "version_interprets_id", "version_form", "version_author_organ_id", "version_video_url", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interpretations_v\` RENAME TO \`_interpretations_v\`;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_uid_idx\` ON \`_interpretations_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_index_number_idx\` ON \`_interpretations_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_published_at_idx\` ON \`_interpretations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_unpublish_at_idx\` ON \`_interpretations_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_department_idx\` ON \`_interpretations_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_interprets_idx\` ON \`_interpretations_v\` (\`version_interprets_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_author_organ_idx\` ON \`_interpretations_v\` (\`version_author_organ_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_snapshot_idx\` ON \`_interpretations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_published_locale_idx\` ON \`_interpretations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interpretations_v_rels\`("id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id" FROM \`_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__interpretations_v_rels\` RENAME TO \`_interpretations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_order_idx\` ON \`_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_parent_idx\` ON \`_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_path_idx\` ON \`_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_topics_id_idx\` ON \`_interpretations_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_attachments_id_idx\` ON \`_interpretations_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_media_id_idx\` ON \`_interpretations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`uid\` text,
  	\`published_at\` text,
  	\`public_updated_at\` text,
  	\`unpublish_at\` text,
  	\`department_id\` integer,
  	\`item_code\` text,
  	\`implementation_code\` text,
  	\`item_type\` text,
  	\`implementing_body_nature\` text,
  	\`legal_time_limit\` numeric,
  	\`promised_time_limit\` numeric,
  	\`on_site_visits\` numeric,
  	\`fee_charged\` integer DEFAULT false,
  	\`fee_basis\` text,
  	\`online_url\` text,
  	\`consult_phone\` text,
  	\`complaint_phone\` text,
  	\`major_change\` integer,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures\`("id", "uid", "published_at", "public_updated_at", "unpublish_at", "department_id", "item_code", "implementation_code", "item_type", "implementing_body_nature", "legal_time_limit", "promised_time_limit", "on_site_visits", "fee_charged", "fee_basis", "online_url", "consult_phone", "complaint_phone", "major_change", "change_note", "updated_at", "created_at", "_status") SELECT "id", "uid", "published_at", "public_updated_at", "unpublish_at", "department_id", "item_code", "implementation_code", "item_type", "implementing_body_nature", "legal_time_limit", "promised_time_limit", "on_site_visits", "fee_charged", "fee_basis", "online_url", "consult_phone", "complaint_phone", "major_change", "change_note", "updated_at", "created_at", "_status" FROM \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures\` RENAME TO \`procedures\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_uid_idx\` ON \`procedures\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`procedures_published_at_idx\` ON \`procedures\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_unpublish_at_idx\` ON \`procedures\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_department_idx\` ON \`procedures\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_item_code_idx\` ON \`procedures\` (\`item_code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_implementation_code_idx\` ON \`procedures\` (\`implementation_code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_procedures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procedures_rels\`("id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id" FROM \`procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`procedures_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_procedures_rels\` RENAME TO \`procedures_rels\`;`)
  await db.run(sql`CREATE INDEX \`procedures_rels_order_idx\` ON \`procedures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_parent_idx\` ON \`procedures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_path_idx\` ON \`procedures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_topics_id_idx\` ON \`procedures_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_attachments_id_idx\` ON \`procedures_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_rels_media_id_idx\` ON \`procedures_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_uid\` text,
  	\`version_published_at\` text,
  	\`version_public_updated_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_department_id\` integer,
  	\`version_item_code\` text,
  	\`version_implementation_code\` text,
  	\`version_item_type\` text,
  	\`version_implementing_body_nature\` text,
  	\`version_legal_time_limit\` numeric,
  	\`version_promised_time_limit\` numeric,
  	\`version_on_site_visits\` numeric,
  	\`version_fee_charged\` integer DEFAULT false,
  	\`version_fee_basis\` text,
  	\`version_online_url\` text,
  	\`version_consult_phone\` text,
  	\`version_complaint_phone\` text,
  	\`version_major_change\` integer,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v\`("id", "parent_id", "version_uid", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_department_id", "version_item_code", "version_implementation_code", "version_item_type", "version_implementing_body_nature", "version_legal_time_limit", "version_promised_time_limit", "version_on_site_visits", "version_fee_charged", "version_fee_basis", "version_online_url", "version_consult_phone", "version_complaint_phone", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_uid", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_department_id", "version_item_code", "version_implementation_code", "version_item_type", "version_implementing_body_nature", "version_legal_time_limit", "version_promised_time_limit", "version_on_site_visits", "version_fee_charged", "version_fee_basis", "version_online_url", "version_consult_phone", "version_complaint_phone", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v\` RENAME TO \`_procedures_v\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_uid_idx\` ON \`_procedures_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_published_at_idx\` ON \`_procedures_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_unpublish_at_idx\` ON \`_procedures_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_department_idx\` ON \`_procedures_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_item_code_idx\` ON \`_procedures_v\` (\`version_item_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_implementation_code_idx\` ON \`_procedures_v\` (\`version_implementation_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_snapshot_idx\` ON \`_procedures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_published_locale_idx\` ON \`_procedures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__procedures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procedures_v_rels\`("id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id" FROM \`_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__procedures_v_rels\` RENAME TO \`_procedures_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_order_idx\` ON \`_procedures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_parent_idx\` ON \`_procedures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_path_idx\` ON \`_procedures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_topics_id_idx\` ON \`_procedures_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_attachments_id_idx\` ON \`_procedures_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_rels_media_id_idx\` ON \`_procedures_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_licensing_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`uid\` text,
  	\`published_at\` text,
  	\`public_updated_at\` text,
  	\`unpublish_at\` text,
  	\`party_name\` text,
  	\`party_type\` text,
  	\`credit_code\` text,
  	\`business_reg_no\` text,
  	\`org_code\` text,
  	\`tax_reg_no\` text,
  	\`institution_cert_no\` text,
  	\`social_org_reg_no\` text,
  	\`legal_representative\` text,
  	\`id_type\` text,
  	\`id_number\` text,
  	\`party_name_public\` text,
  	\`id_number_public\` text,
  	\`legal_representative_public\` text,
  	\`decision_doc_name\` text,
  	\`decision_number\` text,
  	\`license_category\` text,
  	\`license_name\` text,
  	\`license_number\` text,
  	\`content\` text,
  	\`decision_date\` text,
  	\`valid_from\` text,
  	\`valid_until\` text,
  	\`license_status\` text DEFAULT 'valid',
  	\`authority\` text,
  	\`authority_code\` text,
  	\`data_source\` text,
  	\`data_source_code\` text,
  	\`remarks\` text,
  	\`department_id\` integer,
  	\`major_change\` integer,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_licensing_decisions\`("id", "uid", "published_at", "public_updated_at", "unpublish_at", "party_name", "party_type", "credit_code", "business_reg_no", "org_code", "tax_reg_no", "institution_cert_no", "social_org_reg_no", "legal_representative", "id_type", "id_number", "party_name_public", "id_number_public", "legal_representative_public", "decision_doc_name", "decision_number", "license_category", "license_name", "license_number", "content", "decision_date", "valid_from", "valid_until", "license_status", "authority", "authority_code", "data_source", "data_source_code", "remarks", "department_id", "major_change", "change_note", "updated_at", "created_at", "_status") SELECT "id", "uid", "published_at", "public_updated_at", "unpublish_at", "party_name", "party_type", "credit_code", "business_reg_no", "org_code", "tax_reg_no", "institution_cert_no", "social_org_reg_no", "legal_representative", "id_type", "id_number", "party_name_public", "id_number_public", "legal_representative_public", "decision_doc_name", "decision_number", "license_category", "license_name", "license_number", "content", "decision_date", "valid_from", "valid_until", "license_status", "authority", "authority_code", "data_source", "data_source_code", "remarks", "department_id", "major_change", "change_note", "updated_at", "created_at", "_status" FROM \`licensing_decisions\`;`)
  await db.run(sql`DROP TABLE \`licensing_decisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_licensing_decisions\` RENAME TO \`licensing_decisions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`licensing_decisions_uid_idx\` ON \`licensing_decisions\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_published_at_idx\` ON \`licensing_decisions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_unpublish_at_idx\` ON \`licensing_decisions\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_credit_code_idx\` ON \`licensing_decisions\` (\`credit_code\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_decision_number_idx\` ON \`licensing_decisions\` (\`decision_number\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_decision_date_idx\` ON \`licensing_decisions\` (\`decision_date\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_department_idx\` ON \`licensing_decisions\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_updated_at_idx\` ON \`licensing_decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_created_at_idx\` ON \`licensing_decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions__status_idx\` ON \`licensing_decisions\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`department_decisionNumber_idx\` ON \`licensing_decisions\` (\`department_id\`,\`decision_number\`);`)
  await db.run(sql`CREATE TABLE \`__new_licensing_decisions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`licensing_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_licensing_decisions_rels\`("id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id" FROM \`licensing_decisions_rels\`;`)
  await db.run(sql`DROP TABLE \`licensing_decisions_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_licensing_decisions_rels\` RENAME TO \`licensing_decisions_rels\`;`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_rels_order_idx\` ON \`licensing_decisions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_rels_parent_idx\` ON \`licensing_decisions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_rels_path_idx\` ON \`licensing_decisions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_rels_topics_id_idx\` ON \`licensing_decisions_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_rels_attachments_id_idx\` ON \`licensing_decisions_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`licensing_decisions_rels_media_id_idx\` ON \`licensing_decisions_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__licensing_decisions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_uid\` text,
  	\`version_published_at\` text,
  	\`version_public_updated_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_party_name\` text,
  	\`version_party_type\` text,
  	\`version_credit_code\` text,
  	\`version_business_reg_no\` text,
  	\`version_org_code\` text,
  	\`version_tax_reg_no\` text,
  	\`version_institution_cert_no\` text,
  	\`version_social_org_reg_no\` text,
  	\`version_legal_representative\` text,
  	\`version_id_type\` text,
  	\`version_id_number\` text,
  	\`version_party_name_public\` text,
  	\`version_id_number_public\` text,
  	\`version_legal_representative_public\` text,
  	\`version_decision_doc_name\` text,
  	\`version_decision_number\` text,
  	\`version_license_category\` text,
  	\`version_license_name\` text,
  	\`version_license_number\` text,
  	\`version_content\` text,
  	\`version_decision_date\` text,
  	\`version_valid_from\` text,
  	\`version_valid_until\` text,
  	\`version_license_status\` text DEFAULT 'valid',
  	\`version_authority\` text,
  	\`version_authority_code\` text,
  	\`version_data_source\` text,
  	\`version_data_source_code\` text,
  	\`version_remarks\` text,
  	\`version_department_id\` integer,
  	\`version_major_change\` integer,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`licensing_decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__licensing_decisions_v\`("id", "parent_id", "version_uid", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_party_name", "version_party_type", "version_credit_code", "version_business_reg_no", "version_org_code", "version_tax_reg_no", "version_institution_cert_no", "version_social_org_reg_no", "version_legal_representative", "version_id_type", "version_id_number", "version_party_name_public", "version_id_number_public", "version_legal_representative_public", "version_decision_doc_name", "version_decision_number", "version_license_category", "version_license_name", "version_license_number", "version_content", "version_decision_date", "version_valid_from", "version_valid_until", "version_license_status", "version_authority", "version_authority_code", "version_data_source", "version_data_source_code", "version_remarks", "version_department_id", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_uid", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_party_name", "version_party_type", "version_credit_code", "version_business_reg_no", "version_org_code", "version_tax_reg_no", "version_institution_cert_no", "version_social_org_reg_no", "version_legal_representative", "version_id_type", "version_id_number", "version_party_name_public", "version_id_number_public", "version_legal_representative_public", "version_decision_doc_name", "version_decision_number", "version_license_category", "version_license_name", "version_license_number", "version_content", "version_decision_date", "version_valid_from", "version_valid_until", "version_license_status", "version_authority", "version_authority_code", "version_data_source", "version_data_source_code", "version_remarks", "version_department_id", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_licensing_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`_licensing_decisions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__licensing_decisions_v\` RENAME TO \`_licensing_decisions_v\`;`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_parent_idx\` ON \`_licensing_decisions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_uid_idx\` ON \`_licensing_decisions_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_published_at_idx\` ON \`_licensing_decisions_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_unpublish_at_idx\` ON \`_licensing_decisions_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_credit_code_idx\` ON \`_licensing_decisions_v\` (\`version_credit_code\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_decision_number_idx\` ON \`_licensing_decisions_v\` (\`version_decision_number\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_decision_date_idx\` ON \`_licensing_decisions_v\` (\`version_decision_date\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_department_idx\` ON \`_licensing_decisions_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_updated_at_idx\` ON \`_licensing_decisions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version_created_at_idx\` ON \`_licensing_decisions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_version_version__status_idx\` ON \`_licensing_decisions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_created_at_idx\` ON \`_licensing_decisions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_updated_at_idx\` ON \`_licensing_decisions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_snapshot_idx\` ON \`_licensing_decisions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_published_locale_idx\` ON \`_licensing_decisions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_latest_idx\` ON \`_licensing_decisions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_department_version_decisionNumber_idx\` ON \`_licensing_decisions_v\` (\`version_department_id\`,\`version_decision_number\`);`)
  await db.run(sql`CREATE TABLE \`__new__licensing_decisions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_licensing_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__licensing_decisions_v_rels\`("id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id" FROM \`_licensing_decisions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_licensing_decisions_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__licensing_decisions_v_rels\` RENAME TO \`_licensing_decisions_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_rels_order_idx\` ON \`_licensing_decisions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_rels_parent_idx\` ON \`_licensing_decisions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_rels_path_idx\` ON \`_licensing_decisions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_rels_topics_id_idx\` ON \`_licensing_decisions_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_rels_attachments_id_idx\` ON \`_licensing_decisions_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_licensing_decisions_v_rels_media_id_idx\` ON \`_licensing_decisions_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_penalty_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`uid\` text,
  	\`published_at\` text,
  	\`public_updated_at\` text,
  	\`unpublish_at\` text,
  	\`party_name\` text,
  	\`party_type\` text,
  	\`credit_code\` text,
  	\`business_reg_no\` text,
  	\`org_code\` text,
  	\`tax_reg_no\` text,
  	\`institution_cert_no\` text,
  	\`social_org_reg_no\` text,
  	\`legal_representative\` text,
  	\`id_type\` text,
  	\`id_number\` text,
  	\`party_name_public\` text,
  	\`id_number_public\` text,
  	\`legal_representative_public\` text,
  	\`decision_number\` text,
  	\`violation_type\` text,
  	\`violation_facts\` text,
  	\`legal_basis\` text,
  	\`penalty_content\` text,
  	\`fine_amount\` numeric,
  	\`confiscated_amount\` numeric,
  	\`suspended_license\` text,
  	\`decision_date\` text,
  	\`penalty_valid_until\` text,
  	\`publication_end_date\` text,
  	\`authority\` text,
  	\`authority_code\` text,
  	\`data_source\` text,
  	\`data_source_code\` text,
  	\`remarks\` text,
  	\`department_id\` integer,
  	\`major_change\` integer,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_penalty_decisions\`("id", "uid", "published_at", "public_updated_at", "unpublish_at", "party_name", "party_type", "credit_code", "business_reg_no", "org_code", "tax_reg_no", "institution_cert_no", "social_org_reg_no", "legal_representative", "id_type", "id_number", "party_name_public", "id_number_public", "legal_representative_public", "decision_number", "violation_type", "violation_facts", "legal_basis", "penalty_content", "fine_amount", "confiscated_amount", "suspended_license", "decision_date", "penalty_valid_until", "publication_end_date", "authority", "authority_code", "data_source", "data_source_code", "remarks", "department_id", "major_change", "change_note", "updated_at", "created_at", "_status") SELECT "id", "uid", "published_at", "public_updated_at", "unpublish_at", "party_name", "party_type", "credit_code", "business_reg_no", "org_code", "tax_reg_no", "institution_cert_no", "social_org_reg_no", "legal_representative", "id_type", "id_number", "party_name_public", "id_number_public", "legal_representative_public", "decision_number", "violation_type", "violation_facts", "legal_basis", "penalty_content", "fine_amount", "confiscated_amount", "suspended_license", "decision_date", "penalty_valid_until", "publication_end_date", "authority", "authority_code", "data_source", "data_source_code", "remarks", "department_id", "major_change", "change_note", "updated_at", "created_at", "_status" FROM \`penalty_decisions\`;`)
  await db.run(sql`DROP TABLE \`penalty_decisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_penalty_decisions\` RENAME TO \`penalty_decisions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`penalty_decisions_uid_idx\` ON \`penalty_decisions\` (\`uid\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_published_at_idx\` ON \`penalty_decisions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_unpublish_at_idx\` ON \`penalty_decisions\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_credit_code_idx\` ON \`penalty_decisions\` (\`credit_code\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_decision_number_idx\` ON \`penalty_decisions\` (\`decision_number\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_decision_date_idx\` ON \`penalty_decisions\` (\`decision_date\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_department_idx\` ON \`penalty_decisions\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_updated_at_idx\` ON \`penalty_decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_created_at_idx\` ON \`penalty_decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions__status_idx\` ON \`penalty_decisions\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`department_decisionNumber_1_idx\` ON \`penalty_decisions\` (\`department_id\`,\`decision_number\`);`)
  await db.run(sql`CREATE TABLE \`__new_penalty_decisions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`penalty_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_penalty_decisions_rels\`("id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id" FROM \`penalty_decisions_rels\`;`)
  await db.run(sql`DROP TABLE \`penalty_decisions_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_penalty_decisions_rels\` RENAME TO \`penalty_decisions_rels\`;`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_rels_order_idx\` ON \`penalty_decisions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_rels_parent_idx\` ON \`penalty_decisions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_rels_path_idx\` ON \`penalty_decisions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_rels_topics_id_idx\` ON \`penalty_decisions_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_rels_attachments_id_idx\` ON \`penalty_decisions_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`penalty_decisions_rels_media_id_idx\` ON \`penalty_decisions_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__penalty_decisions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_uid\` text,
  	\`version_published_at\` text,
  	\`version_public_updated_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_party_name\` text,
  	\`version_party_type\` text,
  	\`version_credit_code\` text,
  	\`version_business_reg_no\` text,
  	\`version_org_code\` text,
  	\`version_tax_reg_no\` text,
  	\`version_institution_cert_no\` text,
  	\`version_social_org_reg_no\` text,
  	\`version_legal_representative\` text,
  	\`version_id_type\` text,
  	\`version_id_number\` text,
  	\`version_party_name_public\` text,
  	\`version_id_number_public\` text,
  	\`version_legal_representative_public\` text,
  	\`version_decision_number\` text,
  	\`version_violation_type\` text,
  	\`version_violation_facts\` text,
  	\`version_legal_basis\` text,
  	\`version_penalty_content\` text,
  	\`version_fine_amount\` numeric,
  	\`version_confiscated_amount\` numeric,
  	\`version_suspended_license\` text,
  	\`version_decision_date\` text,
  	\`version_penalty_valid_until\` text,
  	\`version_publication_end_date\` text,
  	\`version_authority\` text,
  	\`version_authority_code\` text,
  	\`version_data_source\` text,
  	\`version_data_source_code\` text,
  	\`version_remarks\` text,
  	\`version_department_id\` integer,
  	\`version_major_change\` integer,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`penalty_decisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__penalty_decisions_v\`("id", "parent_id", "version_uid", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_party_name", "version_party_type", "version_credit_code", "version_business_reg_no", "version_org_code", "version_tax_reg_no", "version_institution_cert_no", "version_social_org_reg_no", "version_legal_representative", "version_id_type", "version_id_number", "version_party_name_public", "version_id_number_public", "version_legal_representative_public", "version_decision_number", "version_violation_type", "version_violation_facts", "version_legal_basis", "version_penalty_content", "version_fine_amount", "version_confiscated_amount", "version_suspended_license", "version_decision_date", "version_penalty_valid_until", "version_publication_end_date", "version_authority", "version_authority_code", "version_data_source", "version_data_source_code", "version_remarks", "version_department_id", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_uid", "version_published_at", "version_public_updated_at", "version_unpublish_at", "version_party_name", "version_party_type", "version_credit_code", "version_business_reg_no", "version_org_code", "version_tax_reg_no", "version_institution_cert_no", "version_social_org_reg_no", "version_legal_representative", "version_id_type", "version_id_number", "version_party_name_public", "version_id_number_public", "version_legal_representative_public", "version_decision_number", "version_violation_type", "version_violation_facts", "version_legal_basis", "version_penalty_content", "version_fine_amount", "version_confiscated_amount", "version_suspended_license", "version_decision_date", "version_penalty_valid_until", "version_publication_end_date", "version_authority", "version_authority_code", "version_data_source", "version_data_source_code", "version_remarks", "version_department_id", "version_major_change", "version_change_note", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_penalty_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`_penalty_decisions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__penalty_decisions_v\` RENAME TO \`_penalty_decisions_v\`;`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_parent_idx\` ON \`_penalty_decisions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_uid_idx\` ON \`_penalty_decisions_v\` (\`version_uid\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_published_at_idx\` ON \`_penalty_decisions_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_unpublish_at_idx\` ON \`_penalty_decisions_v\` (\`version_unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_credit_code_idx\` ON \`_penalty_decisions_v\` (\`version_credit_code\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_decision_number_idx\` ON \`_penalty_decisions_v\` (\`version_decision_number\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_decision_date_idx\` ON \`_penalty_decisions_v\` (\`version_decision_date\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_department_idx\` ON \`_penalty_decisions_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_updated_at_idx\` ON \`_penalty_decisions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version_created_at_idx\` ON \`_penalty_decisions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_version_version__status_idx\` ON \`_penalty_decisions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_created_at_idx\` ON \`_penalty_decisions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_updated_at_idx\` ON \`_penalty_decisions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_snapshot_idx\` ON \`_penalty_decisions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_published_locale_idx\` ON \`_penalty_decisions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_latest_idx\` ON \`_penalty_decisions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_department_version_decisionNumber_1_idx\` ON \`_penalty_decisions_v\` (\`version_department_id\`,\`version_decision_number\`);`)
  await db.run(sql`CREATE TABLE \`__new__penalty_decisions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`attachments_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_penalty_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attachments_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__penalty_decisions_v_rels\`("id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "attachments_id", "media_id" FROM \`_penalty_decisions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_penalty_decisions_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__penalty_decisions_v_rels\` RENAME TO \`_penalty_decisions_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_rels_order_idx\` ON \`_penalty_decisions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_rels_parent_idx\` ON \`_penalty_decisions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_rels_path_idx\` ON \`_penalty_decisions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_rels_topics_id_idx\` ON \`_penalty_decisions_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_rels_attachments_id_idx\` ON \`_penalty_decisions_v_rels\` (\`attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`_penalty_decisions_v_rels_media_id_idx\` ON \`_penalty_decisions_v_rels\` (\`media_id\`);`)
}
