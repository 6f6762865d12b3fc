// One version of the estimate in full: status, demo-pricing label, the therapy plan counted, the
// whole course and each month line by line, the chart, assistance, assumptions, presenting it to
// the patient, the acknowledgement and the PDF.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconFileTypePdf, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EstimateDetail } from '@server/modules/financial/estimates.contracts.ts';
import { api } from '../../api/http.ts';
import { formatDate, formatDateTime } from '../../shell/format.ts';
import { EstimateAcknowledgement } from './estimate-acknowledgement.tsx';
import { EstimateMonthTable } from './estimate-month-table.tsx';
import { formatMoney, formatMonth, formatRate } from './financial-format.ts';
import { PatientShareChart } from './patient-share-chart.tsx';
import { useFinancialError } from './use-financial-error.ts';
import { useFinancialWords } from './use-financial-words.ts';

const STATUS_COLOR = {
  draft: 'gray',
  presented: 'blue',
  acknowledged: 'teal',
  superseded: 'gray',
} as const;

function Figure({
  label,
  cents,
  strong = false,
}: {
  label: string;
  cents: number;
  strong?: boolean;
}) {
  const { i18n } = useTranslation();
  return (
    <div>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text fw={strong ? 700 : 500} size={strong ? 'lg' : 'md'}>
        {formatMoney(cents, i18n.language)}
      </Text>
    </div>
  );
}

function TherapyPlan({ estimate }: { estimate: EstimateDetail }) {
  const { t, i18n } = useTranslation();
  const plan = estimate.therapyPlan;
  const { nursing } = plan;
  return (
    <Text size="sm">
      {t('financial.estimate.therapy', {
        start: formatDate(plan.startDate, i18n.language),
        days: plan.durationDays,
        dose: `${plan.dose.value} ${plan.dose.unit}`,
        frequency: plan.frequency,
      })}
      {'. '}
      {t(
        `financial.estimate.nursing.${nursing.schedule === 'weekly' ? 'weekly' : 'each-dose-day'}`,
        {
          hours: nursing.hoursPerVisit,
          first: nursing.firstVisitHours ?? nursing.hoursPerVisit,
          perWeek: nursing.visitsPerWeek ?? 1,
        },
      )}{' '}
      ({t(`financial.estimate.nursing.${nursing.origin}`)})
    </Text>
  );
}

export function EstimateView({
  estimate,
  mayUpdate,
}: {
  estimate: EstimateDetail;
  mayUpdate: boolean;
}) {
  const { t, i18n } = useTranslation();
  const words = useFinancialWords();
  const describe = useFinancialError();
  const client = useQueryClient();
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const present = useMutation({
    mutationFn: () => api('POST', `/api/estimates/${estimate.id}/present`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['estimates'] }),
  });
  const totals = estimate.totals;
  return (
    <Stack gap="md" data-testid="estimate-view">
      <Group gap="sm">
        <Title order={4} size="h5">
          {t('financial.estimate.version', { version: estimate.version })}
        </Title>
        <Badge color={STATUS_COLOR[estimate.status]} variant="light" data-testid="estimate-status">
          {t(`financial.estimate.status.${estimate.status}`)}
        </Badge>
        <Text size="sm" c="gray.7">
          {t('financial.estimate.planType', {
            planType: t(`financial.planTypes.${estimate.planType}`),
          })}
        </Text>
      </Group>
      {estimate.isDemoPricing && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          data-testid="demo-pricing"
        >
          {t('financial.estimate.demoPricing')}
        </Alert>
      )}
      {estimate.eligibilityCheckedAt && (
        <Text size="sm" c="gray.7">
          {t('financial.estimate.checkedAt', {
            date: formatDateTime(estimate.eligibilityCheckedAt, i18n.language),
          })}
        </Text>
      )}
      <TherapyPlan estimate={estimate} />
      <Title order={4} size="h5">
        {t('financial.estimate.wholeCourse')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="estimate-totals">
        <Figure label={t('financial.estimate.allowed')} cents={totals.allowedCents} />
        <Figure label={t('financial.estimate.insurancePays')} cents={totals.payerCents} />
        <Figure label={t('financial.estimate.patientShare')} cents={totals.patientCents} />
        <Figure label={t('financial.estimate.assistance')} cents={totals.assistanceCents} />
        <Figure
          label={t('financial.estimate.patientPays')}
          cents={totals.patientAfterAssistanceCents}
          strong
        />
      </SimpleGrid>
      {estimate.assistanceSteps.length > 0 && (
        <List size="sm">
          {estimate.assistanceSteps.map((step) => (
            <List.Item key={step.programId}>
              {t('financial.estimate.assistanceApplied', {
                program: t(`financial.programs.${step.programId}`, { defaultValue: step.label }),
                amount: money(step.appliedCents),
              })}{' '}
              (
              {step.rate !== null
                ? t('financial.estimate.assistanceRate', {
                    rate: formatRate(step.rate, i18n.language),
                  })
                : t('financial.estimate.assistanceGrant', { amount: money(step.grantCents ?? 0) })}
              )
            </List.Item>
          ))}
        </List>
      )}
      <PatientShareChart estimate={estimate} />
      {estimate.months.map((month) => (
        <Stack gap={4} key={month.month}>
          <Title order={4} size="h6">
            {t('financial.estimate.monthHeading', {
              month: formatMonth(month.month, i18n.language),
              amount: money(month.totals.patientAfterAssistanceCents),
            })}
          </Title>
          <EstimateMonthTable month={month} />
        </Stack>
      ))}
      {estimate.assumptions.length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('financial.assumptions.title')}
          </Title>
          <List size="sm" data-testid="estimate-assumptions">
            {estimate.assumptions.map((a, index) => (
              <List.Item key={`${a.code}-${String(index)}`}>
                {words.assumption(a.code, a.params)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {estimate.presentedAt && (
        <Text size="sm">
          {t('financial.estimate.presented', {
            name: estimate.presentedBy ?? '—',
            date: formatDateTime(estimate.presentedAt, i18n.language),
          })}
        </Text>
      )}
      {mayUpdate && estimate.isLatest && estimate.status === 'draft' && (
        <Stack gap={4}>
          <Text size="sm" c="gray.7">
            {t('financial.estimate.presentHelp')}
          </Text>
          <Group>
            <Button
              onClick={() => present.mutate()}
              loading={present.isPending}
              data-testid="present-estimate"
            >
              {t('financial.estimate.present')}
            </Button>
          </Group>
          {present.error && (
            <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
              {describe(present.error)}
            </Alert>
          )}
        </Stack>
      )}
      <EstimateAcknowledgement estimate={estimate} mayRecord={mayUpdate} />
      <Group gap="md">
        <Anchor
          href={`/api/estimates/${estimate.id}.pdf?language=en`}
          target="_blank"
          rel="noopener"
        >
          <Group gap={4} component="span">
            <IconFileTypePdf size={16} aria-hidden />
            {t('financial.estimate.pdf')}
          </Group>
        </Anchor>
        <Anchor
          href={`/api/estimates/${estimate.id}.pdf?language=zh-CN`}
          target="_blank"
          rel="noopener"
        >
          <Group gap={4} component="span">
            <IconFileTypePdf size={16} aria-hidden />
            {t('financial.estimate.pdfChinese')}
          </Group>
        </Anchor>
      </Group>
    </Stack>
  );
}
