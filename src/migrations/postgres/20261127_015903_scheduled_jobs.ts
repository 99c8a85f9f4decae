import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "scheduled_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" varchar NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"target_id" varchar NOT NULL,
  	"version_id" varchar,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"run_after" timestamp(3) with time zone NOT NULL,
  	"state" varchar NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"lease_owner" varchar,
  	"lease_until" timestamp(3) with time zone,
  	"requested_by" varchar,
  	"last_error" varchar,
  	"outcome" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scheduled_jobs_id" integer;
  CREATE UNIQUE INDEX "scheduled_jobs_key_idx" ON "scheduled_jobs" USING btree ("key");
  CREATE INDEX "scheduled_jobs_target_id_idx" ON "scheduled_jobs" USING btree ("target_id");
  CREATE INDEX "scheduled_jobs_run_after_idx" ON "scheduled_jobs" USING btree ("run_after");
  CREATE INDEX "scheduled_jobs_state_idx" ON "scheduled_jobs" USING btree ("state");
  CREATE INDEX "scheduled_jobs_lease_until_idx" ON "scheduled_jobs" USING btree ("lease_until");
  CREATE INDEX "scheduled_jobs_updated_at_idx" ON "scheduled_jobs" USING btree ("updated_at");
  CREATE INDEX "scheduled_jobs_created_at_idx" ON "scheduled_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scheduled_jobs_fk" FOREIGN KEY ("scheduled_jobs_id") REFERENCES "public"."scheduled_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_scheduled_jobs_id_idx" ON "payload_locked_documents_rels" USING btree ("scheduled_jobs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scheduled_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "scheduled_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scheduled_jobs_fk";
  
  DROP INDEX "payload_locked_documents_rels_scheduled_jobs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scheduled_jobs_id";`)
}
