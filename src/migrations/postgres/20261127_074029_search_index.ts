import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "search_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc" varchar NOT NULL,
  	"title" varchar,
  	"body" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_entries_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_entries_id" integer;
  ALTER TABLE "search_entries_texts" ADD CONSTRAINT "search_entries_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "search_entries_doc_idx" ON "search_entries" USING btree ("doc");
  CREATE INDEX "search_entries_updated_at_idx" ON "search_entries" USING btree ("updated_at");
  CREATE INDEX "search_entries_created_at_idx" ON "search_entries" USING btree ("created_at");
  CREATE INDEX "search_entries_texts_order_parent" ON "search_entries_texts" USING btree ("order","parent_id");
  CREATE INDEX "search_entries_texts_text_idx" ON "search_entries_texts" USING btree ("text");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_entries_fk" FOREIGN KEY ("search_entries_id") REFERENCES "public"."search_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_entries_id");`)

  // Written by hand: the PostgreSQL engine's index (src/search/engines/postgres.ts), tsvectors
  // of our own token streams. Not Payload collections, so push and generated migrations never
  // see them.
  await db.execute(sql`
  CREATE TABLE "search_pg_docs" (
    "id" integer PRIMARY KEY NOT NULL,
    "title" text NOT NULL,
    "body" text NOT NULL,
    "title_tsv" tsvector,
    "tsv" tsvector
  );
  CREATE TABLE "search_pg_chunks" (
    "doc_id" integer NOT NULL,
    "title" boolean NOT NULL,
    "n" integer NOT NULL,
    "tsv" tsvector NOT NULL
  );
  -- Big values out of line and uncompressed (tsvectors of bigrams do not compress): the heap
  -- stays narrow, so a lookup that needs no recheck visits few pages.
  ALTER TABLE "search_pg_docs" ALTER COLUMN "body" SET STORAGE EXTERNAL;
  ALTER TABLE "search_pg_docs" ALTER COLUMN "tsv" SET STORAGE EXTERNAL;
  ALTER TABLE "search_pg_chunks" ALTER COLUMN "tsv" SET STORAGE EXTERNAL;
  CREATE INDEX "search_pg_chunks_doc_idx" ON "search_pg_chunks" USING btree ("doc_id");
  CREATE INDEX "search_pg_docs_title_tsv_idx" ON "search_pg_docs" USING gin ("title_tsv");
  CREATE INDEX "search_pg_docs_tsv_idx" ON "search_pg_docs" USING gin ("tsv");
  CREATE INDEX "search_pg_chunks_tsv_idx" ON "search_pg_chunks" USING gin ("tsv");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "search_pg_chunks";
  DROP TABLE IF EXISTS "search_pg_docs";`)
  await db.execute(sql`
   ALTER TABLE "search_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_entries_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_entries" CASCADE;
  DROP TABLE "search_entries_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_entries_id";`)
}
