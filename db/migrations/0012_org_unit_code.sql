ALTER TABLE "org_units" ADD COLUMN "code" text;--> statement-breakpoint
CREATE UNIQUE INDEX "org_units_municipality_code_idx" ON "org_units" USING btree ("municipality_id","code");