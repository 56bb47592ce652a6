CREATE TABLE "recompute_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"error" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "population" integer;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "internal" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "stat_k" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "stat_sum" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "stat_sum_sq" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "population" integer;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "definition_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "recompute_runs" ADD CONSTRAINT "recompute_runs_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recompute_runs" ADD CONSTRAINT "recompute_runs_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;