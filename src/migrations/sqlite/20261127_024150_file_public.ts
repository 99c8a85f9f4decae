import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`ALTER TABLE \`attachments\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`attachments_public_idx\` ON \`attachments\` (\`public\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
  await db.run(sql`DROP INDEX \`attachments_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`attachments\` DROP COLUMN \`public\`;`)
}
