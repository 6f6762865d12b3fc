// The administrator's sliding scale: tiers by % of the poverty guideline and the discount each
// gives, a name and who decided it. The server checks the rules (ascending whole bounds, discounts
// 0–100 % never rising with income, one open tier last) and each refusal shows beside its field.
import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SLIDING_SCALE, type SlidingScaleTier } from '@infusio/domain/financial';
import type {
  PutSlidingScaleRequest,
  SlidingScaleResponse,
} from '@server/modules/financial/sliding-scale.contracts.ts';
import { api } from '../../api/http.ts';
import { MarkBadge } from '../financial/mark-badge.tsx';
import {
  SLIDING_SCALE_QUERY_KEY,
  SlidingScaleTable,
  useSlidingScale,
} from '../financial/sliding-scale-table.tsx';
import { FormErrorSummary } from '../patients/chart/form-error-summary.tsx';
import { QueryError } from '../../shell/query-error.tsx';
import { useSettingsFieldErrors } from './settings-field-errors.ts';

type Typed = number | string;

interface TierDraft {
  key: number;
  /** % of the poverty guideline as typed; ignored for the last (open) tier. */
  bound: Typed;
  /** Discount in % as typed. */
  discount: Typed;
}

interface ScaleDraft {
  name: string;
  decidedBy: string;
  tiers: TierDraft[];
}

let nextKey = 0;
const newKey = () => (nextKey += 1);

/** 0.125 → 12.5 (the API keeps rates 0..1 in basis points). */
const toPercent = (rate: number) => Math.round(rate * 10_000) / 100;

function tiersDraft(tiers: readonly SlidingScaleTier[]): TierDraft[] {
  return tiers.map((tier) => ({
    key: newKey(),
    bound: tier.upToPercentFpl ?? '',
    discount: toPercent(tier.discountRate),
  }));
}

function draftOf(policy: SlidingScaleResponse): ScaleDraft {
  const isOrganisation = policy.origin === 'organisation';
  return {
    name: isOrganisation ? policy.name : '',
    decidedBy: policy.decidedBy ?? '',
    tiers: tiersDraft(policy.tiers),
  };
}

/** What was typed, as sent: an empty or unreadable number goes as null for the server to name. */
function numberOrNull(value: Typed): number | null {
  if (value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The request as typed: an empty figure is sent as null and refused beside its field. */
type SentScale = Omit<PutSlidingScaleRequest, 'tiers'> & {
  tiers: { upToPercentFpl: number | null; discountRate: number | null }[];
};

function requestOf(draft: ScaleDraft): SentScale {
  const last = draft.tiers.length - 1;
  return {
    name: draft.name,
    decidedBy: draft.decidedBy,
    tiers: draft.tiers.map((tier, index) => {
      const percent = numberOrNull(tier.discount);
      return {
        upToPercentFpl: index === last ? null : numberOrNull(tier.bound),
        discountRate: percent === null ? null : Math.round(percent * 100) / 10_000,
      };
    }),
  };
}

function TierFields({
  tier,
  index,
  isLast,
  previousBound,
  errorOf,
  onChange,
  onRemove,
}: {
  tier: TierDraft;
  index: number;
  isLast: boolean;
  previousBound: Typed | undefined;
  errorOf: (field: string) => string | undefined;
  onChange: (change: Partial<TierDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <Fieldset
      legend={t('assistanceSettings.scale.tierLegend', { n })}
      data-testid={`tier-${String(n)}`}
    >
      <Group align="flex-start" wrap="wrap">
        {isLast ? (
          <Text size="sm" w={260} pt={28}>
            {previousBound === undefined || previousBound === ''
              ? t('assistanceSettings.scale.openTierOnly')
              : t('assistanceSettings.scale.openTier', { percent: previousBound })}
          </Text>
        ) : (
          <NumberInput
            label={t('assistanceSettings.scale.bound')}
            description={t('assistanceSettings.scale.boundHelp')}
            w={260}
            allowDecimal
            value={tier.bound}
            onChange={(bound) => onChange({ bound })}
            error={errorOf(`/tiers/${String(index)}/upToPercentFpl`)}
          />
        )}
        <NumberInput
          label={t('assistanceSettings.scale.discount')}
          description={t('assistanceSettings.scale.discountHelp')}
          w={220}
          decimalScale={2}
          value={tier.discount}
          onChange={(discount) => onChange({ discount })}
          error={errorOf(`/tiers/${String(index)}/discountRate`)}
        />
        {!isLast && (
          <Button
            variant="subtle"
            color="red"
            mt={28}
            onClick={onRemove}
            aria-label={t('assistanceSettings.scale.removeNamed', { n })}
          >
            {t('assistanceSettings.scale.remove')}
          </Button>
        )}
      </Group>
    </Fieldset>
  );
}

function SlidingScaleEditor({ policy }: { policy: SlidingScaleResponse }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [draft, setDraft] = useState<ScaleDraft>(() => draftOf(policy));
  const save = useMutation({
    mutationFn: (body: SentScale) =>
      api<SlidingScaleResponse>('PUT', '/api/configuration/sliding-scale', body),
    onSuccess: (saved) => {
      client.setQueryData(SLIDING_SCALE_QUERY_KEY, saved);
      setDraft(draftOf(saved));
    },
  });
  const errors = useSettingsFieldErrors(save.error);
  const errorOf = (field: string) => errors.get(field);
  const setTier = (key: number, change: Partial<TierDraft>) =>
    setDraft((d) => ({
      ...d,
      tiers: d.tiers.map((tier) => (tier.key === key ? { ...tier, ...change } : tier)),
    }));
  function addTier() {
    setDraft((d) => {
      const open = d.tiers.at(-1);
      const bounded = d.tiers.slice(0, -1);
      const highest = numberOrNull(bounded.at(-1)?.bound ?? '') ?? 0;
      const added: TierDraft = {
        key: newKey(),
        bound: highest + 100,
        discount: open?.discount ?? 0,
      };
      return { ...d, tiers: [...bounded, added, ...(open ? [open] : [])] };
    });
  }
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    save.mutate(requestOf(draft));
  }
  return (
    <Card
      withBorder
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
      data-testid="sliding-scale-form"
    >
      <Stack>
        <Title order={3} size="h4" id={titleId}>
          {t('assistanceSettings.scale.editTitle')}
        </Title>
        <FormErrorSummary error={save.error} />
        {save.isSuccess && (
          <Alert color="teal" role="status" data-testid="sliding-scale-saved">
            {t('assistanceSettings.scale.saved', { version: save.data.version })}
          </Alert>
        )}
        <TextInput
          label={t('assistanceSettings.scale.name')}
          description={t('assistanceSettings.scale.nameHelp')}
          required
          value={draft.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            setDraft((d) => ({ ...d, name }));
          }}
          error={errorOf('/name')}
        />
        <Textarea
          label={t('assistanceSettings.scale.decidedBy')}
          description={t('assistanceSettings.scale.decidedByHelp')}
          required
          autosize
          minRows={2}
          value={draft.decidedBy}
          onChange={(e) => {
            const decidedBy = e.currentTarget.value;
            setDraft((d) => ({ ...d, decidedBy }));
          }}
          error={errorOf('/decidedBy')}
        />
        <Stack gap="xs">
          {draft.tiers.map((tier, index) => (
            <TierFields
              key={tier.key}
              tier={tier}
              index={index}
              isLast={index === draft.tiers.length - 1}
              previousBound={draft.tiers[index - 1]?.bound}
              errorOf={errorOf}
              onChange={(change) => setTier(tier.key, change)}
              onRemove={() =>
                setDraft((d) => ({ ...d, tiers: d.tiers.filter((x) => x.key !== tier.key) }))
              }
            />
          ))}
          {errorOf('/tiers') && (
            <Text c="red.8" size="sm">
              {errorOf('/tiers')}
            </Text>
          )}
        </Stack>
        <Group>
          <Button variant="default" onClick={addTier}>
            {t('assistanceSettings.scale.addTier')}
          </Button>
          <Button
            variant="default"
            onClick={() =>
              setDraft((d) => ({ ...d, tiers: tiersDraft(DEFAULT_SLIDING_SCALE.tiers) }))
            }
          >
            {t('assistanceSettings.scale.useDefaultTiers')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="save-sliding-scale">
            {t('assistanceSettings.scale.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function SlidingScaleSettings() {
  const { t } = useTranslation();
  const query = useSlidingScale();
  return (
    <Stack component="section" aria-labelledby="sliding-scale-heading">
      <Title order={2} id="sliding-scale-heading">
        {t('assistanceSettings.scale.title')}
      </Title>
      <Alert
        color="blue"
        icon={<IconInfoCircle aria-hidden />}
        title={t('assistanceSettings.scale.policyChoiceTitle')}
      >
        <Stack gap={4}>
          <Text size="sm">{t('assistanceSettings.scale.policyChoice')}</Text>
          <div>
            <MarkBadge mark="unverified" />
          </div>
        </Stack>
      </Alert>
      {query.error && <QueryError error={query.error} />}
      {query.data && (
        <>
          <Card withBorder>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('assistanceSettings.scale.inUse')}
              </Title>
              <SlidingScaleTable policy={query.data} />
            </Stack>
          </Card>
          <SlidingScaleEditor policy={query.data} />
        </>
      )}
    </Stack>
  );
}
