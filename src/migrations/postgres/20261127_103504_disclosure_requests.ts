import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_requests_events_type" AS ENUM('received', 'correction_requested', 'correction_received', 'consultation_started', 'consultation_ended', 'extended', 'answered', 'assigned');
  CREATE TYPE "public"."enum_disclosure_requests_received_via" AS ENUM('online', 'in_person', 'post');
  CREATE TYPE "public"."enum_disclosure_requests_applicant_type" AS ENUM('natural_person', 'business', 'research', 'nonprofit', 'legal_services', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_applicant_id_type" AS ENUM('resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent_resident', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_request_preferred_form" AS ENUM('paper', 'electronic');
  CREATE TYPE "public"."enum_disclosure_requests_request_reply_channel" AS ENUM('post', 'email', 'pickup', 'online');
  CREATE TYPE "public"."enum_disclosure_requests_status" AS ENUM('received', 'awaiting_correction', 'in_consultation', 'extended', 'answered');
  CREATE TYPE "public"."enum_disclosure_requests_clock_state" AS ENUM('on_time', 'due_soon', 'overdue', 'met_on_time', 'met_late', 'paused');
  CREATE TYPE "public"."enum_disclosure_requests_outcome" AS ENUM('disclosed', 'partly_disclosed', 'refused', 'unable', 'not_processed', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_outcome_reason" AS ENUM('refused.state_secret', 'refused.prohibited_by_law', 'refused.three_safeties', 'refused.third_party_rights', 'refused.internal_affairs', 'refused.process_information', 'refused.enforcement_files', 'refused.administrative_inquiry', 'unable.not_held', 'unable.needs_creation', 'unable.still_unclear', 'not_processed.petition', 'not_processed.repeated', 'not_processed.publication', 'not_processed.abusive', 'not_processed.confirmation', 'other.correction_not_made', 'other.fee_not_paid', 'other.other');
  CREATE TYPE "public"."enum_request_files_purpose" AS ENUM('applicant', 'response');
  CREATE TABLE "disclosure_requests_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_disclosure_requests_events_type" NOT NULL,
  	"date" varchar NOT NULL,
  	"days" numeric,
  	"reason" varchar,
  	"approver" varchar,
  	"note" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "disclosure_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar,
  	"access_key_hash" varchar,
  	"department_id" integer NOT NULL,
  	"assignee_id" integer,
  	"received_via" "enum_disclosure_requests_received_via" DEFAULT 'in_person' NOT NULL,
  	"received_on" varchar NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"applicant_type" "enum_disclosure_requests_applicant_type" NOT NULL,
  	"applicant_name" varchar NOT NULL,
  	"applicant_id_type" "enum_disclosure_requests_applicant_id_type",
  	"applicant_id_number" varchar,
  	"applicant_organization_code" varchar,
  	"applicant_email" varchar,
  	"applicant_phone" varchar,
  	"applicant_address" varchar,
  	"request_description" varchar NOT NULL,
  	"request_document_title" varchar,
  	"request_doc_number" varchar,
  	"request_preferred_form" "enum_disclosure_requests_request_preferred_form",
  	"request_reply_channel" "enum_disclosure_requests_request_reply_channel",
  	"status" "enum_disclosure_requests_status" DEFAULT 'received',
  	"due_date" varchar,
  	"clock_state" "enum_disclosure_requests_clock_state",
  	"provisional" boolean,
  	"extension_days" numeric,
  	"outcome" "enum_disclosure_requests_outcome",
  	"outcome_reason" "enum_disclosure_requests_outcome_reason",
  	"answer" varchar,
  	"answered_on" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"request_files_id" integer
  );
  
  CREATE TABLE "request_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"department_id" integer NOT NULL,
  	"purpose" "enum_request_files_purpose" DEFAULT 'response' NOT NULL,
  	"sha256" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "calendar_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"working" boolean DEFAULT false,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "request_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "calendar_entries_id" integer;
  ALTER TABLE "disclosure_requests_events" ADD CONSTRAINT "disclosure_requests_events_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_requests_events" ADD CONSTRAINT "disclosure_requests_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_requests_rels" ADD CONSTRAINT "disclosure_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_requests_rels" ADD CONSTRAINT "disclosure_requests_rels_request_files_fk" FOREIGN KEY ("request_files_id") REFERENCES "public"."request_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "request_files" ADD CONSTRAINT "request_files_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "disclosure_requests_events_order_idx" ON "disclosure_requests_events" USING btree ("_order");
  CREATE INDEX "disclosure_requests_events_parent_id_idx" ON "disclosure_requests_events" USING btree ("_parent_id");
  CREATE INDEX "disclosure_requests_events_by_idx" ON "disclosure_requests_events" USING btree ("by_id");
  CREATE UNIQUE INDEX "disclosure_requests_tracking_code_idx" ON "disclosure_requests" USING btree ("tracking_code");
  CREATE INDEX "disclosure_requests_department_idx" ON "disclosure_requests" USING btree ("department_id");
  CREATE INDEX "disclosure_requests_assignee_idx" ON "disclosure_requests" USING btree ("assignee_id");
  CREATE INDEX "disclosure_requests_received_on_idx" ON "disclosure_requests" USING btree ("received_on");
  CREATE INDEX "disclosure_requests_status_idx" ON "disclosure_requests" USING btree ("status");
  CREATE INDEX "disclosure_requests_due_date_idx" ON "disclosure_requests" USING btree ("due_date");
  CREATE INDEX "disclosure_requests_clock_state_idx" ON "disclosure_requests" USING btree ("clock_state");
  CREATE INDEX "disclosure_requests_outcome_idx" ON "disclosure_requests" USING btree ("outcome");
  CREATE INDEX "disclosure_requests_answered_on_idx" ON "disclosure_requests" USING btree ("answered_on");
  CREATE INDEX "disclosure_requests_updated_at_idx" ON "disclosure_requests" USING btree ("updated_at");
  CREATE INDEX "disclosure_requests_created_at_idx" ON "disclosure_requests" USING btree ("created_at");
  CREATE INDEX "disclosure_requests_rels_order_idx" ON "disclosure_requests_rels" USING btree ("order");
  CREATE INDEX "disclosure_requests_rels_parent_idx" ON "disclosure_requests_rels" USING btree ("parent_id");
  CREATE INDEX "disclosure_requests_rels_path_idx" ON "disclosure_requests_rels" USING btree ("path");
  CREATE INDEX "disclosure_requests_rels_request_files_id_idx" ON "disclosure_requests_rels" USING btree ("request_files_id");
  CREATE INDEX "request_files_department_idx" ON "request_files" USING btree ("department_id");
  CREATE INDEX "request_files_sha256_idx" ON "request_files" USING btree ("sha256");
  CREATE INDEX "request_files_updated_at_idx" ON "request_files" USING btree ("updated_at");
  CREATE INDEX "request_files_created_at_idx" ON "request_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "request_files_filename_idx" ON "request_files" USING btree ("filename");
  CREATE UNIQUE INDEX "calendar_entries_date_idx" ON "calendar_entries" USING btree ("date");
  CREATE INDEX "calendar_entries_updated_at_idx" ON "calendar_entries" USING btree ("updated_at");
  CREATE INDEX "calendar_entries_created_at_idx" ON "calendar_entries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk" FOREIGN KEY ("disclosure_requests_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_request_files_fk" FOREIGN KEY ("request_files_id") REFERENCES "public"."request_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_entries_fk" FOREIGN KEY ("calendar_entries_id") REFERENCES "public"."calendar_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_disclosure_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_requests_id");
  CREATE INDEX "payload_locked_documents_rels_request_files_id_idx" ON "payload_locked_documents_rels" USING btree ("request_files_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_requests_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "calendar_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "disclosure_requests_events" CASCADE;
  DROP TABLE "disclosure_requests" CASCADE;
  DROP TABLE "disclosure_requests_rels" CASCADE;
  DROP TABLE "request_files" CASCADE;
  DROP TABLE "calendar_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_request_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_calendar_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_disclosure_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_request_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_calendar_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "request_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "calendar_entries_id";
  DROP TYPE "public"."enum_disclosure_requests_events_type";
  DROP TYPE "public"."enum_disclosure_requests_received_via";
  DROP TYPE "public"."enum_disclosure_requests_applicant_type";
  DROP TYPE "public"."enum_disclosure_requests_applicant_id_type";
  DROP TYPE "public"."enum_disclosure_requests_request_preferred_form";
  DROP TYPE "public"."enum_disclosure_requests_request_reply_channel";
  DROP TYPE "public"."enum_disclosure_requests_status";
  DROP TYPE "public"."enum_disclosure_requests_clock_state";
  DROP TYPE "public"."enum_disclosure_requests_outcome";
  DROP TYPE "public"."enum_disclosure_requests_outcome_reason";
  DROP TYPE "public"."enum_request_files_purpose";`)
}
