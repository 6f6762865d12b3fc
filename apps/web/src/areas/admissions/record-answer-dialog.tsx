// Records the answer to a precondition no module answers yet (its owner role only), with a note.
import { Alert, Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreconditionKey } from '@infusio/domain/intake';
import type { RecordAnswerRequest } from '@server/modules/intake/intake.contracts.ts';
import { ApiError } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { useAdmissionCommand } from './use-admission-command.ts';
import { useAdmissionLabels } from './use-admission-labels.ts';

export function RecordAnswerDialog({
  admissionId,
  preconditionKey,
  wasMet,
  onClose,
}: {
  admissionId: string;
  preconditionKey: PreconditionKey | null;
  wasMet: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  const describe = useErrorMessage();
  const [met, setMet] = useState(!wasMet);
  const [note, setNote] = useState('');
  const record = useAdmissionCommand<{ key: PreconditionKey; body: RecordAnswerRequest }>(
    admissionId,
    ({ key }) => `answers/${key}`,
    ({ body }) => body,
  );

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!preconditionKey) return;
    record.mutate(
      { key: preconditionKey, body: { met, ...(note.trim() ? { note: note.trim() } : {}) } },
      {
        onSuccess: () => {
          setNote('');
          onClose();
        },
      },
    );
  }

  const item = preconditionKey ? labels.precondition(preconditionKey) : '';
  return (
    <Modal
      opened={preconditionKey !== null}
      onClose={onClose}
      title={t('admissions.record.title', { item })}
      closeButtonProps={{ 'aria-label': t('admissions.cancel') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Checkbox
            label={t('admissions.record.met', { item })}
            checked={met}
            onChange={(e) => setMet(e.currentTarget.checked)}
          />
          <Textarea
            label={t('admissions.record.note')}
            description={t('admissions.record.noteHelp')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-autofocus
          />
          {record.error && (
            <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
              {record.error instanceof ApiError ? describe(record.error) : t('errors.network')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admissions.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('admissions.record.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
