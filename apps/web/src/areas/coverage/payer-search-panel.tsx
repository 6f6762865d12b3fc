// Search field and filters with the results as a table that updates as the user types. Each
// plan's name is a button (Tab to reach it, Enter to open); the count is announced politely.
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_TYPES } from '@infusio/domain/coverage';
import { US_STATE_CODES } from '@infusio/domain/identifiers';
import type { PayerPlan } from '@server/modules/coverage/payers.contracts.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useCoverageWords } from './coverage-words.ts';
import { usePayerSearch } from './use-payer-search.ts';

export function PayerSearchPanel({
  selectedId,
  onOpen,
}: {
  selectedId: string | null;
  onOpen: (plan: PayerPlan) => void;
}) {
  const { t } = useTranslation();
  const words = useCoverageWords();
  const [q, setQ] = useState('');
  const [planType, setPlanType] = useState<string | null>(null);
  const [state, setState] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const search = usePayerSearch({ q, planType, state, includeInactive, limit: 25 });
  const items = search.data?.items ?? [];

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label={t('coverage.directory.search')}
        description={t('coverage.directory.searchHelp')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          search.isSettling ? (
            <Loader size="xs" aria-label={t('coverage.directory.searching')} />
          ) : null
        }
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        autoComplete="off"
        data-testid="payer-search"
      />
      <Group grow align="flex-end">
        <Select
          label={t('coverage.directory.planType')}
          placeholder={t('coverage.directory.anyPlanType')}
          data={PLAN_TYPES.map((value) => ({ value, label: words.planType(value) }))}
          value={planType}
          onChange={setPlanType}
          clearable
        />
        <Select
          label={t('coverage.directory.state')}
          placeholder={t('coverage.directory.anyState')}
          data={[...US_STATE_CODES]}
          value={state}
          onChange={setState}
          searchable
          clearable
        />
      </Group>
      <Checkbox
        label={t('coverage.directory.showInactive')}
        checked={includeInactive}
        onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
      />
      {search.error && <QueryError error={search.error} />}
      <Text size="sm" c="gray.7" aria-live="polite" data-testid="payer-result-count">
        {search.data &&
          (items.length === 0 && search.debouncedQuery.trim()
            ? t('coverage.directory.noResults', { q: search.debouncedQuery.trim() })
            : t('coverage.directory.results', {
                count: items.length,
                total: search.data.directorySize,
              }))}
      </Text>
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table highlightOnHover data-testid="payer-results">
            <Table.Caption>{t('coverage.directory.resultsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('coverage.directory.columns.plan')}</Table.Th>
                <Table.Th scope="col">{t('coverage.directory.columns.payerId')}</Table.Th>
                <Table.Th scope="col">{t('coverage.directory.columns.type')}</Table.Th>
                <Table.Th scope="col">{t('coverage.directory.columns.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((plan) => (
                <Table.Tr key={plan.id} bg={plan.id === selectedId ? 'blue.0' : undefined}>
                  <Table.Th scope="row">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => onOpen(plan)}
                      aria-pressed={plan.id === selectedId}
                      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                    >
                      {plan.planName}
                    </Button>
                    {!plan.active && (
                      <Badge color="gray" variant="outline" ml="xs">
                        {t('coverage.directory.inactive')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{plan.payerId}</Table.Td>
                  <Table.Td>{words.planType(plan.planType)}</Table.Td>
                  <Table.Td>{plan.state ?? t('coverage.directory.national')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
