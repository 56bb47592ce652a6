CREATE TABLE "released_goal_values" (
	"release_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"data_n" integer NOT NULL,
	"data_k" integer NOT NULL,
	"data_sum" double precision NOT NULL,
	"data_sum_sq" double precision NOT NULL,
	"shown_fresh" boolean NOT NULL,
	"published_in_seq" integer,
	"published_at" timestamp with time zone,
	"status" text NOT NULL,
	"n" integer,
	"value" double precision,
	"ci_low" double precision,
	"ci_high" double precision,
	"stat_k" integer,
	"stat_sum" double precision,
	"stat_sum_sq" double precision,
	"population" integer,
	"definition_hash" text DEFAULT '' NOT NULL,
	CONSTRAINT "released_goal_values_release_id_goal_id_unit_id_pk" PRIMARY KEY("release_id","goal_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "released_values" (
	"release_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"indicator_key" text NOT NULL,
	"breakdown_key" text NOT NULL,
	"breakdown_value" text NOT NULL,
	"data_n" integer NOT NULL,
	"data_k" integer NOT NULL,
	"data_sum" double precision NOT NULL,
	"data_sum_sq" double precision NOT NULL,
	"shown_fresh" boolean NOT NULL,
	"published_in_seq" integer,
	"published_at" timestamp with time zone,
	"n" integer,
	"value" double precision,
	"ci_low" double precision,
	"ci_high" double precision,
	"stat_k" integer,
	"stat_sum" double precision,
	"stat_sum_sq" double precision,
	"population" integer,
	"definition_hash" text DEFAULT '' NOT NULL,
	"instrument_version_id" uuid NOT NULL,
	CONSTRAINT "released_values_release_id_unit_id_indicator_key_breakdown_key_breakdown_value_pk" PRIMARY KEY("release_id","unit_id","indicator_key","breakdown_key","breakdown_value")
);
--> statement-breakpoint
CREATE TABLE "round_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response_counts" jsonb NOT NULL,
	"hidden_cells" integer DEFAULT 0 NOT NULL,
	"hidden_respondents" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "round_releases_round_seq" UNIQUE("round_id","seq")
);
--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "personal_links_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "latest_release_id" uuid;--> statement-breakpoint
ALTER TABLE "released_goal_values" ADD CONSTRAINT "released_goal_values_release_id_round_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."round_releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "released_values" ADD CONSTRAINT "released_values_release_id_round_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."round_releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_releases" ADD CONSTRAINT "round_releases_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_releases" ADD CONSTRAINT "round_releases_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;