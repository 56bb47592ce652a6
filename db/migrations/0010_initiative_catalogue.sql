CREATE TABLE "initiative_goals" (
	"initiative_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "initiative_goals_initiative_id_goal_id_pk" PRIMARY KEY("initiative_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"sector" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"contact_unit_id" uuid NOT NULL,
	"assessment" jsonb,
	"assessment_version_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', description), 'B')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_has_version" CHECK (("initiatives"."assessment" is null) = ("initiatives"."assessment_version_id" is null) and ("initiatives"."assessment" is null or jsonb_typeof("initiatives"."assessment") = 'object'))
);
--> statement-breakpoint
ALTER TABLE "initiative_goals" ADD CONSTRAINT "initiative_goals_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_goals" ADD CONSTRAINT "initiative_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_contact_unit_id_org_units_id_fk" FOREIGN KEY ("contact_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_assessment_version_id_instrument_versions_id_fk" FOREIGN KEY ("assessment_version_id") REFERENCES "public"."instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_goals_goal_idx" ON "initiative_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "initiatives_search_idx" ON "initiatives" USING gin ("search");--> statement-breakpoint
CREATE INDEX "initiatives_sector_idx" ON "initiatives" USING btree ("sector");--> statement-breakpoint
CREATE INDEX "initiatives_municipality_idx" ON "initiatives" USING btree ("municipality_id");