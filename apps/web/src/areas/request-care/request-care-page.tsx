// The public "request care" page (/request-care): no sign-in, bilingual, for patients and families
// asking for home infusion. It sends the form, then shows the reference and what happens next.
import {
  Alert,
  Anchor,
  Box,
  Button,
  Container,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconPhone } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitInquiryResponse } from '@server/modules/inquiries/inquiries.contracts.ts';
import { LanguageSwitch } from '../../shell/language-switch.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { RequestCareForm } from './request-care-form.tsx';

const NEXT_STEPS = ['call', 'orders', 'coverage', 'reference'] as const;

function Confirmation({
  response,
  onAnother,
}: {
  response: SubmitInquiryResponse;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md" data-testid="request-care-confirmation">
      <Group gap="xs" wrap="nowrap">
        <IconCircleCheck size={28} color="var(--mantine-color-teal-8)" aria-hidden />
        <Title order={2} ref={heading} tabIndex={-1}>
          {t('requestCare.done.title')}
        </Title>
      </Group>
      <div>
        <Text>{t('requestCare.done.referenceLabel')}</Text>
        <Text fw={700} size="xl" ff="monospace" data-testid="inquiry-reference">
          {response.reference}
        </Text>
      </div>
      <Title order={3} size="h4">
        {t('requestCare.done.nextTitle')}
      </Title>
      <List type="ordered" spacing="xs">
        {NEXT_STEPS.map((step) => (
          <List.Item key={step}>{t(`requestCare.done.steps.${step}`)}</List.Item>
        ))}
      </List>
      <Group>
        <Button variant="light" onClick={onAnother}>
          {t('requestCare.done.another')}
        </Button>
      </Group>
    </Stack>
  );
}

export function RequestCarePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('requestCare.title'));
  const [response, setResponse] = useState<SubmitInquiryResponse | null>(null);

  return (
    <Box bg="gray.0" mih="100vh">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between">
          <Text fw={700} c="cyan.9" size="lg">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container size="sm" pb="xl" component="main" id="main">
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="md">
            <Title order={1}>{t('requestCare.title')}</Title>
            <Text id="request-care-intro">{t('requestCare.intro')}</Text>
            <Alert color="orange" variant="light" icon={<IconPhone aria-hidden />}>
              {t('requestCare.emergency')}
            </Alert>
            {response ? (
              <Confirmation response={response} onAnother={() => setResponse(null)} />
            ) : (
              <RequestCareForm onSubmitted={setResponse} />
            )}
          </Stack>
        </Paper>
        <Text size="sm" ta="center" mt="md">
          <Anchor href="/">{t('requestCare.signInLink')}</Anchor>
        </Text>
      </Container>
    </Box>
  );
}

export default RequestCarePage;
