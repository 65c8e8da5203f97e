CREATE TABLE `audit_chain` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`hash` text NOT NULL
);
