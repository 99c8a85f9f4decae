import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`public_documents_state_idx\`;`)
  await db.run(sql`CREATE INDEX \`publishedAt_uid_idx\` ON \`public_documents\` (\`published_at\`,\`uid\`);`)
  await db.run(sql`CREATE INDEX \`state_unpublishAt_idx\` ON \`public_documents\` (\`state\`,\`unpublish_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`publishedAt_uid_idx\`;`)
  await db.run(sql`DROP INDEX \`state_unpublishAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`public_documents_state_idx\` ON \`public_documents\` (\`state\`);`)
}
