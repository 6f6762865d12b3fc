// Create or edit a draft request: service line, procedure code (filled from the therapy plan's
// suggestion if the user picks one), units and what they count, frequency, dates and review level.
// The API's field problems show beside each input.
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
  DraftFields,
  Suggestion,
} from '@server/modules/authorizations/authorizations.contracts.ts';
import {
  REVIEW_LEVELS,
  SERVICE_LINES,
  UNIT_TYPES,
  type ReviewLevel,
  type ServiceLine,
  type UnitType,
} from '@server/modules/authorizations/authorization-vocabulary.ts';
import { CommandError } from './authorization-bits.tsx';
import { useAuthorizationCommand, useSuggestions } from './use-authorizations.ts';
import { useAuthorizationWords, useFieldErrors } from './use-authorization-words.ts';

interface FormState {
  serviceLine: ServiceLine;
  procedureCode: string;
  modifier: string;
  description: string;
  unitsRequested: number | '';
  unitType: UnitType;
  frequency: string;
  startDate: string;
  endDate: string;
  level: ReviewLevel;
  notes: string;
}

function initialState(existing: AuthorizationView | undefined): FormState {
  return {
    serviceLine: existing?.serviceLine ?? 'drug',
    procedureCode: existing?.procedureCode ?? '',
    modifier: existing?.modifier ?? '',
    description: existing?.description ?? '',
    unitsRequested: existing?.unitsRequested ?? '',
    unitType: existing?.unitType ?? 'units',
    frequency: existing?.frequency ?? '',
    startDate: existing?.startDate ?? '',
    endDate: existing?.endDate ?? '',
    level: existing?.level ?? 'standard',
    notes: existing?.notes ?? '',
  };
}

function fromSuggestion(state: FormState, s: Suggestion): FormState {
  return {
    ...state,
    serviceLine: s.serviceLine,
    procedureCode: s.procedureCode,
    modifier: s.modifier ?? '',
    description: s.description,
    unitsRequested: s.unitsRequested,
    unitType: s.unitType,
    frequency: s.frequency ?? '',
    startDate: s.startDate,
    endDate: s.endDate,
  };
}

function toRequest(state: FormState): DraftFields {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    serviceLine: state.serviceLine,
    procedureCode: state.procedureCode.trim().toUpperCase(),
    modifier: optional(state.modifier),
    description: optional(state.description),
    unitsRequested: state.unitsRequested === '' ? 0 : state.unitsRequested,
    unitType: state.unitType,
    frequency: optional(state.frequency),
    startDate: state.startDate,
    endDate: state.endDate,
    level: state.level,
    notes: optional(state.notes),
  };
}

export function DraftForm({
  admissionId,
  existing,
  onDone,
}: {
  admissionId: string;
  existing?: AuthorizationView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const [state, setState] = useState<FormState>(() => initialState(existing));
  const suggestions = useSuggestions(admissionId, existing === undefined);
  const save = useAuthorizationCommand<DraftFields>(
    existing ? 'PUT' : 'POST',
    () =>
      existing
        ? `/api/authorizations/${existing.id}`
        : `/api/admissions/${encodeURIComponent(admissionId)}/authorizations`,
    (body) => body,
  );
  const errors = useFieldErrors(save.error);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((current) => ({ ...current, [key]: value }));

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    save.mutate(toRequest(state), { onSuccess: onDone });
  }

  const options = suggestions.data?.suggestions ?? [];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <CommandError error={save.error} />
        {options.length > 0 && (
          <NativeSelect
            label={t('authorizations.form.fromPlan')}
            description={t('authorizations.form.fromPlanHelp')}
            data={[
              { value: '', label: t('authorizations.form.choose') },
              ...options.map((s, index) => ({
                value: String(index),
                label: `${words.serviceLine(s.serviceLine)} · ${s.procedureCode} · ${String(s.unitsRequested)} ${words.unitType(s.unitType, s.unitsRequested)}`,
              })),
            ]}
            onChange={(e) => {
              const picked = options[Number(e.currentTarget.value)];
              if (e.currentTarget.value !== '' && picked)
                setState((s) => fromSuggestion(s, picked));
            }}
          />
        )}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('authorizations.form.serviceLine')}
            required
            value={state.serviceLine}
            data={SERVICE_LINES.map((line) => ({ value: line, label: words.serviceLine(line) }))}
            onChange={(e) => set('serviceLine', e.currentTarget.value as ServiceLine)}
            error={errors.serviceLine}
          />
          <TextInput
            label={t('authorizations.form.procedureCode')}
            description={t('authorizations.form.procedureCodeHelp')}
            required
            value={state.procedureCode}
            onChange={(e) => set('procedureCode', e.currentTarget.value)}
            error={errors.procedureCode}
          />
          <TextInput
            label={t('authorizations.form.modifier')}
            value={state.modifier}
            onChange={(e) => set('modifier', e.currentTarget.value)}
            error={errors.modifier}
          />
        </Group>
        <TextInput
          label={t('authorizations.form.description')}
          value={state.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={errors.description}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('authorizations.form.units')}
            required
            min={1}
            allowDecimal={false}
            value={state.unitsRequested}
            onChange={(value) => set('unitsRequested', typeof value === 'number' ? value : '')}
            error={errors.unitsRequested}
          />
          <NativeSelect
            label={t('authorizations.form.unitType')}
            value={state.unitType}
            data={UNIT_TYPES.map((u) => ({ value: u, label: words.unitType(u, 2) }))}
            onChange={(e) => set('unitType', e.currentTarget.value as UnitType)}
            error={errors.unitType}
          />
          <TextInput
            label={t('authorizations.form.frequency')}
            description={t('authorizations.form.frequencyHelp')}
            value={state.frequency}
            onChange={(e) => set('frequency', e.currentTarget.value)}
            error={errors.frequency}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('authorizations.form.startDate')}
            required
            value={state.startDate}
            onChange={(e) => set('startDate', e.currentTarget.value)}
            error={errors.startDate}
          />
          <TextInput
            type="date"
            label={t('authorizations.form.endDate')}
            required
            value={state.endDate}
            onChange={(e) => set('endDate', e.currentTarget.value)}
            error={errors.endDate}
          />
          <NativeSelect
            label={t('authorizations.form.level')}
            description={t('authorizations.form.levelHelp')}
            value={state.level}
            data={REVIEW_LEVELS.map((l) => ({ value: l, label: words.level(l) }))}
            onChange={(e) => set('level', e.currentTarget.value as ReviewLevel)}
            error={errors.level}
          />
        </Group>
        <Textarea
          label={t('authorizations.form.notes')}
          autosize
          minRows={2}
          value={state.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.notes}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('authorizations.cancelForm')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {existing ? t('authorizations.form.save') : t('authorizations.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
