-- Print, then sign (issue 14): every paper printed to be signed is recorded (printouts), and the
-- recorded signature names the printout signed. Goals and steps get an optional translation into the
-- client's language, printed below the German text.
CREATE TABLE `printouts` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`document` text NOT NULL,
	`person_id` text NOT NULL,
	`agreement_id` text,
	`partner_id` text,
	`language` text NOT NULL,
	`file_sha256` text NOT NULL,
	`printed_at` text NOT NULL,
	`printed_by` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `printouts_code_idx` ON `printouts` (`code`);--> statement-breakpoint
CREATE INDEX `printouts_person_idx` ON `printouts` (`person_id`,`document`);--> statement-breakpoint
CREATE INDEX `printouts_agreement_idx` ON `printouts` (`agreement_id`);--> statement-breakpoint
ALTER TABLE `agreements` ADD `signed_printout_id` text REFERENCES printouts(id);--> statement-breakpoint
ALTER TABLE `goal_steps` ADD `description_translation` text;--> statement-breakpoint
ALTER TABLE `goals` ADD `title_translation` text;--> statement-breakpoint
ALTER TABLE `releases` ADD `printout_id` text REFERENCES printouts(id);--> statement-breakpoint
-- A printout records what was handed out: never changed afterwards (erasure deletes it with the person).
CREATE TRIGGER `printouts_fixed` BEFORE UPDATE ON `printouts`
BEGIN
	SELECT RAISE(ABORT, 'printouts are a record of what was printed and are never changed');
END;
