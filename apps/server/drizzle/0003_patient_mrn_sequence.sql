-- Medical record numbers for charts created by intake: IN followed by a zero-padded number.
CREATE SEQUENCE IF NOT EXISTS patient_mrn_seq START WITH 100001;
