-- Incremental recomputes update a few cells of a unit in place; room on each page lets
-- PostgreSQL keep them heap-only (HOT) updates that touch no index.
ALTER TABLE "indicator_values" SET (fillfactor = 70);--> statement-breakpoint
ALTER TABLE "goal_evaluations" SET (fillfactor = 70);
