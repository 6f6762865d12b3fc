// The admission's history: who did what and when, how long it had waited in the previous stage,
// and the note they left.
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail } from '@server/modules/intake/intake.contracts.ts';
import { formatDateTime } from '../../shell/format.ts';
import { useAdmissionLabels, type AdmissionLabels } from './use-admission-labels.ts';

type AdmissionEvent = AdmissionDetail['events'][number];
type T = ReturnType<typeof useTranslation>['t'];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function describeEvent(event: AdmissionEvent, t: T, labels: AdmissionLabels): string {
  const d = event.detail;
  switch (event.kind) {
    case 'stage':
      return event.fromStage
        ? t('admissions.events.stage', {
            from: labels.stage(event.fromStage),
            to: labels.stage(event.toStage ?? ''),
          })
        : t('admissions.events.opened', { stage: labels.stage(event.toStage ?? '') });
    case 'status': {
      const reason = event.reasonCode
        ? labels.reason(
            event.toStatus ?? '',
            event.reasonCode,
            labels.reason('referral-declined', event.reasonCode),
          )
        : '';
      return t('admissions.events.status', {
        from: labels.status(event.fromStatus ?? ''),
        to: labels.status(event.toStatus ?? ''),
        reason: reason ? ` — ${reason}` : '',
      });
    }
    case 'fact':
      return t(d.met === true ? 'admissions.events.factMet' : 'admissions.events.factNotMet', {
        item: labels.precondition(text(d.key)),
      });
    case 'assignment':
      return d.to
        ? t('admissions.events.assigned', { name: text(d.toName) })
        : t('admissions.events.released');
    case 'nurse-assigned':
      return t('admissions.events.nurse', { name: text(d.nurseName) });
    case 'referral-response': {
      const response = text(d.response);
      const reason = event.reasonCode
        ? ` — ${labels.reason('referral-declined', event.reasonCode)}`
        : '';
      return t(`intake.response.said.${response}`, { defaultValue: response }) + reason;
    }
    case 'referral-amended':
      return t('admissions.events.amended');
    default:
      return t(`admissions.events.kinds.${event.kind}`, { defaultValue: event.kind });
  }
}

export function AdmissionTimeline({ events }: { events: AdmissionDetail['events'] }) {
  const { t, i18n } = useTranslation();
  const labels = useAdmissionLabels();
  const newestFirst = [...events].reverse();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="timeline-title">
          {t('admissions.events.title')}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="admission-timeline">
            <Table.Caption>{t('admissions.events.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admissions.events.when')}</Table.Th>
                <Table.Th scope="col">{t('admissions.events.who')}</Table.Th>
                <Table.Th scope="col">{t('admissions.events.what')}</Table.Th>
                <Table.Th scope="col">{t('admissions.events.waited')}</Table.Th>
                <Table.Th scope="col">{t('admissions.events.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {newestFirst.map((event, i) => (
                <Table.Tr key={`${event.at}-${String(i)}`}>
                  <Table.Td>{formatDateTime(event.at, i18n.language)}</Table.Td>
                  <Table.Td>{event.actorName ?? t('admissions.events.system')}</Table.Td>
                  <Table.Td>{describeEvent(event, t, labels)}</Table.Td>
                  <Table.Td>
                    {event.secondsInPrevious !== null && event.fromStage
                      ? labels.duration(event.secondsInPrevious / 3600)
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.note ?? '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
