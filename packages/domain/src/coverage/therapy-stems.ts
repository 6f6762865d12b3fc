import type { TherapyType } from '../intake/referral-draft.ts';

/**
 * USAN name stems used when a drug is not in the catalog (⚠️ heuristic: a referral still needs a
 * pharmacist to confirm the therapy). Checked in order; chemotherapy stems come before the
 * anti-infective "-mycin" so that mitomycin is not taken for an antibiotic.
 */
export const THERAPY_NAME_STEMS: readonly { pattern: RegExp; therapy: TherapyType }[] = [
  {
    pattern: /(platin|rubicin|taxel|tecan|mustine|citabine|trexate|poside|mitomycin|actinomycin)\b/,
    therapy: 'chemotherapy',
  },
  { pattern: /globulin\b/, therapy: 'ivig' },
  {
    pattern:
      /^(cef|ceph)|(penem|cillin|bactam|floxacin|mycin|micin|vancin|cycline|conazole|fungin|vir)\b/,
    therapy: 'anti-infective',
  },
  { pattern: /mab\b|cept\b/, therapy: 'biologic' },
  { pattern: /parenteral nutrition|amino acids?\b/, therapy: 'parenteral-nutrition' },
];
