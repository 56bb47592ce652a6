CREATE TABLE "sick_leave_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"file" "bytea",
	"status" text NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"rows_total" integer,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sick_leave_records" (
	"municipality_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_kind" text NOT NULL,
	"period_start" date NOT NULL,
	"planned_days" double precision NOT NULL,
	"sick_days" double precision NOT NULL,
	"short_term_days" double precision,
	"long_term_days" double precision,
	"self_certified_days" double precision,
	"doctor_certified_days" double precision,
	"employees" integer,
	"import_id" uuid NOT NULL,
	CONSTRAINT "sick_leave_records_unit_id_period_kind_period_start_pk" PRIMARY KEY("unit_id","period_kind","period_start")
);
--> statement-breakpoint
ALTER TABLE "sick_leave_imports" ADD CONSTRAINT "sick_leave_imports_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sick_leave_imports" ADD CONSTRAINT "sick_leave_imports_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sick_leave_records" ADD CONSTRAINT "sick_leave_records_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sick_leave_records" ADD CONSTRAINT "sick_leave_records_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sick_leave_records" ADD CONSTRAINT "sick_leave_records_import_id_sick_leave_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."sick_leave_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sick_leave_imports_municipality" ON "sick_leave_imports" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "sick_leave_records_period" ON "sick_leave_records" USING btree ("municipality_id","period_start");