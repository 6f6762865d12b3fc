// The administrator's sliding scale: tiers by % of the poverty guideline and the discount each
// gives, a name and who decided it. The server checks the rules (ascending whole bounds, discounts
// 0–100 % never rising with income, one open tier last) and each refusal shows beside its field.
import { Alert, Button, Card, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SLIDING_SCALE } from '@infusio/domain/financial';
import type { SlidingScaleResponse } from '@server/modules/financial/sliding-scale.contracts.ts';
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
import {
  draftOf,
  requestOf,
  tiersDraft,
  withTierAdded,
  type ScaleDraft,
  type SentScale,
  type TierDraft,
} from './sliding-scale-drafts.ts';
import { TierFields } from './sliding-scale-tier-fields.tsx';

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
    setDraft((d) => ({ ...d, tiers: withTierAdded(d.tiers) }));
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
