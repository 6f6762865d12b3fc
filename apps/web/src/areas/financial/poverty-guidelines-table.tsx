// The poverty guideline rows screening uses, with DOMAIN.md's marks (Alaska and Hawaii increments
// are unverified placeholders) and whether an administrator entered them.
import { Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PovertyGuidelinesResponse } from '@server/modules/financial/assistance.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { formatMoney } from './financial-format.ts';
import { MarkBadge } from './mark-badge.tsx';

export function PovertyGuidelinesTable() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['poverty-guidelines'],
    queryFn: () => api<PovertyGuidelinesResponse>('GET', '/api/configuration/poverty-guidelines'),
  });
  if (query.error) return <QueryError error={query.error} />;
  const rows = query.data?.rows ?? [];
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped fz="sm" verticalSpacing={4} data-testid="poverty-guidelines">
        <Table.Caption>{t('financial.assistance.guidelinesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['year', 'region', 'base', 'increment', 'mark', 'origin'] as const).map((c) => (
              <Table.Th scope="col" key={c}>
                {t(`financial.assistance.guidelineColumns.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${String(row.year)}-${row.region}`}>
              <Table.Th scope="row">{row.year}</Table.Th>
              <Table.Td>{t(`financial.assistance.regions.${row.region}`)}</Table.Td>
              <Table.Td>{formatMoney(row.baseCents, i18n.language)}</Table.Td>
              <Table.Td>{formatMoney(row.incrementCents, i18n.language)}</Table.Td>
              <Table.Td>
                <MarkBadge mark={row.mark} />
              </Table.Td>
              <Table.Td>{t(`financial.assistance.origins.${row.origin}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
