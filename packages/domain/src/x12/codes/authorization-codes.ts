import type { CodeEntry } from './code-table.ts';
import { defineCodeTable, rows } from './code-table.ts';

export type AuthorizationOutcome =
  | 'certified'
  | 'partially-certified'
  | 'not-certified'
  | 'pended'
  | 'modified'
  | 'cancelled'
  | 'contact-payer'
  | 'no-action-required';

export interface ReviewActionEntry extends CodeEntry {
  outcome: AuthorizationOutcome;
}

/** HCR01 Action Code (element 306) in the 278 response. */
export const REVIEW_ACTION_CODES = defineCodeTable<ReviewActionEntry>({
  element: 'HCR01',
  name: 'Health care services review action',
  source:
    'DOMAIN.md §2.2 HCR01 (several independent code lists agree; "A5 Modified" in some open-source lists is wrong)',
  effective: 'ASC X12 005010 (005010X217)',
  unknownSeverity: 'error',
  entries: [
    { code: 'A1', meaning: 'Certified in total', mark: '✅', outcome: 'certified' },
    { code: 'A2', meaning: 'Certified – partial', mark: '✅', outcome: 'partially-certified' },
    { code: 'A3', meaning: 'Not certified', mark: '✅', outcome: 'not-certified' },
    { code: 'A4', meaning: 'Pended', mark: '✅', outcome: 'pended' },
    { code: 'A6', meaning: 'Modified', mark: '✅', outcome: 'modified' },
    { code: 'C', meaning: 'Cancelled', mark: '✅', outcome: 'cancelled' },
    { code: 'CT', meaning: 'Contact payer', mark: '✅', outcome: 'contact-payer' },
    { code: 'NA', meaning: 'No action required', mark: '✅', outcome: 'no-action-required' },
  ],
});

/** UM01 Request Category Code (element 1525). */
export const REQUEST_CATEGORY_CODES = defineCodeTable({
  element: 'UM01',
  name: 'Request category',
  source: 'DOMAIN.md §2.2 UM01',
  effective: 'ASC X12 005010 (005010X217)',
  unknownSeverity: 'error',
  entries: rows([
    ['AR', 'Admission review', '✅'],
    ['HS', 'Health services review', '✅'],
    ['SC', 'Specialty care review', '✅'],
  ]),
});

/** UM02 Certification Type Code (element 1322). */
export const CERTIFICATION_TYPE_CODES = defineCodeTable({
  element: 'UM02',
  name: 'Certification type',
  source: 'DOMAIN.md §2.2 UM02',
  effective: 'ASC X12 005010 (005010X217)',
  unknownSeverity: 'error',
  entries: rows([
    ['I', 'Initial', '✅'],
    ['R', 'Renewal', '✅'],
    ['S', 'Revised', '✅'],
    ['4', 'Extension', '✅'],
    ['3', 'Cancel', '✅'],
    ['1', 'Appeal – immediate', '✅'],
    ['2', 'Appeal – standard', '✅'],
  ]),
});

/** UM06 Level of Service Code (element 1338). */
export const LEVEL_OF_SERVICE_CODES = defineCodeTable({
  element: 'UM06',
  name: 'Level of service',
  source: 'DOMAIN.md §2.2 UM06 (one implementer document)',
  effective: 'ASC X12 005010 (005010X217)',
  unknownSeverity: 'error',
  entries: rows([
    ['E', 'Elective', '✅'],
    ['U', 'Urgent', '✅'],
    ['03', 'Emergency', '✅'],
  ]),
});

/** REF01 qualifiers read in 278 responses. */
export const REVIEW_REFERENCE_CODES = defineCodeTable({
  element: 'REF01',
  name: 'Review reference qualifier',
  source: '005010X217 REF qualifiers, from memory ⚠️',
  effective: 'ASC X12 005010 (005010X217)',
  unknownSeverity: 'warning',
  entries: rows([
    ['BB', 'Authorization number', '⚠️'],
    ['NT', 'Administrative reference number', '⚠️'],
    ['9F', 'Referral number', '⚠️'],
    ['G1', 'Prior authorization number', '⚠️'],
    ['47', 'Previous review authorization number', '⚠️'],
  ]),
});
