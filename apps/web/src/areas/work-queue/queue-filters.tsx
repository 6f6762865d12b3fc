// The work queue's filters: stage, therapy, claimed (mine / unclaimed / all), ageing and flag.
import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ADMISSION_STAGES } from '@infusio/domain/intake';
import type { QueueQuery } from '@server/modules/intake/intake.contracts.ts';
import { THERAPIES, PRIORITY_FLAGS } from '../admissions/admission-codes.ts';
import { useAdmissionLabels } from '../admissions/use-admission-labels.ts';

export type QueueFilters = Required<{ [K in keyof QueueQuery]: string }>;

export const NO_FILTERS: QueueFilters = {
  stage: '',
  therapy: '',
  claimed: 'all',
  ageing: '',
  flag: '',
};

/** The query string of the filters that are set. */
export function filterQuery(filters: QueueFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params.toString();
}

export function QueueFiltersBar({
  filters,
  onChange,
}: {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
}) {
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  const any = { value: '', label: t('workQueue.filters.any') };
  const set = (key: keyof QueueFilters) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...filters, [key]: e.currentTarget.value });
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 5 }}
      role="group"
      aria-label={t('workQueue.filters.title')}
    >
      <NativeSelect
        label={t('workQueue.filters.stage')}
        value={filters.stage}
        onChange={set('stage')}
        data={[any, ...ADMISSION_STAGES.map((s) => ({ value: s, label: labels.stage(s) }))]}
      />
      <NativeSelect
        label={t('workQueue.filters.therapy')}
        value={filters.therapy}
        onChange={set('therapy')}
        data={[any, ...THERAPIES.map((s) => ({ value: s, label: labels.therapy(s) }))]}
      />
      <NativeSelect
        label={t('workQueue.filters.claimed')}
        value={filters.claimed}
        onChange={set('claimed')}
        data={(['all', 'mine', 'unclaimed'] as const).map((v) => ({
          value: v,
          label: t(`workQueue.filters.claimedOptions.${v}`),
        }))}
      />
      <NativeSelect
        label={t('workQueue.filters.ageing')}
        value={filters.ageing}
        onChange={set('ageing')}
        data={[
          any,
          ...(['fresh', 'ageing', 'overdue'] as const).map((v) => ({
            value: v,
            label: labels.ageing(v),
          })),
        ]}
      />
      <NativeSelect
        label={t('workQueue.filters.flag')}
        value={filters.flag}
        onChange={set('flag')}
        data={[any, ...PRIORITY_FLAGS.map((f) => ({ value: f, label: labels.flag(f) }))]}
      />
    </SimpleGrid>
  );
}
