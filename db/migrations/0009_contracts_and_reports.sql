CREATE TABLE "contract_service_areas" (
	"contract_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"aim" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "contract_service_areas_contract_id_key_pk" PRIMARY KEY("contract_id","key")
);
--> statement-breakpoint
CREATE TABLE "follow_up_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"med_statement" text DEFAULT '' NOT NULL,
	"snapshot" jsonb,
	"content_hash" text,
	"adopted_at" timestamp with time zone,
	"adopted_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adopted_has_snapshot" CHECK ("follow_up_reports"."status" = 'draft' or ("follow_up_reports"."snapshot" is not null and "follow_up_reports"."content_hash" is not null))
);
--> statement-breakpoint
CREATE TABLE "report_goal_evaluations" (
	"report_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"process_evaluation" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_goal_evaluations_report_id_goal_id_pk" PRIMARY KEY("report_id","goal_id")
);
--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD COLUMN "stat_k" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD COLUMN "stat_sum" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD COLUMN "stat_sum_sq" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD COLUMN "population" integer;--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD COLUMN "definition_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "each_unit_kind" text;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "actions_decided_locally" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "quality_contracts" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contract_service_areas" ADD CONSTRAINT "contract_service_areas_contract_id_quality_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."quality_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_reports" ADD CONSTRAINT "follow_up_reports_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_reports" ADD CONSTRAINT "follow_up_reports_contract_id_quality_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."quality_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_reports" ADD CONSTRAINT "follow_up_reports_adopted_by_staff_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_goal_evaluations" ADD CONSTRAINT "report_goal_evaluations_report_id_follow_up_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_goal_evaluations" ADD CONSTRAINT "report_goal_evaluations_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_reports_contract_year" ON "follow_up_reports" USING btree ("contract_id","year");--> statement-breakpoint
CREATE INDEX "report_goal_evaluations_goal" ON "report_goal_evaluations" USING btree ("goal_id");--> statement-breakpoint
-- Contracts made before service areas existed: one area per key their goals use.
INSERT INTO "contract_service_areas" ("contract_id", "key", "name")
SELECT DISTINCT "contract_id", "service_area", "service_area" FROM "goals"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- An adopted follow-up report is what the council adopted: no later change, not even by a bug.
CREATE FUNCTION "refuse_change_to_adopted_report"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'follow-up report % is adopted and cannot change', OLD.id
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "adopted_report_is_immutable"
  BEFORE UPDATE OR DELETE ON "follow_up_reports"
  FOR EACH ROW WHEN (OLD.status = 'adopted')
  EXECUTE FUNCTION "refuse_change_to_adopted_report"();
--> statement-breakpoint
CREATE FUNCTION "refuse_change_to_adopted_report_goal"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "follow_up_reports" WHERE "id" = COALESCE(NEW."report_id", OLD."report_id") AND "status" = 'adopted') THEN
    RAISE EXCEPTION 'follow-up report is adopted and its evaluations cannot change'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN COALESCE(NEW, OLD);
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "adopted_report_goal_is_immutable"
  BEFORE INSERT OR UPDATE OR DELETE ON "report_goal_evaluations"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_adopted_report_goal"();
