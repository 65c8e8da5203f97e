DROP INDEX `agreements_case_idx`;--> statement-breakpoint
CREATE INDEX `agreements_case_idx` ON `agreements` (`case_id`,`version`,`signed_at`,`id`);--> statement-breakpoint
DROP INDEX `contacts_at_idx`;--> statement-breakpoint
CREATE INDEX `contacts_at_idx` ON `contacts` (`at`,`person_id`,`location_id`,`type`,`place`,`duration_minutes`,`interpreter_used`,`id`);