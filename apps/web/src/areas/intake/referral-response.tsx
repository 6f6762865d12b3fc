// The answer to the referral source against the response clock: accept, decline with a reason
// from the maintained list, or ask for more information (a note saying what is needed).
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
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canPerform } from '@infusio/domain/access';
import type { RespondToReferralRequest } from '@server/modules/intake/intake.contracts.ts';
import { ApiError, api } from '../../api/http.ts';
import { useSession } from '../../api/session.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { ClockBadge } from '../admissions/admission-badges.tsx';
import type { ClockState } from '../admissions/admission-format.ts';
import { useInvalidateJourney } from '../admissions/use-admission-command.ts';
import { useAdmissionLabels } from '../admissions/use-admission-labels.ts';
import { useReasons } from '../admissions/use-reasons.ts';

type Answer = RespondToReferralRequest['response'];

function useRespond(referralId: string) {
  const invalidate = useInvalidateJourney();
  return useMutation({
    mutationFn: (body: RespondToReferralRequest) =>
      api<null>('POST', `/api/referrals/${encodeURIComponent(referralId)}/respond`, body),
    onSuccess: invalidate,
  });
}

function AnswerDialog({
  referralId,
  answer,
  onClose,
}: {
  referralId: string;
  answer: Exclude<Answer, 'accepted'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const respond = useRespond(referralId);
  const reasons = useReasons(answer === 'declined' ? 'referral-declined' : null);
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<'reason' | 'note' | null>(null);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (answer === 'declined' && !reasonCode) {
      setProblem('reason');
      return;
    }
    if (answer === 'info-requested' && !note.trim()) {
      setProblem('note');
      return;
    }
    respond.mutate(
      {
        response: answer,
        ...(answer === 'declined' ? { reasonCode } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: onClose },
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`intake.response.${answer}.title`)}
      closeButtonProps={{ 'aria-label': t('admissions.cancel') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {answer === 'declined' && (
            <NativeSelect
              label={t('intake.response.reason')}
              required
              value={reasonCode}
              onChange={(e) => {
                setReasonCode(e.currentTarget.value);
                setProblem(null);
              }}
              error={problem === 'reason' ? t('intake.response.reasonRequired') : undefined}
              data={[{ value: '', label: t('admissions.exits.choose') }, ...reasons.options]}
              data-autofocus
            />
          )}
          <Textarea
            label={
              answer === 'info-requested' ? t('intake.response.needed') : t('intake.response.note')
            }
            required={answer === 'info-requested'}
            autosize
            minRows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setProblem(null);
            }}
            error={problem === 'note' ? t('intake.response.noteRequired') : undefined}
            data-autofocus={answer === 'info-requested' ? true : undefined}
          />
          {respond.error && (
            <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
              {respond.error instanceof ApiError ? describe(respond.error) : t('errors.network')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admissions.cancel')}
            </Button>
            <Button
              type="submit"
              loading={respond.isPending}
              color={answer === 'declined' ? 'red' : undefined}
            >
              {t(`intake.response.${answer}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export interface ReferralResponseProps {
  referralId: string;
  response: string | null;
  responseReasonCode?: string | null;
  responseNote?: string | null;
  clock: { state: ClockState; minutesLeft: number; dueAt: string };
  headingOrder?: 2 | 3;
}

export function ReferralResponse(props: ReferralResponseProps) {
  const { referralId, response, responseReasonCode, responseNote, clock, headingOrder = 2 } = props;
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  const describe = useErrorMessage();
  const session = useSession();
  const respond = useRespond(referralId);
  const [dialog, setDialog] = useState<Exclude<Answer, 'accepted'> | null>(null);
  const mayRespond = canPerform(session.data?.user.roles ?? [], 'referral', 'update');
  const final = response === 'accepted' || response === 'declined';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="referral-response-title">
      <Stack gap="sm">
        <Title order={headingOrder} size="h3" id="referral-response-title">
          {t('intake.response.title')}
        </Title>
        <Group gap="sm">
          <Text size="sm">{t('intake.response.clock')}</Text>
          <ClockBadge clock={clock} />
        </Group>
        <Text size="sm" data-testid="referral-answer">
          {response
            ? t(`intake.response.said.${response}`, { defaultValue: response }) +
              (responseReasonCode
                ? ` — ${labels.reason('referral-declined', responseReasonCode)}`
                : '') +
              (responseNote ? ` (${responseNote})` : '')
            : t('intake.response.unanswered')}
        </Text>
        {mayRespond && !final && (
          <Group gap="xs">
            <Button
              loading={respond.isPending}
              onClick={() => respond.mutate({ response: 'accepted' })}
            >
              {t('intake.response.accept')}
            </Button>
            <Button variant="default" onClick={() => setDialog('info-requested')}>
              {t('intake.response.requestInfo')}
            </Button>
            <Button variant="default" color="red" onClick={() => setDialog('declined')}>
              {t('intake.response.decline')}
            </Button>
          </Group>
        )}
        {respond.error && (
          <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
            {respond.error instanceof ApiError ? describe(respond.error) : t('errors.network')}
          </Alert>
        )}
      </Stack>
      {dialog && (
        <AnswerDialog referralId={referralId} answer={dialog} onClose={() => setDialog(null)} />
      )}
    </Paper>
  );
}
