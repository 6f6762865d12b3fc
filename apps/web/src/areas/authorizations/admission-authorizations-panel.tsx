// The admission's prior authorizations: what the payer plan is and whether CMS-0057-F's decision
// time limits bind it, "Propose from therapy plan", a new request, the requests per service line,
// and each command in a dialog. "Submit via 278" shows the payer's answer as soon as it comes back.
import {
  Alert,
  Button,
  Center,
  Group,
  List,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle, IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AdmissionAuthorizations,
  AuthorizationView,
  ProposeResponse,
  SubmitResponse,
} from '@server/modules/authorizations/authorizations.contracts.ts';
import { QueryError } from '../../shell/query-error.tsx';
import {
  AppealForm,
  CancelForm,
  MarkSubmittedForm,
  NotRequiredForm,
  UsageForm,
} from './action-forms.tsx';
import { CommandError } from './authorization-bits.tsx';
import { AuthorizationTable, type RowAction } from './authorization-table.tsx';
import { DecisionForm } from './decision-form.tsx';
import { DraftForm } from './draft-form.tsx';
import { useAdmissionAuthorizations, useAuthorizationCommand } from './use-authorizations.ts';
import { useAuthorizationWords } from './use-authorization-words.ts';

type Dialog =
  | { kind: 'new' }
  | {
      kind: Exclude<RowAction, 'submit-278' | 'renew' | 'expire'>;
      authorization: AuthorizationView;
    };

function PlanContext({ data }: { data: AdmissionAuthorizations }) {
  const { t } = useTranslation();
  const plan = data.plan;
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
      <Text size="sm">
        {plan.payerName
          ? t(plan.planName ? 'authorizations.plan.payer' : 'authorizations.plan.payerOnly', {
              payer: plan.payerName,
              plan: plan.planName ?? '',
              type: plan.planType
                ? t(`authorizations.planType.${plan.planType}`, { defaultValue: plan.planType })
                : t('authorizations.plan.notInDirectory'),
            })
          : t('authorizations.plan.noCoverage')}
      </Text>
      <Text size="sm">
        {plan.deadlinesBinding
          ? t('authorizations.plan.binding')
          : t('authorizations.plan.informational')}
      </Text>
    </Alert>
  );
}

function SubmitAnswer({ result }: { result: SubmitResponse }) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const a = result.authorization;
  const rejected = result.answer.kind === 'rejected';
  return (
    <Alert
      color={rejected || a.status === 'denied' ? 'red' : a.status === 'pended' ? 'yellow' : 'teal'}
      role="status"
      title={t('authorizations.answer.title', {
        name: `${words.serviceLine(a.serviceLine)} ${a.procedureCode}`,
      })}
      data-testid="payer-answer"
    >
      <Text size="sm">
        {rejected
          ? t('authorizations.answer.rejected')
          : words.outcome(result.answer.outcome ?? '')}
        {a.certificationNumber &&
          ` · ${t('authorizations.answer.certification', { number: a.certificationNumber })}`}
        {a.unitsApproved !== null &&
          ` · ${t('authorizations.answer.units', {
            count: a.unitsApproved,
            unit: words.unitType(a.unitType, a.unitsApproved),
          })}`}
      </Text>
      {result.answer.reason && <Text size="sm">{result.answer.reason}</Text>}
    </Alert>
  );
}

function ProposeResult({ result }: { result: ProposeResponse }) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  return (
    <Alert color="teal" role="status" data-testid="propose-result">
      <Text size="sm">{t('authorizations.propose.created', { count: result.created.length })}</Text>
      {result.skipped.length > 0 && (
        <List size="sm">
          {result.skipped.map((s) => (
            <List.Item key={`${s.serviceLine}-${s.procedureCode}`}>
              {words.serviceLine(s.serviceLine)} {s.procedureCode}:{' '}
              {t(`authorizations.propose.skipped.${s.reason}`)}
            </List.Item>
          ))}
        </List>
      )}
      {result.assumptions.map((a) => (
        <Text key={a.code} size="xs" c="gray.7">
          {t(`authorizations.assumption.${a.code}`, { ...a.params, defaultValue: a.code })}
        </Text>
      ))}
    </Alert>
  );
}

export function AdmissionAuthorizationsPanel({ admissionId }: { admissionId: string }) {
  const { t } = useTranslation();
  const query = useAdmissionAuthorizations(admissionId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const propose = useAuthorizationCommand<undefined, ProposeResponse>(
    'POST',
    () => `/api/admissions/${encodeURIComponent(admissionId)}/authorizations/propose`,
  );
  const submit = useAuthorizationCommand<string, SubmitResponse>(
    'POST',
    (id) => `/api/authorizations/${id}/submit`,
  );
  const direct = useAuthorizationCommand<{ id: string; path: 'renew' | 'expire' }>(
    'POST',
    ({ id, path }) => `/api/authorizations/${id}/${path}`,
    () => ({}),
  );

  if (query.isPending)
    return (
      <Center py="lg">
        <Loader aria-label={t('authorizations.loading')} />
      </Center>
    );
  if (query.isError) return <QueryError error={query.error} />;
  const data = query.data;
  const close = () => setDialog(null);

  function onAction(action: RowAction, a: AuthorizationView) {
    if (action === 'submit-278') submit.mutate(a.id);
    else if (action === 'renew' || action === 'expire') direct.mutate({ id: a.id, path: action });
    else setDialog({ kind: action, authorization: a });
  }

  const dialogTitle = dialog
    ? dialog.kind === 'new'
      ? t('authorizations.action.new')
      : t(`authorizations.action.${dialog.kind}`)
    : '';
  return (
    <Stack gap="md" component="section" aria-labelledby="authorizations-title">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="authorizations-title">
          {t('authorizations.panel.title')}
        </Title>
        {data.canEdit && (
          <Group gap="xs">
            <Button
              leftSection={<IconListCheck size={16} aria-hidden />}
              loading={propose.isPending}
              onClick={() => propose.mutate(undefined)}
            >
              {t('authorizations.propose.button')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'new' })}
            >
              {t('authorizations.action.new')}
            </Button>
          </Group>
        )}
      </Group>
      <PlanContext data={data} />
      <CommandError error={propose.error ?? submit.error ?? direct.error} />
      {propose.data && <ProposeResult result={propose.data} />}
      {submit.data && <SubmitAnswer result={submit.data} />}
      {data.authorizations.length === 0 ? (
        <Text c="gray.7">{t('authorizations.panel.none')}</Text>
      ) : (
        <AuthorizationTable
          authorizations={data.authorizations}
          canEdit={data.canEdit}
          busyId={submit.isPending ? submit.variables : null}
          onAction={onAction}
        />
      )}
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={dialogTitle}
        size="lg"
        closeButtonProps={{ 'aria-label': t('authorizations.cancelForm') }}
      >
        {dialog?.kind === 'new' && <DraftForm admissionId={admissionId} onDone={close} />}
        {dialog?.kind === 'edit' && (
          <DraftForm admissionId={admissionId} existing={dialog.authorization} onDone={close} />
        )}
        {dialog?.kind === 'decide' && (
          <DecisionForm authorization={dialog.authorization} onDone={close} />
        )}
        {dialog?.kind === 'record-usage' && (
          <UsageForm authorization={dialog.authorization} onDone={close} />
        )}
        {dialog?.kind === 'mark-submitted' && (
          <MarkSubmittedForm authorization={dialog.authorization} onDone={close} />
        )}
        {dialog?.kind === 'appeal' && (
          <AppealForm authorization={dialog.authorization} onDone={close} />
        )}
        {dialog?.kind === 'mark-not-required' && (
          <NotRequiredForm authorization={dialog.authorization} onDone={close} />
        )}
        {dialog?.kind === 'cancel' && (
          <CancelForm authorization={dialog.authorization} onDone={close} />
        )}
      </Modal>
    </Stack>
  );
}

export default AdmissionAuthorizationsPanel;
