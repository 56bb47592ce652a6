ALTER TABLE "indicator_values" DROP CONSTRAINT "indicator_values_municipality_id_municipalities_id_fk";
--> statement-breakpoint
ALTER TABLE "indicator_values" DROP CONSTRAINT "indicator_values_instrument_version_id_instrument_versions_id_fk";
--> statement-breakpoint
ALTER TABLE "released_values" DROP CONSTRAINT "released_values_release_id_round_releases_id_fk";
