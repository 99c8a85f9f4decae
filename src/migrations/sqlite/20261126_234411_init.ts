import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`policies_amendments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'revision',
  	\`decision_doc_number\` text,
  	\`decision_date\` text,
  	\`effective_date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`policies_amendments_order_idx\` ON \`policies_amendments\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policies_amendments_parent_id_idx\` ON \`policies_amendments\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`policies_amendments_locales\` (
  	\`note\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies_amendments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`policies_amendments_locales_locale_parent_id_unique\` ON \`policies_amendments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`policies_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`policies_change_history_order_idx\` ON \`policies_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policies_change_history_parent_id_idx\` ON \`policies_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`policies\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`policies_uid_idx\` ON \`policies\` (\`uid\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`policies_index_number_idx\` ON \`policies\` (\`index_number\`);`,
  )
  await db.run(sql`CREATE INDEX \`policies_published_at_idx\` ON \`policies\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_unpublish_at_idx\` ON \`policies\` (\`unpublish_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_department_idx\` ON \`policies\` (\`department_id\`);`)
  await db.run(
    sql`CREATE INDEX \`policies_doc_number_key_idx\` ON \`policies\` (\`doc_number_key\`);`,
  )
  await db.run(sql`CREATE INDEX \`policies_validity_idx\` ON \`policies\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`department_docNumberKey_idx\` ON \`policies\` (\`department_id\`,\`doc_number_key\`);`,
  )
  await db.run(sql`CREATE TABLE \`policies_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`policies_locales_locale_parent_id_unique\` ON \`policies_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`policies_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`policies_texts_order_parent\` ON \`policies_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`policies_rels\` (
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
  await db.run(sql`CREATE INDEX \`policies_rels_order_idx\` ON \`policies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parent_idx\` ON \`policies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_path_idx\` ON \`policies_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`policies_rels_topics_id_idx\` ON \`policies_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policies_rels_departments_id_idx\` ON \`policies_rels\` (\`departments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policies_rels_policies_id_idx\` ON \`policies_rels\` (\`policies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policies_rels_regulations_id_idx\` ON \`policies_rels\` (\`regulations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policies_rels_attachments_id_idx\` ON \`policies_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`policies_rels_media_id_idx\` ON \`policies_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policies_v_version_amendments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'revision',
  	\`decision_doc_number\` text,
  	\`decision_date\` text,
  	\`effective_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_amendments_order_idx\` ON \`_policies_v_version_amendments\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_amendments_parent_id_idx\` ON \`_policies_v_version_amendments\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policies_v_version_amendments_locales\` (
  	\`note\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v_version_amendments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_policies_v_version_amendments_locales_locale_parent_id_uniq\` ON \`_policies_v_version_amendments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policies_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_change_history_order_idx\` ON \`_policies_v_version_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_change_history_parent_id_idx\` ON \`_policies_v_version_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policies_v\` (
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
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_uid_idx\` ON \`_policies_v\` (\`version_uid\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_index_number_idx\` ON \`_policies_v\` (\`version_index_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_published_at_idx\` ON \`_policies_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_unpublish_at_idx\` ON \`_policies_v\` (\`version_unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_department_idx\` ON \`_policies_v\` (\`version_department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_doc_number_key_idx\` ON \`_policies_v\` (\`version_doc_number_key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_validity_idx\` ON \`_policies_v\` (\`version_validity\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_policies_v_snapshot_idx\` ON \`_policies_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_policies_v_published_locale_idx\` ON \`_policies_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version_department_version_docNumberKey_idx\` ON \`_policies_v\` (\`version_department_id\`,\`version_doc_number_key\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policies_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_policies_v_locales_locale_parent_id_unique\` ON \`_policies_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policies_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_policies_v_texts_order_parent\` ON \`_policies_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_policies_v_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`_policies_v_rels_order_idx\` ON \`_policies_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_rels_parent_idx\` ON \`_policies_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_policies_v_rels_path_idx\` ON \`_policies_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_policies_v_rels_topics_id_idx\` ON \`_policies_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_rels_departments_id_idx\` ON \`_policies_v_rels\` (\`departments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_rels_policies_id_idx\` ON \`_policies_v_rels\` (\`policies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_rels_regulations_id_idx\` ON \`_policies_v_rels\` (\`regulations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_rels_attachments_id_idx\` ON \`_policies_v_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_policies_v_rels_media_id_idx\` ON \`_policies_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`regulations_amendments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'revision',
  	\`decision_doc_number\` text,
  	\`decision_date\` text,
  	\`effective_date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`regulations_amendments_order_idx\` ON \`regulations_amendments\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_amendments_parent_id_idx\` ON \`regulations_amendments\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`regulations_amendments_locales\` (
  	\`note\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regulations_amendments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`regulations_amendments_locales_locale_parent_id_unique\` ON \`regulations_amendments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`regulations_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`regulations_change_history_order_idx\` ON \`regulations_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_change_history_parent_id_idx\` ON \`regulations_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`regulations\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`regulations_uid_idx\` ON \`regulations\` (\`uid\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`regulations_index_number_idx\` ON \`regulations\` (\`index_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_published_at_idx\` ON \`regulations\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_unpublish_at_idx\` ON \`regulations\` (\`unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_department_idx\` ON \`regulations\` (\`department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_doc_number_key_idx\` ON \`regulations\` (\`doc_number_key\`);`,
  )
  await db.run(sql`CREATE INDEX \`regulations_validity_idx\` ON \`regulations\` (\`validity\`);`)
  await db.run(
    sql`CREATE INDEX \`regulations_updated_at_idx\` ON \`regulations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_created_at_idx\` ON \`regulations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`regulations__status_idx\` ON \`regulations\` (\`_status\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`department_docNumberKey_1_idx\` ON \`regulations\` (\`department_id\`,\`doc_number_key\`);`,
  )
  await db.run(sql`CREATE TABLE \`regulations_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`regulations_locales_locale_parent_id_unique\` ON \`regulations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`regulations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regulations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`regulations_texts_order_parent\` ON \`regulations_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`regulations_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`regulations_rels_order_idx\` ON \`regulations_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_rels_parent_idx\` ON \`regulations_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`regulations_rels_path_idx\` ON \`regulations_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`regulations_rels_topics_id_idx\` ON \`regulations_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_rels_departments_id_idx\` ON \`regulations_rels\` (\`departments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_rels_policies_id_idx\` ON \`regulations_rels\` (\`policies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_rels_regulations_id_idx\` ON \`regulations_rels\` (\`regulations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_rels_attachments_id_idx\` ON \`regulations_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regulations_rels_media_id_idx\` ON \`regulations_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_regulations_v_version_amendments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'revision',
  	\`decision_doc_number\` text,
  	\`decision_date\` text,
  	\`effective_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_regulations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_amendments_order_idx\` ON \`_regulations_v_version_amendments\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_amendments_parent_id_idx\` ON \`_regulations_v_version_amendments\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_regulations_v_version_amendments_locales\` (
  	\`note\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_regulations_v_version_amendments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_regulations_v_version_amendments_locales_locale_parent_id_u\` ON \`_regulations_v_version_amendments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_regulations_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_regulations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_change_history_order_idx\` ON \`_regulations_v_version_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_change_history_parent_id_idx\` ON \`_regulations_v_version_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_regulations_v\` (
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
  await db.run(
    sql`CREATE INDEX \`_regulations_v_parent_idx\` ON \`_regulations_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_uid_idx\` ON \`_regulations_v\` (\`version_uid\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_index_number_idx\` ON \`_regulations_v\` (\`version_index_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_published_at_idx\` ON \`_regulations_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_unpublish_at_idx\` ON \`_regulations_v\` (\`version_unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_department_idx\` ON \`_regulations_v\` (\`version_department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_doc_number_key_idx\` ON \`_regulations_v\` (\`version_doc_number_key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_validity_idx\` ON \`_regulations_v\` (\`version_validity\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_updated_at_idx\` ON \`_regulations_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version_created_at_idx\` ON \`_regulations_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_version_version__status_idx\` ON \`_regulations_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_created_at_idx\` ON \`_regulations_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_updated_at_idx\` ON \`_regulations_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_snapshot_idx\` ON \`_regulations_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_published_locale_idx\` ON \`_regulations_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_regulations_v_latest_idx\` ON \`_regulations_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version_department_version_docNumberKey_1_idx\` ON \`_regulations_v\` (\`version_department_id\`,\`version_doc_number_key\`);`,
  )
  await db.run(sql`CREATE TABLE \`_regulations_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_regulations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_regulations_v_locales_locale_parent_id_unique\` ON \`_regulations_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_regulations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_regulations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_regulations_v_texts_order_parent\` ON \`_regulations_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_regulations_v_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_order_idx\` ON \`_regulations_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_parent_idx\` ON \`_regulations_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_path_idx\` ON \`_regulations_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_topics_id_idx\` ON \`_regulations_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_departments_id_idx\` ON \`_regulations_v_rels\` (\`departments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_policies_id_idx\` ON \`_regulations_v_rels\` (\`policies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_regulations_id_idx\` ON \`_regulations_v_rels\` (\`regulations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_attachments_id_idx\` ON \`_regulations_v_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regulations_v_rels_media_id_idx\` ON \`_regulations_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`interpretations_qa\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`interpretations_qa_order_idx\` ON \`interpretations_qa\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_qa_parent_id_idx\` ON \`interpretations_qa\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`interpretations_qa_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations_qa\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`interpretations_qa_locales_locale_parent_id_unique\` ON \`interpretations_qa_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`interpretations_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`interpretations_change_history_order_idx\` ON \`interpretations_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_change_history_parent_id_idx\` ON \`interpretations_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`interpretations\` (
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
  await db.run(
    sql`CREATE UNIQUE INDEX \`interpretations_uid_idx\` ON \`interpretations\` (\`uid\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`interpretations_index_number_idx\` ON \`interpretations\` (\`index_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_published_at_idx\` ON \`interpretations\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_unpublish_at_idx\` ON \`interpretations\` (\`unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_department_idx\` ON \`interpretations\` (\`department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_interprets_idx\` ON \`interpretations\` (\`interprets_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_author_organ_idx\` ON \`interpretations\` (\`author_organ_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`interpretations_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`interpretations_locales_locale_parent_id_unique\` ON \`interpretations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`interpretations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`interpretations_texts_order_parent\` ON \`interpretations_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`interpretations_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_rels_topics_id_idx\` ON \`interpretations_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_rels_attachments_id_idx\` ON \`interpretations_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`interpretations_rels_media_id_idx\` ON \`interpretations_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_qa\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_qa_order_idx\` ON \`_interpretations_v_version_qa\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_qa_parent_id_idx\` ON \`_interpretations_v_version_qa\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_qa_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v_version_qa\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_interpretations_v_version_qa_locales_locale_parent_id_uniqu\` ON \`_interpretations_v_version_qa_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_change_history_order_idx\` ON \`_interpretations_v_version_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_change_history_parent_id_idx\` ON \`_interpretations_v_version_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_interpretations_v\` (
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
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_uid_idx\` ON \`_interpretations_v\` (\`version_uid\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_index_number_idx\` ON \`_interpretations_v\` (\`version_index_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_published_at_idx\` ON \`_interpretations_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_unpublish_at_idx\` ON \`_interpretations_v\` (\`version_unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_department_idx\` ON \`_interpretations_v\` (\`version_department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_interprets_idx\` ON \`_interpretations_v\` (\`version_interprets_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_author_organ_idx\` ON \`_interpretations_v\` (\`version_author_organ_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_snapshot_idx\` ON \`_interpretations_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_published_locale_idx\` ON \`_interpretations_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`_interpretations_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_interpretations_v_locales_locale_parent_id_unique\` ON \`_interpretations_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_interpretations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_texts_order_parent\` ON \`_interpretations_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_interpretations_v_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_rels_order_idx\` ON \`_interpretations_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_rels_parent_idx\` ON \`_interpretations_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_rels_path_idx\` ON \`_interpretations_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_rels_topics_id_idx\` ON \`_interpretations_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_rels_attachments_id_idx\` ON \`_interpretations_v_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_interpretations_v_rels_media_id_idx\` ON \`_interpretations_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_service_objects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_service_objects_order_idx\` ON \`procedures_service_objects\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_service_objects_parent_idx\` ON \`procedures_service_objects\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`law\` text,
  	\`article\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_legal_basis_order_idx\` ON \`procedures_legal_basis\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_legal_basis_parent_id_idx\` ON \`procedures_legal_basis\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`form\` text DEFAULT 'both',
  	\`copies\` numeric,
  	\`required\` integer DEFAULT true,
  	\`blank_form_id\` integer,
  	\`sample_id\` integer,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_materials_order_idx\` ON \`procedures_materials\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_materials_parent_id_idx\` ON \`procedures_materials\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_materials_blank_form_idx\` ON \`procedures_materials\` (\`blank_form_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_materials_sample_idx\` ON \`procedures_materials\` (\`sample_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_materials_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`procedures_materials_locales_locale_parent_id_unique\` ON \`procedures_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_steps_order_idx\` ON \`procedures_steps\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_steps_parent_id_idx\` ON \`procedures_steps\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_steps_locales\` (
  	\`name\` text,
  	\`actor\` text,
  	\`time_limit\` text,
  	\`criteria\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`procedures_steps_locales_locale_parent_id_unique\` ON \`procedures_steps_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_fee_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`standard\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_fee_items_order_idx\` ON \`procedures_fee_items\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_fee_items_parent_id_idx\` ON \`procedures_fee_items\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_faq_order_idx\` ON \`procedures_faq\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`procedures_faq_parent_id_idx\` ON \`procedures_faq\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_faq_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`procedures_faq_locales_locale_parent_id_unique\` ON \`procedures_faq_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_change_history_order_idx\` ON \`procedures_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_change_history_parent_id_idx\` ON \`procedures_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`procedures_uid_idx\` ON \`procedures\` (\`uid\`);`)
  await db.run(
    sql`CREATE INDEX \`procedures_published_at_idx\` ON \`procedures\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_unpublish_at_idx\` ON \`procedures\` (\`unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_department_idx\` ON \`procedures\` (\`department_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`procedures_item_code_idx\` ON \`procedures\` (\`item_code\`);`)
  await db.run(
    sql`CREATE INDEX \`procedures_implementation_code_idx\` ON \`procedures\` (\`implementation_code\`);`,
  )
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`procedures_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`implementing_body\` text,
  	\`conditions\` text,
  	\`location\` text,
  	\`hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`procedures_locales_locale_parent_id_unique\` ON \`procedures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`procedures_texts_order_parent\` ON \`procedures_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`procedures_rels\` (
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
  await db.run(sql`CREATE INDEX \`procedures_rels_order_idx\` ON \`procedures_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`procedures_rels_parent_idx\` ON \`procedures_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`procedures_rels_path_idx\` ON \`procedures_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`procedures_rels_topics_id_idx\` ON \`procedures_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_rels_attachments_id_idx\` ON \`procedures_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`procedures_rels_media_id_idx\` ON \`procedures_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_service_objects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_service_objects_order_idx\` ON \`_procedures_v_version_service_objects\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_service_objects_parent_idx\` ON \`_procedures_v_version_service_objects\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law\` text,
  	\`article\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_legal_basis_order_idx\` ON \`_procedures_v_version_legal_basis\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_legal_basis_parent_id_idx\` ON \`_procedures_v_version_legal_basis\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`form\` text DEFAULT 'both',
  	\`copies\` numeric,
  	\`required\` integer DEFAULT true,
  	\`blank_form_id\` integer,
  	\`sample_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_materials_order_idx\` ON \`_procedures_v_version_materials\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_materials_parent_id_idx\` ON \`_procedures_v_version_materials\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_materials_blank_form_idx\` ON \`_procedures_v_version_materials\` (\`blank_form_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_materials_sample_idx\` ON \`_procedures_v_version_materials\` (\`sample_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_materials_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v_version_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_procedures_v_version_materials_locales_locale_parent_id_uni\` ON \`_procedures_v_version_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_steps_order_idx\` ON \`_procedures_v_version_steps\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_steps_parent_id_idx\` ON \`_procedures_v_version_steps\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_steps_locales\` (
  	\`name\` text,
  	\`actor\` text,
  	\`time_limit\` text,
  	\`criteria\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_procedures_v_version_steps_locales_locale_parent_id_unique\` ON \`_procedures_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_fee_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`standard\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_fee_items_order_idx\` ON \`_procedures_v_version_fee_items\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_fee_items_parent_id_idx\` ON \`_procedures_v_version_fee_items\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_faq_order_idx\` ON \`_procedures_v_version_faq\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_faq_parent_id_idx\` ON \`_procedures_v_version_faq\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_faq_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v_version_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_procedures_v_version_faq_locales_locale_parent_id_unique\` ON \`_procedures_v_version_faq_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_change_history_order_idx\` ON \`_procedures_v_version_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_change_history_parent_id_idx\` ON \`_procedures_v_version_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v\` (
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
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_uid_idx\` ON \`_procedures_v\` (\`version_uid\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_published_at_idx\` ON \`_procedures_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_unpublish_at_idx\` ON \`_procedures_v\` (\`version_unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_department_idx\` ON \`_procedures_v\` (\`version_department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_item_code_idx\` ON \`_procedures_v\` (\`version_item_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_implementation_code_idx\` ON \`_procedures_v\` (\`version_implementation_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_snapshot_idx\` ON \`_procedures_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_published_locale_idx\` ON \`_procedures_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_implementing_body\` text,
  	\`version_conditions\` text,
  	\`version_location\` text,
  	\`version_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_procedures_v_locales_locale_parent_id_unique\` ON \`_procedures_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_procedures_v_texts_order_parent\` ON \`_procedures_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_procedures_v_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`_procedures_v_rels_order_idx\` ON \`_procedures_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_rels_parent_idx\` ON \`_procedures_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_rels_path_idx\` ON \`_procedures_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_rels_topics_id_idx\` ON \`_procedures_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_rels_attachments_id_idx\` ON \`_procedures_v_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_procedures_v_rels_media_id_idx\` ON \`_procedures_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`licensing_decisions_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`licensing_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_change_history_order_idx\` ON \`licensing_decisions_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_change_history_parent_id_idx\` ON \`licensing_decisions_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`licensing_decisions\` (
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
  await db.run(
    sql`CREATE UNIQUE INDEX \`licensing_decisions_uid_idx\` ON \`licensing_decisions\` (\`uid\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_published_at_idx\` ON \`licensing_decisions\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_unpublish_at_idx\` ON \`licensing_decisions\` (\`unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_credit_code_idx\` ON \`licensing_decisions\` (\`credit_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_decision_number_idx\` ON \`licensing_decisions\` (\`decision_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_decision_date_idx\` ON \`licensing_decisions\` (\`decision_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_department_idx\` ON \`licensing_decisions\` (\`department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_updated_at_idx\` ON \`licensing_decisions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_created_at_idx\` ON \`licensing_decisions\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions__status_idx\` ON \`licensing_decisions\` (\`_status\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`department_decisionNumber_idx\` ON \`licensing_decisions\` (\`department_id\`,\`decision_number\`);`,
  )
  await db.run(sql`CREATE TABLE \`licensing_decisions_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`licensing_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`licensing_decisions_locales_locale_parent_id_unique\` ON \`licensing_decisions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`licensing_decisions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`licensing_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_texts_order_parent\` ON \`licensing_decisions_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`licensing_decisions_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_rels_order_idx\` ON \`licensing_decisions_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_rels_parent_idx\` ON \`licensing_decisions_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_rels_path_idx\` ON \`licensing_decisions_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_rels_topics_id_idx\` ON \`licensing_decisions_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_rels_attachments_id_idx\` ON \`licensing_decisions_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`licensing_decisions_rels_media_id_idx\` ON \`licensing_decisions_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_licensing_decisions_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_licensing_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_change_history_order_idx\` ON \`_licensing_decisions_v_version_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_change_history_parent_id_idx\` ON \`_licensing_decisions_v_version_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_licensing_decisions_v\` (
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
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_parent_idx\` ON \`_licensing_decisions_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_uid_idx\` ON \`_licensing_decisions_v\` (\`version_uid\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_published_at_idx\` ON \`_licensing_decisions_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_unpublish_at_idx\` ON \`_licensing_decisions_v\` (\`version_unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_credit_code_idx\` ON \`_licensing_decisions_v\` (\`version_credit_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_decision_number_idx\` ON \`_licensing_decisions_v\` (\`version_decision_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_decision_date_idx\` ON \`_licensing_decisions_v\` (\`version_decision_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_department_idx\` ON \`_licensing_decisions_v\` (\`version_department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_updated_at_idx\` ON \`_licensing_decisions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version_created_at_idx\` ON \`_licensing_decisions_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_version_version__status_idx\` ON \`_licensing_decisions_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_created_at_idx\` ON \`_licensing_decisions_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_updated_at_idx\` ON \`_licensing_decisions_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_snapshot_idx\` ON \`_licensing_decisions_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_published_locale_idx\` ON \`_licensing_decisions_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_latest_idx\` ON \`_licensing_decisions_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_department_version_decisionNumber_idx\` ON \`_licensing_decisions_v\` (\`version_department_id\`,\`version_decision_number\`);`,
  )
  await db.run(sql`CREATE TABLE \`_licensing_decisions_v_locales\` (
  	\`version_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_licensing_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_licensing_decisions_v_locales_locale_parent_id_unique\` ON \`_licensing_decisions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_licensing_decisions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_licensing_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_texts_order_parent\` ON \`_licensing_decisions_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_licensing_decisions_v_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_rels_order_idx\` ON \`_licensing_decisions_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_rels_parent_idx\` ON \`_licensing_decisions_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_rels_path_idx\` ON \`_licensing_decisions_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_rels_topics_id_idx\` ON \`_licensing_decisions_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_rels_attachments_id_idx\` ON \`_licensing_decisions_v_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_licensing_decisions_v_rels_media_id_idx\` ON \`_licensing_decisions_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`penalty_decisions_penalty_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`penalty_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_penalty_categories_order_idx\` ON \`penalty_decisions_penalty_categories\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_penalty_categories_parent_idx\` ON \`penalty_decisions_penalty_categories\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`penalty_decisions_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`penalty_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_change_history_order_idx\` ON \`penalty_decisions_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_change_history_parent_id_idx\` ON \`penalty_decisions_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`penalty_decisions\` (
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
  await db.run(
    sql`CREATE UNIQUE INDEX \`penalty_decisions_uid_idx\` ON \`penalty_decisions\` (\`uid\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_published_at_idx\` ON \`penalty_decisions\` (\`published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_unpublish_at_idx\` ON \`penalty_decisions\` (\`unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_credit_code_idx\` ON \`penalty_decisions\` (\`credit_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_decision_number_idx\` ON \`penalty_decisions\` (\`decision_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_decision_date_idx\` ON \`penalty_decisions\` (\`decision_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_department_idx\` ON \`penalty_decisions\` (\`department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_updated_at_idx\` ON \`penalty_decisions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_created_at_idx\` ON \`penalty_decisions\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions__status_idx\` ON \`penalty_decisions\` (\`_status\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`department_decisionNumber_1_idx\` ON \`penalty_decisions\` (\`department_id\`,\`decision_number\`);`,
  )
  await db.run(sql`CREATE TABLE \`penalty_decisions_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`penalty_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`penalty_decisions_locales_locale_parent_id_unique\` ON \`penalty_decisions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`penalty_decisions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`penalty_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_texts_order_parent\` ON \`penalty_decisions_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`penalty_decisions_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_rels_order_idx\` ON \`penalty_decisions_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_rels_parent_idx\` ON \`penalty_decisions_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_rels_path_idx\` ON \`penalty_decisions_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_rels_topics_id_idx\` ON \`penalty_decisions_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_rels_attachments_id_idx\` ON \`penalty_decisions_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`penalty_decisions_rels_media_id_idx\` ON \`penalty_decisions_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_penalty_decisions_v_version_penalty_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_penalty_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_penalty_categories_order_idx\` ON \`_penalty_decisions_v_version_penalty_categories\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_penalty_categories_parent_idx\` ON \`_penalty_decisions_v_version_penalty_categories\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_penalty_decisions_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_penalty_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_change_history_order_idx\` ON \`_penalty_decisions_v_version_change_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_change_history_parent_id_idx\` ON \`_penalty_decisions_v_version_change_history\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_penalty_decisions_v\` (
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
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_parent_idx\` ON \`_penalty_decisions_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_uid_idx\` ON \`_penalty_decisions_v\` (\`version_uid\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_published_at_idx\` ON \`_penalty_decisions_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_unpublish_at_idx\` ON \`_penalty_decisions_v\` (\`version_unpublish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_credit_code_idx\` ON \`_penalty_decisions_v\` (\`version_credit_code\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_decision_number_idx\` ON \`_penalty_decisions_v\` (\`version_decision_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_decision_date_idx\` ON \`_penalty_decisions_v\` (\`version_decision_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_department_idx\` ON \`_penalty_decisions_v\` (\`version_department_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_updated_at_idx\` ON \`_penalty_decisions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version_created_at_idx\` ON \`_penalty_decisions_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_version_version__status_idx\` ON \`_penalty_decisions_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_created_at_idx\` ON \`_penalty_decisions_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_updated_at_idx\` ON \`_penalty_decisions_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_snapshot_idx\` ON \`_penalty_decisions_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_published_locale_idx\` ON \`_penalty_decisions_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_latest_idx\` ON \`_penalty_decisions_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_department_version_decisionNumber_1_idx\` ON \`_penalty_decisions_v\` (\`version_department_id\`,\`version_decision_number\`);`,
  )
  await db.run(sql`CREATE TABLE \`_penalty_decisions_v_locales\` (
  	\`version_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_penalty_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_penalty_decisions_v_locales_locale_parent_id_unique\` ON \`_penalty_decisions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_penalty_decisions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_penalty_decisions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_texts_order_parent\` ON \`_penalty_decisions_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_penalty_decisions_v_rels\` (
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
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_rels_order_idx\` ON \`_penalty_decisions_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_rels_parent_idx\` ON \`_penalty_decisions_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_rels_path_idx\` ON \`_penalty_decisions_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_rels_topics_id_idx\` ON \`_penalty_decisions_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_rels_attachments_id_idx\` ON \`_penalty_decisions_v_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_penalty_decisions_v_rels_media_id_idx\` ON \`_penalty_decisions_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`departments_websites\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`departments_websites_order_idx\` ON \`departments_websites\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`departments_websites_parent_id_idx\` ON \`departments_websites\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`parent_id\` integer,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_postcode\` text,
  	\`contact_fax\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_code_idx\` ON \`departments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`departments_parent_idx\` ON \`departments\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`departments_locales\` (
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`contact_address\` text,
  	\`contact_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`departments_locales_locale_parent_id_unique\` ON \`departments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_code_idx\` ON \`topics\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`topics_parent_idx\` ON \`topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
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
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_department_idx\` ON \`media\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`media_sha256_idx\` ON \`media\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
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
  await db.run(
    sql`CREATE INDEX \`attachments_department_idx\` ON \`attachments\` (\`department_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`attachments_sha256_idx\` ON \`attachments\` (\`sha256\`);`)
  await db.run(
    sql`CREATE INDEX \`attachments_updated_at_idx\` ON \`attachments\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`attachments_created_at_idx\` ON \`attachments\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`attachments_filename_idx\` ON \`attachments\` (\`filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`attachments_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`attachments_locales_locale_parent_id_unique\` ON \`attachments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_memberships_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`users_memberships_roles_order_idx\` ON \`users_memberships_roles\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`users_memberships_roles_parent_idx\` ON \`users_memberships_roles\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`department_id\` integer NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`users_memberships_order_idx\` ON \`users_memberships\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`users_memberships_parent_id_idx\` ON \`users_memberships\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`users_memberships_department_idx\` ON \`users_memberships\` (\`department_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`sequences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`value\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sequences_key_idx\` ON \`sequences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`sequences_updated_at_idx\` ON \`sequences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sequences_created_at_idx\` ON \`sequences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`sequences_id\`) REFERENCES \`sequences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_regulations_id_idx\` ON \`payload_locked_documents_rels\` (\`regulations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_licensing_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`licensing_decisions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_penalty_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`penalty_decisions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sequences_id_idx\` ON \`payload_locked_documents_rels\` (\`sequences_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`policies_amendments\`;`)
  await db.run(sql`DROP TABLE \`policies_amendments_locales\`;`)
  await db.run(sql`DROP TABLE \`policies_change_history\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies_locales\`;`)
  await db.run(sql`DROP TABLE \`policies_texts\`;`)
  await db.run(sql`DROP TABLE \`policies_rels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_amendments\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_amendments_locales\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`regulations_amendments\`;`)
  await db.run(sql`DROP TABLE \`regulations_amendments_locales\`;`)
  await db.run(sql`DROP TABLE \`regulations_change_history\`;`)
  await db.run(sql`DROP TABLE \`regulations\`;`)
  await db.run(sql`DROP TABLE \`regulations_locales\`;`)
  await db.run(sql`DROP TABLE \`regulations_texts\`;`)
  await db.run(sql`DROP TABLE \`regulations_rels\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v_version_amendments\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v_version_amendments_locales\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_regulations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations_qa\`;`)
  await db.run(sql`DROP TABLE \`interpretations_qa_locales\`;`)
  await db.run(sql`DROP TABLE \`interpretations_change_history\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations_locales\`;`)
  await db.run(sql`DROP TABLE \`interpretations_texts\`;`)
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_qa\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_qa_locales\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`procedures_service_objects\`;`)
  await db.run(sql`DROP TABLE \`procedures_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`procedures_materials\`;`)
  await db.run(sql`DROP TABLE \`procedures_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_steps\`;`)
  await db.run(sql`DROP TABLE \`procedures_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_fee_items\`;`)
  await db.run(sql`DROP TABLE \`procedures_faq\`;`)
  await db.run(sql`DROP TABLE \`procedures_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_change_history\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`DROP TABLE \`procedures_locales\`;`)
  await db.run(sql`DROP TABLE \`procedures_texts\`;`)
  await db.run(sql`DROP TABLE \`procedures_rels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_service_objects\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_fee_items\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`licensing_decisions_change_history\`;`)
  await db.run(sql`DROP TABLE \`licensing_decisions\`;`)
  await db.run(sql`DROP TABLE \`licensing_decisions_locales\`;`)
  await db.run(sql`DROP TABLE \`licensing_decisions_texts\`;`)
  await db.run(sql`DROP TABLE \`licensing_decisions_rels\`;`)
  await db.run(sql`DROP TABLE \`_licensing_decisions_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_licensing_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`_licensing_decisions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_licensing_decisions_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_licensing_decisions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`penalty_decisions_penalty_categories\`;`)
  await db.run(sql`DROP TABLE \`penalty_decisions_change_history\`;`)
  await db.run(sql`DROP TABLE \`penalty_decisions\`;`)
  await db.run(sql`DROP TABLE \`penalty_decisions_locales\`;`)
  await db.run(sql`DROP TABLE \`penalty_decisions_texts\`;`)
  await db.run(sql`DROP TABLE \`penalty_decisions_rels\`;`)
  await db.run(sql`DROP TABLE \`_penalty_decisions_v_version_penalty_categories\`;`)
  await db.run(sql`DROP TABLE \`_penalty_decisions_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_penalty_decisions_v\`;`)
  await db.run(sql`DROP TABLE \`_penalty_decisions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_penalty_decisions_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_penalty_decisions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`departments_websites\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`departments_locales\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`attachments\`;`)
  await db.run(sql`DROP TABLE \`attachments_locales\`;`)
  await db.run(sql`DROP TABLE \`users_memberships_roles\`;`)
  await db.run(sql`DROP TABLE \`users_memberships\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`sequences\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
