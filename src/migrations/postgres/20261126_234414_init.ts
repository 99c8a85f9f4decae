import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_policies_amendments_kind" AS ENUM('revision', 'amendment');
  CREATE TYPE "public"."enum_policies_genre" AS ENUM('decision', 'notice', 'opinion', 'measures', 'provisions', 'plan', 'rules', 'regulations', 'announcement', 'circular', 'reply', 'letter', 'other');
  CREATE TYPE "public"."enum_policies_validity" AS ENUM('valid', 'expired', 'repealed');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_version_amendments_kind" AS ENUM('revision', 'amendment');
  CREATE TYPE "public"."enum__policies_v_version_genre" AS ENUM('decision', 'notice', 'opinion', 'measures', 'provisions', 'plan', 'rules', 'regulations', 'announcement', 'circular', 'reply', 'letter', 'other');
  CREATE TYPE "public"."enum__policies_v_version_validity" AS ENUM('valid', 'expired', 'repealed');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_regulations_amendments_kind" AS ENUM('revision', 'amendment');
  CREATE TYPE "public"."enum_regulations_genre" AS ENUM('decision', 'notice', 'opinion', 'measures', 'provisions', 'plan', 'rules', 'regulations', 'announcement', 'circular', 'reply', 'letter', 'other');
  CREATE TYPE "public"."enum_regulations_validity" AS ENUM('valid', 'expired', 'repealed');
  CREATE TYPE "public"."enum_regulations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regulations_v_version_amendments_kind" AS ENUM('revision', 'amendment');
  CREATE TYPE "public"."enum__regulations_v_version_genre" AS ENUM('decision', 'notice', 'opinion', 'measures', 'provisions', 'plan', 'rules', 'regulations', 'announcement', 'circular', 'reply', 'letter', 'other');
  CREATE TYPE "public"."enum__regulations_v_version_validity" AS ENUM('valid', 'expired', 'repealed');
  CREATE TYPE "public"."enum__regulations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regulations_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_interpretations_form" AS ENUM('text', 'graphic', 'video', 'qa');
  CREATE TYPE "public"."enum_interpretations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interpretations_v_version_form" AS ENUM('text', 'graphic', 'video', 'qa');
  CREATE TYPE "public"."enum__interpretations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interpretations_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_procedures_service_objects" AS ENUM('natural_person', 'legal_person');
  CREATE TYPE "public"."enum_procedures_materials_source" AS ENUM('applicant', 'government', 'other');
  CREATE TYPE "public"."enum_procedures_materials_form" AS ENUM('paper', 'electronic', 'both');
  CREATE TYPE "public"."enum_procedures_item_type" AS ENUM('licensing', 'confirmation', 'payment', 'ruling', 'reward', 'levy', 'other_power', 'public_service');
  CREATE TYPE "public"."enum_procedures_implementing_body_nature" AS ENUM('statutory', 'authorized', 'entrusted');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_service_objects" AS ENUM('natural_person', 'legal_person');
  CREATE TYPE "public"."enum__procedures_v_version_materials_source" AS ENUM('applicant', 'government', 'other');
  CREATE TYPE "public"."enum__procedures_v_version_materials_form" AS ENUM('paper', 'electronic', 'both');
  CREATE TYPE "public"."enum__procedures_v_version_item_type" AS ENUM('licensing', 'confirmation', 'payment', 'ruling', 'reward', 'levy', 'other_power', 'public_service');
  CREATE TYPE "public"."enum__procedures_v_version_implementing_body_nature" AS ENUM('statutory', 'authorized', 'entrusted');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_licensing_decisions_party_type" AS ENUM('legal_person', 'unincorporated', 'individual_business', 'natural_person');
  CREATE TYPE "public"."enum_licensing_decisions_id_type" AS ENUM('resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreigner_permanent', 'other');
  CREATE TYPE "public"."enum_licensing_decisions_license_category" AS ENUM('general', 'franchise', 'accreditation', 'approval', 'registration', 'other');
  CREATE TYPE "public"."enum_licensing_decisions_license_status" AS ENUM('valid', 'invalid', 'revoked');
  CREATE TYPE "public"."enum_licensing_decisions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__licensing_decisions_v_version_party_type" AS ENUM('legal_person', 'unincorporated', 'individual_business', 'natural_person');
  CREATE TYPE "public"."enum__licensing_decisions_v_version_id_type" AS ENUM('resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreigner_permanent', 'other');
  CREATE TYPE "public"."enum__licensing_decisions_v_version_license_category" AS ENUM('general', 'franchise', 'accreditation', 'approval', 'registration', 'other');
  CREATE TYPE "public"."enum__licensing_decisions_v_version_license_status" AS ENUM('valid', 'invalid', 'revoked');
  CREATE TYPE "public"."enum__licensing_decisions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__licensing_decisions_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_penalty_decisions_penalty_categories" AS ENUM('warning', 'criticism', 'fine', 'confiscate_income', 'confiscate_property', 'suspend_license', 'downgrade', 'revoke_license', 'restrict_business', 'suspend_business', 'close', 'restrict_practice', 'detention', 'other');
  CREATE TYPE "public"."enum_penalty_decisions_party_type" AS ENUM('legal_person', 'unincorporated', 'individual_business', 'natural_person');
  CREATE TYPE "public"."enum_penalty_decisions_id_type" AS ENUM('resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreigner_permanent', 'other');
  CREATE TYPE "public"."enum_penalty_decisions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__penalty_decisions_v_version_penalty_categories" AS ENUM('warning', 'criticism', 'fine', 'confiscate_income', 'confiscate_property', 'suspend_license', 'downgrade', 'revoke_license', 'restrict_business', 'suspend_business', 'close', 'restrict_practice', 'detention', 'other');
  CREATE TYPE "public"."enum__penalty_decisions_v_version_party_type" AS ENUM('legal_person', 'unincorporated', 'individual_business', 'natural_person');
  CREATE TYPE "public"."enum__penalty_decisions_v_version_id_type" AS ENUM('resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreigner_permanent', 'other');
  CREATE TYPE "public"."enum__penalty_decisions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__penalty_decisions_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_users_memberships_roles" AS ENUM('author', 'reviewer', 'publisher', 'department_admin');
  CREATE TABLE "policies_amendments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_policies_amendments_kind" DEFAULT 'revision',
  	"decision_doc_number" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "policies_amendments_locales" (
  	"note" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "policies_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uid" varchar,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"public_updated_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"department_id" integer,
  	"doc_number" varchar,
  	"doc_number_key" varchar,
  	"signed_date" timestamp(3) with time zone,
  	"genre" "enum_policies_genre",
  	"validity" "enum_policies_validity" DEFAULT 'valid',
  	"expired_on" timestamp(3) with time zone,
  	"repealed_on" timestamp(3) with time zone,
  	"major_change" boolean,
  	"change_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policies_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "policies_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "policies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"departments_id" integer,
  	"policies_id" integer,
  	"regulations_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_policies_v_version_amendments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__policies_v_version_amendments_kind" DEFAULT 'revision',
  	"decision_doc_number" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policies_v_version_amendments_locales" (
  	"note" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_policies_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_uid" varchar,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_public_updated_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_department_id" integer,
  	"version_doc_number" varchar,
  	"version_doc_number_key" varchar,
  	"version_signed_date" timestamp(3) with time zone,
  	"version_genre" "enum__policies_v_version_genre",
  	"version_validity" "enum__policies_v_version_validity" DEFAULT 'valid',
  	"version_expired_on" timestamp(3) with time zone,
  	"version_repealed_on" timestamp(3) with time zone,
  	"version_major_change" boolean,
  	"version_change_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__policies_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_policies_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_policies_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_policies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"departments_id" integer,
  	"policies_id" integer,
  	"regulations_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "regulations_amendments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_regulations_amendments_kind" DEFAULT 'revision',
  	"decision_doc_number" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "regulations_amendments_locales" (
  	"note" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "regulations_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "regulations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uid" varchar,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"public_updated_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"department_id" integer,
  	"doc_number" varchar,
  	"doc_number_key" varchar,
  	"signed_date" timestamp(3) with time zone,
  	"genre" "enum_regulations_genre",
  	"effective_date" timestamp(3) with time zone,
  	"validity" "enum_regulations_validity" DEFAULT 'valid',
  	"expired_on" timestamp(3) with time zone,
  	"repealed_on" timestamp(3) with time zone,
  	"major_change" boolean,
  	"change_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_regulations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "regulations_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "regulations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "regulations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"departments_id" integer,
  	"policies_id" integer,
  	"regulations_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_regulations_v_version_amendments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__regulations_v_version_amendments_kind" DEFAULT 'revision',
  	"decision_doc_number" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_regulations_v_version_amendments_locales" (
  	"note" varchar,
  	"text" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_regulations_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_regulations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_uid" varchar,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_public_updated_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_department_id" integer,
  	"version_doc_number" varchar,
  	"version_doc_number_key" varchar,
  	"version_signed_date" timestamp(3) with time zone,
  	"version_genre" "enum__regulations_v_version_genre",
  	"version_effective_date" timestamp(3) with time zone,
  	"version_validity" "enum__regulations_v_version_validity" DEFAULT 'valid',
  	"version_expired_on" timestamp(3) with time zone,
  	"version_repealed_on" timestamp(3) with time zone,
  	"version_major_change" boolean,
  	"version_change_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__regulations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__regulations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_regulations_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_regulations_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_regulations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"departments_id" integer,
  	"policies_id" integer,
  	"regulations_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "interpretations_qa" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "interpretations_qa_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "interpretations_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "interpretations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uid" varchar,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"public_updated_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"department_id" integer,
  	"interprets_id" integer,
  	"form" "enum_interpretations_form" DEFAULT 'text',
  	"author_organ_id" integer,
  	"video_url" varchar,
  	"major_change" boolean,
  	"change_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_interpretations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "interpretations_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "interpretations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "interpretations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_interpretations_v_version_qa" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_interpretations_v_version_qa_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_interpretations_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_interpretations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_uid" varchar,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_public_updated_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_department_id" integer,
  	"version_interprets_id" integer,
  	"version_form" "enum__interpretations_v_version_form" DEFAULT 'text',
  	"version_author_organ_id" integer,
  	"version_video_url" varchar,
  	"version_major_change" boolean,
  	"version_change_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__interpretations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__interpretations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_interpretations_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_interpretations_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_interpretations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "procedures_service_objects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_service_objects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"law" varchar,
  	"article" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "procedures_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_procedures_materials_source",
  	"form" "enum_procedures_materials_form" DEFAULT 'both',
  	"copies" numeric,
  	"required" boolean DEFAULT true,
  	"blank_form_id" integer,
  	"sample_id" integer
  );
  
  CREATE TABLE "procedures_materials_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_steps_locales" (
  	"name" varchar,
  	"actor" varchar,
  	"time_limit" varchar,
  	"criteria" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_fee_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"standard" varchar
  );
  
  CREATE TABLE "procedures_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_faq_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uid" varchar,
  	"published_at" timestamp(3) with time zone,
  	"public_updated_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"department_id" integer,
  	"item_code" varchar,
  	"implementation_code" varchar,
  	"item_type" "enum_procedures_item_type",
  	"implementing_body_nature" "enum_procedures_implementing_body_nature",
  	"legal_time_limit" numeric,
  	"promised_time_limit" numeric,
  	"on_site_visits" numeric,
  	"fee_charged" boolean DEFAULT false,
  	"fee_basis" varchar,
  	"online_url" varchar,
  	"consult_phone" varchar,
  	"complaint_phone" varchar,
  	"major_change" boolean,
  	"change_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procedures_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"implementing_body" varchar,
  	"conditions" jsonb,
  	"location" varchar,
  	"hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procedures_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_procedures_v_version_service_objects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_service_objects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"law" varchar,
  	"article" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__procedures_v_version_materials_source",
  	"form" "enum__procedures_v_version_materials_form" DEFAULT 'both',
  	"copies" numeric,
  	"required" boolean DEFAULT true,
  	"blank_form_id" integer,
  	"sample_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_materials_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_steps_locales" (
  	"name" varchar,
  	"actor" varchar,
  	"time_limit" varchar,
  	"criteria" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_fee_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"standard" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_faq_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_uid" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_public_updated_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_department_id" integer,
  	"version_item_code" varchar,
  	"version_implementation_code" varchar,
  	"version_item_type" "enum__procedures_v_version_item_type",
  	"version_implementing_body_nature" "enum__procedures_v_version_implementing_body_nature",
  	"version_legal_time_limit" numeric,
  	"version_promised_time_limit" numeric,
  	"version_on_site_visits" numeric,
  	"version_fee_charged" boolean DEFAULT false,
  	"version_fee_basis" varchar,
  	"version_online_url" varchar,
  	"version_consult_phone" varchar,
  	"version_complaint_phone" varchar,
  	"version_major_change" boolean,
  	"version_change_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procedures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_procedures_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_implementing_body" varchar,
  	"version_conditions" jsonb,
  	"version_location" varchar,
  	"version_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "licensing_decisions_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "licensing_decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uid" varchar,
  	"published_at" timestamp(3) with time zone,
  	"public_updated_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"party_name" varchar,
  	"party_type" "enum_licensing_decisions_party_type",
  	"credit_code" varchar,
  	"business_reg_no" varchar,
  	"org_code" varchar,
  	"tax_reg_no" varchar,
  	"institution_cert_no" varchar,
  	"social_org_reg_no" varchar,
  	"legal_representative" varchar,
  	"id_type" "enum_licensing_decisions_id_type",
  	"id_number" varchar,
  	"party_name_public" varchar,
  	"id_number_public" varchar,
  	"legal_representative_public" varchar,
  	"decision_doc_name" varchar,
  	"decision_number" varchar,
  	"license_category" "enum_licensing_decisions_license_category",
  	"license_name" varchar,
  	"license_number" varchar,
  	"content" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"license_status" "enum_licensing_decisions_license_status" DEFAULT 'valid',
  	"authority" varchar,
  	"authority_code" varchar,
  	"data_source" varchar,
  	"data_source_code" varchar,
  	"remarks" varchar,
  	"department_id" integer,
  	"major_change" boolean,
  	"change_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_licensing_decisions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "licensing_decisions_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "licensing_decisions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "licensing_decisions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_licensing_decisions_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_licensing_decisions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_uid" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_public_updated_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_party_name" varchar,
  	"version_party_type" "enum__licensing_decisions_v_version_party_type",
  	"version_credit_code" varchar,
  	"version_business_reg_no" varchar,
  	"version_org_code" varchar,
  	"version_tax_reg_no" varchar,
  	"version_institution_cert_no" varchar,
  	"version_social_org_reg_no" varchar,
  	"version_legal_representative" varchar,
  	"version_id_type" "enum__licensing_decisions_v_version_id_type",
  	"version_id_number" varchar,
  	"version_party_name_public" varchar,
  	"version_id_number_public" varchar,
  	"version_legal_representative_public" varchar,
  	"version_decision_doc_name" varchar,
  	"version_decision_number" varchar,
  	"version_license_category" "enum__licensing_decisions_v_version_license_category",
  	"version_license_name" varchar,
  	"version_license_number" varchar,
  	"version_content" varchar,
  	"version_decision_date" timestamp(3) with time zone,
  	"version_valid_from" timestamp(3) with time zone,
  	"version_valid_until" timestamp(3) with time zone,
  	"version_license_status" "enum__licensing_decisions_v_version_license_status" DEFAULT 'valid',
  	"version_authority" varchar,
  	"version_authority_code" varchar,
  	"version_data_source" varchar,
  	"version_data_source_code" varchar,
  	"version_remarks" varchar,
  	"version_department_id" integer,
  	"version_major_change" boolean,
  	"version_change_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__licensing_decisions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__licensing_decisions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_licensing_decisions_v_locales" (
  	"version_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_licensing_decisions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_licensing_decisions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "penalty_decisions_penalty_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_penalty_decisions_penalty_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "penalty_decisions_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "penalty_decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uid" varchar,
  	"published_at" timestamp(3) with time zone,
  	"public_updated_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"party_name" varchar,
  	"party_type" "enum_penalty_decisions_party_type",
  	"credit_code" varchar,
  	"business_reg_no" varchar,
  	"org_code" varchar,
  	"tax_reg_no" varchar,
  	"institution_cert_no" varchar,
  	"social_org_reg_no" varchar,
  	"legal_representative" varchar,
  	"id_type" "enum_penalty_decisions_id_type",
  	"id_number" varchar,
  	"party_name_public" varchar,
  	"id_number_public" varchar,
  	"legal_representative_public" varchar,
  	"decision_number" varchar,
  	"violation_type" varchar,
  	"violation_facts" varchar,
  	"legal_basis" varchar,
  	"penalty_content" varchar,
  	"fine_amount" numeric,
  	"confiscated_amount" numeric,
  	"suspended_license" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"penalty_valid_until" timestamp(3) with time zone,
  	"publication_end_date" timestamp(3) with time zone,
  	"authority" varchar,
  	"authority_code" varchar,
  	"data_source" varchar,
  	"data_source_code" varchar,
  	"remarks" varchar,
  	"department_id" integer,
  	"major_change" boolean,
  	"change_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_penalty_decisions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "penalty_decisions_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "penalty_decisions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "penalty_decisions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_penalty_decisions_v_version_penalty_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__penalty_decisions_v_version_penalty_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_penalty_decisions_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_penalty_decisions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_uid" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_public_updated_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_party_name" varchar,
  	"version_party_type" "enum__penalty_decisions_v_version_party_type",
  	"version_credit_code" varchar,
  	"version_business_reg_no" varchar,
  	"version_org_code" varchar,
  	"version_tax_reg_no" varchar,
  	"version_institution_cert_no" varchar,
  	"version_social_org_reg_no" varchar,
  	"version_legal_representative" varchar,
  	"version_id_type" "enum__penalty_decisions_v_version_id_type",
  	"version_id_number" varchar,
  	"version_party_name_public" varchar,
  	"version_id_number_public" varchar,
  	"version_legal_representative_public" varchar,
  	"version_decision_number" varchar,
  	"version_violation_type" varchar,
  	"version_violation_facts" varchar,
  	"version_legal_basis" varchar,
  	"version_penalty_content" varchar,
  	"version_fine_amount" numeric,
  	"version_confiscated_amount" numeric,
  	"version_suspended_license" varchar,
  	"version_decision_date" timestamp(3) with time zone,
  	"version_penalty_valid_until" timestamp(3) with time zone,
  	"version_publication_end_date" timestamp(3) with time zone,
  	"version_authority" varchar,
  	"version_authority_code" varchar,
  	"version_data_source" varchar,
  	"version_data_source_code" varchar,
  	"version_remarks" varchar,
  	"version_department_id" integer,
  	"version_major_change" boolean,
  	"version_change_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__penalty_decisions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__penalty_decisions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_penalty_decisions_v_locales" (
  	"version_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_penalty_decisions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_penalty_decisions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"attachments_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "departments_websites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"parent_id" integer,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_postcode" varchar,
  	"contact_fax" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "departments_locales" (
  	"name" varchar NOT NULL,
  	"short_name" varchar,
  	"contact_address" varchar,
  	"contact_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"department_id" integer,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"department_id" integer,
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
  
  CREATE TABLE "attachments_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_memberships_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_memberships_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "sequences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"policies_id" integer,
  	"regulations_id" integer,
  	"interpretations_id" integer,
  	"procedures_id" integer,
  	"licensing_decisions_id" integer,
  	"penalty_decisions_id" integer,
  	"departments_id" integer,
  	"topics_id" integer,
  	"media_id" integer,
  	"attachments_id" integer,
  	"users_id" integer,
  	"sequences_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "policies_amendments" ADD CONSTRAINT "policies_amendments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_amendments_locales" ADD CONSTRAINT "policies_amendments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies_amendments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_change_history" ADD CONSTRAINT "policies_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_locales" ADD CONSTRAINT "policies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_texts" ADD CONSTRAINT "policies_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_amendments" ADD CONSTRAINT "_policies_v_version_amendments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_amendments_locales" ADD CONSTRAINT "_policies_v_version_amendments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v_version_amendments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_change_history" ADD CONSTRAINT "_policies_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_locales" ADD CONSTRAINT "_policies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_texts" ADD CONSTRAINT "_policies_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_amendments" ADD CONSTRAINT "regulations_amendments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_amendments_locales" ADD CONSTRAINT "regulations_amendments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations_amendments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_change_history" ADD CONSTRAINT "regulations_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations" ADD CONSTRAINT "regulations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regulations_locales" ADD CONSTRAINT "regulations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_texts" ADD CONSTRAINT "regulations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rels" ADD CONSTRAINT "regulations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rels" ADD CONSTRAINT "regulations_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rels" ADD CONSTRAINT "regulations_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rels" ADD CONSTRAINT "regulations_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rels" ADD CONSTRAINT "regulations_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rels" ADD CONSTRAINT "regulations_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rels" ADD CONSTRAINT "regulations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_version_amendments" ADD CONSTRAINT "_regulations_v_version_amendments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regulations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_version_amendments_locales" ADD CONSTRAINT "_regulations_v_version_amendments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regulations_v_version_amendments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_version_change_history" ADD CONSTRAINT "_regulations_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regulations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v" ADD CONSTRAINT "_regulations_v_parent_id_regulations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regulations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regulations_v" ADD CONSTRAINT "_regulations_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regulations_v_locales" ADD CONSTRAINT "_regulations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regulations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_texts" ADD CONSTRAINT "_regulations_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_regulations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_rels" ADD CONSTRAINT "_regulations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_regulations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_rels" ADD CONSTRAINT "_regulations_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_rels" ADD CONSTRAINT "_regulations_v_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_rels" ADD CONSTRAINT "_regulations_v_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_rels" ADD CONSTRAINT "_regulations_v_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_rels" ADD CONSTRAINT "_regulations_v_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regulations_v_rels" ADD CONSTRAINT "_regulations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_qa" ADD CONSTRAINT "interpretations_qa_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_qa_locales" ADD CONSTRAINT "interpretations_qa_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations_qa"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_change_history" ADD CONSTRAINT "interpretations_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_interprets_id_policies_id_fk" FOREIGN KEY ("interprets_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_author_organ_id_departments_id_fk" FOREIGN KEY ("author_organ_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_locales" ADD CONSTRAINT "interpretations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_texts" ADD CONSTRAINT "interpretations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_qa" ADD CONSTRAINT "_interpretations_v_version_qa_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_qa_locales" ADD CONSTRAINT "_interpretations_v_version_qa_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v_version_qa"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_change_history" ADD CONSTRAINT "_interpretations_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_parent_id_interpretations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_interprets_id_policies_id_fk" FOREIGN KEY ("version_interprets_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_author_organ_id_departments_id_fk" FOREIGN KEY ("version_author_organ_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_locales" ADD CONSTRAINT "_interpretations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_texts" ADD CONSTRAINT "_interpretations_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_service_objects" ADD CONSTRAINT "procedures_service_objects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_legal_basis" ADD CONSTRAINT "procedures_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_materials" ADD CONSTRAINT "procedures_materials_blank_form_id_attachments_id_fk" FOREIGN KEY ("blank_form_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_materials" ADD CONSTRAINT "procedures_materials_sample_id_attachments_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_materials" ADD CONSTRAINT "procedures_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_materials_locales" ADD CONSTRAINT "procedures_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps" ADD CONSTRAINT "procedures_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps_locales" ADD CONSTRAINT "procedures_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_fee_items" ADD CONSTRAINT "procedures_fee_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_faq" ADD CONSTRAINT "procedures_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_faq_locales" ADD CONSTRAINT "procedures_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_change_history" ADD CONSTRAINT "procedures_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_texts" ADD CONSTRAINT "procedures_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_service_objects" ADD CONSTRAINT "_procedures_v_version_service_objects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_legal_basis" ADD CONSTRAINT "_procedures_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_materials" ADD CONSTRAINT "_procedures_v_version_materials_blank_form_id_attachments_id_fk" FOREIGN KEY ("blank_form_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_materials" ADD CONSTRAINT "_procedures_v_version_materials_sample_id_attachments_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_materials" ADD CONSTRAINT "_procedures_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_materials_locales" ADD CONSTRAINT "_procedures_v_version_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps" ADD CONSTRAINT "_procedures_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps_locales" ADD CONSTRAINT "_procedures_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_fee_items" ADD CONSTRAINT "_procedures_v_version_fee_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_faq" ADD CONSTRAINT "_procedures_v_version_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_faq_locales" ADD CONSTRAINT "_procedures_v_version_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_change_history" ADD CONSTRAINT "_procedures_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_texts" ADD CONSTRAINT "_procedures_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "licensing_decisions_change_history" ADD CONSTRAINT "licensing_decisions_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."licensing_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "licensing_decisions" ADD CONSTRAINT "licensing_decisions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "licensing_decisions_locales" ADD CONSTRAINT "licensing_decisions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."licensing_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "licensing_decisions_texts" ADD CONSTRAINT "licensing_decisions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."licensing_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "licensing_decisions_rels" ADD CONSTRAINT "licensing_decisions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."licensing_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "licensing_decisions_rels" ADD CONSTRAINT "licensing_decisions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "licensing_decisions_rels" ADD CONSTRAINT "licensing_decisions_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "licensing_decisions_rels" ADD CONSTRAINT "licensing_decisions_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v_version_change_history" ADD CONSTRAINT "_licensing_decisions_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_licensing_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v" ADD CONSTRAINT "_licensing_decisions_v_parent_id_licensing_decisions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."licensing_decisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v" ADD CONSTRAINT "_licensing_decisions_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v_locales" ADD CONSTRAINT "_licensing_decisions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_licensing_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v_texts" ADD CONSTRAINT "_licensing_decisions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_licensing_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v_rels" ADD CONSTRAINT "_licensing_decisions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_licensing_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v_rels" ADD CONSTRAINT "_licensing_decisions_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v_rels" ADD CONSTRAINT "_licensing_decisions_v_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_licensing_decisions_v_rels" ADD CONSTRAINT "_licensing_decisions_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "penalty_decisions_penalty_categories" ADD CONSTRAINT "penalty_decisions_penalty_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."penalty_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "penalty_decisions_change_history" ADD CONSTRAINT "penalty_decisions_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."penalty_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "penalty_decisions" ADD CONSTRAINT "penalty_decisions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "penalty_decisions_locales" ADD CONSTRAINT "penalty_decisions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."penalty_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "penalty_decisions_texts" ADD CONSTRAINT "penalty_decisions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."penalty_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "penalty_decisions_rels" ADD CONSTRAINT "penalty_decisions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."penalty_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "penalty_decisions_rels" ADD CONSTRAINT "penalty_decisions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "penalty_decisions_rels" ADD CONSTRAINT "penalty_decisions_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "penalty_decisions_rels" ADD CONSTRAINT "penalty_decisions_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v_version_penalty_categories" ADD CONSTRAINT "_penalty_decisions_v_version_penalty_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_penalty_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v_version_change_history" ADD CONSTRAINT "_penalty_decisions_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_penalty_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v" ADD CONSTRAINT "_penalty_decisions_v_parent_id_penalty_decisions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."penalty_decisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v" ADD CONSTRAINT "_penalty_decisions_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v_locales" ADD CONSTRAINT "_penalty_decisions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_penalty_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v_texts" ADD CONSTRAINT "_penalty_decisions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_penalty_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v_rels" ADD CONSTRAINT "_penalty_decisions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_penalty_decisions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v_rels" ADD CONSTRAINT "_penalty_decisions_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v_rels" ADD CONSTRAINT "_penalty_decisions_v_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_penalty_decisions_v_rels" ADD CONSTRAINT "_penalty_decisions_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "departments_websites" ADD CONSTRAINT "departments_websites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments_locales" ADD CONSTRAINT "departments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attachments_locales" ADD CONSTRAINT "attachments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_memberships_roles" ADD CONSTRAINT "users_memberships_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_memberships"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_licensing_decisions_fk" FOREIGN KEY ("licensing_decisions_id") REFERENCES "public"."licensing_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_penalty_decisions_fk" FOREIGN KEY ("penalty_decisions_id") REFERENCES "public"."penalty_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sequences_fk" FOREIGN KEY ("sequences_id") REFERENCES "public"."sequences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policies_amendments_order_idx" ON "policies_amendments" USING btree ("_order");
  CREATE INDEX "policies_amendments_parent_id_idx" ON "policies_amendments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "policies_amendments_locales_locale_parent_id_unique" ON "policies_amendments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policies_change_history_order_idx" ON "policies_change_history" USING btree ("_order");
  CREATE INDEX "policies_change_history_parent_id_idx" ON "policies_change_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "policies_uid_idx" ON "policies" USING btree ("uid");
  CREATE UNIQUE INDEX "policies_index_number_idx" ON "policies" USING btree ("index_number");
  CREATE INDEX "policies_published_at_idx" ON "policies" USING btree ("published_at");
  CREATE INDEX "policies_unpublish_at_idx" ON "policies" USING btree ("unpublish_at");
  CREATE INDEX "policies_department_idx" ON "policies" USING btree ("department_id");
  CREATE INDEX "policies_doc_number_key_idx" ON "policies" USING btree ("doc_number_key");
  CREATE INDEX "policies_validity_idx" ON "policies" USING btree ("validity");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE UNIQUE INDEX "department_docNumberKey_idx" ON "policies" USING btree ("department_id","doc_number_key");
  CREATE UNIQUE INDEX "policies_locales_locale_parent_id_unique" ON "policies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policies_texts_order_parent" ON "policies_texts" USING btree ("order","parent_id");
  CREATE INDEX "policies_rels_order_idx" ON "policies_rels" USING btree ("order");
  CREATE INDEX "policies_rels_parent_idx" ON "policies_rels" USING btree ("parent_id");
  CREATE INDEX "policies_rels_path_idx" ON "policies_rels" USING btree ("path");
  CREATE INDEX "policies_rels_topics_id_idx" ON "policies_rels" USING btree ("topics_id");
  CREATE INDEX "policies_rels_departments_id_idx" ON "policies_rels" USING btree ("departments_id");
  CREATE INDEX "policies_rels_policies_id_idx" ON "policies_rels" USING btree ("policies_id");
  CREATE INDEX "policies_rels_regulations_id_idx" ON "policies_rels" USING btree ("regulations_id");
  CREATE INDEX "policies_rels_attachments_id_idx" ON "policies_rels" USING btree ("attachments_id");
  CREATE INDEX "policies_rels_media_id_idx" ON "policies_rels" USING btree ("media_id");
  CREATE INDEX "_policies_v_version_amendments_order_idx" ON "_policies_v_version_amendments" USING btree ("_order");
  CREATE INDEX "_policies_v_version_amendments_parent_id_idx" ON "_policies_v_version_amendments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_policies_v_version_amendments_locales_locale_parent_id_uniq" ON "_policies_v_version_amendments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policies_v_version_change_history_order_idx" ON "_policies_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_policies_v_version_change_history_parent_id_idx" ON "_policies_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_uid_idx" ON "_policies_v" USING btree ("version_uid");
  CREATE INDEX "_policies_v_version_version_index_number_idx" ON "_policies_v" USING btree ("version_index_number");
  CREATE INDEX "_policies_v_version_version_published_at_idx" ON "_policies_v" USING btree ("version_published_at");
  CREATE INDEX "_policies_v_version_version_unpublish_at_idx" ON "_policies_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_policies_v_version_version_department_idx" ON "_policies_v" USING btree ("version_department_id");
  CREATE INDEX "_policies_v_version_version_doc_number_key_idx" ON "_policies_v" USING btree ("version_doc_number_key");
  CREATE INDEX "_policies_v_version_version_validity_idx" ON "_policies_v" USING btree ("version_validity");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_snapshot_idx" ON "_policies_v" USING btree ("snapshot");
  CREATE INDEX "_policies_v_published_locale_idx" ON "_policies_v" USING btree ("published_locale");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE INDEX "version_department_version_docNumberKey_idx" ON "_policies_v" USING btree ("version_department_id","version_doc_number_key");
  CREATE UNIQUE INDEX "_policies_v_locales_locale_parent_id_unique" ON "_policies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policies_v_texts_order_parent" ON "_policies_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_policies_v_rels_order_idx" ON "_policies_v_rels" USING btree ("order");
  CREATE INDEX "_policies_v_rels_parent_idx" ON "_policies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policies_v_rels_path_idx" ON "_policies_v_rels" USING btree ("path");
  CREATE INDEX "_policies_v_rels_topics_id_idx" ON "_policies_v_rels" USING btree ("topics_id");
  CREATE INDEX "_policies_v_rels_departments_id_idx" ON "_policies_v_rels" USING btree ("departments_id");
  CREATE INDEX "_policies_v_rels_policies_id_idx" ON "_policies_v_rels" USING btree ("policies_id");
  CREATE INDEX "_policies_v_rels_regulations_id_idx" ON "_policies_v_rels" USING btree ("regulations_id");
  CREATE INDEX "_policies_v_rels_attachments_id_idx" ON "_policies_v_rels" USING btree ("attachments_id");
  CREATE INDEX "_policies_v_rels_media_id_idx" ON "_policies_v_rels" USING btree ("media_id");
  CREATE INDEX "regulations_amendments_order_idx" ON "regulations_amendments" USING btree ("_order");
  CREATE INDEX "regulations_amendments_parent_id_idx" ON "regulations_amendments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "regulations_amendments_locales_locale_parent_id_unique" ON "regulations_amendments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "regulations_change_history_order_idx" ON "regulations_change_history" USING btree ("_order");
  CREATE INDEX "regulations_change_history_parent_id_idx" ON "regulations_change_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "regulations_uid_idx" ON "regulations" USING btree ("uid");
  CREATE UNIQUE INDEX "regulations_index_number_idx" ON "regulations" USING btree ("index_number");
  CREATE INDEX "regulations_published_at_idx" ON "regulations" USING btree ("published_at");
  CREATE INDEX "regulations_unpublish_at_idx" ON "regulations" USING btree ("unpublish_at");
  CREATE INDEX "regulations_department_idx" ON "regulations" USING btree ("department_id");
  CREATE INDEX "regulations_doc_number_key_idx" ON "regulations" USING btree ("doc_number_key");
  CREATE INDEX "regulations_validity_idx" ON "regulations" USING btree ("validity");
  CREATE INDEX "regulations_updated_at_idx" ON "regulations" USING btree ("updated_at");
  CREATE INDEX "regulations_created_at_idx" ON "regulations" USING btree ("created_at");
  CREATE INDEX "regulations__status_idx" ON "regulations" USING btree ("_status");
  CREATE UNIQUE INDEX "department_docNumberKey_1_idx" ON "regulations" USING btree ("department_id","doc_number_key");
  CREATE UNIQUE INDEX "regulations_locales_locale_parent_id_unique" ON "regulations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "regulations_texts_order_parent" ON "regulations_texts" USING btree ("order","parent_id");
  CREATE INDEX "regulations_rels_order_idx" ON "regulations_rels" USING btree ("order");
  CREATE INDEX "regulations_rels_parent_idx" ON "regulations_rels" USING btree ("parent_id");
  CREATE INDEX "regulations_rels_path_idx" ON "regulations_rels" USING btree ("path");
  CREATE INDEX "regulations_rels_topics_id_idx" ON "regulations_rels" USING btree ("topics_id");
  CREATE INDEX "regulations_rels_departments_id_idx" ON "regulations_rels" USING btree ("departments_id");
  CREATE INDEX "regulations_rels_policies_id_idx" ON "regulations_rels" USING btree ("policies_id");
  CREATE INDEX "regulations_rels_regulations_id_idx" ON "regulations_rels" USING btree ("regulations_id");
  CREATE INDEX "regulations_rels_attachments_id_idx" ON "regulations_rels" USING btree ("attachments_id");
  CREATE INDEX "regulations_rels_media_id_idx" ON "regulations_rels" USING btree ("media_id");
  CREATE INDEX "_regulations_v_version_amendments_order_idx" ON "_regulations_v_version_amendments" USING btree ("_order");
  CREATE INDEX "_regulations_v_version_amendments_parent_id_idx" ON "_regulations_v_version_amendments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_regulations_v_version_amendments_locales_locale_parent_id_u" ON "_regulations_v_version_amendments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_regulations_v_version_change_history_order_idx" ON "_regulations_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_regulations_v_version_change_history_parent_id_idx" ON "_regulations_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_regulations_v_parent_idx" ON "_regulations_v" USING btree ("parent_id");
  CREATE INDEX "_regulations_v_version_version_uid_idx" ON "_regulations_v" USING btree ("version_uid");
  CREATE INDEX "_regulations_v_version_version_index_number_idx" ON "_regulations_v" USING btree ("version_index_number");
  CREATE INDEX "_regulations_v_version_version_published_at_idx" ON "_regulations_v" USING btree ("version_published_at");
  CREATE INDEX "_regulations_v_version_version_unpublish_at_idx" ON "_regulations_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_regulations_v_version_version_department_idx" ON "_regulations_v" USING btree ("version_department_id");
  CREATE INDEX "_regulations_v_version_version_doc_number_key_idx" ON "_regulations_v" USING btree ("version_doc_number_key");
  CREATE INDEX "_regulations_v_version_version_validity_idx" ON "_regulations_v" USING btree ("version_validity");
  CREATE INDEX "_regulations_v_version_version_updated_at_idx" ON "_regulations_v" USING btree ("version_updated_at");
  CREATE INDEX "_regulations_v_version_version_created_at_idx" ON "_regulations_v" USING btree ("version_created_at");
  CREATE INDEX "_regulations_v_version_version__status_idx" ON "_regulations_v" USING btree ("version__status");
  CREATE INDEX "_regulations_v_created_at_idx" ON "_regulations_v" USING btree ("created_at");
  CREATE INDEX "_regulations_v_updated_at_idx" ON "_regulations_v" USING btree ("updated_at");
  CREATE INDEX "_regulations_v_snapshot_idx" ON "_regulations_v" USING btree ("snapshot");
  CREATE INDEX "_regulations_v_published_locale_idx" ON "_regulations_v" USING btree ("published_locale");
  CREATE INDEX "_regulations_v_latest_idx" ON "_regulations_v" USING btree ("latest");
  CREATE INDEX "version_department_version_docNumberKey_1_idx" ON "_regulations_v" USING btree ("version_department_id","version_doc_number_key");
  CREATE UNIQUE INDEX "_regulations_v_locales_locale_parent_id_unique" ON "_regulations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_regulations_v_texts_order_parent" ON "_regulations_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_regulations_v_rels_order_idx" ON "_regulations_v_rels" USING btree ("order");
  CREATE INDEX "_regulations_v_rels_parent_idx" ON "_regulations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_regulations_v_rels_path_idx" ON "_regulations_v_rels" USING btree ("path");
  CREATE INDEX "_regulations_v_rels_topics_id_idx" ON "_regulations_v_rels" USING btree ("topics_id");
  CREATE INDEX "_regulations_v_rels_departments_id_idx" ON "_regulations_v_rels" USING btree ("departments_id");
  CREATE INDEX "_regulations_v_rels_policies_id_idx" ON "_regulations_v_rels" USING btree ("policies_id");
  CREATE INDEX "_regulations_v_rels_regulations_id_idx" ON "_regulations_v_rels" USING btree ("regulations_id");
  CREATE INDEX "_regulations_v_rels_attachments_id_idx" ON "_regulations_v_rels" USING btree ("attachments_id");
  CREATE INDEX "_regulations_v_rels_media_id_idx" ON "_regulations_v_rels" USING btree ("media_id");
  CREATE INDEX "interpretations_qa_order_idx" ON "interpretations_qa" USING btree ("_order");
  CREATE INDEX "interpretations_qa_parent_id_idx" ON "interpretations_qa" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "interpretations_qa_locales_locale_parent_id_unique" ON "interpretations_qa_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "interpretations_change_history_order_idx" ON "interpretations_change_history" USING btree ("_order");
  CREATE INDEX "interpretations_change_history_parent_id_idx" ON "interpretations_change_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "interpretations_uid_idx" ON "interpretations" USING btree ("uid");
  CREATE UNIQUE INDEX "interpretations_index_number_idx" ON "interpretations" USING btree ("index_number");
  CREATE INDEX "interpretations_published_at_idx" ON "interpretations" USING btree ("published_at");
  CREATE INDEX "interpretations_unpublish_at_idx" ON "interpretations" USING btree ("unpublish_at");
  CREATE INDEX "interpretations_department_idx" ON "interpretations" USING btree ("department_id");
  CREATE INDEX "interpretations_interprets_idx" ON "interpretations" USING btree ("interprets_id");
  CREATE INDEX "interpretations_author_organ_idx" ON "interpretations" USING btree ("author_organ_id");
  CREATE INDEX "interpretations_updated_at_idx" ON "interpretations" USING btree ("updated_at");
  CREATE INDEX "interpretations_created_at_idx" ON "interpretations" USING btree ("created_at");
  CREATE INDEX "interpretations__status_idx" ON "interpretations" USING btree ("_status");
  CREATE UNIQUE INDEX "interpretations_locales_locale_parent_id_unique" ON "interpretations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "interpretations_texts_order_parent" ON "interpretations_texts" USING btree ("order","parent_id");
  CREATE INDEX "interpretations_rels_order_idx" ON "interpretations_rels" USING btree ("order");
  CREATE INDEX "interpretations_rels_parent_idx" ON "interpretations_rels" USING btree ("parent_id");
  CREATE INDEX "interpretations_rels_path_idx" ON "interpretations_rels" USING btree ("path");
  CREATE INDEX "interpretations_rels_topics_id_idx" ON "interpretations_rels" USING btree ("topics_id");
  CREATE INDEX "interpretations_rels_attachments_id_idx" ON "interpretations_rels" USING btree ("attachments_id");
  CREATE INDEX "interpretations_rels_media_id_idx" ON "interpretations_rels" USING btree ("media_id");
  CREATE INDEX "_interpretations_v_version_qa_order_idx" ON "_interpretations_v_version_qa" USING btree ("_order");
  CREATE INDEX "_interpretations_v_version_qa_parent_id_idx" ON "_interpretations_v_version_qa" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_interpretations_v_version_qa_locales_locale_parent_id_uniqu" ON "_interpretations_v_version_qa_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_interpretations_v_version_change_history_order_idx" ON "_interpretations_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_interpretations_v_version_change_history_parent_id_idx" ON "_interpretations_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_interpretations_v_parent_idx" ON "_interpretations_v" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_version_version_uid_idx" ON "_interpretations_v" USING btree ("version_uid");
  CREATE INDEX "_interpretations_v_version_version_index_number_idx" ON "_interpretations_v" USING btree ("version_index_number");
  CREATE INDEX "_interpretations_v_version_version_published_at_idx" ON "_interpretations_v" USING btree ("version_published_at");
  CREATE INDEX "_interpretations_v_version_version_unpublish_at_idx" ON "_interpretations_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_interpretations_v_version_version_department_idx" ON "_interpretations_v" USING btree ("version_department_id");
  CREATE INDEX "_interpretations_v_version_version_interprets_idx" ON "_interpretations_v" USING btree ("version_interprets_id");
  CREATE INDEX "_interpretations_v_version_version_author_organ_idx" ON "_interpretations_v" USING btree ("version_author_organ_id");
  CREATE INDEX "_interpretations_v_version_version_updated_at_idx" ON "_interpretations_v" USING btree ("version_updated_at");
  CREATE INDEX "_interpretations_v_version_version_created_at_idx" ON "_interpretations_v" USING btree ("version_created_at");
  CREATE INDEX "_interpretations_v_version_version__status_idx" ON "_interpretations_v" USING btree ("version__status");
  CREATE INDEX "_interpretations_v_created_at_idx" ON "_interpretations_v" USING btree ("created_at");
  CREATE INDEX "_interpretations_v_updated_at_idx" ON "_interpretations_v" USING btree ("updated_at");
  CREATE INDEX "_interpretations_v_snapshot_idx" ON "_interpretations_v" USING btree ("snapshot");
  CREATE INDEX "_interpretations_v_published_locale_idx" ON "_interpretations_v" USING btree ("published_locale");
  CREATE INDEX "_interpretations_v_latest_idx" ON "_interpretations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_interpretations_v_locales_locale_parent_id_unique" ON "_interpretations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_interpretations_v_texts_order_parent" ON "_interpretations_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_interpretations_v_rels_order_idx" ON "_interpretations_v_rels" USING btree ("order");
  CREATE INDEX "_interpretations_v_rels_parent_idx" ON "_interpretations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_rels_path_idx" ON "_interpretations_v_rels" USING btree ("path");
  CREATE INDEX "_interpretations_v_rels_topics_id_idx" ON "_interpretations_v_rels" USING btree ("topics_id");
  CREATE INDEX "_interpretations_v_rels_attachments_id_idx" ON "_interpretations_v_rels" USING btree ("attachments_id");
  CREATE INDEX "_interpretations_v_rels_media_id_idx" ON "_interpretations_v_rels" USING btree ("media_id");
  CREATE INDEX "procedures_service_objects_order_idx" ON "procedures_service_objects" USING btree ("order");
  CREATE INDEX "procedures_service_objects_parent_idx" ON "procedures_service_objects" USING btree ("parent_id");
  CREATE INDEX "procedures_legal_basis_order_idx" ON "procedures_legal_basis" USING btree ("_order");
  CREATE INDEX "procedures_legal_basis_parent_id_idx" ON "procedures_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "procedures_materials_order_idx" ON "procedures_materials" USING btree ("_order");
  CREATE INDEX "procedures_materials_parent_id_idx" ON "procedures_materials" USING btree ("_parent_id");
  CREATE INDEX "procedures_materials_blank_form_idx" ON "procedures_materials" USING btree ("blank_form_id");
  CREATE INDEX "procedures_materials_sample_idx" ON "procedures_materials" USING btree ("sample_id");
  CREATE UNIQUE INDEX "procedures_materials_locales_locale_parent_id_unique" ON "procedures_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_steps_order_idx" ON "procedures_steps" USING btree ("_order");
  CREATE INDEX "procedures_steps_parent_id_idx" ON "procedures_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_steps_locales_locale_parent_id_unique" ON "procedures_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_fee_items_order_idx" ON "procedures_fee_items" USING btree ("_order");
  CREATE INDEX "procedures_fee_items_parent_id_idx" ON "procedures_fee_items" USING btree ("_parent_id");
  CREATE INDEX "procedures_faq_order_idx" ON "procedures_faq" USING btree ("_order");
  CREATE INDEX "procedures_faq_parent_id_idx" ON "procedures_faq" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_faq_locales_locale_parent_id_unique" ON "procedures_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_change_history_order_idx" ON "procedures_change_history" USING btree ("_order");
  CREATE INDEX "procedures_change_history_parent_id_idx" ON "procedures_change_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_uid_idx" ON "procedures" USING btree ("uid");
  CREATE INDEX "procedures_published_at_idx" ON "procedures" USING btree ("published_at");
  CREATE INDEX "procedures_unpublish_at_idx" ON "procedures" USING btree ("unpublish_at");
  CREATE INDEX "procedures_department_idx" ON "procedures" USING btree ("department_id");
  CREATE INDEX "procedures_item_code_idx" ON "procedures" USING btree ("item_code");
  CREATE INDEX "procedures_implementation_code_idx" ON "procedures" USING btree ("implementation_code");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE UNIQUE INDEX "procedures_locales_locale_parent_id_unique" ON "procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_texts_order_parent" ON "procedures_texts" USING btree ("order","parent_id");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_topics_id_idx" ON "procedures_rels" USING btree ("topics_id");
  CREATE INDEX "procedures_rels_attachments_id_idx" ON "procedures_rels" USING btree ("attachments_id");
  CREATE INDEX "procedures_rels_media_id_idx" ON "procedures_rels" USING btree ("media_id");
  CREATE INDEX "_procedures_v_version_service_objects_order_idx" ON "_procedures_v_version_service_objects" USING btree ("order");
  CREATE INDEX "_procedures_v_version_service_objects_parent_idx" ON "_procedures_v_version_service_objects" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_legal_basis_order_idx" ON "_procedures_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_legal_basis_parent_id_idx" ON "_procedures_v_version_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_materials_order_idx" ON "_procedures_v_version_materials" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_materials_parent_id_idx" ON "_procedures_v_version_materials" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_materials_blank_form_idx" ON "_procedures_v_version_materials" USING btree ("blank_form_id");
  CREATE INDEX "_procedures_v_version_materials_sample_idx" ON "_procedures_v_version_materials" USING btree ("sample_id");
  CREATE UNIQUE INDEX "_procedures_v_version_materials_locales_locale_parent_id_uni" ON "_procedures_v_version_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_steps_order_idx" ON "_procedures_v_version_steps" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_steps_parent_id_idx" ON "_procedures_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_steps_locales_locale_parent_id_unique" ON "_procedures_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_fee_items_order_idx" ON "_procedures_v_version_fee_items" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_fee_items_parent_id_idx" ON "_procedures_v_version_fee_items" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_faq_order_idx" ON "_procedures_v_version_faq" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_faq_parent_id_idx" ON "_procedures_v_version_faq" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_faq_locales_locale_parent_id_unique" ON "_procedures_v_version_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_change_history_order_idx" ON "_procedures_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_change_history_parent_id_idx" ON "_procedures_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_uid_idx" ON "_procedures_v" USING btree ("version_uid");
  CREATE INDEX "_procedures_v_version_version_published_at_idx" ON "_procedures_v" USING btree ("version_published_at");
  CREATE INDEX "_procedures_v_version_version_unpublish_at_idx" ON "_procedures_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_procedures_v_version_version_department_idx" ON "_procedures_v" USING btree ("version_department_id");
  CREATE INDEX "_procedures_v_version_version_item_code_idx" ON "_procedures_v" USING btree ("version_item_code");
  CREATE INDEX "_procedures_v_version_version_implementation_code_idx" ON "_procedures_v" USING btree ("version_implementation_code");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_procedures_v_locales_locale_parent_id_unique" ON "_procedures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_texts_order_parent" ON "_procedures_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_topics_id_idx" ON "_procedures_v_rels" USING btree ("topics_id");
  CREATE INDEX "_procedures_v_rels_attachments_id_idx" ON "_procedures_v_rels" USING btree ("attachments_id");
  CREATE INDEX "_procedures_v_rels_media_id_idx" ON "_procedures_v_rels" USING btree ("media_id");
  CREATE INDEX "licensing_decisions_change_history_order_idx" ON "licensing_decisions_change_history" USING btree ("_order");
  CREATE INDEX "licensing_decisions_change_history_parent_id_idx" ON "licensing_decisions_change_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "licensing_decisions_uid_idx" ON "licensing_decisions" USING btree ("uid");
  CREATE INDEX "licensing_decisions_published_at_idx" ON "licensing_decisions" USING btree ("published_at");
  CREATE INDEX "licensing_decisions_unpublish_at_idx" ON "licensing_decisions" USING btree ("unpublish_at");
  CREATE INDEX "licensing_decisions_credit_code_idx" ON "licensing_decisions" USING btree ("credit_code");
  CREATE INDEX "licensing_decisions_decision_number_idx" ON "licensing_decisions" USING btree ("decision_number");
  CREATE INDEX "licensing_decisions_decision_date_idx" ON "licensing_decisions" USING btree ("decision_date");
  CREATE INDEX "licensing_decisions_department_idx" ON "licensing_decisions" USING btree ("department_id");
  CREATE INDEX "licensing_decisions_updated_at_idx" ON "licensing_decisions" USING btree ("updated_at");
  CREATE INDEX "licensing_decisions_created_at_idx" ON "licensing_decisions" USING btree ("created_at");
  CREATE INDEX "licensing_decisions__status_idx" ON "licensing_decisions" USING btree ("_status");
  CREATE UNIQUE INDEX "department_decisionNumber_idx" ON "licensing_decisions" USING btree ("department_id","decision_number");
  CREATE UNIQUE INDEX "licensing_decisions_locales_locale_parent_id_unique" ON "licensing_decisions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "licensing_decisions_texts_order_parent" ON "licensing_decisions_texts" USING btree ("order","parent_id");
  CREATE INDEX "licensing_decisions_rels_order_idx" ON "licensing_decisions_rels" USING btree ("order");
  CREATE INDEX "licensing_decisions_rels_parent_idx" ON "licensing_decisions_rels" USING btree ("parent_id");
  CREATE INDEX "licensing_decisions_rels_path_idx" ON "licensing_decisions_rels" USING btree ("path");
  CREATE INDEX "licensing_decisions_rels_topics_id_idx" ON "licensing_decisions_rels" USING btree ("topics_id");
  CREATE INDEX "licensing_decisions_rels_attachments_id_idx" ON "licensing_decisions_rels" USING btree ("attachments_id");
  CREATE INDEX "licensing_decisions_rels_media_id_idx" ON "licensing_decisions_rels" USING btree ("media_id");
  CREATE INDEX "_licensing_decisions_v_version_change_history_order_idx" ON "_licensing_decisions_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_licensing_decisions_v_version_change_history_parent_id_idx" ON "_licensing_decisions_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_licensing_decisions_v_parent_idx" ON "_licensing_decisions_v" USING btree ("parent_id");
  CREATE INDEX "_licensing_decisions_v_version_version_uid_idx" ON "_licensing_decisions_v" USING btree ("version_uid");
  CREATE INDEX "_licensing_decisions_v_version_version_published_at_idx" ON "_licensing_decisions_v" USING btree ("version_published_at");
  CREATE INDEX "_licensing_decisions_v_version_version_unpublish_at_idx" ON "_licensing_decisions_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_licensing_decisions_v_version_version_credit_code_idx" ON "_licensing_decisions_v" USING btree ("version_credit_code");
  CREATE INDEX "_licensing_decisions_v_version_version_decision_number_idx" ON "_licensing_decisions_v" USING btree ("version_decision_number");
  CREATE INDEX "_licensing_decisions_v_version_version_decision_date_idx" ON "_licensing_decisions_v" USING btree ("version_decision_date");
  CREATE INDEX "_licensing_decisions_v_version_version_department_idx" ON "_licensing_decisions_v" USING btree ("version_department_id");
  CREATE INDEX "_licensing_decisions_v_version_version_updated_at_idx" ON "_licensing_decisions_v" USING btree ("version_updated_at");
  CREATE INDEX "_licensing_decisions_v_version_version_created_at_idx" ON "_licensing_decisions_v" USING btree ("version_created_at");
  CREATE INDEX "_licensing_decisions_v_version_version__status_idx" ON "_licensing_decisions_v" USING btree ("version__status");
  CREATE INDEX "_licensing_decisions_v_created_at_idx" ON "_licensing_decisions_v" USING btree ("created_at");
  CREATE INDEX "_licensing_decisions_v_updated_at_idx" ON "_licensing_decisions_v" USING btree ("updated_at");
  CREATE INDEX "_licensing_decisions_v_snapshot_idx" ON "_licensing_decisions_v" USING btree ("snapshot");
  CREATE INDEX "_licensing_decisions_v_published_locale_idx" ON "_licensing_decisions_v" USING btree ("published_locale");
  CREATE INDEX "_licensing_decisions_v_latest_idx" ON "_licensing_decisions_v" USING btree ("latest");
  CREATE INDEX "version_department_version_decisionNumber_idx" ON "_licensing_decisions_v" USING btree ("version_department_id","version_decision_number");
  CREATE UNIQUE INDEX "_licensing_decisions_v_locales_locale_parent_id_unique" ON "_licensing_decisions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_licensing_decisions_v_texts_order_parent" ON "_licensing_decisions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_licensing_decisions_v_rels_order_idx" ON "_licensing_decisions_v_rels" USING btree ("order");
  CREATE INDEX "_licensing_decisions_v_rels_parent_idx" ON "_licensing_decisions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_licensing_decisions_v_rels_path_idx" ON "_licensing_decisions_v_rels" USING btree ("path");
  CREATE INDEX "_licensing_decisions_v_rels_topics_id_idx" ON "_licensing_decisions_v_rels" USING btree ("topics_id");
  CREATE INDEX "_licensing_decisions_v_rels_attachments_id_idx" ON "_licensing_decisions_v_rels" USING btree ("attachments_id");
  CREATE INDEX "_licensing_decisions_v_rels_media_id_idx" ON "_licensing_decisions_v_rels" USING btree ("media_id");
  CREATE INDEX "penalty_decisions_penalty_categories_order_idx" ON "penalty_decisions_penalty_categories" USING btree ("order");
  CREATE INDEX "penalty_decisions_penalty_categories_parent_idx" ON "penalty_decisions_penalty_categories" USING btree ("parent_id");
  CREATE INDEX "penalty_decisions_change_history_order_idx" ON "penalty_decisions_change_history" USING btree ("_order");
  CREATE INDEX "penalty_decisions_change_history_parent_id_idx" ON "penalty_decisions_change_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "penalty_decisions_uid_idx" ON "penalty_decisions" USING btree ("uid");
  CREATE INDEX "penalty_decisions_published_at_idx" ON "penalty_decisions" USING btree ("published_at");
  CREATE INDEX "penalty_decisions_unpublish_at_idx" ON "penalty_decisions" USING btree ("unpublish_at");
  CREATE INDEX "penalty_decisions_credit_code_idx" ON "penalty_decisions" USING btree ("credit_code");
  CREATE INDEX "penalty_decisions_decision_number_idx" ON "penalty_decisions" USING btree ("decision_number");
  CREATE INDEX "penalty_decisions_decision_date_idx" ON "penalty_decisions" USING btree ("decision_date");
  CREATE INDEX "penalty_decisions_department_idx" ON "penalty_decisions" USING btree ("department_id");
  CREATE INDEX "penalty_decisions_updated_at_idx" ON "penalty_decisions" USING btree ("updated_at");
  CREATE INDEX "penalty_decisions_created_at_idx" ON "penalty_decisions" USING btree ("created_at");
  CREATE INDEX "penalty_decisions__status_idx" ON "penalty_decisions" USING btree ("_status");
  CREATE UNIQUE INDEX "department_decisionNumber_1_idx" ON "penalty_decisions" USING btree ("department_id","decision_number");
  CREATE UNIQUE INDEX "penalty_decisions_locales_locale_parent_id_unique" ON "penalty_decisions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "penalty_decisions_texts_order_parent" ON "penalty_decisions_texts" USING btree ("order","parent_id");
  CREATE INDEX "penalty_decisions_rels_order_idx" ON "penalty_decisions_rels" USING btree ("order");
  CREATE INDEX "penalty_decisions_rels_parent_idx" ON "penalty_decisions_rels" USING btree ("parent_id");
  CREATE INDEX "penalty_decisions_rels_path_idx" ON "penalty_decisions_rels" USING btree ("path");
  CREATE INDEX "penalty_decisions_rels_topics_id_idx" ON "penalty_decisions_rels" USING btree ("topics_id");
  CREATE INDEX "penalty_decisions_rels_attachments_id_idx" ON "penalty_decisions_rels" USING btree ("attachments_id");
  CREATE INDEX "penalty_decisions_rels_media_id_idx" ON "penalty_decisions_rels" USING btree ("media_id");
  CREATE INDEX "_penalty_decisions_v_version_penalty_categories_order_idx" ON "_penalty_decisions_v_version_penalty_categories" USING btree ("order");
  CREATE INDEX "_penalty_decisions_v_version_penalty_categories_parent_idx" ON "_penalty_decisions_v_version_penalty_categories" USING btree ("parent_id");
  CREATE INDEX "_penalty_decisions_v_version_change_history_order_idx" ON "_penalty_decisions_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_penalty_decisions_v_version_change_history_parent_id_idx" ON "_penalty_decisions_v_version_change_history" USING btree ("_parent_id");
  CREATE INDEX "_penalty_decisions_v_parent_idx" ON "_penalty_decisions_v" USING btree ("parent_id");
  CREATE INDEX "_penalty_decisions_v_version_version_uid_idx" ON "_penalty_decisions_v" USING btree ("version_uid");
  CREATE INDEX "_penalty_decisions_v_version_version_published_at_idx" ON "_penalty_decisions_v" USING btree ("version_published_at");
  CREATE INDEX "_penalty_decisions_v_version_version_unpublish_at_idx" ON "_penalty_decisions_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_penalty_decisions_v_version_version_credit_code_idx" ON "_penalty_decisions_v" USING btree ("version_credit_code");
  CREATE INDEX "_penalty_decisions_v_version_version_decision_number_idx" ON "_penalty_decisions_v" USING btree ("version_decision_number");
  CREATE INDEX "_penalty_decisions_v_version_version_decision_date_idx" ON "_penalty_decisions_v" USING btree ("version_decision_date");
  CREATE INDEX "_penalty_decisions_v_version_version_department_idx" ON "_penalty_decisions_v" USING btree ("version_department_id");
  CREATE INDEX "_penalty_decisions_v_version_version_updated_at_idx" ON "_penalty_decisions_v" USING btree ("version_updated_at");
  CREATE INDEX "_penalty_decisions_v_version_version_created_at_idx" ON "_penalty_decisions_v" USING btree ("version_created_at");
  CREATE INDEX "_penalty_decisions_v_version_version__status_idx" ON "_penalty_decisions_v" USING btree ("version__status");
  CREATE INDEX "_penalty_decisions_v_created_at_idx" ON "_penalty_decisions_v" USING btree ("created_at");
  CREATE INDEX "_penalty_decisions_v_updated_at_idx" ON "_penalty_decisions_v" USING btree ("updated_at");
  CREATE INDEX "_penalty_decisions_v_snapshot_idx" ON "_penalty_decisions_v" USING btree ("snapshot");
  CREATE INDEX "_penalty_decisions_v_published_locale_idx" ON "_penalty_decisions_v" USING btree ("published_locale");
  CREATE INDEX "_penalty_decisions_v_latest_idx" ON "_penalty_decisions_v" USING btree ("latest");
  CREATE INDEX "version_department_version_decisionNumber_1_idx" ON "_penalty_decisions_v" USING btree ("version_department_id","version_decision_number");
  CREATE UNIQUE INDEX "_penalty_decisions_v_locales_locale_parent_id_unique" ON "_penalty_decisions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_penalty_decisions_v_texts_order_parent" ON "_penalty_decisions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_penalty_decisions_v_rels_order_idx" ON "_penalty_decisions_v_rels" USING btree ("order");
  CREATE INDEX "_penalty_decisions_v_rels_parent_idx" ON "_penalty_decisions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_penalty_decisions_v_rels_path_idx" ON "_penalty_decisions_v_rels" USING btree ("path");
  CREATE INDEX "_penalty_decisions_v_rels_topics_id_idx" ON "_penalty_decisions_v_rels" USING btree ("topics_id");
  CREATE INDEX "_penalty_decisions_v_rels_attachments_id_idx" ON "_penalty_decisions_v_rels" USING btree ("attachments_id");
  CREATE INDEX "_penalty_decisions_v_rels_media_id_idx" ON "_penalty_decisions_v_rels" USING btree ("media_id");
  CREATE INDEX "departments_websites_order_idx" ON "departments_websites" USING btree ("_order");
  CREATE INDEX "departments_websites_parent_id_idx" ON "departments_websites" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "departments_code_idx" ON "departments" USING btree ("code");
  CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "departments_locales_locale_parent_id_unique" ON "departments_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "topics_code_idx" ON "topics" USING btree ("code");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_department_idx" ON "media" USING btree ("department_id");
  CREATE INDEX "media_sha256_idx" ON "media" USING btree ("sha256");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "attachments_department_idx" ON "attachments" USING btree ("department_id");
  CREATE INDEX "attachments_sha256_idx" ON "attachments" USING btree ("sha256");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  CREATE UNIQUE INDEX "attachments_locales_locale_parent_id_unique" ON "attachments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_memberships_roles_order_idx" ON "users_memberships_roles" USING btree ("order");
  CREATE INDEX "users_memberships_roles_parent_idx" ON "users_memberships_roles" USING btree ("parent_id");
  CREATE INDEX "users_memberships_order_idx" ON "users_memberships" USING btree ("_order");
  CREATE INDEX "users_memberships_parent_id_idx" ON "users_memberships" USING btree ("_parent_id");
  CREATE INDEX "users_memberships_department_idx" ON "users_memberships" USING btree ("department_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "sequences_key_idx" ON "sequences" USING btree ("key");
  CREATE INDEX "sequences_updated_at_idx" ON "sequences" USING btree ("updated_at");
  CREATE INDEX "sequences_created_at_idx" ON "sequences" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_regulations_id_idx" ON "payload_locked_documents_rels" USING btree ("regulations_id");
  CREATE INDEX "payload_locked_documents_rels_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_licensing_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("licensing_decisions_id");
  CREATE INDEX "payload_locked_documents_rels_penalty_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("penalty_decisions_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("attachments_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_sequences_id_idx" ON "payload_locked_documents_rels" USING btree ("sequences_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "policies_amendments" CASCADE;
  DROP TABLE "policies_amendments_locales" CASCADE;
  DROP TABLE "policies_change_history" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "policies_locales" CASCADE;
  DROP TABLE "policies_texts" CASCADE;
  DROP TABLE "policies_rels" CASCADE;
  DROP TABLE "_policies_v_version_amendments" CASCADE;
  DROP TABLE "_policies_v_version_amendments_locales" CASCADE;
  DROP TABLE "_policies_v_version_change_history" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "_policies_v_locales" CASCADE;
  DROP TABLE "_policies_v_texts" CASCADE;
  DROP TABLE "_policies_v_rels" CASCADE;
  DROP TABLE "regulations_amendments" CASCADE;
  DROP TABLE "regulations_amendments_locales" CASCADE;
  DROP TABLE "regulations_change_history" CASCADE;
  DROP TABLE "regulations" CASCADE;
  DROP TABLE "regulations_locales" CASCADE;
  DROP TABLE "regulations_texts" CASCADE;
  DROP TABLE "regulations_rels" CASCADE;
  DROP TABLE "_regulations_v_version_amendments" CASCADE;
  DROP TABLE "_regulations_v_version_amendments_locales" CASCADE;
  DROP TABLE "_regulations_v_version_change_history" CASCADE;
  DROP TABLE "_regulations_v" CASCADE;
  DROP TABLE "_regulations_v_locales" CASCADE;
  DROP TABLE "_regulations_v_texts" CASCADE;
  DROP TABLE "_regulations_v_rels" CASCADE;
  DROP TABLE "interpretations_qa" CASCADE;
  DROP TABLE "interpretations_qa_locales" CASCADE;
  DROP TABLE "interpretations_change_history" CASCADE;
  DROP TABLE "interpretations" CASCADE;
  DROP TABLE "interpretations_locales" CASCADE;
  DROP TABLE "interpretations_texts" CASCADE;
  DROP TABLE "interpretations_rels" CASCADE;
  DROP TABLE "_interpretations_v_version_qa" CASCADE;
  DROP TABLE "_interpretations_v_version_qa_locales" CASCADE;
  DROP TABLE "_interpretations_v_version_change_history" CASCADE;
  DROP TABLE "_interpretations_v" CASCADE;
  DROP TABLE "_interpretations_v_locales" CASCADE;
  DROP TABLE "_interpretations_v_texts" CASCADE;
  DROP TABLE "_interpretations_v_rels" CASCADE;
  DROP TABLE "procedures_service_objects" CASCADE;
  DROP TABLE "procedures_legal_basis" CASCADE;
  DROP TABLE "procedures_materials" CASCADE;
  DROP TABLE "procedures_materials_locales" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_steps_locales" CASCADE;
  DROP TABLE "procedures_fee_items" CASCADE;
  DROP TABLE "procedures_faq" CASCADE;
  DROP TABLE "procedures_faq_locales" CASCADE;
  DROP TABLE "procedures_change_history" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_locales" CASCADE;
  DROP TABLE "procedures_texts" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_version_service_objects" CASCADE;
  DROP TABLE "_procedures_v_version_legal_basis" CASCADE;
  DROP TABLE "_procedures_v_version_materials" CASCADE;
  DROP TABLE "_procedures_v_version_materials_locales" CASCADE;
  DROP TABLE "_procedures_v_version_steps" CASCADE;
  DROP TABLE "_procedures_v_version_steps_locales" CASCADE;
  DROP TABLE "_procedures_v_version_fee_items" CASCADE;
  DROP TABLE "_procedures_v_version_faq" CASCADE;
  DROP TABLE "_procedures_v_version_faq_locales" CASCADE;
  DROP TABLE "_procedures_v_version_change_history" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_locales" CASCADE;
  DROP TABLE "_procedures_v_texts" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  DROP TABLE "licensing_decisions_change_history" CASCADE;
  DROP TABLE "licensing_decisions" CASCADE;
  DROP TABLE "licensing_decisions_locales" CASCADE;
  DROP TABLE "licensing_decisions_texts" CASCADE;
  DROP TABLE "licensing_decisions_rels" CASCADE;
  DROP TABLE "_licensing_decisions_v_version_change_history" CASCADE;
  DROP TABLE "_licensing_decisions_v" CASCADE;
  DROP TABLE "_licensing_decisions_v_locales" CASCADE;
  DROP TABLE "_licensing_decisions_v_texts" CASCADE;
  DROP TABLE "_licensing_decisions_v_rels" CASCADE;
  DROP TABLE "penalty_decisions_penalty_categories" CASCADE;
  DROP TABLE "penalty_decisions_change_history" CASCADE;
  DROP TABLE "penalty_decisions" CASCADE;
  DROP TABLE "penalty_decisions_locales" CASCADE;
  DROP TABLE "penalty_decisions_texts" CASCADE;
  DROP TABLE "penalty_decisions_rels" CASCADE;
  DROP TABLE "_penalty_decisions_v_version_penalty_categories" CASCADE;
  DROP TABLE "_penalty_decisions_v_version_change_history" CASCADE;
  DROP TABLE "_penalty_decisions_v" CASCADE;
  DROP TABLE "_penalty_decisions_v_locales" CASCADE;
  DROP TABLE "_penalty_decisions_v_texts" CASCADE;
  DROP TABLE "_penalty_decisions_v_rels" CASCADE;
  DROP TABLE "departments_websites" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "departments_locales" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "attachments" CASCADE;
  DROP TABLE "attachments_locales" CASCADE;
  DROP TABLE "users_memberships_roles" CASCADE;
  DROP TABLE "users_memberships" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "sequences" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_policies_amendments_kind";
  DROP TYPE "public"."enum_policies_genre";
  DROP TYPE "public"."enum_policies_validity";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum__policies_v_version_amendments_kind";
  DROP TYPE "public"."enum__policies_v_version_genre";
  DROP TYPE "public"."enum__policies_v_version_validity";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum__policies_v_published_locale";
  DROP TYPE "public"."enum_regulations_amendments_kind";
  DROP TYPE "public"."enum_regulations_genre";
  DROP TYPE "public"."enum_regulations_validity";
  DROP TYPE "public"."enum_regulations_status";
  DROP TYPE "public"."enum__regulations_v_version_amendments_kind";
  DROP TYPE "public"."enum__regulations_v_version_genre";
  DROP TYPE "public"."enum__regulations_v_version_validity";
  DROP TYPE "public"."enum__regulations_v_version_status";
  DROP TYPE "public"."enum__regulations_v_published_locale";
  DROP TYPE "public"."enum_interpretations_form";
  DROP TYPE "public"."enum_interpretations_status";
  DROP TYPE "public"."enum__interpretations_v_version_form";
  DROP TYPE "public"."enum__interpretations_v_version_status";
  DROP TYPE "public"."enum__interpretations_v_published_locale";
  DROP TYPE "public"."enum_procedures_service_objects";
  DROP TYPE "public"."enum_procedures_materials_source";
  DROP TYPE "public"."enum_procedures_materials_form";
  DROP TYPE "public"."enum_procedures_item_type";
  DROP TYPE "public"."enum_procedures_implementing_body_nature";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_service_objects";
  DROP TYPE "public"."enum__procedures_v_version_materials_source";
  DROP TYPE "public"."enum__procedures_v_version_materials_form";
  DROP TYPE "public"."enum__procedures_v_version_item_type";
  DROP TYPE "public"."enum__procedures_v_version_implementing_body_nature";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum__procedures_v_published_locale";
  DROP TYPE "public"."enum_licensing_decisions_party_type";
  DROP TYPE "public"."enum_licensing_decisions_id_type";
  DROP TYPE "public"."enum_licensing_decisions_license_category";
  DROP TYPE "public"."enum_licensing_decisions_license_status";
  DROP TYPE "public"."enum_licensing_decisions_status";
  DROP TYPE "public"."enum__licensing_decisions_v_version_party_type";
  DROP TYPE "public"."enum__licensing_decisions_v_version_id_type";
  DROP TYPE "public"."enum__licensing_decisions_v_version_license_category";
  DROP TYPE "public"."enum__licensing_decisions_v_version_license_status";
  DROP TYPE "public"."enum__licensing_decisions_v_version_status";
  DROP TYPE "public"."enum__licensing_decisions_v_published_locale";
  DROP TYPE "public"."enum_penalty_decisions_penalty_categories";
  DROP TYPE "public"."enum_penalty_decisions_party_type";
  DROP TYPE "public"."enum_penalty_decisions_id_type";
  DROP TYPE "public"."enum_penalty_decisions_status";
  DROP TYPE "public"."enum__penalty_decisions_v_version_penalty_categories";
  DROP TYPE "public"."enum__penalty_decisions_v_version_party_type";
  DROP TYPE "public"."enum__penalty_decisions_v_version_id_type";
  DROP TYPE "public"."enum__penalty_decisions_v_version_status";
  DROP TYPE "public"."enum__penalty_decisions_v_published_locale";
  DROP TYPE "public"."enum_users_memberships_roles";`)
}
