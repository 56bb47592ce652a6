ALTER TABLE "recompute_requests" DROP CONSTRAINT "recompute_requests_round_id_unit_id_pk";--> statement-breakpoint
ALTER TABLE "recompute_requests" ADD COLUMN "id" bigint PRIMARY KEY NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "recompute_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE INDEX "recompute_requests_round_idx" ON "recompute_requests" USING btree ("round_id");--> statement-breakpoint
ALTER TABLE "recompute_requests" DROP COLUMN "version";--> statement-breakpoint
DROP SEQUENCE "public"."recompute_request_version";