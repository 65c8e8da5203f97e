CREATE TABLE `person_attribute_history` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`attribute` text NOT NULL,
	`value` text,
	`valid_from` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_attribute_history_person_idx` ON `person_attribute_history` (`person_id`,`attribute`,`valid_from`);--> statement-breakpoint
CREATE TABLE `statistics_publications` (
	`period` text PRIMARY KEY NOT NULL,
	`format_version` integer NOT NULL,
	`document` text NOT NULL,
	`sha256` text NOT NULL,
	`published_at` text NOT NULL
);
--> statement-breakpoint
-- A published quarter is frozen: its document is never changed or removed.
CREATE TRIGGER `statistics_publications_no_update` BEFORE UPDATE ON `statistics_publications`
BEGIN
	SELECT RAISE(ABORT, 'statistics_publications are frozen');
END;
--> statement-breakpoint
CREATE TRIGGER `statistics_publications_no_delete` BEFORE DELETE ON `statistics_publications`
BEGIN
	SELECT RAISE(ABORT, 'statistics_publications are frozen');
END;
--> statement-breakpoint
-- Stores made before the history existed: today's values count from the day the person was recorded
-- (earlier values are unknown; the statistic uses the earliest known value for earlier days).
INSERT INTO `person_attribute_history` (`id`, `person_id`, `attribute`, `value`, `valid_from`, `recorded_at`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
	`id`, 'residence_status', `residence_status`, substr(`created_at`, 1, 10), `created_at`
FROM `persons`;
--> statement-breakpoint
INSERT INTO `person_attribute_history` (`id`, `person_id`, `attribute`, `value`, `valid_from`, `recorded_at`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
	`id`, 'municipality', `municipality`, substr(`created_at`, 1, 10), `created_at`
FROM `persons`;
