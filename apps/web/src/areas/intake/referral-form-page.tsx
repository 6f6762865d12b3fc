// The console referral form: every section of a referral, the therapy's checklist run live as the
// user types, the form's own checks, then POST /api/referrals. Server field errors (JSON pointers)
// land on their inputs and focus moves to the first; a possible duplicate chart opens a dialog.
import { Alert, Anchor, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { checkReferral, DEFAULT_RECENT_LAB_DAYS } from '@infusio/domain/intake';
import type {
  CreateReferralRequest,
  CreateReferralResponse,
  MatchCandidateView,
  PatientDecision,
} from '@server/modules/intake/intake.contracts.ts';
import { ApiError, api } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { ChecklistView } from './checklist-view.tsx';
import { DuplicateDialog } from './duplicate-dialog.tsx';
import { ReferralFormContext, type ReferralFormContextValue } from './referral-form-context.tsx';
import { toReferralDraft, toRequestDraft } from './referral-form-draft.ts';
import { emptyReferralForm, rowMapsOf } from './referral-form-model.ts';
import {
  fieldIdOfPointer,
  liveFieldIssues,
  validateReferralForm,
  type FieldIssue,
  type FieldIssues,
} from './referral-form-validation.ts';
import { PatientSection, ReferralSection } from './referral-section-patient.tsx';
import { AllergiesSection, DiagnosesSection } from './referral-section-diagnoses.tsx';
import { InsuranceSection, PrescriptionSection } from './referral-section-orders.tsx';
import {
  ClinicalSection,
  HistorySection,
  PrescriberSection,
} from './referral-section-clinical.tsx';

/** Today in the browser's calendar, as the checklist's "received on". */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Duplicates {
  candidates: MatchCandidateView[];
  hidden: number;
}

function duplicatesOf(error: ApiError): Duplicates | null {
  const { candidates, hiddenCandidates } = error.extensions;
  if (error.status !== 409 || !Array.isArray(candidates)) return null;
  return {
    candidates: candidates as MatchCandidateView[],
    hidden: typeof hiddenCandidates === 'number' ? hiddenCandidates : 0,
  };
}

export function ReferralFormPage() {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  useDocumentTitle(t('intake.form.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const inquiryId = params.get('inquiryId');
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState(emptyReferralForm);
  const [issues, setIssues] = useState<FieldIssues>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);

  const draft = useMemo(() => toReferralDraft(form), [form]);
  const checklist = useMemo(
    () =>
      form.therapy === ''
        ? null
        : checkReferral(draft, {
            receivedOn: localToday(),
            recentLabDays: DEFAULT_RECENT_LAB_DAYS,
          }),
    [draft, form.therapy],
  );
  const live = useMemo(() => liveFieldIssues(form), [form]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? summaryRef.current)?.focus();
  }, [focusRequest]);

  const submit = useMutation({
    mutationFn: (decision: PatientDecision | undefined) => {
      const body: CreateReferralRequest = {
        draft: toRequestDraft(draft),
        ...(decision ? { patientDecision: decision } : {}),
        ...(inquiryId ? { inquiryId } : {}),
      };
      return api<CreateReferralResponse>('POST', '/api/referrals', body);
    },
    onSuccess: (result) => {
      setDuplicates(null);
      void navigate(
        result.admissionId
          ? `/admissions/${result.admissionId}`
          : `/referrals/${result.referralId}`,
        { state: { created: result } },
      );
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        setGeneral([t('errors.network')]);
        setFocusRequest((n) => n + 1);
        return;
      }
      const found = duplicatesOf(error);
      if (found) {
        setDuplicates(found);
        return;
      }
      setDuplicates(null);
      const maps = rowMapsOf(form);
      const placed: FieldIssues = {};
      const unplaced: string[] = [];
      for (const problem of error.fields) {
        const id = fieldIdOfPointer(problem.field, maps);
        if (document.getElementById(id))
          placed[id] ??= { code: problem.code, message: problem.message };
        else unplaced.push(problem.message);
      }
      setIssues(placed);
      setGeneral(error.fields.length === 0 ? [describe(error)] : unplaced);
      setFocusRequest((n) => n + 1);
    },
  });

  const messageOf = (issue: FieldIssue): string => {
    if (issue.message && i18n.language === 'en') return issue.message;
    return t(`intake.form.errors.${issue.code}`, {
      ...issue.values,
      defaultValue: issue.message ?? t('intake.form.errors.invalid'),
    });
  };

  const context: ReferralFormContextValue = {
    form,
    update: (recipe) => setForm(recipe),
    errorOf: (id) => {
      const issue = issues[id] ?? live[id];
      return issue ? messageOf(issue) : undefined;
    },
    clearError: (id) =>
      setIssues((current) => {
        if (!(id in current)) return current;
        const { [id]: _removed, ...rest } = current;
        return rest;
      }),
  };

  function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const found = validateReferralForm(form);
    setIssues(found);
    setGeneral([]);
    if (Object.keys(found).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    submit.mutate(undefined);
  }

  const issueCount = Object.keys(issues).length + general.length;
  return (
    <Stack>
      <Anchor component={Link} to="/intake" size="sm">
        {t('intake.form.back')}
      </Anchor>
      <Title order={1}>{t('intake.form.title')}</Title>
      <Text size="sm" c="gray.7">
        {t('intake.form.intro')}
      </Text>
      <ReferralFormContext.Provider value={context}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('intake.form.title')}>
              <Stack>
                {issueCount > 0 && (
                  <Alert
                    ref={summaryRef}
                    tabIndex={-1}
                    color="red"
                    role="alert"
                    icon={<IconAlertCircle aria-hidden />}
                    title={t('intake.form.errorSummary', { count: issueCount })}
                    data-testid="form-error-summary"
                  >
                    {general.length > 0 && (
                      <List size="sm">
                        {general.map((message) => (
                          <List.Item key={message}>{message}</List.Item>
                        ))}
                      </List>
                    )}
                  </Alert>
                )}
                <ReferralSection />
                <PatientSection />
                <InsuranceSection />
                <PrescriptionSection />
                <DiagnosesSection />
                <AllergiesSection />
                <ClinicalSection />
                <HistorySection />
                <PrescriberSection />
                <Group>
                  <Button type="submit" size="md" loading={submit.isPending}>
                    {t('intake.form.submit')}
                  </Button>
                  <Anchor component={Link} to="/intake">
                    {t('admissions.cancel')}
                  </Anchor>
                </Group>
              </Stack>
            </form>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Paper
              withBorder
              p="md"
              component="aside"
              aria-labelledby="live-checklist-title"
              style={{ position: 'sticky', top: 76 }}
            >
              <Title order={2} size="h4" id="live-checklist-title">
                {t('intake.checklist.liveTitle')}
              </Title>
              <Text size="xs" c="gray.7" mb="sm">
                {t('intake.checklist.liveHelp')}
              </Text>
              {checklist ? (
                <ChecklistView
                  checklist={checklist}
                  label={t('intake.checklist.liveTitle')}
                  testId="live-checklist"
                />
              ) : (
                <Text size="sm">{t('intake.checklist.chooseTherapy')}</Text>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      </ReferralFormContext.Provider>
      <DuplicateDialog
        candidates={duplicates?.candidates ?? null}
        hidden={duplicates?.hidden ?? 0}
        pending={submit.isPending}
        onClose={() => setDuplicates(null)}
        onDecide={(decision) => submit.mutate(decision)}
      />
    </Stack>
  );
}
