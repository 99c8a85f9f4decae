import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "public_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"uid" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"source_id" varchar NOT NULL,
  	"department_id" varchar,
  	"department_code" varchar,
  	"topic_codes" varchar,
  	"validity" varchar,
  	"state" varchar NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"public_updated_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"index_number" varchar,
  	"doc_number" varchar,
  	"doc_number_key" varchar,
  	"title_zh" varchar,
  	"title_en" varchar,
  	"summary_zh" varchar,
  	"summary_en" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_documents_id" integer;
  CREATE UNIQUE INDEX "public_documents_key_idx" ON "public_documents" USING btree ("key");
  CREATE UNIQUE INDEX "public_documents_uid_idx" ON "public_documents" USING btree ("uid");
  CREATE INDEX "public_documents_type_idx" ON "public_documents" USING btree ("type");
  CREATE INDEX "public_documents_department_id_idx" ON "public_documents" USING btree ("department_id");
  CREATE INDEX "public_documents_department_code_idx" ON "public_documents" USING btree ("department_code");
  CREATE INDEX "public_documents_topic_codes_idx" ON "public_documents" USING btree ("topic_codes");
  CREATE INDEX "public_documents_validity_idx" ON "public_documents" USING btree ("validity");
  CREATE INDEX "public_documents_state_idx" ON "public_documents" USING btree ("state");
  CREATE INDEX "public_documents_published_at_idx" ON "public_documents" USING btree ("published_at");
  CREATE INDEX "public_documents_public_updated_at_idx" ON "public_documents" USING btree ("public_updated_at");
  CREATE INDEX "public_documents_unpublish_at_idx" ON "public_documents" USING btree ("unpublish_at");
  CREATE INDEX "public_documents_index_number_idx" ON "public_documents" USING btree ("index_number");
  CREATE INDEX "public_documents_doc_number_key_idx" ON "public_documents" USING btree ("doc_number_key");
  CREATE INDEX "public_documents_title_zh_idx" ON "public_documents" USING btree ("title_zh");
  CREATE INDEX "public_documents_updated_at_idx" ON "public_documents" USING btree ("updated_at");
  CREATE INDEX "public_documents_created_at_idx" ON "public_documents" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_documents_fk" FOREIGN KEY ("public_documents_id") REFERENCES "public"."public_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_public_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("public_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "public_documents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "public_documents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_public_documents_fk";
  
  DROP INDEX "payload_locked_documents_rels_public_documents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_documents_id";`)
}
