import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeDashboardResponse } from '@server/modules/analytics/analytics.contracts.ts';
import { formatNumber, formatPercent } from './dashboard-format.ts';
import { useDashboardLabels } from './dashboard-labels.ts';

interface FigureProps {
  title: string;
  value: string;
  testId: string;
  help: string;
  children?: ReactNode;
}

function Figure({ title, value, testId, help, children }: FigureProps) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap={4}>
        <Title order={2} size="h5">
          {title}
        </Title>
        <Text fz={28} fw={700} lh={1.2} data-testid={testId}>
          {value}
        </Text>
        {children}
        <Text size="xs" c="gray.7" mt={4}>
          {help}
        </Text>
      </Stack>
    </Card>
  );
}

export function HeadlineFigures({ data }: { data: IntakeDashboardResponse }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const labels = useDashboardLabels(data.range.groupBy);
  const { overall, targets } = data;
  const soc = overall.referralToSocHours;
  const counts = overall.referrals;
  const hours = (value: number | null) =>
    value === null ? '—' : t('dashboard.hours', { value: formatNumber(value, lang) });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <Figure
        title={t('dashboard.headline.socMedian')}
        value={hours(soc.median)}
        testId="headline-soc-median"
        help={t('dashboard.help.soc')}
      >
        <Text size="sm" data-testid="headline-soc-p90">
          {t('dashboard.headline.p90', { value: hours(soc.p90) })}
        </Text>
        <Text size="sm">{t('dashboard.headline.started', { count: soc.count })}</Text>
        {targets.referralToSocHours !== null && (
          <Text size="sm" c="gray.7">
            {t('dashboard.localTarget', { value: hours(targets.referralToSocHours) })}
          </Text>
        )}
      </Figure>
      <Figure
        title={t('dashboard.headline.conversion')}
        value={overall.conversionRate === null ? '—' : formatPercent(overall.conversionRate, lang)}
        testId="headline-conversion"
        help={t('dashboard.help.conversion')}
      >
        <Text size="sm">
          {t('dashboard.headline.convertedOf', {
            admitted: counts.admitted,
            count: counts.decided,
          })}
        </Text>
        {targets.conversionPercent !== null && (
          <Text size="sm" c="gray.7">
            {t('dashboard.localTarget', {
              value: formatPercent(targets.conversionPercent / 100, lang),
            })}
          </Text>
        )}
      </Figure>
      <Figure
        title={t('dashboard.headline.received')}
        value={formatNumber(counts.received, lang, 0)}
        testId="headline-received"
        help={t('dashboard.help.received')}
      >
        <Text size="sm" data-testid="headline-open">
          {t('dashboard.headline.open', { count: counts.open, onHold: counts.onHold })}
        </Text>
        <Text size="sm">{t('dashboard.headline.cancelled', { count: counts.cancelled })}</Text>
      </Figure>
      <Figure
        title={t('dashboard.headline.notAdmitted')}
        value={formatNumber(counts.notAdmitted + counts.declined, lang, 0)}
        testId="headline-not-admitted"
        help={t('dashboard.help.reasons')}
      >
        <Text size="sm">
          {t('dashboard.headline.notAdmittedSplit', {
            notAdmitted: counts.notAdmitted,
            declined: counts.declined,
          })}
        </Text>
        {overall.longestWait && (
          <Text size="sm" data-testid="headline-longest-wait">
            {t('dashboard.headline.longestWait', {
              stage: labels.stageWait(overall.longestWait.stage),
              value: hours(overall.longestWait.medianHours),
            })}
          </Text>
        )}
      </Figure>
    </SimpleGrid>
  );
}
