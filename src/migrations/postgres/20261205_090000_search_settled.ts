import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: a positional index for settled search entries (src/search/engines/postgres.ts).
 *
 * A GIN index cannot check a phrase: every candidate's tsvector is read back, about 6 µs each, so
 * a common word took half a second on 100,000 documents. RUM (the `rum` extension, Debian's
 * postgresql-15-rum) keeps positions in the index and answers the phrase itself (35 against 544 ms
 * for 老年人), but an insert into it costs 6-10 ms. So entries are written unsettled, into a GIN
 * index restricted to them (cheap, in the publication's transaction), and settled later in
 * batches (`settled = true` moves a row into the RUM index). A search reads both.
 *
 * Where the extension is not installed, or may not be created, there is no RUM index: nothing is
 * ever settled and every entry stays in the GIN index, as before.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "search_pg_docs" ADD COLUMN "settled" boolean DEFAULT false NOT NULL;
  DROP INDEX "search_pg_docs_tsv_idx";
  CREATE INDEX "search_pg_docs_tsv_idx" ON "search_pg_docs" USING gin ("tsv") WHERE NOT "settled";
  DO $$
  BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
      CREATE EXTENSION IF NOT EXISTS rum;
      CREATE INDEX "search_pg_docs_settled_idx" ON "search_pg_docs"
        USING rum ("tsv" rum_tsvector_ops) WHERE "settled";
    END IF;
  EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'search: the rum extension could not be created (%); common words stay slow', SQLERRM;
  END $$;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "search_pg_docs_settled_idx";
  DROP INDEX "search_pg_docs_tsv_idx";
  ALTER TABLE "search_pg_docs" DROP COLUMN "settled";
  CREATE INDEX "search_pg_docs_tsv_idx" ON "search_pg_docs" USING gin ("tsv");`)
}
