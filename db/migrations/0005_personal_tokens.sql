CREATE TABLE "round_tokens" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "token_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"size" integer NOT NULL,
	"spent" bit varying NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "token_drafts" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"sealed" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "token_invitations" (
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"email" text NOT NULL,
	"sealed_code" text NOT NULL,
	"invited_at" timestamp with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"last_sent_at" timestamp with time zone,
	CONSTRAINT "token_invitations_batch_id_position_pk" PRIMARY KEY("batch_id","position")
);
--> statement-breakpoint
ALTER TABLE "round_tokens" ADD CONSTRAINT "round_tokens_batch_id_token_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."token_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_batches" ADD CONSTRAINT "token_batches_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_batches" ADD CONSTRAINT "token_batches_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_batches" ADD CONSTRAINT "token_batches_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_drafts" ADD CONSTRAINT "token_drafts_code_hash_round_tokens_code_hash_fk" FOREIGN KEY ("code_hash") REFERENCES "public"."round_tokens"("code_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_invitations" ADD CONSTRAINT "token_invitations_batch_id_token_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."token_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "round_tokens_batch_idx" ON "round_tokens" USING btree ("batch_id","position");--> statement-breakpoint
CREATE INDEX "token_batches_round_unit_idx" ON "token_batches" USING btree ("round_id","unit_id");