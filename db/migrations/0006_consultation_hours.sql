CREATE TABLE `consultation_queue` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`label` text NOT NULL,
	`person_id` text,
	`arrived_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `consultation_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `consultation_queue_session_idx` ON `consultation_queue` (`session_id`,`arrived_at`);--> statement-breakpoint
CREATE TABLE `consultation_session_contacts` (
	`session_id` text NOT NULL,
	`contact_id` text PRIMARY KEY NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `consultation_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `consultation_session_contacts_session_idx` ON `consultation_session_contacts` (`session_id`);--> statement-breakpoint
CREATE TABLE `consultation_session_persons` (
	`session_id` text NOT NULL,
	`person_id` text PRIMARY KEY NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `consultation_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `consultation_session_persons_session_idx` ON `consultation_session_persons` (`session_id`);--> statement-breakpoint
CREATE TABLE `consultation_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`location_id` text NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultation_sessions_ended_idx` ON `consultation_sessions` (`ended_at`,`started_at`);--> statement-breakpoint
CREATE TABLE `short_advice` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`at` text NOT NULL,
	`life_area_id` text NOT NULL,
	`language` text,
	`interpreter_used` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `consultation_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`life_area_id`) REFERENCES `life_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `short_advice_session_idx` ON `short_advice` (`session_id`);--> statement-breakpoint
CREATE INDEX `short_advice_at_idx` ON `short_advice` (`at`);