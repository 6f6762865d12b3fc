// Which benefit pays each part of the therapy (drug, per diem, nursing, pump, supplies), where the
// claim goes, what it needs, and why in words; rules that are not fully verified are flagged.
import { Alert, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BenefitRoutingResponse } from '@server/modules/financial/benefit-routing.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { MarkBadge } from './mark-badge.tsx';
import { useFinancialWords } from './use-financial-words.ts';

function PlanTypeNote({ routing }: { routing: BenefitRoutingResponse }) {
  const { t } = useTranslation();
  const { planType, coverage } = routing;
  switch (planType.source) {
    case 'directory':
      return <Text size="sm">{t('financial.routing.planTypeDirectory')}</Text>;
    case 'no-coverage':
      return <Text size="sm">{t('financial.routing.noCoverage')}</Text>;
    case 'payer-name-guess':
      return (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {planType.matchedPhrase
            ? t('financial.routing.planTypeGuessed', {
                payer: coverage?.payerName ?? '',
                phrase: planType.matchedPhrase,
              })
            : t('financial.routing.planTypeDefaulted', { payer: coverage?.payerName ?? '' })}
        </Alert>
      );
  }
}

export function BenefitRoutingCard({ admissionId }: { admissionId: string }) {
  const { t } = useTranslation();
  const words = useFinancialWords();
  const query = useQuery({
    queryKey: ['benefit-routing', admissionId],
    queryFn: () =>
      api<BenefitRoutingResponse>(
        'GET',
        `/api/admissions/${encodeURIComponent(admissionId)}/benefit-routing`,
      ),
  });
  const routing = query.data;
  return (
    <Stack gap="sm" data-testid="benefit-routing">
      <Title order={3} size="h4">
        {t('financial.routing.title')}
      </Title>
      {query.error && <QueryError error={query.error} />}
      {routing && (
        <>
          <Text>
            {t('financial.routing.summary', {
              drug: routing.drug.name,
              method: t(`financial.methods.${routing.administrationMethod ?? 'unknown'}`),
              planType: t(`financial.planTypes.${routing.planType.planType}`),
            })}
          </Text>
          <PlanTypeNote routing={routing} />
          <Group gap="xs">
            <Text size="sm">
              {t('financial.routing.rule', { rule: routing.ruleId, summary: routing.ruleSummary })}
            </Text>
            <MarkBadge mark={routing.mark} />
          </Group>
          {routing.mark !== 'verified' && (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              {t('financial.routing.unverifiedRule', {
                mark: t(`financial.marks.${routing.mark}`),
              })}
            </Alert>
          )}
          <Text size="xs" c="gray.7">
            {t('financial.routing.source', { source: routing.source })}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" data-testid="routing-table">
              <Table.Caption>{t('financial.routing.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(
                    [
                      'component',
                      'benefit',
                      'codes',
                      'destination',
                      'documentation',
                      'why',
                    ] as const
                  ).map((column) => (
                    <Table.Th scope="col" key={column}>
                      {t(`financial.routing.columns.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {routing.components.map((c) => (
                  <Table.Tr key={c.component} data-testid={`routing-${c.component}`}>
                    <Table.Th scope="row">{t(`financial.components.${c.component}`)}</Table.Th>
                    <Table.Td>
                      {t(`financial.benefits.${c.benefit}`)}
                      {c.bundledInto && (
                        <Text size="xs" c="gray.7">
                          {t('financial.routing.bundled', {
                            into: t(`financial.components.${c.bundledInto}`),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {c.codes.length === 0
                        ? t('financial.routing.noCodes')
                        : c.codes
                            .map((code) => code.code + (code.modifier ? `-${code.modifier}` : ''))
                            .join(', ')}
                    </Table.Td>
                    <Table.Td>{t(`financial.destinations.${c.destination}`)}</Table.Td>
                    <Table.Td>
                      {c.documentation.length > 0 && (
                        <List size="xs" spacing={2}>
                          {c.documentation.map((d) => (
                            <List.Item key={d}>{t(`financial.documentation.${d}`)}</List.Item>
                          ))}
                        </List>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{words.explain(c.explanation)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {routing.warnings.length > 0 && (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              <Text fw={600} size="sm">
                {t('financial.routing.warningsTitle')}
              </Text>
              <List size="sm">
                {routing.warnings.map((w) => (
                  <List.Item key={w.key}>{words.explain(w)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
