CREATE TABLE "measured_definitions" (
	"municipality_id" uuid NOT NULL,
	"key" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measured_definitions_municipality_id_key_pk" PRIMARY KEY("municipality_id","key")
);
--> statement-breakpoint
CREATE TABLE "measured_imports" (
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
CREATE TABLE "measured_values" (
	"municipality_id" uuid NOT NULL,
	"indicator_key" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"numerator" double precision NOT NULL,
	"denominator" double precision,
	"persons" integer,
	"source" text NOT NULL,
	"import_id" uuid,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measured_values_municipality_id_indicator_key_unit_id_period_start_pk" PRIMARY KEY("municipality_id","indicator_key","unit_id","period_start")
);
--> statement-breakpoint
ALTER TABLE "measured_definitions" ADD CONSTRAINT "measured_definitions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measured_imports" ADD CONSTRAINT "measured_imports_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measured_imports" ADD CONSTRAINT "measured_imports_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measured_values" ADD CONSTRAINT "measured_values_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measured_values" ADD CONSTRAINT "measured_values_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measured_values" ADD CONSTRAINT "measured_values_import_id_measured_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."measured_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measured_values" ADD CONSTRAINT "measured_values_entered_by_staff_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measured_imports_municipality" ON "measured_imports" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "measured_values_indicator" ON "measured_values" USING btree ("municipality_id","indicator_key","period_start");