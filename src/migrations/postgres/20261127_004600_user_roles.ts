import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_platform_roles" AS ENUM('system_admin', 'security_admin', 'audit_admin');
  CREATE TABLE "users_platform_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_platform_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "disabled" boolean DEFAULT false;
  ALTER TABLE "users_platform_roles" ADD CONSTRAINT "users_platform_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_platform_roles_order_idx" ON "users_platform_roles" USING btree ("order");
  CREATE INDEX "users_platform_roles_parent_idx" ON "users_platform_roles" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_platform_roles" CASCADE;
  ALTER TABLE "users" DROP COLUMN "disabled";
  DROP TYPE "public"."enum_users_platform_roles";`)
}
