import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { sealUnsealed } from '../../integrity/verify'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "public_documents" ADD COLUMN "seal" varchar;`)
  // What is public at the upgrade is sealed as it stands (src/integrity/seal.ts).
  await sealUnsealed(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "public_documents" DROP COLUMN "seal";`)
}
