import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "attachments" ADD COLUMN "public" boolean DEFAULT false;
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  CREATE INDEX "attachments_public_idx" ON "attachments" USING btree ("public");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_public_idx";
  DROP INDEX "attachments_public_idx";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "attachments" DROP COLUMN "public";`)
}
