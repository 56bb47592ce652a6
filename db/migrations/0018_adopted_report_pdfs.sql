CREATE TABLE "adopted_report_pdfs" (
	"report_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"printed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adopted_report_pdfs_report_id_locale_pk" PRIMARY KEY("report_id","locale")
);
--> statement-breakpoint
ALTER TABLE "adopted_report_pdfs" ADD CONSTRAINT "adopted_report_pdfs_report_id_follow_up_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE no action ON UPDATE no action;