import { Button, Card, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  GroupBy,
  IntakeDashboardResponse,
} from '@server/modules/analytics/analytics.contracts.ts';
import type { FieldProblem } from '../../api/http.ts';
import type { DashboardFilters as Filters } from './dashboard-format.ts';
import { GROUP_BY_OPTIONS } from './dashboard-labels.ts';

interface DashboardFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  branches: IntakeDashboardResponse['branches'];
  /** Server field errors for the range (querystring:from / querystring:to). */
  fieldErrors: readonly FieldProblem[];
  /** The CSV of what is shown; undefined while there is nothing valid to download. */
  csvHref: string | undefined;
}

function isGroupBy(value: string): value is GroupBy {
  return (GROUP_BY_OPTIONS as readonly string[]).includes(value);
}

/** Dates apply with the button (typing a date passes through invalid ones); selectors at once. */
export function DashboardFilters({
  filters,
  onChange,
  branches,
  fieldErrors,
  csvHref,
}: DashboardFiltersProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const errorFor = (field: string) => {
    const problem = fieldErrors.find((f) => f.field === `querystring:${field}`);
    return problem
      ? t(`dashboard.errors.${problem.code}`, { defaultValue: problem.message })
      : null;
  };

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    onChange({ ...filters, from, to });
  }

  return (
    <Card
      withBorder
      component="form"
      onSubmit={apply}
      aria-label={t('dashboard.filters.label')}
      // Mantine's default error red is below 4.5:1 on white; shade 9 passes (WCAG 1.4.3).
      style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('dashboard.filters.from')}
          value={from}
          max={to}
          required
          onChange={(e) => setFrom(e.currentTarget.value)}
          error={errorFor('from')}
        />
        <TextInput
          type="date"
          label={t('dashboard.filters.to')}
          value={to}
          min={from}
          required
          onChange={(e) => setTo(e.currentTarget.value)}
          error={errorFor('to')}
        />
        <Button type="submit">{t('dashboard.filters.apply')}</Button>
        <NativeSelect
          label={t('dashboard.filters.groupBy')}
          value={filters.groupBy}
          data={GROUP_BY_OPTIONS.map((option) => ({
            value: option,
            label: t(`dashboard.groupBy.${option}`),
          }))}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isGroupBy(value)) onChange({ ...filters, from, to, groupBy: value });
          }}
        />
        {branches.length > 1 && (
          <NativeSelect
            label={t('dashboard.filters.branch')}
            value={filters.branchId}
            data={[
              { value: '', label: t('dashboard.filters.allBranches') },
              ...branches.map((b) => ({ value: b.id, label: b.name })),
            ]}
            onChange={(e) => onChange({ ...filters, from, to, branchId: e.currentTarget.value })}
          />
        )}
        {csvHref && (
          <Button
            component="a"
            href={csvHref}
            download
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            ml="auto"
          >
            {t('dashboard.downloadCsv')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
