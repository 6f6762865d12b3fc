-- Control numbers for outbound X12 interchanges (ISA13/GS06/ST02 of 270s, and of 278s if the
-- authorizations module wants them): 1..999999999 as X12 allows, cycling after the last.
CREATE SEQUENCE IF NOT EXISTS x12_control_number_seq START WITH 1 MINVALUE 1 MAXVALUE 999999999 CYCLE;
