import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "licensing_decisions" ADD COLUMN "import_fingerprint" varchar;
  ALTER TABLE "licensing_decisions" ADD COLUMN "import_source" varchar;
  ALTER TABLE "_licensing_decisions_v" ADD COLUMN "version_import_fingerprint" varchar;
  ALTER TABLE "_licensing_decisions_v" ADD COLUMN "version_import_source" varchar;
  ALTER TABLE "penalty_decisions" ADD COLUMN "import_fingerprint" varchar;
  ALTER TABLE "penalty_decisions" ADD COLUMN "import_source" varchar;
  ALTER TABLE "_penalty_decisions_v" ADD COLUMN "version_import_fingerprint" varchar;
  ALTER TABLE "_penalty_decisions_v" ADD COLUMN "version_import_source" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "licensing_decisions" DROP COLUMN "import_fingerprint";
  ALTER TABLE "licensing_decisions" DROP COLUMN "import_source";
  ALTER TABLE "_licensing_decisions_v" DROP COLUMN "version_import_fingerprint";
  ALTER TABLE "_licensing_decisions_v" DROP COLUMN "version_import_source";
  ALTER TABLE "penalty_decisions" DROP COLUMN "import_fingerprint";
  ALTER TABLE "penalty_decisions" DROP COLUMN "import_source";
  ALTER TABLE "_penalty_decisions_v" DROP COLUMN "version_import_fingerprint";
  ALTER TABLE "_penalty_decisions_v" DROP COLUMN "version_import_source";`)
}
