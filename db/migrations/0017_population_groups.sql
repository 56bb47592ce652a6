CREATE TABLE "round_populations" (
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"population" integer,
	CONSTRAINT "round_populations_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "families" integer;--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "employees" integer;--> statement-breakpoint
ALTER TABLE "round_populations" ADD CONSTRAINT "round_populations_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_populations" ADD CONSTRAINT "round_populations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;