DROP INDEX `audit_log_entity_idx`;--> statement-breakpoint
DROP INDEX `audit_log_at_idx`;--> statement-breakpoint
CREATE INDEX `audit_log_record_idx` ON `audit_log` (substr("entity_id", 1, 8));
