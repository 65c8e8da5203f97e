CREATE TABLE `audit_chain` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
-- The chain is insert-only like the log it covers: a link is never changed or removed.
CREATE TRIGGER `audit_chain_no_update` BEFORE UPDATE ON `audit_chain`
BEGIN
	SELECT RAISE(ABORT, 'audit_chain is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_chain_no_delete` BEFORE DELETE ON `audit_chain`
BEGIN
	SELECT RAISE(ABORT, 'audit_chain is insert-only');
END;
