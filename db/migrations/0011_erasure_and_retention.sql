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
CREATE INDEX `retention_holds_case_idx` ON `retention_holds` (`case_id`);