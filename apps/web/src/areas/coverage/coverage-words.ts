// Translated names of the directory's and the eligibility check's codes, falling back to the
// server's own words for a code the catalogue does not hold.
import { useTranslation } from 'react-i18next';
import type { RejectionView } from '@server/modules/coverage/coverage.contracts.ts';

export function useCoverageWords() {
  const { t, i18n } = useTranslation();
  const known = (key: string) => i18n.exists(key);
  return {
    planType: (value: string) => t(`coverage.planTypes.${value}`, { defaultValue: value }),
    contractStatus: (value: string) =>
      t(`coverage.contractStatuses.${value}`, { defaultValue: value }),
    billingModel: (value: string) => t(`coverage.billingModels.${value}`, { defaultValue: value }),
    therapy: (value: string) => t(`coverage.therapies.${value}`, { defaultValue: value }),
    status: (value: string) => t(`coverage.statuses.${value}`, { defaultValue: value }),
    trigger: (value: string) => t(`coverage.triggers.${value}`, { defaultValue: value }),
    serviceType: (code: string, meaning: string) =>
      known(`coverage.benefits.serviceTypes.${code}`)
        ? t(`coverage.benefits.serviceTypes.${code}`)
        : meaning,
    /** What to do about a rejection: our words for its code, else for its category, else the server's. */
    rejectionAction: (rejection: RejectionView) => {
      if (known(`coverage.rejection.actions.${rejection.code}`))
        return t(`coverage.rejection.actions.${rejection.code}`);
      if (i18n.language === 'en') return rejection.action;
      if (known(`coverage.rejection.categories.${rejection.category}`))
        return t(`coverage.rejection.categories.${rejection.category}`);
      return rejection.action;
    },
  };
}

/**
 * Badge colours (always with words). Light badges only, and only colours whose shade 9 on shade 0
 * keeps 4.5:1 (green, yellow and orange do not).
 */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  active: 'teal',
  inactive: 'red',
  rejected: 'grape',
  error: 'red',
  unverified: 'gray',
  lapsed: 'violet',
};
