// The smaller commands' forms: units used, sent by portal/fax/phone, appeal, not required, cancel.
// Each posts one command and shows the API's field problems beside its inputs.
import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorizationView } from '@server/modules/authorizations/authorizations.contracts.ts';
import {
  MANUAL_CHANNELS,
  NOT_REQUIRED_METHODS,
  REVIEW_LEVELS,
  type ManualChannel,
  type NotRequiredMethod,
  type ReviewLevel,
} from '@server/modules/authorizations/authorization-vocabulary.ts';
import { ApiError } from '../../api/http.ts';
import { CommandError } from './authorization-bits.tsx';
import { orNull } from './decision-form.tsx';
import { useAuthorizationCommand } from './use-authorizations.ts';
import { useAuthorizationWords, useFieldErrors } from './use-authorization-words.ts';

interface FormProps {
  authorization: AuthorizationView;
  onDone: () => void;
}

function useCommand(authorization: AuthorizationView, path: string) {
  return useAuthorizationCommand<Record<string, unknown>>(
    'POST',
    () => `/api/authorizations/${authorization.id}/${path}`,
    (body) => body,
  );
}

function FormFrame({
  onSubmit,
  onDone,
  error,
  pending,
  saveLabel,
  children,
}: {
  onSubmit: () => void;
  onDone: () => void;
  error: unknown;
  pending: boolean;
  saveLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <CommandError error={error} />
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('authorizations.cancelForm')}
          </Button>
          <Button type="submit" loading={pending}>
            {saveLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChannelSelect({
  value,
  onChange,
  error,
}: {
  value: ManualChannel;
  onChange: (value: ManualChannel) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  return (
    <NativeSelect
      label={t('authorizations.decision.channel')}
      value={value}
      data={MANUAL_CHANNELS.map((c) => ({ value: c, label: words.channel(c) }))}
      onChange={(e) => onChange(e.currentTarget.value as ManualChannel)}
      error={error}
    />
  );
}

export function UsageForm({ authorization, onDone }: FormProps) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const [units, setUnits] = useState<number | ''>(1);
  const [serviceDate, setServiceDate] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const command = useCommand(authorization, 'usage');
  const errors = useFieldErrors(command.error);
  const refusedBeyond =
    command.error instanceof ApiError &&
    command.error.status === 422 &&
    command.error.fields.length > 0;
  const left = Math.max(0, (authorization.unitsApproved ?? 0) - authorization.unitsUsed);
  return (
    <FormFrame
      onSubmit={() =>
        command.mutate(
          {
            units: units === '' ? 0 : units,
            serviceDate,
            ...(orNull(note) ? { note: note.trim() } : {}),
            ...(orNull(overrideReason) ? { overrideReason: overrideReason.trim() } : {}),
          },
          { onSuccess: onDone },
        )
      }
      onDone={onDone}
      error={command.error}
      pending={command.isPending}
      saveLabel={t('authorizations.usage.save')}
    >
      <Text size="sm">
        {t('authorizations.usage.left', {
          count: left,
          unit: words.unitType(authorization.unitType, left),
        })}
      </Text>
      <Group grow align="flex-start">
        <NumberInput
          label={t('authorizations.usage.units', {
            unit: words.unitType(authorization.unitType, 2),
          })}
          required
          min={1}
          allowDecimal={false}
          value={units}
          onChange={(v) => setUnits(typeof v === 'number' ? v : '')}
          error={errors.units}
        />
        <TextInput
          type="date"
          label={t('authorizations.usage.serviceDate')}
          required
          value={serviceDate}
          onChange={(e) => setServiceDate(e.currentTarget.value)}
          error={errors.serviceDate}
        />
      </Group>
      <TextInput
        label={t('authorizations.usage.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {(refusedBeyond || overrideReason !== '') && (
        <Textarea
          label={t('authorizations.usage.overrideReason')}
          description={t('authorizations.usage.overrideHelp')}
          autosize
          minRows={2}
          value={overrideReason}
          onChange={(e) => setOverrideReason(e.currentTarget.value)}
          error={errors.overrideReason}
        />
      )}
    </FormFrame>
  );
}

export function MarkSubmittedForm({ authorization, onDone }: FormProps) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<ManualChannel>('portal');
  const [reference, setReference] = useState('');
  const command = useCommand(authorization, 'mark-submitted');
  const errors = useFieldErrors(command.error);
  return (
    <FormFrame
      onSubmit={() =>
        command.mutate(
          { channel, ...(orNull(reference) ? { reference: reference.trim() } : {}) },
          { onSuccess: onDone },
        )
      }
      onDone={onDone}
      error={command.error}
      pending={command.isPending}
      saveLabel={t('authorizations.markSubmitted.save')}
    >
      <Text size="sm">{t('authorizations.markSubmitted.help')}</Text>
      <ChannelSelect value={channel} onChange={setChannel} error={errors.channel} />
      <TextInput
        label={t('authorizations.decision.reference')}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        error={errors.reference}
      />
    </FormFrame>
  );
}

export function AppealForm({ authorization, onDone }: FormProps) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const [level, setLevel] = useState<ReviewLevel>(authorization.level);
  const [channel, setChannel] = useState<ManualChannel>('fax');
  const [note, setNote] = useState('');
  const command = useCommand(authorization, 'appeal');
  const errors = useFieldErrors(command.error);
  return (
    <FormFrame
      onSubmit={() => command.mutate({ level, channel, note: note.trim() }, { onSuccess: onDone })}
      onDone={onDone}
      error={command.error}
      pending={command.isPending}
      saveLabel={t('authorizations.appeal.save')}
    >
      <Group grow align="flex-start">
        <NativeSelect
          label={t('authorizations.form.level')}
          value={level}
          data={REVIEW_LEVELS.map((l) => ({ value: l, label: words.level(l) }))}
          onChange={(e) => setLevel(e.currentTarget.value as ReviewLevel)}
          error={errors.level}
        />
        <ChannelSelect value={channel} onChange={setChannel} error={errors.channel} />
      </Group>
      <Textarea
        label={t('authorizations.appeal.note')}
        description={t('authorizations.appeal.noteHelp')}
        required
        autosize
        minRows={3}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errors.note}
      />
    </FormFrame>
  );
}

export function NotRequiredForm({ authorization, onDone }: FormProps) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const [method, setMethod] = useState<NotRequiredMethod>('phone');
  const [confirmedBy, setConfirmedBy] = useState('');
  const [note, setNote] = useState('');
  const command = useCommand(authorization, 'not-required');
  const errors = useFieldErrors(command.error);
  return (
    <FormFrame
      onSubmit={() =>
        command.mutate(
          {
            method,
            confirmedBy: confirmedBy.trim(),
            ...(orNull(note) ? { note: note.trim() } : {}),
          },
          { onSuccess: onDone },
        )
      }
      onDone={onDone}
      error={command.error}
      pending={command.isPending}
      saveLabel={t('authorizations.notRequired.save')}
    >
      <NativeSelect
        label={t('authorizations.notRequired.method')}
        value={method}
        data={NOT_REQUIRED_METHODS.map((m) => ({ value: m, label: words.method(m) }))}
        onChange={(e) => setMethod(e.currentTarget.value as NotRequiredMethod)}
        error={errors.method}
      />
      <TextInput
        label={t('authorizations.notRequired.confirmedBy')}
        description={t('authorizations.notRequired.confirmedByHelp')}
        required
        value={confirmedBy}
        onChange={(e) => setConfirmedBy(e.currentTarget.value)}
        error={errors.confirmedBy}
      />
      <Textarea
        label={t('authorizations.usage.note')}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </FormFrame>
  );
}

export function CancelForm({ authorization, onDone }: FormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const command = useCommand(authorization, 'cancel');
  const errors = useFieldErrors(command.error);
  return (
    <FormFrame
      onSubmit={() => command.mutate({ reason: reason.trim() }, { onSuccess: onDone })}
      onDone={onDone}
      error={command.error}
      pending={command.isPending}
      saveLabel={t('authorizations.cancel.save')}
    >
      <TextInput
        label={t('authorizations.cancel.reason')}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors.reason}
      />
    </FormFrame>
  );
}
