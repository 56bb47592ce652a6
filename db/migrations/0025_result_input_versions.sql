CREATE TABLE "result_input_versions" (
	"table_name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Every write to a table the goal status and reports are computed from adds one to that table's
-- counter, in the writing transaction: readers that keep computed results compare the counters.
-- Statement-level, so an import of 10,000 rows adds one, not 10,000.
CREATE FUNCTION "bump_result_input_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "result_input_versions" AS v ("table_name", "version") VALUES (TG_TABLE_NAME, 1)
  ON CONFLICT ("table_name") DO UPDATE SET "version" = v."version" + 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "municipalities_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "municipalities"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "org_units_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "org_units"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "quality_contracts_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "quality_contracts"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "contract_service_areas_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "contract_service_areas"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goals_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "goals"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goal_actions_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "goal_actions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "rounds_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rounds"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "round_links_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "round_links"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "instrument_versions_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "instrument_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "benchmark_figures_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "benchmark_figures"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "networks_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "networks"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "network_members_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "network_members"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_imports_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sick_leave_imports"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_records_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sick_leave_records"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_definitions_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "measured_definitions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_imports_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "measured_imports"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_values_result_input_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "measured_values"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();
