import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "public_documents_state_idx";
  CREATE INDEX "publishedAt_uid_idx" ON "public_documents" USING btree ("published_at","uid");
  CREATE INDEX "state_unpublishAt_idx" ON "public_documents" USING btree ("state","unpublish_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "publishedAt_uid_idx";
  DROP INDEX "state_unpublishAt_idx";
  CREATE INDEX "public_documents_state_idx" ON "public_documents" USING btree ("state");`)
}
