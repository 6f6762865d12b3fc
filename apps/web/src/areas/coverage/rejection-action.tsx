// An AAA rejection shown as the coordinator's next step: what to do (our words for the reason
// code), the payer's reason, and whether and when the inquiry may be sent again.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RejectionView } from '@server/modules/coverage/coverage.contracts.ts';
import { useCoverageWords } from './coverage-words.ts';

export function RejectionAction({
  rejection,
  onRetry,
  retrying,
}: {
  rejection: RejectionView;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  const { t } = useTranslation();
  const words = useCoverageWords();
  return (
    <Alert
      color="grape"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('coverage.rejection.title')}
      data-testid="rejection-action"
    >
      <Stack gap="xs">
        <Text fw={600}>{words.rejectionAction(rejection)}</Text>
        <Text size="sm">
          {t('coverage.rejection.code', { code: rejection.code, meaning: rejection.meaning })}
        </Text>
        {rejection.waitDays !== null && (
          <Text size="sm">{t('coverage.rejection.waitDays', { count: rejection.waitDays })}</Text>
        )}
        {!rejection.mayResubmit && <Text size="sm">{t('coverage.rejection.noResubmit')}</Text>}
        {onRetry && rejection.mayResubmit && rejection.waitDays === null && (
          <div>
            <Button size="xs" variant="light" onClick={onRetry} loading={retrying}>
              {t('coverage.rejection.retry')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
