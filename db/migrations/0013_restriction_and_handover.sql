CREATE TABLE `case_restrictions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`since` text NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	`lifted_at` text,
	`lifted_by` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_restrictions_case_idx` ON `case_restrictions` (`case_id`);--> statement-breakpoint
CREATE TABLE `handover_cases` (
	`handover_id` text NOT NULL,
	`case_id` text NOT NULL,
	PRIMARY KEY(`handover_id`, `case_id`),
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `handover_cases_case_idx` ON `handover_cases` (`case_id`);--> statement-breakpoint
CREATE TABLE `handover_imports` (
	`package_id` text PRIMARY KEY NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text NOT NULL,
	`sender` text NOT NULL,
	`case_numbers` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `handovers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`recipient` text NOT NULL,
	`case_numbers` text NOT NULL,
	`confirmed_at` text
);
--> statement-breakpoint
-- At most one restriction in force per case; lifted ones stay as history.
CREATE UNIQUE INDEX `case_restrictions_active_idx` ON `case_restrictions` (`case_id`) WHERE `lifted_at` IS NULL;
