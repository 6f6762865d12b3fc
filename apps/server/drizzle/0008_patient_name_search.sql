-- Type-ahead search on names: case-insensitive prefix matches ("smi", "smith, jo") use these
-- indexes (text_pattern_ops serves LIKE 'prefix%' whatever the collation).
CREATE INDEX IF NOT EXISTS patients_family_name_lower_idx ON patients (lower(family_name) text_pattern_ops, lower(given_name) text_pattern_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS patients_given_name_lower_idx ON patients (lower(given_name) text_pattern_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS patients_mrn_upper_idx ON patients (upper(mrn));
