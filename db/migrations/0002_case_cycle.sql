CREATE TABLE `life_areas` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `locations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`municipality` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `partners` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation` text NOT NULL,
	`legal_area` text NOT NULL,
	`municipality` text,
	`contact_name` text,
	`phone` text,
	`email` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `target_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`valid_from` text NOT NULL,
	`valid_until` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `households` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `person_names` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`family_name` text NOT NULL,
	`given_names` text NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`note` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_names_person_idx` ON `person_names` (`person_id`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`birth_date` text,
	`gender` text DEFAULT 'unbekannt' NOT NULL,
	`nationalities` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`interpreter_needed` integer DEFAULT false NOT NULL,
	`phone` text,
	`email` text,
	`address` text,
	`municipality` text,
	`accommodation_type` text,
	`accommodation_name` text,
	`residence_status` text,
	`residence_paragraph` text,
	`residence_valid_until` text,
	`household_id` text,
	`household_role` text,
	`incomplete` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `persons_household_idx` ON `persons` (`household_id`);--> statement-breakpoint
CREATE INDEX `persons_residence_until_idx` ON `persons` (`residence_valid_until`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`phase` text,
	`reason` text,
	`by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `case_number_sequences` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_target_groups` (
	`case_id` text NOT NULL,
	`target_group_id` text NOT NULL,
	PRIMARY KEY(`case_id`, `target_group_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_group_id`) REFERENCES `target_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`case_number` text NOT NULL,
	`case_manager` text NOT NULL,
	`location_id` text,
	`traeger` text,
	`phase` text NOT NULL,
	`opened_at` text NOT NULL,
	`closed_at` text,
	`closure_reason` text,
	`reassessment_months` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number_idx` ON `cases` (`case_number`);--> statement-breakpoint
CREATE INDEX `cases_person_idx` ON `cases` (`person_id`);--> statement-breakpoint
CREATE INDEX `cases_phase_idx` ON `cases` (`phase`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`case_id` text,
	`given_at` text NOT NULL,
	`form` text NOT NULL,
	`recorded_by` text NOT NULL,
	`revoked_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_case_idx` ON `consents` (`case_id`);--> statement-breakpoint
CREATE TABLE `intake_target_groups` (
	`intake_id` text NOT NULL,
	`target_group_id` text NOT NULL,
	PRIMARY KEY(`intake_id`, `target_group_id`),
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_group_id`) REFERENCES `target_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `intakes` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`date` text NOT NULL,
	`access_route` text NOT NULL,
	`decision` text NOT NULL,
	`referred_to` text,
	`case_id` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intakes_person_idx` ON `intakes` (`person_id`);--> statement-breakpoint
CREATE TABLE `assessment_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`life_area_id` text NOT NULL,
	`situation` integer NOT NULL,
	`resources` text,
	`needs` text,
	`urgency` text NOT NULL,
	`responsible_service` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`life_area_id`) REFERENCES `life_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_entries_assessment_idx` ON `assessment_entries` (`assessment_id`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`previous_id` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_case_idx` ON `assessments` (`case_id`,`date`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`version` integer NOT NULL,
	`date` text NOT NULL,
	`snapshot` text NOT NULL,
	`signed_at` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreements_case_idx` ON `agreements` (`case_id`,`version`);--> statement-breakpoint
CREATE TABLE `goal_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`goal_id` text NOT NULL,
	`description` text NOT NULL,
	`responsible` text NOT NULL,
	`partner_id` text,
	`due_date` text,
	`done_at` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goal_steps_goal_idx` ON `goal_steps` (`goal_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`life_area_id` text NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'offen' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`life_area_id`) REFERENCES `life_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goals_case_idx` ON `goals` (`case_id`);--> statement-breakpoint
CREATE TABLE `referral_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`status` text NOT NULL,
	`at` text NOT NULL,
	`note` text,
	`by` text NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referral_status_history_referral_idx` ON `referral_status_history` (`referral_id`,`at`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`life_area_id` text NOT NULL,
	`reason` text NOT NULL,
	`date` text NOT NULL,
	`data_transfer` integer NOT NULL,
	`release_id` text,
	`status` text NOT NULL,
	`outcome` text,
	`structural_gap` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`life_area_id`) REFERENCES `life_areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`release_id`) REFERENCES `releases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_case_idx` ON `referrals` (`case_id`);--> statement-breakpoint
CREATE INDEX `referrals_status_idx` ON `referrals` (`status`);--> statement-breakpoint
CREATE TABLE `releases` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`given_at` text NOT NULL,
	`valid_until` text,
	`scope` text NOT NULL,
	`form` text NOT NULL,
	`revoked_at` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `releases_person_partner_idx` ON `releases` (`person_id`,`partner_id`);--> statement-breakpoint
CREATE TABLE `case_conference_participants` (
	`conference_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`contact_person` text,
	PRIMARY KEY(`conference_id`, `partner_id`),
	FOREIGN KEY (`conference_id`) REFERENCES `case_conferences`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `case_conferences` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`date` text NOT NULL,
	`client_present` integer NOT NULL,
	`agenda` text,
	`results` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_conferences_case_idx` ON `case_conferences` (`case_id`,`date`);--> statement-breakpoint
CREATE TABLE `contact_topics` (
	`contact_id` text NOT NULL,
	`life_area_id` text NOT NULL,
	PRIMARY KEY(`contact_id`, `life_area_id`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`life_area_id`) REFERENCES `life_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`case_id` text,
	`at` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`place` text NOT NULL,
	`location_id` text,
	`type` text NOT NULL,
	`interpreter_used` integer DEFAULT false NOT NULL,
	`interpreter_language` text,
	`note` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_case_idx` ON `contacts` (`case_id`,`at`);--> statement-breakpoint
CREATE INDEX `contacts_person_idx` ON `contacts` (`person_id`,`at`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`due_date` text NOT NULL,
	`title` text NOT NULL,
	`source` text NOT NULL,
	`source_id` text,
	`done_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_due_idx` ON `follow_ups` (`done_at`,`due_date`);--> statement-breakpoint
CREATE INDEX `follow_ups_case_idx` ON `follow_ups` (`case_id`);