CREATE INDEX `intakes_case_idx` ON `intakes` (`case_id`);--> statement-breakpoint
CREATE INDEX `contacts_at_idx` ON `contacts` (`at`);