// The admission page: where it stands, what blocks the next stage and whose job it is, the move to
// the next stage, the insurance and its eligibility checks, the prior authorizations, the financial
// review, the answer to the referral source, the nurse, the side exits, the history and the
// documents.
import { Alert, Anchor, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { canPerform } from '@infusio/domain/access';
import type { PreconditionKey } from '@infusio/domain/intake';
import type {
  AdmissionDetail,
  CreateReferralResponse,
} from '@server/modules/intake/intake.contracts.ts';
import { api } from '../../api/http.ts';
import { useSession } from '../../api/session.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { AdmissionAuthorizationsPanel } from '../authorizations/admission-authorizations-panel.tsx';
import { AdmissionCoveragePanel } from '../coverage/admission-coverage-panel.tsx';
import { DocumentsPanel } from '../documents/documents-panel.tsx';
import { AdmissionFinancialPanel } from '../financial/admission-financial-panel.tsx';
import { ReferralResponse } from '../intake/referral-response.tsx';
import { isActionableAt } from './admission-format.ts';
import { AdmissionHeader } from './admission-header.tsx';
import { AdmissionTimeline } from './admission-timeline.tsx';
import { AssignNurseCard } from './assign-nurse-card.tsx';
import { NextStageCard } from './next-stage-card.tsx';
import { PreconditionsTable } from './preconditions-table.tsx';
import { RecordAnswerDialog } from './record-answer-dialog.tsx';
import { SideExits } from './side-exits.tsx';

const CARD_KINDS = ['insurance-card-front', 'insurance-card-back'] as const;

/** The referral just filed from the console form (navigation state), if this is its first view. */
function useJustCreated(admissionId: string): CreateReferralResponse | null {
  const state: unknown = useLocation().state;
  if (typeof state !== 'object' || state === null || !('created' in state)) return null;
  const created = (state as { created: CreateReferralResponse }).created;
  return created.admissionId === admissionId ? created : null;
}

function JustCreated({ created }: { created: CreateReferralResponse }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      icon={<IconCircleCheck aria-hidden />}
      title={t('admissions.created.title')}
      data-testid="referral-created"
    >
      {created.checklist.complete
        ? t('admissions.created.complete')
        : t('admissions.created.missing', { count: created.checklist.missing.length })}
    </Alert>
  );
}

function AdmissionView({ admission }: { admission: AdmissionDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const created = useJustCreated(admission.id);
  const roles = session.data?.user.roles ?? [];
  const [recording, setRecording] = useState<{ key: PreconditionKey; wasMet: boolean } | null>(
    null,
  );
  const onRecord = (key: PreconditionKey, wasMet: boolean) => setRecording({ key, wasMet });
  const live = admission.status === 'open' || admission.status === 'on-hold';
  const blockingKeys = new Set(admission.blocking.map((b) => b.key));
  const later = admission.preconditions
    .filter((p) => !blockingKeys.has(p.key))
    .map((p) => ({ ...p, actionable: isActionableAt(p.key, admission.stage) }));
  const mayTransition = canPerform(roles, 'admission', 'transition');
  const showsCoverage = canPerform(roles, 'coverage', 'read');
  const showsAuthorizations = canPerform(roles, 'authorization', 'read');
  const showsFinancial = canPerform(roles, 'estimate', 'read') || showsCoverage;
  // Checklist items answered by a module link to that module's panel below.
  const moduleLinks = {
    ...(showsCoverage && {
      'active-coverage-verified': {
        href: '#coverage',
        label: t('admissions.checklist.openCoverage'),
      },
    }),
    ...(showsAuthorizations && {
      'authorization-decided': {
        href: '#authorizations',
        label: t('admissions.checklist.openAuthorizations'),
      },
    }),
    ...(showsFinancial && {
      'financial-review-acknowledged': {
        href: '#financial-review',
        label: t('admissions.checklist.openFinancial'),
      },
    }),
  };
  const schedules = roles.includes('scheduler') || roles.includes('intake');

  return (
    <Stack>
      <Anchor component={Link} to="/queue" size="sm">
        {t('admissions.page.backToQueue')}
      </Anchor>
      {created && <JustCreated created={created} />}
      <AdmissionHeader admission={admission} roles={roles} />
      {created && (
        <DocumentsPanel
          patientId={admission.patient.id}
          referralId={admission.referral.id}
          admissionId={admission.id}
          kinds={CARD_KINDS}
        />
      )}
      {admission.status === 'open' ? (
        <NextStageCard
          admission={admission}
          roles={roles}
          onRecord={onRecord}
          moduleLinks={moduleLinks}
        />
      ) : (
        <Paper withBorder p="md">
          <Text>
            {t('admissions.next.closed', { status: t(`admissions.statuses.${admission.status}`) })}
          </Text>
        </Paper>
      )}
      {later.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="later-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="later-title">
              {t('admissions.later.title')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('admissions.later.intro')}
            </Text>
            <PreconditionsTable
              items={later}
              caption={t('admissions.later.caption')}
              roles={roles}
              canRecord={(item) => live && item.actionable}
              onRecord={onRecord}
              testId="later-checklist"
              moduleLinks={moduleLinks}
            />
          </Stack>
        </Paper>
      )}
      {showsCoverage && (
        <div id="coverage">
          <AdmissionCoveragePanel admissionId={admission.id} />
        </div>
      )}
      {showsAuthorizations && (
        <div id="authorizations">
          <AdmissionAuthorizationsPanel admissionId={admission.id} />
        </div>
      )}
      {showsFinancial && (
        <div id="financial-review">
          <AdmissionFinancialPanel admissionId={admission.id} />
        </div>
      )}
      <ReferralResponse
        referralId={admission.referral.id}
        response={admission.referral.response}
        clock={admission.referral.responseClock}
      />
      {schedules && mayTransition && live && <AssignNurseCard admission={admission} />}
      {mayTransition && <SideExits admission={admission} />}
      <AdmissionTimeline events={admission.events} />
      {!created && (
        <DocumentsPanel
          patientId={admission.patient.id}
          referralId={admission.referral.id}
          admissionId={admission.id}
        />
      )}
      <RecordAnswerDialog
        key={recording?.key ?? 'none'}
        admissionId={admission.id}
        preconditionKey={recording?.key ?? null}
        wasMet={recording?.wasMet ?? false}
        onClose={() => setRecording(null)}
      />
    </Stack>
  );
}

export function AdmissionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['admission', id],
    queryFn: () => api<AdmissionDetail>('GET', `/api/admissions/${encodeURIComponent(id)}`),
  });
  const admission = query.data;
  useDocumentTitle(
    admission
      ? t('admissions.page.title', {
          name: `${admission.patient.familyName}, ${admission.patient.givenName}`,
        })
      : t('admissions.page.loadingTitle'),
  );
  if (query.error)
    return (
      <Stack>
        <Title order={1}>{t('admissions.page.loadingTitle')}</Title>
        <QueryError error={query.error} />
      </Stack>
    );
  if (!admission)
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  return <AdmissionView admission={admission} />;
}
