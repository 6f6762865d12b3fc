import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Allergy } from '@server/modules/patients/chart.contracts.ts';

/**
 * The allergies, at the top of every tab: red with a warning icon and the word "Allergies" when any
 * are active, a clear "no known drug allergies" for NKDA, and an orange prompt when none were ever
 * recorded — so the absence of a list is never mistaken for "none".
 */
export function AllergyBanner({ allergies }: { allergies: readonly Allergy[] }) {
  const { t } = useTranslation();
  const active = allergies.filter((a) => a.status === 'active');
  const real = active.filter((a) => !a.isNkda);
  if (real.length > 0) {
    return (
      <Alert
        color="red"
        variant="filled"
        icon={<IconAlertTriangle aria-hidden size={28} />}
        title={t('patientChart.allergyBanner.title', { count: real.length })}
        data-testid="allergy-banner"
        styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <Text fw={700} size="lg" c="white">
          {real
            .map((a) =>
              [a.substance, a.reaction, a.severity && t(`patientChart.severity.${a.severity}`)]
                .filter(Boolean)
                .join(' — '),
            )
            .join(' · ')}
        </Text>
      </Alert>
    );
  }
  if (active.some((a) => a.isNkda)) {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        data-testid="allergy-banner"
      >
        <Text fw={700}>{t('patientChart.allergyBanner.nkda')}</Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconHelpCircle aria-hidden />}
      data-testid="allergy-banner"
    >
      <Text fw={700}>{t('patientChart.allergyBanner.unknown')}</Text>
    </Alert>
  );
}
