import type { CodeEntry } from './code-table.ts';
import { defineCodeTable } from './code-table.ts';

export interface TransactionEntry extends CodeEntry {
  /** GS01 functional identifier expected for this ST01. */
  functionalId: string;
  /** GS08 / ST03 implementation guides accepted without a warning. */
  implementations: readonly string[];
  /** HL03 level codes this transaction may use, with the level each must hang under. */
  hierarchy: Readonly<Record<string, readonly string[]>>;
}

const ELIGIBILITY_LEVELS = { '20': [], '21': ['20'], '22': ['21'], '23': ['22'] } as const;

/** ST01 transactions Infusio meets, with their envelope expectations. */
export const TRANSACTION_CODES = defineCodeTable<TransactionEntry>({
  element: 'ST01',
  name: 'Transaction set',
  source:
    'DOMAIN.md §2 (GS01 HS/HB ⚠️; GS08 005010X279A1, X217, X222A1, X221A1; HL levels 20/21/22 ✅, 23 ⚠️; 278 EV/SS from the TR3 examples in fixtures/external/x12/278)',
  effective: 'ASC X12 005010 HIPAA implementation guides',
  unknownSeverity: 'warning',
  entries: [
    {
      code: '270',
      meaning: 'Eligibility, coverage or benefit inquiry',
      mark: '✅',
      functionalId: 'HS',
      implementations: ['005010X279A1'],
      hierarchy: ELIGIBILITY_LEVELS,
    },
    {
      code: '271',
      meaning: 'Eligibility, coverage or benefit information',
      mark: '✅',
      functionalId: 'HB',
      implementations: ['005010X279A1'],
      hierarchy: ELIGIBILITY_LEVELS,
    },
    {
      code: '278',
      meaning: 'Health care services review (prior authorization)',
      mark: '⚠️',
      functionalId: 'HI',
      implementations: ['005010X217'],
      hierarchy: {
        '20': [],
        '21': ['20'],
        '22': ['21'],
        '23': ['22'],
        EV: ['22', '23'],
        SS: ['EV'],
      },
    },
    {
      code: '835',
      meaning: 'Health care claim payment/advice',
      mark: '✅',
      functionalId: 'HP',
      implementations: ['005010X221A1'],
      hierarchy: {},
    },
    {
      code: '837',
      meaning: 'Health care claim',
      mark: '⚠️',
      functionalId: 'HC',
      implementations: ['005010X222A1', '005010X222A2', '005010X223A2', '005010X223A3'],
      hierarchy: { '20': [], '22': ['20'], '23': ['22'] },
    },
    {
      code: '999',
      meaning: 'Implementation acknowledgment',
      mark: '⚠️',
      functionalId: 'FA',
      implementations: ['005010X231A1'],
      hierarchy: {},
    },
  ],
});
