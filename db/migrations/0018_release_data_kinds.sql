-- The kinds of data a release covers (RELEASE_DATA_KINDS), as a JSON array. A release recorded
-- before (free-text scope only) covers only the reason for the referral: what its text said
-- cannot be checked by a program (LEGACY_RELEASE_DATA_KINDS in electron/contract/areas/network.ts).
ALTER TABLE `releases` ADD `data_kinds` text DEFAULT '["anlass"]' NOT NULL;
