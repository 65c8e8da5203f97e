-- Search index, second shape: the indexed text lives in a plain table, search_docs, with a unique
-- index on (kind, ref_id); search_index becomes an FTS5 table over it (external content).
-- Why: 0005's triggers found a record's index row by an UNINDEXED FTS5 column, which FTS5 can
-- only answer by reading the whole index — every name written cost a pass over every indexed
-- note, name and goal. Now the record triggers (same logic as 0005) write search_docs, found by
-- its index, and three triggers on search_docs keep the FTS5 table in step.
CREATE TABLE `search_docs` (
	`id` integer PRIMARY KEY,
	`kind` text NOT NULL,
	`ref_id` text NOT NULL,
	`person_id` text,
	`case_id` text,
	`title` text,
	`body` text,
	`alt` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_ref_idx` ON `search_docs` (`kind`, `ref_id`);
--> statement-breakpoint
INSERT INTO search_docs (id, kind, ref_id, person_id, case_id, title, body, alt)
	SELECT rowid, kind, ref_id, person_id, case_id, title, body, alt FROM search_index;
--> statement-breakpoint
DROP TRIGGER `search_person_names_ai`;
--> statement-breakpoint
DROP TRIGGER `search_person_names_au`;
--> statement-breakpoint
DROP TRIGGER `search_person_names_ad`;
--> statement-breakpoint
DROP TRIGGER `search_persons_ad`;
--> statement-breakpoint
DROP TRIGGER `search_cases_ai`;
--> statement-breakpoint
DROP TRIGGER `search_cases_au`;
--> statement-breakpoint
DROP TRIGGER `search_cases_ad`;
--> statement-breakpoint
DROP TRIGGER `search_contacts_ai`;
--> statement-breakpoint
DROP TRIGGER `search_contacts_au`;
--> statement-breakpoint
DROP TRIGGER `search_contacts_ad`;
--> statement-breakpoint
DROP TRIGGER `search_goals_ai`;
--> statement-breakpoint
DROP TRIGGER `search_goals_au`;
--> statement-breakpoint
DROP TRIGGER `search_goals_ad`;
--> statement-breakpoint
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
	kind UNINDEXED,
	ref_id UNINDEXED,
	person_id UNINDEXED,
	case_id UNINDEXED,
	title,
	body,
	alt,
	content = 'search_docs',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO search_index (search_index) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `search_docs_ai` AFTER INSERT ON `search_docs`
BEGIN
	INSERT INTO search_index (rowid, kind, ref_id, person_id, case_id, title, body, alt)
		VALUES (new.id, new.kind, new.ref_id, new.person_id, new.case_id, new.title, new.body, new.alt);
END;
--> statement-breakpoint
CREATE TRIGGER `search_docs_ad` AFTER DELETE ON `search_docs`
BEGIN
	INSERT INTO search_index (search_index, rowid, kind, ref_id, person_id, case_id, title, body, alt)
		VALUES ('delete', old.id, old.kind, old.ref_id, old.person_id, old.case_id, old.title, old.body, old.alt);
END;
--> statement-breakpoint
CREATE TRIGGER `search_docs_au` AFTER UPDATE ON `search_docs`
BEGIN
	INSERT INTO search_index (search_index, rowid, kind, ref_id, person_id, case_id, title, body, alt)
		VALUES ('delete', old.id, old.kind, old.ref_id, old.person_id, old.case_id, old.title, old.body, old.alt);
	INSERT INTO search_index (rowid, kind, ref_id, person_id, case_id, title, body, alt)
		VALUES (new.id, new.kind, new.ref_id, new.person_id, new.case_id, new.title, new.body, new.alt);
END;
--> statement-breakpoint
-- The record triggers of 0005, unchanged but for writing search_docs.
CREATE TRIGGER `search_person_names_ai` AFTER INSERT ON `person_names`
BEGIN
	DELETE FROM search_docs WHERE kind = 'person' AND ref_id = new.person_id;
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
		FROM persons p WHERE p.id = new.person_id AND EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_person_names_au` AFTER UPDATE ON `person_names`
BEGIN
	DELETE FROM search_docs WHERE kind = 'person' AND ref_id = old.person_id;
	DELETE FROM search_docs WHERE kind = 'person' AND ref_id = new.person_id;
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
		FROM persons p WHERE p.id = old.person_id AND old.person_id <> new.person_id AND EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
		FROM persons p WHERE p.id = new.person_id AND EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_person_names_ad` AFTER DELETE ON `person_names`
BEGIN
	DELETE FROM search_docs WHERE kind = 'person' AND ref_id = old.person_id;
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
		FROM persons p WHERE p.id = old.person_id AND EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_persons_ad` AFTER DELETE ON `persons`
BEGIN
	DELETE FROM search_docs WHERE kind = 'person' AND ref_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_ai` AFTER INSERT ON `cases`
BEGIN
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		VALUES ('case', new.id, new.person_id, new.id, new.case_number, '', '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_au` AFTER UPDATE OF case_number, person_id ON `cases`
BEGIN
	DELETE FROM search_docs WHERE kind = 'case' AND ref_id = old.id;
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		VALUES ('case', new.id, new.person_id, new.id, new.case_number, '', '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_ad` AFTER DELETE ON `cases`
BEGIN
	DELETE FROM search_docs WHERE kind = 'case' AND ref_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ai` AFTER INSERT ON `contacts`
BEGIN
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'note', new.id, new.person_id, new.case_id, '', new.note,
			CASE WHEN replace(replace(new.note, 'ı', 'i'), 'İ', 'I') <> new.note THEN replace(replace(new.note, 'ı', 'i'), 'İ', 'I') ELSE '' END
		WHERE trim(coalesce(new.note, '')) <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_au` AFTER UPDATE OF note, person_id, case_id ON `contacts`
BEGIN
	DELETE FROM search_docs WHERE kind = 'note' AND ref_id = old.id;
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'note', new.id, new.person_id, new.case_id, '', new.note,
			CASE WHEN replace(replace(new.note, 'ı', 'i'), 'İ', 'I') <> new.note THEN replace(replace(new.note, 'ı', 'i'), 'İ', 'I') ELSE '' END
		WHERE trim(coalesce(new.note, '')) <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ad` AFTER DELETE ON `contacts`
BEGIN
	DELETE FROM search_docs WHERE kind = 'note' AND ref_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_ai` AFTER INSERT ON `goals`
BEGIN
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'goal', new.id, c.person_id, new.case_id, replace(replace(new.title, 'ı', 'i'), 'İ', 'I'), '', '' FROM cases c WHERE c.id = new.case_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_au` AFTER UPDATE OF title, case_id ON `goals`
BEGIN
	DELETE FROM search_docs WHERE kind = 'goal' AND ref_id = old.id;
	INSERT INTO search_docs (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'goal', new.id, c.person_id, new.case_id, replace(replace(new.title, 'ı', 'i'), 'İ', 'I'), '', '' FROM cases c WHERE c.id = new.case_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_ad` AFTER DELETE ON `goals`
BEGIN
	DELETE FROM search_docs WHERE kind = 'goal' AND ref_id = old.id;
END;
