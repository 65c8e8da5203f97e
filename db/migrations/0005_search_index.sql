-- Global search (Suche): one FTS5 table inside the encrypted store, so the index is encrypted
-- with everything else. It lives outside drizzle's schema (db/schema knows nothing of virtual
-- tables); the triggers below keep it current, db/queries/search.ts reads it.
-- kind: 'person' (all name spellings), 'case' (case number), 'note' (a contact's note), 'goal' (goal title).
-- Turkish dotless ı is not a diacritic for unicode61, so it is folded to i where it is indexed
-- (names and goal titles directly; notes keep their text in body and a folded copy in alt).
CREATE VIRTUAL TABLE `search_index` USING fts5(
	kind UNINDEXED,
	ref_id UNINDEXED,
	person_id UNINDEXED,
	case_id UNINDEXED,
	title,
	body,
	alt,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
-- Backfill of the records that exist already.
INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
	SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
	FROM persons p WHERE EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
--> statement-breakpoint
INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
	SELECT 'case', id, person_id, id, case_number, '', '' FROM cases;
--> statement-breakpoint
INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
	SELECT 'note', c.id, c.person_id, c.case_id, '', c.note,
		CASE WHEN replace(replace(c.note, 'ı', 'i'), 'İ', 'I') <> c.note THEN replace(replace(c.note, 'ı', 'i'), 'İ', 'I') ELSE '' END
	FROM contacts c WHERE trim(coalesce(c.note, '')) <> '';
--> statement-breakpoint
INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
	SELECT 'goal', g.id, c.person_id, g.case_id, replace(replace(g.title, 'ı', 'i'), 'İ', 'I'), '', '' FROM goals g JOIN cases c ON c.id = g.case_id;
--> statement-breakpoint
-- Persons: one row per person with all spellings of the name.
CREATE TRIGGER `search_person_names_ai` AFTER INSERT ON `person_names`
BEGIN
	DELETE FROM search_index WHERE kind = 'person' AND ref_id = new.person_id;
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
		FROM persons p WHERE p.id = new.person_id AND EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_person_names_au` AFTER UPDATE ON `person_names`
BEGIN
	DELETE FROM search_index WHERE kind = 'person' AND ref_id = old.person_id;
	DELETE FROM search_index WHERE kind = 'person' AND ref_id = new.person_id;
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
		FROM persons p WHERE p.id = old.person_id AND old.person_id <> new.person_id AND EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
		FROM persons p WHERE p.id = new.person_id AND EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_person_names_ad` AFTER DELETE ON `person_names`
BEGIN
	DELETE FROM search_index WHERE kind = 'person' AND ref_id = old.person_id;
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'person', p.id, p.id, NULL, replace(replace((SELECT group_concat(n.given_names || ' ' || n.family_name, ' ') FROM person_names n WHERE n.person_id = p.id), 'ı', 'i'), 'İ', 'I'), '', ''
		FROM persons p WHERE p.id = old.person_id AND EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_persons_ad` AFTER DELETE ON `persons`
BEGIN
	DELETE FROM search_index WHERE kind = 'person' AND ref_id = old.id;
END;
--> statement-breakpoint
-- Cases: the case number.
CREATE TRIGGER `search_cases_ai` AFTER INSERT ON `cases`
BEGIN
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		VALUES ('case', new.id, new.person_id, new.id, new.case_number, '', '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_au` AFTER UPDATE OF case_number, person_id ON `cases`
BEGIN
	DELETE FROM search_index WHERE kind = 'case' AND ref_id = old.id;
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		VALUES ('case', new.id, new.person_id, new.id, new.case_number, '', '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_ad` AFTER DELETE ON `cases`
BEGIN
	DELETE FROM search_index WHERE kind = 'case' AND ref_id = old.id;
END;
--> statement-breakpoint
-- Contacts: the note, when there is one.
CREATE TRIGGER `search_contacts_ai` AFTER INSERT ON `contacts`
BEGIN
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'note', new.id, new.person_id, new.case_id, '', new.note,
			CASE WHEN replace(replace(new.note, 'ı', 'i'), 'İ', 'I') <> new.note THEN replace(replace(new.note, 'ı', 'i'), 'İ', 'I') ELSE '' END
		WHERE trim(coalesce(new.note, '')) <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_au` AFTER UPDATE OF note, person_id, case_id ON `contacts`
BEGIN
	DELETE FROM search_index WHERE kind = 'note' AND ref_id = old.id;
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'note', new.id, new.person_id, new.case_id, '', new.note,
			CASE WHEN replace(replace(new.note, 'ı', 'i'), 'İ', 'I') <> new.note THEN replace(replace(new.note, 'ı', 'i'), 'İ', 'I') ELSE '' END
		WHERE trim(coalesce(new.note, '')) <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ad` AFTER DELETE ON `contacts`
BEGIN
	DELETE FROM search_index WHERE kind = 'note' AND ref_id = old.id;
END;
--> statement-breakpoint
-- Goals: the title.
CREATE TRIGGER `search_goals_ai` AFTER INSERT ON `goals`
BEGIN
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'goal', new.id, c.person_id, new.case_id, replace(replace(new.title, 'ı', 'i'), 'İ', 'I'), '', '' FROM cases c WHERE c.id = new.case_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_au` AFTER UPDATE OF title, case_id ON `goals`
BEGIN
	DELETE FROM search_index WHERE kind = 'goal' AND ref_id = old.id;
	INSERT INTO search_index (kind, ref_id, person_id, case_id, title, body, alt)
		SELECT 'goal', new.id, c.person_id, new.case_id, replace(replace(new.title, 'ı', 'i'), 'İ', 'I'), '', '' FROM cases c WHERE c.id = new.case_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_ad` AFTER DELETE ON `goals`
BEGIN
	DELETE FROM search_index WHERE kind = 'goal' AND ref_id = old.id;
END;
