// Who the admission is for and where it stands: patient (link to the chart), therapy and drug,
// status, flags, payer and source, who has claimed it; then the journey's stepper and its clocks.
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canPerform, type Role } from '@infusio/domain/access';
import type { AdmissionDetail } from '@server/modules/intake/intake.contracts.ts';
import { formatDate, formatDateTime } from '../../shell/format.ts';
import { AgeingBadge, FlagBadges } from './admission-badges.tsx';
import { ClaimActions } from './claim-actions.tsx';
import { StageStepper } from './stage-stepper.tsx';
import { useAdmissionLabels } from './use-admission-labels.ts';

const STATUS_COLOR: Record<AdmissionDetail['status'], string> = {
  open: 'teal',
  'on-hold': 'orange',
  'not-admitted': 'gray',
  cancelled: 'gray',
  discharged: 'gray',
};

function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="gray.7" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

export function AdmissionHeader({
  admission,
  roles,
}: {
  admission: AdmissionDetail;
  roles: readonly Role[];
}) {
  const { t, i18n } = useTranslation();
  const labels = useAdmissionLabels();
  const { patient } = admission;
  const name = `${patient.familyName}, ${patient.givenName}`;
  const lang = i18n.language;
  const channel = t(`intake.channels.${admission.referral.channel}`, {
    defaultValue: admission.referral.channel,
  });
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t('admissions.page.title', { name })}</Title>
          <Text>
            {labels.therapy(admission.therapy)} — {admission.drugName}
          </Text>
          <Group gap="xs">
            <Anchor component={Link} to={`/patients/${patient.id}`}>
              {t('admissions.page.chartLink', { mrn: patient.mrn })}
            </Anchor>
            <Text size="sm" c="gray.7">
              {t('admissions.page.born', { date: formatDate(patient.birthDate, lang) })}
            </Text>
          </Group>
        </Stack>
        <Stack gap="xs" align="flex-end">
          <Group gap="xs">
            <Badge
              size="lg"
              variant="light"
              color={STATUS_COLOR[admission.status]}
              data-testid="admission-status"
              tt="none"
            >
              {labels.status(admission.status)}
            </Badge>
            <FlagBadges flags={admission.priorityFlags} />
          </Group>
          <ClaimActions
            admissionId={admission.id}
            assignedTo={admission.assignedTo}
            subject={name}
            showAssignee
          />
        </Stack>
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="journey-title">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h3" id="journey-title">
              {t('admissions.page.journey')}
            </Title>
            <Text fw={600} data-testid="current-stage">
              {t('admissions.page.currentStage', { stage: labels.stage(admission.stage) })}
            </Text>
          </Group>
          <StageStepper stage={admission.stage} label={t('admissions.page.stagesLabel')} />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Fact label={t('admissions.page.timeInStage')}>
              <AgeingBadge ageing={admission.ageing} hours={admission.hoursInStage} />
            </Fact>
            <Fact label={t('admissions.page.received')}>
              {formatDateTime(admission.receivedAt, lang)}
            </Fact>
            <Fact label={t('admissions.page.expectedStart')}>
              {admission.expectedStartDate ? formatDate(admission.expectedStartDate, lang) : '—'}
            </Fact>
            <Fact label={t('admissions.page.referralToSoc')} testId="referral-to-soc">
              {admission.referralToStartOfCareHours !== null && admission.startOfCareAt
                ? t('admissions.page.socTook', {
                    duration: labels.duration(admission.referralToStartOfCareHours),
                    at: formatDateTime(admission.startOfCareAt, lang),
                  })
                : t('admissions.page.socNotYet')}
            </Fact>
            <Fact label={t('admissions.page.payer')}>{admission.payerName ?? '—'}</Fact>
            <Fact label={t('admissions.page.source')}>{admission.referralSource ?? '—'}</Fact>
            <Fact label={t('admissions.page.language')}>
              {t(`languages.${admission.patient.preferredLanguage}`, {
                defaultValue: admission.patient.preferredLanguage,
              })}
            </Fact>
            <Fact label={t('admissions.page.referral')}>
              {canPerform(roles, 'referral', 'read') ? (
                <Anchor component={Link} to={`/referrals/${admission.referral.id}`}>
                  {t('admissions.page.referralLink', { channel })}
                </Anchor>
              ) : (
                channel
              )}
            </Fact>
          </SimpleGrid>
        </Stack>
      </Paper>
    </Stack>
  );
}
