// A referral: what arrived, its therapy checklist, the answer to its source against the response
// clock, and — while it waits for a chart match — the candidate charts to put it on.
import {
  Alert,
  Anchor,
  Badge,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { PatientDecision, ReferralDetail } from '@server/modules/intake/intake.contracts.ts';
import { ApiError, api } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { formatDateTime } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { DocumentsPanel } from '../documents/documents-panel.tsx';
import { useInvalidateJourney } from '../admissions/use-admission-command.ts';
import { useAdmissionLabels } from '../admissions/use-admission-labels.ts';
import { ChecklistView } from './checklist-view.tsx';
import { MatchCandidates } from './duplicate-dialog.tsx';
import { ReferralReceived } from './referral-received.tsx';
import { ReferralResponse } from './referral-response.tsx';

function MatchSection({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const invalidate = useInvalidateJourney();
  const resolve = useMutation({
    mutationFn: (decision: PatientDecision) =>
      api<{ patientId: string; admissionId: string }>(
        'POST',
        `/api/referrals/${referral.id}/resolve-match`,
        { decision },
      ),
    onSuccess: async (result) => {
      await invalidate();
      void navigate(`/admissions/${result.admissionId}`);
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="match-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="match-title">
          {t('intake.match.title')}
        </Title>
        <Text size="sm">{t('intake.match.introStored')}</Text>
        <MatchCandidates
          candidates={referral.matchCandidates}
          pending={resolve.isPending}
          onDecide={(d) => resolve.mutate(d)}
        />
        {resolve.error && (
          <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
            {resolve.error instanceof ApiError ? describe(resolve.error) : t('errors.network')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function ReferralView({ referral }: { referral: ReferralDetail }) {
  const { t, i18n } = useTranslation();
  const labels = useAdmissionLabels();
  const p = referral.draft.patient;
  const name = `${p.familyName}, ${p.givenName}`;
  return (
    <Stack>
      <Anchor component={Link} to="/intake" size="sm">
        {t('intake.form.back')}
      </Anchor>
      <Title order={1}>{t('intake.referral.title', { name })}</Title>
      <Group gap="xs">
        <Badge variant="light" tt="none" data-testid="referral-status">
          {t(`intake.referral.statuses.${referral.status}`, { defaultValue: referral.status })}
        </Badge>
        <Badge variant="light" color="gray" tt="none">
          {t(`intake.channels.${referral.channel}`, { defaultValue: referral.channel })}
        </Badge>
        <Badge variant="light" color={referral.urgency === 'urgent' ? 'red' : 'gray'} tt="none">
          {t(`intake.urgency.${referral.urgency}`, { defaultValue: referral.urgency })}
        </Badge>
        <Text size="sm">
          {labels.therapy(referral.therapy)} — {referral.draft.prescription.drugName}
        </Text>
      </Group>
      <Text size="sm" c="gray.7">
        {t('intake.referral.receivedFrom', {
          at: formatDateTime(referral.receivedAt, i18n.language),
          source:
            referral.sourceName ??
            `${referral.draft.prescriber.givenName} ${referral.draft.prescriber.familyName}`,
        })}
      </Text>
      <Group gap="md">
        {referral.admissionId && (
          <Anchor component={Link} to={`/admissions/${referral.admissionId}`}>
            {t('intake.referral.openAdmission')}
          </Anchor>
        )}
        {referral.patientId && (
          <Anchor component={Link} to={`/patients/${referral.patientId}`}>
            {t('intake.referral.openChart')}
          </Anchor>
        )}
      </Group>
      {referral.status === 'awaiting-match' && referral.patientId === null && (
        <MatchSection referral={referral} />
      )}
      <ReferralResponse
        referralId={referral.id}
        response={referral.response}
        responseReasonCode={referral.responseReasonCode}
        responseNote={referral.responseNote}
        clock={referral.responseClock}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="checklist-title">
        <Title order={2} size="h3" id="checklist-title" mb="xs">
          {t('intake.referral.checklist', { therapy: labels.therapy(referral.therapy) })}
        </Title>
        <ChecklistView
          checklist={referral.checklist}
          label={t('intake.referral.checklistLabel')}
          testId="referral-checklist"
        />
      </Paper>
      <ReferralReceived draft={referral.draft} />
      <DocumentsPanel
        referralId={referral.id}
        {...(referral.patientId ? { patientId: referral.patientId } : {})}
      />
    </Stack>
  );
}

export function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['referral', id],
    queryFn: () => api<ReferralDetail>('GET', `/api/referrals/${encodeURIComponent(id)}`),
  });
  const referral = query.data;
  useDocumentTitle(
    referral
      ? t('intake.referral.title', {
          name: `${referral.draft.patient.familyName}, ${referral.draft.patient.givenName}`,
        })
      : t('intake.referral.loadingTitle'),
  );
  if (query.error)
    return (
      <Stack>
        <Title order={1}>{t('intake.referral.loadingTitle')}</Title>
        <QueryError error={query.error} />
      </Stack>
    );
  if (!referral)
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  return <ReferralView referral={referral} />;
}
