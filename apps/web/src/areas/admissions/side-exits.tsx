// The side exits of the journey: hold, resume, not admitted, cancel and discharge, each (but resume)
// with a reason from the maintained list and an optional note.
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail } from '@server/modules/intake/intake.contracts.ts';
import { ApiError } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { EXIT_ROUTES, type AdmissionExit } from './admission-format.ts';
import { useAdmissionCommand } from './use-admission-command.ts';
import { useAdmissionLabels } from './use-admission-labels.ts';
import { useReasons } from './use-reasons.ts';

function ExitDialog({
  admissionId,
  exit,
  onClose,
}: {
  admissionId: string;
  exit: AdmissionExit;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const route = EXIT_ROUTES[exit];
  const reasons = useReasons(route.reasonKind);
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const command = useAdmissionCommand<{ reasonCode?: string; note?: string }>(
    admissionId,
    route.path,
  );

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (route.reasonKind && !reasonCode) {
      setReasonMissing(true);
      return;
    }
    command.mutate(
      {
        ...(route.reasonKind ? { reasonCode } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: onClose },
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`admissions.exits.${exit}.title`)}
      closeButtonProps={{ 'aria-label': t('admissions.cancel') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`admissions.exits.${exit}.help`)}</Text>
          {route.reasonKind && (
            <NativeSelect
              label={t('admissions.exits.reason')}
              required
              value={reasonCode}
              onChange={(e) => {
                setReasonCode(e.currentTarget.value);
                setReasonMissing(false);
              }}
              error={reasonMissing ? t('admissions.exits.reasonRequired') : undefined}
              data={[{ value: '', label: t('admissions.exits.choose') }, ...reasons.options]}
              data-autofocus
            />
          )}
          <Textarea
            label={t('admissions.exits.note')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {(command.error ?? reasons.error) && (
            <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
              {(() => {
                const error = command.error ?? reasons.error;
                return error instanceof ApiError ? describe(error) : t('errors.network');
              })()}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admissions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={command.isPending}
              color={exit === 'resume' ? undefined : 'red'}
            >
              {t(`admissions.exits.${exit}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function SideExits({ admission }: { admission: AdmissionDetail }) {
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  const [exit, setExit] = useState<AdmissionExit | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="side-exits-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="side-exits-title">
          {t('admissions.exits.title')}
        </Title>
        {admission.status !== 'open' && (
          <Text size="sm">
            {t('admissions.exits.current', { status: labels.status(admission.status) })}
            {admission.statusReasonCode
              ? ` — ${labels.reason(admission.status, admission.statusReasonCode)}`
              : ''}
            {admission.statusNote ? ` (${admission.statusNote})` : ''}
          </Text>
        )}
        {admission.allowedExits.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('admissions.exits.none')}
          </Text>
        ) : (
          <Group gap="xs">
            {admission.allowedExits.map((e) => (
              <Button
                key={e}
                variant={e === 'resume' ? 'filled' : 'default'}
                onClick={() => setExit(e)}
              >
                {t(`admissions.exits.${e}.button`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      {exit && <ExitDialog admissionId={admission.id} exit={exit} onClose={() => setExit(null)} />}
    </Paper>
  );
}
