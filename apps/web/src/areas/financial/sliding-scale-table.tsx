// The sliding scale screening uses: the organisation's policy (name, version, who decided it) or the
// built-in default, its tiers by % of the poverty guideline, and the note that the tiers are our
// policy choice, not a standard (DOMAIN.md §5.2 marks them unverified).
import { Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SlidingScaleResponse } from '@server/modules/financial/sliding-scale.contracts.ts';
import { api } from '../../api/http.ts';
import { formatDateTime } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { formatRate } from './financial-format.ts';
import { MarkBadge } from './mark-badge.tsx';

export const SLIDING_SCALE_QUERY_KEY = ['sliding-scale'] as const;

export function useSlidingScale() {
  return useQuery({
    queryKey: SLIDING_SCALE_QUERY_KEY,
    queryFn: () => api<SlidingScaleResponse>('GET', '/api/configuration/sliding-scale'),
  });
}

export function SlidingScaleTable({ policy }: { policy: SlidingScaleResponse }) {
  const { t, i18n } = useTranslation();
  const last = policy.tiers.length - 1;
  const previousBound = (index: number) => policy.tiers[index - 1]?.upToPercentFpl ?? null;
  return (
    <Stack gap={4} data-testid="sliding-scale-in-use">
      <Group gap="xs">
        <Text size="sm" fw={600} data-testid="sliding-scale-name">
          {policy.name}
        </Text>
        <MarkBadge mark={policy.mark} />
      </Group>
      <Text size="sm" c="gray.7">
        {policy.origin === 'organisation' && policy.updatedAt
          ? t('financial.assistance.scale.organisation', {
              version: policy.version,
              decidedBy: policy.decidedBy,
              date: formatDateTime(policy.updatedAt, i18n.language),
            })
          : t('financial.assistance.scale.default')}{' '}
        {t('financial.assistance.scale.policyChoice')}
      </Text>
      <Table.ScrollContainer minWidth={360}>
        <Table striped fz="sm" verticalSpacing={4} data-testid="sliding-scale-tiers">
          <Table.Caption>{t('financial.assistance.scale.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('financial.assistance.scale.income')}</Table.Th>
              <Table.Th scope="col">{t('financial.assistance.scale.discount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policy.tiers.map((tier, index) => {
              const before = previousBound(index);
              const income =
                tier.upToPercentFpl !== null
                  ? t('financial.assistance.scale.upTo', { percent: tier.upToPercentFpl })
                  : before !== null
                    ? t('financial.assistance.scale.above', { percent: before })
                    : t('financial.assistance.scale.everyIncome');
              return (
                <Table.Tr key={index === last ? 'open' : String(tier.upToPercentFpl)}>
                  <Table.Th scope="row">{income}</Table.Th>
                  <Table.Td>{formatRate(tier.discountRate, i18n.language)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The policy in use, fetched (for the assistance section). */
export function SlidingScaleInUse() {
  const query = useSlidingScale();
  if (query.error) return <QueryError error={query.error} />;
  return query.data ? <SlidingScaleTable policy={query.data} /> : null;
}
