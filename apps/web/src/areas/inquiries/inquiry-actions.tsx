import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CloseInquiryRequest,
  Inquiry,
  InquiryCloseReason,
} from '@server/modules/inquiries/inquiries.contracts.ts';
import { ApiError, api } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';

export const CLOSE_REASONS = [
  'not-home-infusion',
  'unable-to-reach',
  'out-of-service-area',
  'chose-another-provider',
  'no-longer-needed',
  'duplicate',
  'not-a-genuine-request',
] as const satisfies readonly InquiryCloseReason[];

export type InquiryAction = 'contact' | 'close';

/** The dialog for recording a call back (a note) or closing the request (a reason). */
export function InquiryActionDialog({
  inquiry,
  action,
  onClose,
}: {
  inquiry: Inquiry | null;
  action: InquiryAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [reasonCode, setReasonCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: (id: string) =>
      action === 'contact'
        ? api<Inquiry>('POST', `/api/inquiries/${id}/contact`, { note })
        : api<Inquiry>('POST', `/api/inquiries/${id}/close`, {
            reasonCode: reasonCode as CloseInquiryRequest['reasonCode'],
            ...(note.trim() ? { note } : {}),
          }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['inquiries'] });
      setNote('');
      setReasonCode('');
      onClose();
    },
  });

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setProblem(undefined);
    if (!inquiry) return;
    if (action === 'contact' && !note.trim()) {
      setProblem(t('inquiries.actions.noteRequired'));
      return;
    }
    if (action === 'close' && !reasonCode) {
      setProblem(t('inquiries.actions.reasonRequired'));
      return;
    }
    mutation.mutate(inquiry.id);
  }

  const title =
    action === 'contact' ? t('inquiries.actions.contactTitle') : t('inquiries.actions.closeTitle');
  return (
    <Modal
      opened={inquiry !== null}
      onClose={onClose}
      title={inquiry ? `${title}: ${inquiry.reference}` : title}
      closeButtonProps={{ 'aria-label': t('inquiries.actions.cancel') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {action === 'close' && (
            <NativeSelect
              label={t('inquiries.actions.reason')}
              required
              value={reasonCode}
              onChange={(e) => setReasonCode(e.currentTarget.value)}
              error={problem && !reasonCode ? problem : undefined}
              data={[
                { value: '', label: t('inquiries.actions.reasonPlaceholder') },
                ...CLOSE_REASONS.map((code) => ({
                  value: code,
                  label: t(`inquiries.closeReasons.${code}`),
                })),
              ]}
            />
          )}
          <Textarea
            label={
              action === 'contact' ? t('inquiries.actions.note') : t('inquiries.actions.closeNote')
            }
            required={action === 'contact'}
            autosize
            minRows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={action === 'contact' && problem ? problem : undefined}
            data-autofocus
          />
          {mutation.error && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {mutation.error instanceof ApiError ? describe(mutation.error) : t('errors.network')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('inquiries.actions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              color={action === 'close' ? 'red' : undefined}
            >
              {action === 'contact'
                ? t('inquiries.actions.saveContact')
                : t('inquiries.actions.confirmClose')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
