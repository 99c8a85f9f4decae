import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_webhook_subscriptions_events" AS ENUM('document.published', 'document.updated', 'document.withdrawn', 'document.unpublished');
  CREATE TYPE "public"."enum_webhook_deliveries_state" AS ENUM('pending', 'sending', 'delivered', 'failed', 'skipped');
  CREATE TABLE "webhook_subscriptions_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhook_subscriptions_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"include_children" boolean DEFAULT false,
  	"url" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"secret" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"status" numeric,
  	"ms" numeric,
  	"error" varchar
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"event_type" varchar NOT NULL,
  	"subscription_id" integer NOT NULL,
  	"department_id" integer,
  	"document_uid" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"state" "enum_webhook_deliveries_state" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"lease_until" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "public_documents" ADD COLUMN "version" numeric DEFAULT 0;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "webhook_subscriptions_events" ADD CONSTRAINT "webhook_subscriptions_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries_log" ADD CONSTRAINT "webhook_deliveries_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "webhook_subscriptions_events_order_idx" ON "webhook_subscriptions_events" USING btree ("order");
  CREATE INDEX "webhook_subscriptions_events_parent_idx" ON "webhook_subscriptions_events" USING btree ("parent_id");
  CREATE INDEX "webhook_subscriptions_department_idx" ON "webhook_subscriptions" USING btree ("department_id");
  CREATE INDEX "webhook_subscriptions_updated_at_idx" ON "webhook_subscriptions" USING btree ("updated_at");
  CREATE INDEX "webhook_subscriptions_created_at_idx" ON "webhook_subscriptions" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_log_order_idx" ON "webhook_deliveries_log" USING btree ("_order");
  CREATE INDEX "webhook_deliveries_log_parent_id_idx" ON "webhook_deliveries_log" USING btree ("_parent_id");
  CREATE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries" USING btree ("event_id");
  CREATE INDEX "webhook_deliveries_subscription_idx" ON "webhook_deliveries" USING btree ("subscription_id");
  CREATE INDEX "webhook_deliveries_department_idx" ON "webhook_deliveries" USING btree ("department_id");
  CREATE INDEX "webhook_deliveries_document_uid_idx" ON "webhook_deliveries" USING btree ("document_uid");
  CREATE INDEX "webhook_deliveries_state_idx" ON "webhook_deliveries" USING btree ("state");
  CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_subscriptions_fk" FOREIGN KEY ("webhook_subscriptions_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "webhook_subscriptions_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "webhook_subscriptions_events" CASCADE;
  DROP TABLE "webhook_subscriptions" CASCADE;
  DROP TABLE "webhook_deliveries_log" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  DROP INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  ALTER TABLE "public_documents" DROP COLUMN "version";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  DROP TYPE "public"."enum_webhook_subscriptions_events";
  DROP TYPE "public"."enum_webhook_deliveries_state";`)
}
