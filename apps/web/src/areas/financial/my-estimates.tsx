// The patient's (or caregiver's) estimate in the portal: in English or Simplified Chinese (the
// patient's language first), per month and for the whole therapy, each line in plain words, and
// "I have reviewed this estimate", recorded with the exact version and the language shown.
import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconFileTypePdf, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  MyAcknowledgeRequest,
  MyEstimate,
  MyEstimatesResponse,
} from '@server/modules/financial/my-estimates.contracts.ts';
import { api, ApiError } from '../../api/http.ts';
import { formatDate, formatDateTime } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { formatMoney, formatMonth } from './financial-format.ts';
import { MyEstimateMonth } from './my-estimate-lines.tsx';

type Language = 'en' | 'zh-CN';

function Total({
  label,
  value,
  strong = false,
}: {
  label: string;
  value: string;
  strong?: boolean;
}) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={strong ? 700 : 500} size={strong ? 'xl' : 'lg'}>
        {value}
      </Text>
    </div>
  );
}

function Acknowledge({ estimate, language }: { estimate: MyEstimate; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const client = useQueryClient();
  const [checked, setChecked] = useState(false);
  const acknowledge = useMutation({
    mutationFn: (body: MyAcknowledgeRequest) =>
      api('POST', `/api/my/estimates/${estimate.id}/acknowledge`, body),
    onSettled: () => client.invalidateQueries({ queryKey: ['my-estimates'] }),
  });
  const done = estimate.acknowledgements.at(-1);
  if (done)
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        data-testid="my-acknowledged"
      >
        {done.acknowledgedAs === 'patient'
          ? t('financial.my.acknowledged', { date: formatDateTime(done.at, language) })
          : t('financial.my.acknowledgedBy', {
              name: done.byName,
              date: formatDateTime(done.at, language),
            })}
      </Alert>
    );
  const changed = acknowledge.error instanceof ApiError && acknowledge.error.status === 409;
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('financial.my.confirm')}
        checked={checked}
        onChange={(e) => setChecked(e.currentTarget.checked)}
        data-testid="my-confirm"
      />
      <Group>
        <Button
          disabled={!checked}
          loading={acknowledge.isPending}
          onClick={() => acknowledge.mutate({ fingerprint: estimate.fingerprint, language })}
          data-testid="my-acknowledge"
        >
          {t('financial.my.acknowledge')}
        </Button>
      </Group>
      {acknowledge.error && (
        <Alert color="red" role="alert">
          {changed ? t('financial.my.changed') : acknowledge.error.message}
        </Alert>
      )}
    </Stack>
  );
}

function EstimateCard({ estimate }: { estimate: MyEstimate }) {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(estimate.preferredLanguage);
  const t = i18n.getFixedT(language);
  const money = (cents: number) => formatMoney(cents, language);
  const { totals } = estimate;
  return (
    <Card withBorder lang={language} data-testid="my-estimate">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t('financial.my.forTherapy', {
                drug: estimate.drugName,
                name: estimate.patientName,
              })}
            </Title>
            <Text size="sm" c="gray.7">
              {t('financial.my.version', {
                version: estimate.version,
                fingerprint: estimate.fingerprint,
              })}
            </Text>
            <Text size="sm">
              {t('financial.my.course', {
                start: formatDate(estimate.startDate, language),
                days: estimate.durationDays,
              })}
            </Text>
          </Stack>
          <SegmentedControl
            aria-label={t('financial.my.languageLabel')}
            value={language}
            onChange={(value) => setLanguage(value === 'zh-CN' ? 'zh-CN' : 'en')}
            data={[
              { value: 'en', label: 'English' },
              { value: 'zh-CN', label: '简体中文' },
            ]}
            data-testid="my-estimate-language"
          />
        </Group>
        {estimate.isDemoPricing && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('financial.my.demo')}
          </Alert>
        )}
        <Text>{t('financial.my.intro')}</Text>
        <Title order={4} size="h5">
          {t('financial.my.total')}
        </Title>
        <SimpleGrid
          cols={{ base: 2, sm: totals.assistanceCents > 0 ? 4 : 3 }}
          data-testid="my-totals"
        >
          <Total label={t('financial.my.totalCost')} value={money(totals.totalCents)} />
          <Total label={t('financial.my.insurancePays')} value={money(totals.insurancePaysCents)} />
          {totals.assistanceCents > 0 && (
            <Total label={t('financial.my.assistance')} value={money(totals.assistanceCents)} />
          )}
          <Total label={t('financial.my.youPay')} value={money(totals.youPayCents)} strong />
        </SimpleGrid>
        {estimate.months.map((month) => (
          <Stack gap={4} key={month.month}>
            <Group justify="space-between">
              <Title order={4} size="h5">
                {t('financial.my.monthTitle', { month: formatMonth(month.month, language) })}
              </Title>
              <Text fw={600}>
                {t('financial.my.monthYouPay', { amount: money(month.totals.youPayCents) })}
              </Text>
            </Group>
            <MyEstimateMonth month={month} t={t} language={language} />
          </Stack>
        ))}
        <Text size="sm" c="gray.7">
          {t('financial.my.note')}
        </Text>
        <Anchor
          href={`/api/estimates/${estimate.id}.pdf?language=${language}`}
          target="_blank"
          rel="noopener"
        >
          <Group gap={4} component="span">
            <IconFileTypePdf size={16} aria-hidden />
            {t('financial.my.pdf')}
          </Group>
        </Anchor>
        <Acknowledge estimate={estimate} language={language} />
      </Stack>
    </Card>
  );
}

/** Placed on the patient's "My care" page. */
export function MyEstimates() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['my-estimates'],
    queryFn: () => api<MyEstimatesResponse>('GET', '/api/my/estimates'),
  });
  if (!query.data && !query.error) return null;
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="my-estimates-title"
      data-testid="my-estimates"
    >
      <Title order={2} size="h3" id="my-estimates-title">
        {t('financial.my.title')}
      </Title>
      {query.error && <QueryError error={query.error} />}
      {query.data?.estimates.length === 0 && <Text c="gray.7">{t('financial.my.none')}</Text>}
      {query.data?.estimates.map((estimate) => (
        <EstimateCard key={estimate.id} estimate={estimate} />
      ))}
    </Stack>
  );
}
