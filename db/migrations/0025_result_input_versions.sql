CREATE TABLE "result_input_versions" (
	"table_name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Every write that changes a row of a table the goal status and reports are computed from adds one
-- to that table's counter, in the writing transaction: readers that keep computed results compare
-- the counters. Statement-level (an import of 10,000 rows adds one, not 10,000), and a statement
-- that changed no row (a refused request's UPDATE ... WHERE that matched nothing) adds nothing.
-- PostgreSQL allows a transition table only on a trigger of one event: three triggers a table.
CREATE FUNCTION "bump_result_input_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'TRUNCATE' THEN
    IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO "result_input_versions" AS v ("table_name", "version") VALUES (TG_TABLE_NAME, 1)
  ON CONFLICT ("table_name") DO UPDATE SET "version" = v."version" + 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "municipalities_insert_result_input_version" AFTER INSERT ON "municipalities"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "municipalities_update_result_input_version" AFTER UPDATE ON "municipalities"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "municipalities_delete_result_input_version" AFTER DELETE ON "municipalities"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "municipalities_truncate_result_input_version" AFTER TRUNCATE ON "municipalities"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "org_units_insert_result_input_version" AFTER INSERT ON "org_units"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "org_units_update_result_input_version" AFTER UPDATE ON "org_units"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "org_units_delete_result_input_version" AFTER DELETE ON "org_units"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "org_units_truncate_result_input_version" AFTER TRUNCATE ON "org_units"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "quality_contracts_insert_result_input_version" AFTER INSERT ON "quality_contracts"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "quality_contracts_update_result_input_version" AFTER UPDATE ON "quality_contracts"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "quality_contracts_delete_result_input_version" AFTER DELETE ON "quality_contracts"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "quality_contracts_truncate_result_input_version" AFTER TRUNCATE ON "quality_contracts"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "contract_service_areas_insert_result_input_version" AFTER INSERT ON "contract_service_areas"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "contract_service_areas_update_result_input_version" AFTER UPDATE ON "contract_service_areas"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "contract_service_areas_delete_result_input_version" AFTER DELETE ON "contract_service_areas"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "contract_service_areas_truncate_result_input_version" AFTER TRUNCATE ON "contract_service_areas"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goals_insert_result_input_version" AFTER INSERT ON "goals"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goals_update_result_input_version" AFTER UPDATE ON "goals"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goals_delete_result_input_version" AFTER DELETE ON "goals"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goals_truncate_result_input_version" AFTER TRUNCATE ON "goals"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goal_actions_insert_result_input_version" AFTER INSERT ON "goal_actions"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goal_actions_update_result_input_version" AFTER UPDATE ON "goal_actions"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goal_actions_delete_result_input_version" AFTER DELETE ON "goal_actions"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "goal_actions_truncate_result_input_version" AFTER TRUNCATE ON "goal_actions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "rounds_insert_result_input_version" AFTER INSERT ON "rounds"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "rounds_update_result_input_version" AFTER UPDATE ON "rounds"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "rounds_delete_result_input_version" AFTER DELETE ON "rounds"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "rounds_truncate_result_input_version" AFTER TRUNCATE ON "rounds"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "round_links_insert_result_input_version" AFTER INSERT ON "round_links"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "round_links_update_result_input_version" AFTER UPDATE ON "round_links"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "round_links_delete_result_input_version" AFTER DELETE ON "round_links"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "round_links_truncate_result_input_version" AFTER TRUNCATE ON "round_links"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "instrument_versions_insert_result_input_version" AFTER INSERT ON "instrument_versions"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "instrument_versions_update_result_input_version" AFTER UPDATE ON "instrument_versions"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "instrument_versions_delete_result_input_version" AFTER DELETE ON "instrument_versions"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "instrument_versions_truncate_result_input_version" AFTER TRUNCATE ON "instrument_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "benchmark_figures_insert_result_input_version" AFTER INSERT ON "benchmark_figures"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "benchmark_figures_update_result_input_version" AFTER UPDATE ON "benchmark_figures"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "benchmark_figures_delete_result_input_version" AFTER DELETE ON "benchmark_figures"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "benchmark_figures_truncate_result_input_version" AFTER TRUNCATE ON "benchmark_figures"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "networks_insert_result_input_version" AFTER INSERT ON "networks"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "networks_update_result_input_version" AFTER UPDATE ON "networks"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "networks_delete_result_input_version" AFTER DELETE ON "networks"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "networks_truncate_result_input_version" AFTER TRUNCATE ON "networks"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "network_members_insert_result_input_version" AFTER INSERT ON "network_members"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "network_members_update_result_input_version" AFTER UPDATE ON "network_members"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "network_members_delete_result_input_version" AFTER DELETE ON "network_members"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "network_members_truncate_result_input_version" AFTER TRUNCATE ON "network_members"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_imports_insert_result_input_version" AFTER INSERT ON "sick_leave_imports"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_imports_update_result_input_version" AFTER UPDATE ON "sick_leave_imports"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_imports_delete_result_input_version" AFTER DELETE ON "sick_leave_imports"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_imports_truncate_result_input_version" AFTER TRUNCATE ON "sick_leave_imports"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_records_insert_result_input_version" AFTER INSERT ON "sick_leave_records"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_records_update_result_input_version" AFTER UPDATE ON "sick_leave_records"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_records_delete_result_input_version" AFTER DELETE ON "sick_leave_records"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "sick_leave_records_truncate_result_input_version" AFTER TRUNCATE ON "sick_leave_records"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_definitions_insert_result_input_version" AFTER INSERT ON "measured_definitions"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_definitions_update_result_input_version" AFTER UPDATE ON "measured_definitions"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_definitions_delete_result_input_version" AFTER DELETE ON "measured_definitions"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_definitions_truncate_result_input_version" AFTER TRUNCATE ON "measured_definitions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_imports_insert_result_input_version" AFTER INSERT ON "measured_imports"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_imports_update_result_input_version" AFTER UPDATE ON "measured_imports"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_imports_delete_result_input_version" AFTER DELETE ON "measured_imports"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_imports_truncate_result_input_version" AFTER TRUNCATE ON "measured_imports"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_values_insert_result_input_version" AFTER INSERT ON "measured_values"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_values_update_result_input_version" AFTER UPDATE ON "measured_values"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_values_delete_result_input_version" AFTER DELETE ON "measured_values"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();--> statement-breakpoint
CREATE TRIGGER "measured_values_truncate_result_input_version" AFTER TRUNCATE ON "measured_values"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_result_input_version"();
