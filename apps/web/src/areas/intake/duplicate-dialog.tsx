// The patient may already have a chart: each candidate (name, birth date, MRN, city, why it
// matched) can receive the referral, or the coordinator confirms a new chart.
import { Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  MatchCandidateView,
  PatientDecision,
} from '@server/modules/intake/intake.contracts.ts';
import { formatDate } from '../../shell/format.ts';

export function MatchCandidates({
  candidates,
  onDecide,
  pending,
}: {
  candidates: readonly MatchCandidateView[];
  onDecide: (decision: PatientDecision) => void;
  pending: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm">
      {candidates.map((c) => {
        const name = `${c.familyName}, ${c.givenName}`;
        return (
          <Card key={c.patientId} withBorder data-testid="match-candidate">
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{name}</Text>
                <Text size="sm">
                  {t('intake.match.facts', {
                    birthDate: formatDate(c.birthDate, i18n.language),
                    mrn: c.mrn,
                    city: c.city,
                  })}
                </Text>
                <Text size="sm" c="gray.7">
                  {t('intake.match.why', {
                    reasons: c.reasons
                      .map((r) => t(`intake.match.reasons.${r}`, { defaultValue: r }))
                      .join(t('admissions.listSeparator')),
                  })}
                </Text>
              </Stack>
              <Button
                loading={pending}
                aria-label={t('intake.match.useNamed', { name, mrn: c.mrn })}
                onClick={() => onDecide({ action: 'use-existing', patientId: c.patientId })}
              >
                {t('intake.match.use')}
              </Button>
            </Group>
          </Card>
        );
      })}
      <Group>
        <Button
          variant="default"
          loading={pending}
          onClick={() => onDecide({ action: 'create-new' })}
        >
          {t('intake.match.createNew')}
        </Button>
      </Group>
    </Stack>
  );
}

export function DuplicateDialog({
  candidates,
  hidden,
  onDecide,
  onClose,
  pending,
}: {
  candidates: readonly MatchCandidateView[] | null;
  hidden: number;
  onDecide: (decision: PatientDecision) => void;
  onClose: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={candidates !== null}
      onClose={onClose}
      size="lg"
      title={t('intake.match.title')}
      closeButtonProps={{ 'aria-label': t('admissions.cancel') }}
    >
      <Stack>
        <Text size="sm">{t('intake.match.intro')}</Text>
        {hidden > 0 && (
          <Text size="sm" c="gray.7">
            {t('intake.match.hidden', { count: hidden })}
          </Text>
        )}
        <MatchCandidates candidates={candidates ?? []} onDecide={onDecide} pending={pending} />
      </Stack>
    </Modal>
  );
}
