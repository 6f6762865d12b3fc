// Record a decision received by portal, fax or phone: outcome, certification number, units and
// dates approved, or the reason for a denial.
import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AuthorizationView,
  ManualDecisionRequest,
} from '@server/modules/authorizations/authorizations.contracts.ts';
import {
  MANUAL_CHANNELS,
  MANUAL_OUTCOMES,
  type ManualChannel,
  type ManualOutcome,
} from '@server/modules/authorizations/authorization-vocabulary.ts';
import { CommandError } from './authorization-bits.tsx';
import { useAuthorizationCommand } from './use-authorizations.ts';
import { useAuthorizationWords, useFieldErrors } from './use-authorization-words.ts';

export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function DecisionForm({
  authorization,
  onDone,
}: {
  authorization: AuthorizationView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const [outcome, setOutcome] = useState<ManualOutcome>('approved');
  const [channel, setChannel] = useState<ManualChannel>('portal');
  const [certificationNumber, setCertificationNumber] = useState('');
  const [unitsApproved, setUnitsApproved] = useState<number | ''>(authorization.unitsRequested);
  const [approvedStart, setApprovedStart] = useState(authorization.startDate);
  const [approvedEnd, setApprovedEnd] = useState(authorization.endDate);
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  const record = useAuthorizationCommand<ManualDecisionRequest>(
    'POST',
    () => `/api/authorizations/${authorization.id}/decision`,
    (body) => body,
  );
  const errors = useFieldErrors(record.error);
  const certifies = outcome === 'approved' || outcome === 'partially-approved';

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    record.mutate(
      {
        outcome,
        channel,
        ...(certifies
          ? {
              certificationNumber: orNull(certificationNumber),
              unitsApproved: unitsApproved === '' ? null : unitsApproved,
              approvedStart: orNull(approvedStart),
              approvedEnd: orNull(approvedEnd),
            }
          : {}),
        reason: orNull(reason),
        reference: orNull(reference),
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <CommandError error={record.error} />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('authorizations.decision.outcome')}
            value={outcome}
            data={MANUAL_OUTCOMES.map((o) => ({ value: o, label: words.status(o) }))}
            onChange={(e) => setOutcome(e.currentTarget.value as ManualOutcome)}
            error={errors.outcome}
          />
          <NativeSelect
            label={t('authorizations.decision.channel')}
            value={channel}
            data={MANUAL_CHANNELS.map((c) => ({ value: c, label: words.channel(c) }))}
            onChange={(e) => setChannel(e.currentTarget.value as ManualChannel)}
            error={errors.channel}
          />
        </Group>
        {certifies && (
          <>
            <Group grow align="flex-start">
              <TextInput
                label={t('authorizations.decision.certificationNumber')}
                required
                value={certificationNumber}
                onChange={(e) => setCertificationNumber(e.currentTarget.value)}
                error={errors.certificationNumber}
              />
              <NumberInput
                label={t('authorizations.decision.unitsApproved', {
                  unit: words.unitType(authorization.unitType, 2),
                })}
                required
                min={0}
                allowDecimal={false}
                value={unitsApproved}
                onChange={(v) => setUnitsApproved(typeof v === 'number' ? v : '')}
                error={errors.unitsApproved}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('authorizations.decision.approvedStart')}
                required
                value={approvedStart}
                onChange={(e) => setApprovedStart(e.currentTarget.value)}
                error={errors.approvedStart}
              />
              <TextInput
                type="date"
                label={t('authorizations.decision.approvedEnd')}
                required
                value={approvedEnd}
                onChange={(e) => setApprovedEnd(e.currentTarget.value)}
                error={errors.approvedEnd}
              />
            </Group>
          </>
        )}
        <Textarea
          label={t('authorizations.decision.reason')}
          required={outcome === 'denied'}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
        />
        <TextInput
          label={t('authorizations.decision.reference')}
          description={t('authorizations.decision.referenceHelp')}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={errors.reference}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('authorizations.cancelForm')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('authorizations.decision.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
