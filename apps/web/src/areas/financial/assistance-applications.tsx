// The patient's assistance applications with their history, moved on through the state machine:
// submit, provide documents, approve with an award (discount or grant, with dates), deny, withdraw.
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Application,
  TransitionRequest,
} from '@server/modules/financial/assistance.contracts.ts';
import { api } from '../../api/http.ts';
import { formatDate, formatDateTime } from '../../shell/format.ts';
import { dollarsToCents, formatMoney, formatRate } from './financial-format.ts';
import { useFinancialError } from './use-financial-error.ts';

type Dialog = { kind: 'approve' | 'deny'; application: Application } | null;

const NEXT: Readonly<
  Record<
    Application['status'],
    readonly ('submit' | 'provide-documents' | 'approve' | 'deny' | 'withdraw')[]
  >
> = {
  draft: ['submit', 'withdraw'],
  submitted: ['approve', 'deny', 'withdraw'],
  'documents-requested': ['provide-documents', 'deny', 'withdraw'],
  approved: [],
  denied: [],
  withdrawn: [],
  expired: [],
};

function useTransition(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TransitionRequest }) =>
      api<Application>('POST', `/api/assistance-applications/${id}/transitions`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['assistance', patientId] }),
  });
}

function ApproveForm({ application, onDone }: { application: Application; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useFinancialError();
  const transition = useTransition(application.patientId);
  const [kind, setKind] = useState<'discount' | 'grant'>('discount');
  const [percent, setPercent] = useState<string | number>(50);
  const [grant, setGrant] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const grantCents = dollarsToCents(grant);
  const ready =
    from !== '' && to !== '' && (kind === 'discount' ? percent !== '' : grantCents !== undefined);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!ready) return;
    const award =
      kind === 'discount'
        ? { discountRate: Number(percent) / 100, from, to }
        : { grantCents: grantCents ?? 0, from, to };
    transition.mutate(
      { id: application.id, body: { type: 'approve', award } },
      { onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('financial.assistance.awardKind')}
          value={kind}
          onChange={(value) => setKind(value === 'grant' ? 'grant' : 'discount')}
          data={[
            { value: 'discount', label: t('financial.assistance.discount') },
            { value: 'grant', label: t('financial.assistance.grant') },
          ]}
        />
        {kind === 'discount' ? (
          <NumberInput
            label={t('financial.assistance.discountPercent')}
            min={1}
            max={100}
            value={percent}
            onChange={setPercent}
            required
          />
        ) : (
          <TextInput
            label={t('financial.assistance.grantDollars')}
            inputMode="decimal"
            value={grant}
            onChange={(e) => setGrant(e.currentTarget.value)}
            required
          />
        )}
        <Group grow>
          <TextInput
            type="date"
            label={t('financial.assistance.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label={t('financial.assistance.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            required
          />
        </Group>
        {transition.error && (
          <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
            {describe(transition.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" disabled={!ready} loading={transition.isPending}>
            {t('financial.assistance.commands.approve')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DenyForm({ application, onDone }: { application: Application; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useFinancialError();
  const transition = useTransition(application.patientId);
  const [reason, setReason] = useState('');
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) return;
    transition.mutate(
      { id: application.id, body: { type: 'deny', reason: reason.trim() } },
      { onSuccess: onDone },
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('financial.assistance.denyReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        {transition.error && (
          <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
            {describe(transition.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            color="red"
            disabled={reason.trim().length < 3}
            loading={transition.isPending}
          >
            {t('financial.assistance.commands.deny')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ApplicationItem({
  application,
  mayUpdate,
  onDialog,
}: {
  application: Application;
  mayUpdate: boolean;
  onDialog: (dialog: Dialog) => void;
}) {
  const { t, i18n } = useTranslation();
  const transition = useTransition(application.patientId);
  const describe = useFinancialError();
  const name = t(`financial.programs.${application.programId}`, {
    defaultValue: application.programName,
  });
  const award = application.award;
  return (
    <Stack gap={4} data-testid={`application-${application.programId}`}>
      <Group gap="xs">
        <Text fw={500}>{name}</Text>
        <Badge variant="light" tt="none">
          {t(`financial.assistance.applicationStatus.${application.status}`)}
        </Badge>
      </Group>
      {award && (
        <Text size="sm">
          {t('financial.assistance.award', {
            what:
              award.discountRate !== null
                ? t('financial.assistance.awardDiscount', {
                    rate: formatRate(award.discountRate, i18n.language),
                  })
                : t('financial.assistance.awardGrant', {
                    amount: formatMoney(award.grantCents ?? 0, i18n.language),
                  }),
            from: formatDate(award.from, i18n.language),
            to: formatDate(award.to, i18n.language),
          })}
        </Text>
      )}
      <List size="xs" c="gray.7" aria-label={t('financial.assistance.history')}>
        {application.history.map((h, index) => (
          <List.Item key={`${h.at}-${String(index)}`}>
            {t('financial.assistance.historyEntry', {
              date: formatDateTime(h.at, i18n.language),
              command: t(`financial.assistance.commands.${h.command}`, { defaultValue: h.command }),
              name: h.byName,
            })}
            {h.reason ? ` — ${h.reason}` : ''}
          </List.Item>
        ))}
      </List>
      {mayUpdate && NEXT[application.status].length > 0 && (
        <Group gap="xs">
          {NEXT[application.status].map((command) => (
            <Button
              key={command}
              size="xs"
              variant={command === 'approve' ? 'filled' : 'light'}
              color={command === 'deny' ? 'red' : undefined}
              loading={transition.isPending && transition.variables.body.type === command}
              onClick={() => {
                if (command === 'approve' || command === 'deny')
                  onDialog({ kind: command, application });
                else transition.mutate({ id: application.id, body: { type: command } });
              }}
            >
              {t(`financial.assistance.commands.${command}`)}
            </Button>
          ))}
        </Group>
      )}
      {transition.error && (
        <Text size="sm" c="red.8" role="alert">
          {describe(transition.error)}
        </Text>
      )}
    </Stack>
  );
}

export function AssistanceApplications({
  applications,
  mayUpdate,
}: {
  applications: readonly Application[];
  mayUpdate: boolean;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <Stack gap="sm" data-testid="assistance-applications">
      <Title order={4} size="h5">
        {t('financial.assistance.applicationsTitle')}
      </Title>
      {applications.length === 0 && (
        <Text c="gray.7">{t('financial.assistance.noApplications')}</Text>
      )}
      {applications.map((application) => (
        <ApplicationItem
          key={application.id}
          application={application}
          mayUpdate={mayUpdate}
          onDialog={setDialog}
        />
      ))}
      {applications.some((a) => a.status === 'approved') && (
        <Text size="sm" c="gray.7">
          {t('financial.assistance.appliesNext')}
        </Text>
      )}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog?.kind === 'deny'
            ? t('financial.assistance.commands.deny')
            : t('financial.assistance.approveTitle')
        }
        closeButtonProps={{ 'aria-label': t('financial.estimate.form.cancel') }}
      >
        {dialog?.kind === 'approve' && (
          <ApproveForm application={dialog.application} onDone={() => setDialog(null)} />
        )}
        {dialog?.kind === 'deny' && (
          <DenyForm application={dialog.application} onDone={() => setDialog(null)} />
        )}
      </Modal>
    </Stack>
  );
}
