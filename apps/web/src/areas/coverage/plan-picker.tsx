// Linking a coverage to its directory plan: the plans the server suggests from the payer name the
// referral gave, and a search field for any other; each plan has its own "Link" button.
import { Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSuggestionsResponse } from '@server/modules/coverage/coverage.contracts.ts';
import type { PayerPlan } from '@server/modules/coverage/payers.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useCoverageWords } from './coverage-words.ts';
import { usePayerSearch } from './use-payer-search.ts';

export function PlanPicker({
  coverageId,
  patientState,
  onPick,
  picking,
}: {
  coverageId: string;
  patientState: string;
  onPick: (plan: PayerPlan) => void;
  picking: boolean;
}) {
  const { t } = useTranslation();
  const words = useCoverageWords();
  const [q, setQ] = useState('');
  const suggestions = useQuery({
    queryKey: ['plan-suggestions', coverageId],
    queryFn: () =>
      api<PlanSuggestionsResponse>('GET', `/api/coverages/${coverageId}/plan-suggestions`),
  });
  const search = usePayerSearch({
    q,
    planType: null,
    state: patientState,
    limit: 8,
    enabled: q.trim() !== '',
  });
  const searching = q.trim() !== '';
  const plans = searching ? (search.data?.items ?? []) : (suggestions.data?.items ?? []);
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('coverage.panel.searchPlan')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        autoComplete="off"
      />
      {(suggestions.error ?? search.error) && (
        <QueryError error={suggestions.error ?? search.error} />
      )}
      <Text size="sm" c="gray.7" aria-live="polite">
        {searching
          ? t('coverage.directory.results', {
              count: plans.length,
              total: search.data?.directorySize ?? 0,
            })
          : suggestions.data &&
            (plans.length > 0
              ? t('coverage.panel.suggestions', { query: suggestions.data.query })
              : t('coverage.panel.noSuggestions'))}
      </Text>
      {plans.length > 0 && (
        <Table>
          <Table.Caption>{t('coverage.panel.planChoices')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('coverage.directory.columns.plan')}</Table.Th>
              <Table.Th scope="col">{t('coverage.directory.columns.type')}</Table.Th>
              <Table.Th scope="col">{t('coverage.directory.columns.state')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('coverage.panel.linkColumn')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Th scope="row">
                  {plan.planName}
                  <Text size="sm" c="gray.7">
                    {plan.payerName} · {plan.payerId}
                  </Text>
                </Table.Th>
                <Table.Td>{words.planType(plan.planType)}</Table.Td>
                <Table.Td>{plan.state ?? t('coverage.directory.national')}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    onClick={() => onPick(plan)}
                    loading={picking}
                    aria-label={t('coverage.panel.link', { name: plan.planName })}
                  >
                    {t('coverage.panel.linkShort')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
