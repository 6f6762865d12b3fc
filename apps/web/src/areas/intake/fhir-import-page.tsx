// Import a FHIR R4 Bundle by hand (the same endpoint an EHR posts to): choose a .json file, send
// it, and see either the referral it became or every problem, each naming its element.
import { Alert, Anchor, Button, Group, Input, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralDetail } from '@server/modules/intake/intake.contracts.ts';
import { api } from '../../api/http.ts';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { importFhirBundle, type FhirImportResult } from './fhir-upload.ts';
import { OperationOutcomeList } from './operation-outcome-list.tsx';

const MAX_BYTES = 10 * 1024 * 1024;

function CreatedLinks({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const referral = useQuery({
    queryKey: ['referral', referralId],
    queryFn: () => api<ReferralDetail>('GET', `/api/referrals/${referralId}`),
  });
  return (
    <Group gap="md">
      <Anchor component={Link} to={`/referrals/${referralId}`}>
        {t('intake.fhir.openReferral')}
      </Anchor>
      {referral.data?.admissionId && (
        <Anchor component={Link} to={`/admissions/${referral.data.admissionId}`}>
          {t('intake.fhir.openAdmission')}
        </Anchor>
      )}
    </Group>
  );
}

function ImportResult({ result }: { result: FhirImportResult }) {
  const { t } = useTranslation();
  switch (result.kind) {
    case 'created':
    case 'awaiting-match':
      return (
        <Alert
          color="teal"
          icon={<IconCircleCheck aria-hidden />}
          title={t(`intake.fhir.${result.kind}`)}
          data-testid="fhir-accepted"
        >
          <Stack gap="sm">
            <OperationOutcomeList outcome={result.outcome} label={t('intake.fhir.outcomeLabel')} />
            {result.referralId && <CreatedLinks referralId={result.referralId} />}
          </Stack>
        </Alert>
      );
    case 'rejected':
      return (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title={t('intake.fhir.rejected', { count: result.outcome.issue.length })}
          data-testid="fhir-rejected"
        >
          <OperationOutcomeList outcome={result.outcome} label={t('intake.fhir.outcomeLabel')} />
        </Alert>
      );
    case 'failed':
      return (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title={t('errors.title')}
          data-testid="fhir-failed"
        >
          {t('intake.fhir.failed', { status: result.status, detail: result.detail })}
        </Alert>
      );
  }
}

export function FhirImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('intake.fhir.title'));
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: async (chosen: File) => importFhirBundle(await chosen.text()),
  });

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!file) {
      setProblem(t('intake.fhir.chooseFirst'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setProblem(t('intake.fhir.tooLarge'));
      return;
    }
    setProblem(null);
    upload.mutate(file);
  }

  return (
    <Stack>
      <Anchor component={Link} to="/intake" size="sm">
        {t('intake.form.back')}
      </Anchor>
      <Title order={1}>{t('intake.fhir.title')}</Title>
      <Text size="sm" c="gray.7">
        {t('intake.fhir.intro')}
      </Text>
      <Paper
        withBorder
        p="md"
        component="form"
        onSubmit={submit}
        noValidate
        aria-label={t('intake.fhir.title')}
      >
        <Stack gap="sm">
          <Input.Wrapper
            label={t('intake.fhir.file')}
            description={t('intake.fhir.fileHelp')}
            error={problem}
            id={inputId}
          >
            <input
              id={inputId}
              type="file"
              accept=".json,application/json,application/fhir+json"
              aria-invalid={problem ? true : undefined}
              aria-describedby={
                problem ? `${inputId}-error ${inputId}-description` : `${inputId}-description`
              }
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setProblem(null);
                upload.reset();
              }}
              style={{ display: 'block', marginTop: 4 }}
            />
          </Input.Wrapper>
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('intake.fhir.import')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <div aria-live="polite">
        {upload.data && <ImportResult result={upload.data} />}
        {upload.error && (
          <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
            {t('errors.network')}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
