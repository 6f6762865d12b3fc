// One tier's fields: its upper bound (none for the last, open tier) and discount, each with the
// server's problem beside it, in a fieldset named after the tier.
import { Button, Fieldset, Group, NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TierDraft, Typed } from './sliding-scale-drafts.ts';

export function TierFields({
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
