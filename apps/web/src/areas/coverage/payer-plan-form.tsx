// Adding or editing a plan of the directory. The server checks every field (payer id format,
// billing model for the plan type, timely filing 1–730 days, phones, https portal) and the form
// shows each problem beside its field, with a summary announced at the top.
import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_TYPES } from '@infusio/domain/coverage';
import { US_STATE_CODES } from '@infusio/domain/identifiers';
import {
  BILLING_MODELS,
  CONTRACT_STATUSES,
  THERAPY_TYPES,
  type PayerPlan,
  type SavePayerPlanRequest,
} from '@server/modules/coverage/payers.contracts.ts';
import { ApiError, api } from '../../api/http.ts';
import { FormErrorSummary } from '../patients/chart/form-error-summary.tsx';
import { useCoverageWords } from './coverage-words.ts';

function draftOf(plan: PayerPlan | null): SavePayerPlanRequest {
  return {
    payerId: plan?.payerId ?? '',
    payerName: plan?.payerName ?? '',
    planName: plan?.planName ?? '',
    planType: plan?.planType ?? 'commercial',
    state: plan?.state ?? null,
    contractStatus: plan?.contractStatus ?? 'in-network',
    billingModel: plan?.billingModel ?? 'per-diem',
    priorAuthTherapies: [...(plan?.priorAuthTherapies ?? [])],
    timelyFilingDays: plan?.timelyFilingDays ?? 90,
    phone: plan?.phone ?? null,
    fax: plan?.fax ?? null,
    portalUrl: plan?.portalUrl ?? null,
  };
}

function useFieldErrors(error: unknown): Readonly<Record<string, string>> {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return {};
  const messages: Record<string, string> = {};
  for (const problem of error.fields) {
    const name = problem.field.replace(/^\//, '').split('/')[0] ?? problem.field;
    messages[name] ??= t(`coverage.fieldErrors.${problem.code}`, { defaultValue: problem.message });
  }
  return messages;
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

export function PayerPlanForm({
  plan,
  onSaved,
  onCancel,
}: {
  /** null to add a new plan. */
  plan: PayerPlan | null;
  onSaved: (plan: PayerPlan) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const words = useCoverageWords();
  const titleId = useId();
  const client = useQueryClient();
  const [draft, setDraft] = useState<SavePayerPlanRequest>(() => draftOf(plan));
  const save = useMutation({
    mutationFn: (body: SavePayerPlanRequest) =>
      plan
        ? api<PayerPlan>('PUT', `/api/payers/${plan.id}`, body)
        : api<PayerPlan>('POST', '/api/payers', body),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['payers'] });
      onSaved(saved);
    },
  });
  const errors = useFieldErrors(save.error);
  const set = (change: Partial<SavePayerPlanRequest>) =>
    setDraft((current) => ({ ...current, ...change }));
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    save.mutate(draft);
  }
  return (
    <Card
      withBorder
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
      data-testid="payer-plan-form"
    >
      <Stack>
        <Title order={2} size="h4" id={titleId}>
          {plan
            ? t('coverage.form.editTitle', { name: plan.planName })
            : t('coverage.form.addTitle')}
        </Title>
        <FormErrorSummary error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('coverage.plan.payerName')}
            required
            value={draft.payerName}
            onChange={(e) => set({ payerName: e.currentTarget.value })}
            error={errors.payerName}
          />
          <TextInput
            label={t('coverage.plan.payerId')}
            description={t('coverage.form.payerIdHelp')}
            required
            value={draft.payerId}
            onChange={(e) => set({ payerId: e.currentTarget.value })}
            error={errors.payerId}
          />
        </SimpleGrid>
        <TextInput
          label={t('coverage.plan.planName')}
          required
          value={draft.planName}
          onChange={(e) => set({ planName: e.currentTarget.value })}
          error={errors.planName}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('coverage.plan.planType')}
            required
            allowDeselect={false}
            data={PLAN_TYPES.map((value) => ({ value, label: words.planType(value) }))}
            value={draft.planType}
            onChange={(value) => {
              const planType = PLAN_TYPES.find((p) => p === value);
              if (planType) set({ planType });
            }}
            error={errors.planType}
          />
          <Select
            label={t('coverage.plan.state')}
            placeholder={t('coverage.form.nationalPlan')}
            data={[...US_STATE_CODES]}
            value={draft.state}
            onChange={(value) => set({ state: value })}
            searchable
            clearable
            error={errors.state}
          />
          <Select
            label={t('coverage.plan.contractStatus')}
            required
            allowDeselect={false}
            data={CONTRACT_STATUSES.map((value) => ({ value, label: words.contractStatus(value) }))}
            value={draft.contractStatus}
            onChange={(value) => {
              const contractStatus = CONTRACT_STATUSES.find((c) => c === value);
              if (contractStatus) set({ contractStatus });
            }}
            error={errors.contractStatus}
          />
          <Select
            label={t('coverage.plan.billingModel')}
            required
            allowDeselect={false}
            data={BILLING_MODELS.map((value) => ({ value, label: words.billingModel(value) }))}
            value={draft.billingModel}
            onChange={(value) => {
              const billingModel = BILLING_MODELS.find((b) => b === value);
              if (billingModel) set({ billingModel });
            }}
            error={errors.billingModel}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('coverage.plan.priorAuthTherapies')}
          value={[...draft.priorAuthTherapies]}
          onChange={(values) =>
            set({ priorAuthTherapies: THERAPY_TYPES.filter((therapy) => values.includes(therapy)) })
          }
          error={errors.priorAuthTherapies}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {THERAPY_TYPES.map((therapy) => (
              <Checkbox key={therapy} value={therapy} label={words.therapy(therapy)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('coverage.plan.timelyFiling')}
            description={t('coverage.form.timelyFilingHelp')}
            required
            allowDecimal={false}
            value={draft.timelyFilingDays}
            onChange={(value) =>
              set({ timelyFilingDays: typeof value === 'number' ? value : Number(value) || 0 })
            }
            error={errors.timelyFilingDays}
          />
          <TextInput
            label={t('coverage.plan.portal')}
            type="url"
            value={draft.portalUrl ?? ''}
            onChange={(e) => set({ portalUrl: orNull(e.currentTarget.value) })}
            error={errors.portalUrl}
          />
          <TextInput
            label={t('coverage.plan.phone')}
            type="tel"
            value={draft.phone ?? ''}
            onChange={(e) => set({ phone: orNull(e.currentTarget.value) })}
            error={errors.phone}
          />
          <TextInput
            label={t('coverage.plan.fax')}
            type="tel"
            value={draft.fax ?? ''}
            onChange={(e) => set({ fax: orNull(e.currentTarget.value) })}
            error={errors.fax}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('coverage.form.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('coverage.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
