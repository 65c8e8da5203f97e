CREATE TABLE `erasure_in_progress` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `erasures` (
	`id` text PRIMARY KEY NOT NULL,
	`erased_at` text NOT NULL,
	`case_numbers` text NOT NULL,
	`reason` text NOT NULL,
	`actor` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `retention_holds` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`keep_until` text NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `retention_holds_case_idx` ON `retention_holds` (`case_id`);--> statement-breakpoint
-- Assessments stay never-deleted, except by an erasure (Art. 17 DSGVO): the erasure service holds
-- a row in erasure_in_progress inside its own transaction, and only then do deletions pass.
DROP TRIGGER `assessments_no_delete`;
--> statement-breakpoint
CREATE TRIGGER `assessments_no_delete` BEFORE DELETE ON `assessments`
WHEN NOT EXISTS (SELECT 1 FROM `erasure_in_progress`)
BEGIN
	SELECT RAISE(ABORT, 'assessments are never overwritten');
END;
--> statement-breakpoint
DROP TRIGGER `assessment_entries_no_delete`;
--> statement-breakpoint
CREATE TRIGGER `assessment_entries_no_delete` BEFORE DELETE ON `assessment_entries`
WHEN NOT EXISTS (SELECT 1 FROM `erasure_in_progress`)
BEGIN
	SELECT RAISE(ABORT, 'assessments are never overwritten');
END;
--> statement-breakpoint
-- The guard never outlives the erasure's transaction; a row left over would open the door for good.
CREATE TRIGGER `erasure_in_progress_single` BEFORE INSERT ON `erasure_in_progress`
WHEN (SELECT count(*) FROM `erasure_in_progress`) > 0
BEGIN
	SELECT RAISE(ABORT, 'one erasure at a time');
END;
