-- Print, then sign (issue 14): a written consent recorded at the intake names the printed Einwilligung
-- signed, as agreements and releases do since 0019. Consents recorded before have none.
ALTER TABLE `consents` ADD `printout_id` text REFERENCES printouts(id);