-- The default life areas (Lebensbereiche); the list can be changed in the settings.
INSERT INTO `life_areas` (`id`, `name`, `sort_order`) VALUES
	('aufenthalt', 'Aufenthalt/Recht', 10),
	('wohnen', 'Wohnen', 20),
	('gesundheit', 'Gesundheit', 30),
	('sprache', 'Sprache', 40),
	('bildung', 'Bildung/Schule', 50),
	('arbeit', 'Ausbildung/Arbeit', 60),
	('existenz', 'Existenzsicherung/Finanzen', 70),
	('familie', 'Familie/Kinder', 80),
	('teilhabe', 'Soziale Teilhabe/Alltag', 90);
--> statement-breakpoint
-- Assessments are dated records: kept, never overwritten or removed.
CREATE TRIGGER `assessments_no_update` BEFORE UPDATE ON `assessments`
BEGIN
	SELECT RAISE(ABORT, 'assessments are never overwritten');
END;
--> statement-breakpoint
CREATE TRIGGER `assessments_no_delete` BEFORE DELETE ON `assessments`
BEGIN
	SELECT RAISE(ABORT, 'assessments are never overwritten');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_entries_no_update` BEFORE UPDATE ON `assessment_entries`
BEGIN
	SELECT RAISE(ABORT, 'assessments are never overwritten');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_entries_no_delete` BEFORE DELETE ON `assessment_entries`
BEGIN
	SELECT RAISE(ABORT, 'assessments are never overwritten');
END;
--> statement-breakpoint
-- An agreement is a snapshot: only its signature date may be set, once.
CREATE TRIGGER `agreements_snapshot_fixed` BEFORE UPDATE ON `agreements`
WHEN OLD.`snapshot` IS NOT NEW.`snapshot` OR OLD.`version` IS NOT NEW.`version` OR OLD.`case_id` IS NOT NEW.`case_id`
	OR OLD.`date` IS NOT NEW.`date` OR OLD.`signed_at` IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'agreements are fixed once made; signed ones entirely');
END;
--> statement-breakpoint
CREATE TRIGGER `referral_status_history_no_update` BEFORE UPDATE ON `referral_status_history`
BEGIN
	SELECT RAISE(ABORT, 'referral history is append-only');
END;
