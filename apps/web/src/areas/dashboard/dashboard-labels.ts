// Translated names for what the dashboard groups and counts: therapies, stages, reasons, groups.
// Unknown codes (a reason an administrator added, a new therapy) fall back to the stored label.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMISSION_STAGES, nextStage, type AdmissionStage } from '@infusio/domain/intake';
import type {
  GroupBy,
  GroupFigures,
  ReasonCount,
} from '@server/modules/analytics/analytics.contracts.ts';

/** Every grouping, in the order the selector offers them (a Record so none can be forgotten). */
export const GROUP_BY_ORDER: Readonly<Record<GroupBy, number>> = {
  therapy: 0,
  payer: 1,
  'referral-source': 2,
  branch: 3,
  none: 4,
};

export const GROUP_BY_OPTIONS = (Object.keys(GROUP_BY_ORDER) as GroupBy[]).sort(
  (a, b) => GROUP_BY_ORDER[a] - GROUP_BY_ORDER[b],
);

export function useDashboardLabels(groupBy: GroupBy) {
  const { t } = useTranslation();
  const stage = useCallback(
    (code: string) => t(`dashboard.stageNames.${code}`, { defaultValue: code }),
    [t],
  );
  /** A stay in a stage is the wait for the next one: "Benefits verified → Authorized". */
  const stageWait = useCallback(
    (code: string) => {
      const known = ADMISSION_STAGES.find((s): s is AdmissionStage => s === code);
      const next = known ? nextStage(known) : undefined;
      return next ? t('dashboard.stageWait', { from: stage(code), to: stage(next) }) : stage(code);
    },
    [stage, t],
  );
  const reason = useCallback(
    (r: Pick<ReasonCount, 'kind' | 'code' | 'label'>) =>
      t(`dashboard.reasonNames.${r.kind}.${r.code}`, { defaultValue: r.label }),
    [t],
  );
  const group = useCallback(
    (g: Pick<GroupFigures, 'key' | 'label'>) => {
      if (groupBy === 'none') return t('dashboard.groupBy.none');
      if (g.key === null) return t('dashboard.notRecorded');
      if (groupBy === 'therapy')
        return t(`dashboard.therapies.${g.key}`, { defaultValue: g.label ?? g.key });
      return g.label ?? g.key;
    },
    [groupBy, t],
  );
  return { stage, stageWait, reason, group };
}
