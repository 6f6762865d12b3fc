// Who acknowledged which version and when, and (for staff) recording the acknowledgement on the
// patient's behalf with a note saying how the patient confirmed.
import { Alert, Button, List, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EstimateDetail,
  StaffAcknowledgementRequest,
} from '@server/modules/financial/estimates.contracts.ts';
import { api } from '../../api/http.ts';
import { formatDateTime } from '../../shell/format.ts';
import { useFinancialError } from './use-financial-error.ts';

export function EstimateAcknowledgement({
  estimate,
  mayRecord,
}: {
  estimate: EstimateDetail;
  mayRecord: boolean;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const describe = useFinancialError();
  const [note, setNote] = useState('');
  const [language, setLanguage] = useState<'en' | 'zh-CN'>('en');
  const record = useMutation({
    mutationFn: (body: StaffAcknowledgementRequest) =>
      api('POST', `/api/estimates/${estimate.id}/acknowledgements`, body),
    onSuccess: async () => {
      setNote('');
      // The acknowledgement answers the admission's "financial review acknowledged" requirement.
      await Promise.all(
        [['estimates'], ['admission'], ['work-queues']].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
  const mine = estimate.acknowledgements.filter((a) => a.version === estimate.version);
  const canRecord =
    mayRecord &&
    estimate.isLatest &&
    (estimate.status === 'presented' || estimate.status === 'acknowledged');

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (note.trim().length < 3) return;
    record.mutate({ fingerprint: estimate.fingerprint, language, note: note.trim() });
  }

  return (
    <Stack gap="xs" data-testid="estimate-acknowledgement">
      <Title order={4} size="h5">
        {t('financial.estimate.acknowledgementsTitle')}
      </Title>
      {mine.length === 0 ? (
        <Text size="sm">{t('financial.estimate.notAcknowledged')}</Text>
      ) : (
        <List size="sm">
          {mine.map((a) => (
            <List.Item key={a.id}>
              {t('financial.estimate.acknowledgedBy', {
                who: t(`financial.estimate.who.${a.acknowledgedAs}`, { name: a.byName }),
                version: a.version,
                date: formatDateTime(a.at, i18n.language),
                language: t(`financial.estimate.languages.${a.language}`, {
                  defaultValue: a.language,
                }),
              })}
              {a.note && (
                <Text size="xs" c="gray.7">
                  {a.note}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {canRecord && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('financial.estimate.onBehalfNote')}
              required
              minLength={3}
              maxLength={1000}
              autosize
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Select
              label={t('financial.estimate.onBehalfLanguage')}
              value={language}
              allowDeselect={false}
              onChange={(value) => setLanguage(value === 'zh-CN' ? 'zh-CN' : 'en')}
              data={[
                { value: 'en', label: t('financial.estimate.languages.en') },
                { value: 'zh-CN', label: t('financial.estimate.languages.zh-CN') },
              ]}
            />
            {record.error && (
              <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
                {describe(record.error)}
              </Alert>
            )}
            <Button
              type="submit"
              variant="light"
              loading={record.isPending}
              disabled={note.trim().length < 3}
              data-testid="record-on-behalf"
            >
              {t('financial.estimate.recordOnBehalf')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
