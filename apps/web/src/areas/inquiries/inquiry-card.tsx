import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPhoneCall, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Inquiry, InquiryStatus } from '@server/modules/inquiries/inquiries.contracts.ts';
import { formatDateTime } from '../../shell/format.ts';
import type { InquiryAction } from './inquiry-actions.tsx';

export const STATUS_COLOR: Readonly<Record<InquiryStatus, string>> = {
  new: 'blue',
  contacted: 'teal',
  converted: 'grape',
  closed: 'gray',
};

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </div>
  );
}

export function InquiryCard({
  inquiry,
  onAction,
}: {
  inquiry: Inquiry;
  onAction: (action: InquiryAction) => void;
}) {
  const { t, i18n } = useTranslation();
  const open = inquiry.status === 'new' || inquiry.status === 'contacted';
  const language = t(`requestCare.languages.${inquiry.preferredLanguage}`, {
    defaultValue: inquiry.preferredLanguage,
  });
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      data-testid={`inquiry-${inquiry.reference}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              {inquiry.patientName}
            </Title>
            <Text size="sm" c="gray.7">
              {t('inquiries.card.reference', { reference: inquiry.reference })} ·{' '}
              {t('inquiries.card.received', {
                when: formatDateTime(inquiry.receivedAt, i18n.language),
              })}
            </Text>
          </div>
          <Badge color={STATUS_COLOR[inquiry.status]} variant="light" data-testid="inquiry-status">
            {t(`inquiries.statuses.${inquiry.status}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Field label={t('inquiries.card.requester')}>
            {inquiry.requesterName} (
            {t(`requestCare.relationships.${inquiry.requesterRelationship}`, {
              defaultValue: inquiry.requesterRelationship,
            })}
            )
          </Field>
          <Field label={t('inquiries.card.phone')}>
            <Anchor href={`tel:${inquiry.phone.replace(/[^\d+]/g, '')}`}>{inquiry.phone}</Anchor>
          </Field>
          <Field label={t('inquiries.card.language')}>{language}</Field>
          {inquiry.email && (
            <Field label={t('inquiries.card.email')}>
              <Anchor href={`mailto:${inquiry.email}`}>{inquiry.email}</Anchor>
            </Field>
          )}
          {inquiry.postalCode && (
            <Field label={t('inquiries.card.postalCode')}>{inquiry.postalCode}</Field>
          )}
          {inquiry.prescriberName && (
            <Field label={t('inquiries.card.prescriber')}>{inquiry.prescriberName}</Field>
          )}
        </SimpleGrid>
        <Field label={t('inquiries.card.therapy')}>{inquiry.therapyDescription}</Field>
        {inquiry.message && <Field label={t('inquiries.card.message')}>{inquiry.message}</Field>}
        {inquiry.events.length > 0 && (
          <div>
            <Text size="xs" c="gray.7" fw={600} tt="uppercase">
              {t('inquiries.card.history')}
            </Text>
            <List size="sm" spacing={4}>
              {inquiry.events.map((event) => (
                <List.Item key={`${event.kind}-${event.at}`}>
                  {t(`inquiries.events.${event.kind}`, {
                    who: event.actorName,
                    when: formatDateTime(event.at, i18n.language),
                  })}
                  {event.reasonCode &&
                    ` — ${t(`inquiries.closeReasons.${event.reasonCode}`, { defaultValue: event.reasonCode })}`}
                  {event.note && `: ${event.note}`}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {open && (
          <Group gap="sm">
            <Button
              size="sm"
              leftSection={<IconPhoneCall size={16} aria-hidden />}
              onClick={() => onAction('contact')}
              aria-label={t('inquiries.actions.contactFor', { name: inquiry.patientName })}
            >
              {t('inquiries.actions.contact')}
            </Button>
            <Button
              size="sm"
              variant="default"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => onAction('close')}
              aria-label={t('inquiries.actions.closeFor', { name: inquiry.patientName })}
            >
              {t('inquiries.actions.close')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
