import {
  Anchor,
  Badge,
  Group,
  Pagination,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListPatientsResponse } from '@server/modules/patients/patients.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { formatDate } from '../../shell/format.ts';

const PAGE_SIZE = 25;

export function PatientsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('areas.patients.label'));
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({
    queryKey: ['patients', debounced, page],
    queryFn: () =>
      api<ListPatientsResponse>(
        'GET',
        `/api/patients?${new URLSearchParams({ search: debounced, page: String(page), pageSize: String(PAGE_SIZE) }).toString()}`,
      ),
    placeholderData: keepPreviousData,
  });
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / PAGE_SIZE));

  return (
    <Stack>
      <Title order={1}>{t('areas.patients.label')}</Title>
      <TextInput
        label={t('patients.search')}
        description={t('patients.searchHelp')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        maw={420}
      />
      {query.error && <QueryError error={query.error} />}
      {query.data && (
        <>
          <Text size="sm" c="gray.7" aria-live="polite">
            {t('patients.count', { count: query.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('patients.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('patients.name')}</Table.Th>
                  <Table.Th scope="col">{t('patients.mrn')}</Table.Th>
                  <Table.Th scope="col">{t('patients.birthDate')}</Table.Th>
                  <Table.Th scope="col">{t('patients.city')}</Table.Th>
                  <Table.Th scope="col">{t('patients.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/patients/${p.id}`}>
                        {p.familyName}, {p.givenName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.mrn}</Table.Td>
                    <Table.Td>{formatDate(p.birthDate, i18n.language)}</Table.Td>
                    <Table.Td>
                      {p.city}, {p.state}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={p.status === 'active' ? 'teal' : 'gray'}>
                        {t(`patients.statuses.${p.status}`, { defaultValue: p.status })}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
                getItemProps={(n) => ({ 'aria-label': t('pagination.page', { n }) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

export default PatientsPage;
