import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`import_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` ADD \`import_source\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_import_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` ADD \`version_import_source\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`import_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` ADD \`import_source\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_import_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` ADD \`version_import_source\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`licensing_decisions\` DROP COLUMN \`import_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`licensing_decisions\` DROP COLUMN \`import_source\`;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` DROP COLUMN \`version_import_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_licensing_decisions_v\` DROP COLUMN \`version_import_source\`;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` DROP COLUMN \`import_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`penalty_decisions\` DROP COLUMN \`import_source\`;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` DROP COLUMN \`version_import_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_penalty_decisions_v\` DROP COLUMN \`version_import_source\`;`)
}
