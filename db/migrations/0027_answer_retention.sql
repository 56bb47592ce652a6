ALTER TABLE "municipalities" ADD COLUMN "answers_kept_years" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "comments_kept_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "comments_deleted_on" date;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "answers_deleted_on" date;