/** Citations used by the rule tables; each names the DOMAIN.md section and its primary source. */
export const SOURCES = {
  overview: 'DOMAIN.md §1.0 (NHIA Medicare and commercial coverage pages)',
  hitBenefit: 'DOMAIN.md §1.1 (SSA §1861(iii); 42 CFR 414.1550; MBPM ch.15 §320; Noridian HIT FAQ)',
  hitDrugCodes: 'DOMAIN.md §1.1 drug/J-code table (CPM ch.32 §411 / MLN MM11880, recalled)',
  lcd: 'DOMAIN.md §1.2 (LCD L33794 External Infusion Pumps / Policy Article A52507)',
  pumpCodes: 'DOMAIN.md §1.2 pump and supply code table (LCD L33794, HCPCS)',
  pn: 'DOMAIN.md §1.2 parenteral nutrition (LCD L38953 / article A58836)',
  ivig: 'DOMAIN.md §1.2 IVIG in the home (MBPM ch.15 §50.6; CAA 2023 §4134; LCD L33610)',
  partD: 'DOMAIN.md §1.3 (NHIA; CMS Part D guidance)',
  perDiem: 'DOMAIN.md §1.4 (NHIA national per diem definition; HCPCS S-codes)',
  therapyCodeMap: 'DOMAIN.md §1.4 code → meaning by common therapy',
  nursingDurations: 'DOMAIN.md §4.3 nurse visit durations',
  serviceTypes: 'DOMAIN.md §2.1 EB03/EQ01 service type codes (X12 005010X279A1)',
  notInDomain:
    'Not in DOMAIN.md: recalled by the coverage-rules session from HCPCS Level II; verify against the CMS quarterly HCPCS file',
  ourPolicy: 'Infusio policy choice (no external standard); configurable',
  demo: 'Demo data generated for the demo organisation; not a real contract or payer record',
} as const;
