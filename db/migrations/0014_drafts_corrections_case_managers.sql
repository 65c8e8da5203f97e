CREATE TABLE `case_managers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_managers_name_unique` ON `case_managers` (`name`);--> statement-breakpoint
CREATE TABLE `drafts` (
	`key` text PRIMARY KEY NOT NULL,
	`route` text NOT NULL,
	`fields` text NOT NULL,
	`person_id` text,
	`case_id` text,
	`saved_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `drafts_saved_idx` ON `drafts` (`saved_at`);--> statement-breakpoint
CREATE INDEX `drafts_person_idx` ON `drafts` (`person_id`);--> statement-breakpoint
CREATE INDEX `drafts_case_idx` ON `drafts` (`case_id`);--> statement-breakpoint
CREATE TABLE `record_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`case_id` text,
	`record_kind` text NOT NULL,
	`record_id` text NOT NULL,
	`version` integer NOT NULL,
	`before` text NOT NULL,
	`changed_by` text NOT NULL,
	`changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `record_versions_record_idx` ON `record_versions` (`record_kind`,`record_id`,`version`);--> statement-breakpoint
CREATE INDEX `record_versions_person_idx` ON `record_versions` (`person_id`);--> statement-breakpoint
ALTER TABLE `persons` ADD `interpreter_language` text;--> statement-breakpoint
-- The unit's case managers start as the names already on cases.
INSERT INTO `case_managers` (`id`, `name`, `active`, `created_at`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
	`case_manager`, 1, min(`created_at`)
FROM `cases` GROUP BY `case_manager`;
