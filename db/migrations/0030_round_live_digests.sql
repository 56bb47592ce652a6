CREATE TABLE "round_live_digests" (
	"round_id" uuid PRIMARY KEY NOT NULL,
	"digest" text NOT NULL,
	"checked_against" text
);
--> statement-breakpoint
ALTER TABLE "round_live_digests" ADD CONSTRAINT "round_live_digests_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Any change to a round's live rows, by any statement, forgets the round's digest: one statement-level
-- trigger per event (a transition table names the rows the statement changed), not one per row.
CREATE FUNCTION "forget_round_live_digests"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM round_live_digests d WHERE d.round_id IN (SELECT round_id FROM changed_old);
  ELSE
    DELETE FROM round_live_digests d WHERE d.round_id IN (SELECT round_id FROM changed_new);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "indicator_values_forget_digest_insert" AFTER INSERT ON "indicator_values"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "forget_round_live_digests"();
--> statement-breakpoint
CREATE TRIGGER "indicator_values_forget_digest_update" AFTER UPDATE ON "indicator_values"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "forget_round_live_digests"();
--> statement-breakpoint
CREATE TRIGGER "indicator_values_forget_digest_delete" AFTER DELETE ON "indicator_values"
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION "forget_round_live_digests"();
--> statement-breakpoint
CREATE TRIGGER "goal_evaluations_forget_digest_insert" AFTER INSERT ON "goal_evaluations"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "forget_round_live_digests"();
--> statement-breakpoint
CREATE TRIGGER "goal_evaluations_forget_digest_update" AFTER UPDATE ON "goal_evaluations"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "forget_round_live_digests"();
--> statement-breakpoint
CREATE TRIGGER "goal_evaluations_forget_digest_delete" AFTER DELETE ON "goal_evaluations"
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION "forget_round_live_digests"();
--> statement-breakpoint
-- TRUNCATE has no transition table: it forgets every digest.
CREATE FUNCTION "forget_all_round_live_digests"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM round_live_digests;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "indicator_values_forget_digests_truncate" AFTER TRUNCATE ON "indicator_values"
  FOR EACH STATEMENT EXECUTE FUNCTION "forget_all_round_live_digests"();
--> statement-breakpoint
CREATE TRIGGER "goal_evaluations_forget_digests_truncate" AFTER TRUNCATE ON "goal_evaluations"
  FOR EACH STATEMENT EXECUTE FUNCTION "forget_all_round_live_digests"();
