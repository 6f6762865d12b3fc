// Words for the journey's stable codes (stages, statuses, preconditions, therapies, flags, reasons,
// roles), durations and the response clock, in the user's language. Codes the catalogue does not
// know yet (a reason an administrator added) fall back to the server's label or the code itself.
import { useTranslation } from 'react-i18next';
import { describeClock, describeDuration, type ClockState } from './admission-format.ts';

export function useAdmissionLabels() {
  const { t } = useTranslation();
  return {
    stage: (code: string) => t(`admissions.stages.${code}`, { defaultValue: code }),
    status: (code: string) => t(`admissions.statuses.${code}`, { defaultValue: code }),
    precondition: (code: string) => t(`admissions.preconditions.${code}`, { defaultValue: code }),
    therapy: (code: string) => t(`admissions.therapies.${code}`, { defaultValue: code }),
    flag: (code: string) => t(`admissions.flags.${code}`, { defaultValue: code }),
    role: (code: string) => t(`roles.${code}`, { defaultValue: code }),
    owner: (code: string) =>
      code === 'referral-source'
        ? t('admissions.referralSource')
        : t(`roles.${code}`, { defaultValue: code }),
    reason: (kind: string, code: string, fallback?: string) =>
      t(`admissions.reasons.${kind}.${code}`, { defaultValue: fallback ?? code }),
    source: (code: string) => t(`admissions.sources.${code}`, { defaultValue: code }),
    ageing: (code: string) => t(`admissions.ageing.${code}`, { defaultValue: code }),
    duration: (hours: number) => {
      const { key, values } = describeDuration(hours);
      return t(`admissions.duration.${key}`, values);
    },
    clock: (clock: { state: ClockState; minutesLeft: number }) => {
      const { key, minutes } = describeClock(clock);
      return t(`admissions.clock.${key}`, { minutes });
    },
  };
}

export type AdmissionLabels = ReturnType<typeof useAdmissionLabels>;
