// Claim an admission from the queue, or release it back; shown to roles that work queues.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { canPerform } from '@infusio/domain/access';
import { ApiError } from '../../api/http.ts';
import { useSession } from '../../api/session.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { useAdmissionCommand } from './use-admission-command.ts';

interface ClaimActionsProps {
  admissionId: string;
  assignedTo: { userId: string; name: string } | null;
  /** Names the admission in the buttons' accessible names (several rows share a table). */
  subject: string;
  showAssignee?: boolean;
}

export function ClaimActions({
  admissionId,
  assignedTo,
  subject,
  showAssignee = false,
}: ClaimActionsProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const session = useSession();
  const me = session.data?.user;
  const claim = useAdmissionCommand(admissionId, 'claim');
  const release = useAdmissionCommand<{ userId: null }>(admissionId, 'assign');
  const onError = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: t('errors.title'),
      message: error instanceof ApiError ? describe(error) : t('errors.network'),
    });
  if (!me || !canPerform(me.roles, 'work-queue', 'update')) {
    return showAssignee ? (
      <Text size="sm">{assignedTo?.name ?? t('workQueue.unclaimed')}</Text>
    ) : null;
  }
  const mine = assignedTo?.userId === me.id;
  return (
    <Group gap="xs" wrap="nowrap">
      {showAssignee && (
        <Text size="sm">
          {assignedTo
            ? t('workQueue.claimedBy', { name: mine ? t('workQueue.you') : assignedTo.name })
            : t('workQueue.unclaimed')}
        </Text>
      )}
      {mine ? (
        <Button
          size="xs"
          variant="default"
          loading={release.isPending}
          aria-label={t('workQueue.releaseNamed', { name: subject })}
          onClick={() => release.mutate({ userId: null }, { onError })}
        >
          {t('workQueue.release')}
        </Button>
      ) : (
        <Button
          size="xs"
          variant="light"
          loading={claim.isPending}
          aria-label={
            assignedTo
              ? t('workQueue.takeOverNamed', { name: subject })
              : t('workQueue.claimNamed', { name: subject })
          }
          onClick={() => claim.mutate(undefined, { onError })}
        >
          {assignedTo ? t('workQueue.takeOver') : t('workQueue.claim')}
        </Button>
      )}
    </Group>
  );
}
