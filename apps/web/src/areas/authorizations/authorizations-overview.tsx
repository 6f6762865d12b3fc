// Authorizations needing action, for reimbursement: drafts to send, requests awaiting the payer
// with the time left (late ones say "late" in words, with an icon), denials to appeal, approvals
// ending within 14 days and approvals with 80% of their units used. Filters by what is needed,
// service line and patient name. Shown as a tab of the coverage page and on /authorizations.
import {
  Anchor,
  Badge,
  Center,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewItem } from '@server/modules/authorizations/authorizations.contracts.ts';
import {
  OVERVIEW_FILTERS,
  SERVICE_LINES,
  type OverviewFilter,
  type ServiceLine,
} from '@server/modules/authorizations/authorization-vocabulary.ts';
import { formatDate } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { DeadlineText, StatusBadge, UnitsProgress } from './authorization-bits.tsx';
import { useOverview } from './use-authorizations.ts';
import { useAuthorizationWords } from './use-authorization-words.ts';

const FLAG_COLOR: Readonly<Record<string, string>> = {
  late: 'red',
  denied: 'red',
  expiring: 'orange',
  'units-low': 'orange',
  draft: 'gray',
  'awaiting-decision': 'blue',
};

function Row({ item }: { item: OverviewItem }) {
  const { t, i18n } = useTranslation();
  const words = useAuthorizationWords();
  const a = item.authorization;
  const flags = item.flags.filter((f) => f !== 'needs-action' && f !== 'awaiting-decision');
  return (
    <Table.Tr data-testid="overview-row">
      <Table.Th scope="row">
        <Anchor component={Link} to={`/authorizations/admission/${a.admissionId}`} size="sm">
          {item.patientName}
        </Anchor>
        <Text size="xs" c="gray.7">
          {item.drugName}
          {item.payerName ? ` · ${item.payerName}` : ''}
        </Text>
      </Table.Th>
      <Table.Td>
        <Text size="sm">
          {words.serviceLine(a.serviceLine)} · {a.procedureCode}
        </Text>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={a.status} />
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {flags.map((flag) => (
            <Badge
              key={flag}
              variant="outline"
              color={FLAG_COLOR[flag] ?? 'gray'}
              style={{ textTransform: 'none' }}
            >
              {words.flag(flag)}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <DeadlineText deadline={a.deadline} />
      </Table.Td>
      <Table.Td>
        {a.approvedEnd ? (
          <Text size="sm">{formatDate(a.approvedEnd, i18n.language)}</Text>
        ) : (
          <Text c="gray.7">—</Text>
        )}
      </Table.Td>
      <Table.Td>
        {a.unitsApproved === null ? (
          <Text c="gray.7" size="sm">
            {t('authorizations.overview.noApproval')}
          </Text>
        ) : (
          <UnitsProgress authorization={a} />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export default function AuthorizationsOverview() {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const [filter, setFilter] = useState<OverviewFilter>('needs-action');
  const [serviceLine, setServiceLine] = useState<ServiceLine | ''>('');
  const [search, setSearch] = useState('');
  const query = useOverview({
    filter,
    ...(serviceLine ? { serviceLine } : {}),
    ...(search.trim().length >= 2 ? { search: search.trim() } : {}),
  });
  const counts = query.data?.counts ?? {};
  return (
    <Stack gap="md" component="section" aria-labelledby="authorizations-overview-title">
      <Title order={2} size="h3" id="authorizations-overview-title">
        {t('authorizations.overview.title')}
      </Title>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('authorizations.overview.show')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value as OverviewFilter)}
          data={OVERVIEW_FILTERS.map((f) => ({
            value: f,
            label: `${words.flag(f)} (${String(counts[f] ?? 0)})`,
          }))}
        />
        <NativeSelect
          label={t('authorizations.overview.serviceLine')}
          value={serviceLine}
          data={[
            { value: '', label: t('authorizations.overview.allLines') },
            ...SERVICE_LINES.map((line) => ({ value: line, label: words.serviceLine(line) })),
          ]}
          onChange={(e) => setServiceLine(e.currentTarget.value as ServiceLine | '')}
        />
        <TextInput
          label={t('authorizations.overview.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      {query.isPending ? (
        <Center py="lg">
          <Loader aria-label={t('authorizations.loading')} />
        </Center>
      ) : query.isError ? (
        <QueryError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Text c="gray.7">{t('authorizations.overview.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>
              {t('authorizations.overview.caption', { filter: words.flag(filter) })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('authorizations.overview.patient')}</Table.Th>
                <Table.Th scope="col">{t('authorizations.table.service')}</Table.Th>
                <Table.Th scope="col">{t('authorizations.table.status')}</Table.Th>
                <Table.Th scope="col">{t('authorizations.overview.needs')}</Table.Th>
                <Table.Th scope="col">{t('authorizations.table.deadline')}</Table.Th>
                <Table.Th scope="col">{t('authorizations.overview.approvedEnd')}</Table.Th>
                <Table.Th scope="col">{t('authorizations.table.units')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((item) => (
                <Row key={item.authorization.id} item={item} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
