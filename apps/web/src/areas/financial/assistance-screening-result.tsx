// The latest screening: where the income stands against the poverty guideline, the sliding scale,
// and each program's status with the reasons in words; eligible programs can be applied for.
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  Application,
  CreateApplicationRequest,
  Screening,
} from '@server/modules/financial/assistance.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { formatMoney, formatRate } from './financial-format.ts';
import { MarkBadge } from './mark-badge.tsx';
import { useFinancialWords } from './use-financial-words.ts';

const STATUS_COLOR = {
  eligible: 'teal',
  conditional: 'blue',
  'case-by-case': 'violet',
  refer: 'grape',
  'not-eligible': 'gray',
} as const;

export function AssistanceScreeningResult({
  screening,
  mayApply,
}: {
  screening: Screening;
  mayApply: boolean;
}) {
  const { t, i18n } = useTranslation();
  const words = useFinancialWords();
  const client = useQueryClient();
  const apply = useMutation({
    mutationFn: (body: CreateApplicationRequest) =>
      api<Application>(
        'POST',
        `/api/patients/${encodeURIComponent(screening.patientId)}/assistance-applications`,
        body,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['assistance', screening.patientId] }),
  });
  return (
    <Stack gap="xs" data-testid="screening-result">
      <Group gap="xs">
        <Text size="sm">
          {t('financial.assistance.result', {
            percent: screening.percentOfPovertyLevel,
            year: screening.year,
            guideline: formatMoney(screening.povertyGuidelineCents, i18n.language),
            size: screening.householdSize,
            region: t(`financial.assistance.regions.${screening.region}`),
          })}
        </Text>
        <MarkBadge mark={screening.guidelineMark} />
        {screening.guidelineOrigin === 'override' && (
          <Badge variant="outline" color="gray" tt="none">
            {t('financial.assistance.guidelineOverride')}
          </Badge>
        )}
      </Group>
      <Text size="sm">
        {t('financial.assistance.slidingScale', {
          discount: formatRate(screening.slidingScale.discountRate, i18n.language),
          status: t(`financial.assistance.programStatus.${screening.slidingScale.status}`, {
            defaultValue: screening.slidingScale.status,
          }),
        })}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing={4} fz="sm" data-testid="programs-table">
          <Table.Caption>{t('financial.assistance.programsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {(['program', 'status', 'why', 'mark', 'action'] as const).map((c) => (
                <Table.Th scope="col" key={c}>
                  {t(`financial.assistance.columns.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {screening.programs.map((p) => {
              const name = t(`financial.programs.${p.programId}`, { defaultValue: p.name });
              return (
                <Table.Tr key={p.programId} data-testid={`program-${p.programId}`}>
                  <Table.Th scope="row" fw={500}>
                    {name}
                  </Table.Th>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[p.status]} variant="light" tt="none">
                      {t(`financial.assistance.programStatus.${p.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{p.reasons.map((r) => words.explain(r)).join(' ')}</Table.Td>
                  <Table.Td>
                    <MarkBadge mark={p.mark} />
                  </Table.Td>
                  <Table.Td>
                    {mayApply && p.status !== 'not-eligible' && (
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('financial.assistance.applyNamed', { program: name })}
                        loading={apply.isPending && apply.variables.programId === p.programId}
                        onClick={() =>
                          apply.mutate({
                            programId: p.programId,
                            screeningId: screening.id,
                            ...(screening.admissionId
                              ? { admissionId: screening.admissionId }
                              : {}),
                          })
                        }
                      >
                        {t('financial.assistance.apply')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {apply.error && <QueryError error={apply.error} />}
    </Stack>
  );
}
