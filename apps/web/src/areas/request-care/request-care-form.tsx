import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconAlertCircle, IconSend } from '@tabler/icons-react';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitInquiryResponse } from '@server/modules/inquiries/inquiries.contracts.ts';
import { ApiError, api } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import {
  LANGUAGES,
  MAX_LENGTH,
  RELATIONSHIPS,
  checkValues,
  emptyValues,
  problemsFromServer,
  toRequest,
  type FieldName,
  type FieldProblems,
  type RequestCareValues,
} from './request-care-fields.ts';

const idOf = (field: FieldName) => `request-care-${field}`;

/** The order fields appear in, to focus the first one that needs attention. */
const FIELD_ORDER: readonly FieldName[] = [
  'requesterName',
  'requesterRelationship',
  'patientName',
  'phone',
  'email',
  'preferredLanguage',
  'postalCode',
  'therapyDescription',
  'prescriberName',
  'message',
  'consentToContact',
];

export function RequestCareForm({
  onSubmitted,
}: {
  onSubmitted: (response: SubmitInquiryResponse) => void;
}) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [values, setValues] = useState<RequestCareValues>(() => emptyValues(i18n.language));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [languageChosen, setLanguageChosen] = useState(false);

  // Until the family picks a language for the call, it follows the language they read the page in.
  useEffect(() => {
    if (!languageChosen)
      setValues((current) => ({
        ...current,
        preferredLanguage: emptyValues(i18n.language).preferredLanguage,
      }));
  }, [i18n.language, languageChosen]);

  const set =
    <K extends FieldName>(field: K) =>
    (value: RequestCareValues[K]) => {
      setValues((current) => ({ ...current, [field]: value }));
      if (problems[field]) setProblems((current) => ({ ...current, [field]: undefined }));
    };
  const problemOf = (field: FieldName): string | undefined => {
    const code = problems[field];
    if (!code) return undefined;
    const max = field in MAX_LENGTH ? MAX_LENGTH[field as keyof typeof MAX_LENGTH] : 0;
    return t(`requestCare.problems.${code}`, { max });
  };

  function showProblems(found: FieldProblems) {
    setProblems(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) document.getElementById(idOf(first))?.focus();
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setError(undefined);
    const found = checkValues(values);
    if (Object.keys(found).length > 0) {
      showProblems(found);
      return;
    }
    setBusy(true);
    try {
      onSubmitted(
        await api<SubmitInquiryResponse>('POST', '/api/public/inquiries', toRequest(values)),
      );
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.length > 0) {
        showProblems(problemsFromServer(caught.fields));
        setError(t('requestCare.fixFields'));
      } else if (caught instanceof ApiError && caught.status === 429) {
        setError(t('requestCare.rateLimited'));
      } else {
        setError(caught instanceof ApiError ? describe(caught) : t('errors.network'));
      }
    } finally {
      setBusy(false);
    }
  }

  const problemCount = Object.values(problems).filter(Boolean).length;
  const alert =
    error ??
    (problemCount > 0 ? t('requestCare.fixFieldsCount', { count: problemCount }) : undefined);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-describedby="request-care-intro">
      <Stack gap="md">
        <TextInput
          id={idOf('requesterName')}
          label={t('requestCare.fields.requesterName')}
          autoComplete="name"
          required
          maxLength={MAX_LENGTH.requesterName}
          value={values.requesterName}
          onChange={(e) => set('requesterName')(e.currentTarget.value)}
          error={problemOf('requesterName')}
        />
        <Radio.Group
          id={idOf('requesterRelationship')}
          label={t('requestCare.fields.requesterRelationship')}
          required
          value={values.requesterRelationship}
          onChange={(value) => {
            const relationship = RELATIONSHIPS.find((r) => r === value);
            if (relationship) set('requesterRelationship')(relationship);
          }}
        >
          <Group gap="md" mt={4}>
            {RELATIONSHIPS.map((relationship) => (
              <Radio
                key={relationship}
                value={relationship}
                label={t(`requestCare.relationships.${relationship}`)}
              />
            ))}
          </Group>
        </Radio.Group>
        {values.requesterRelationship !== 'self' && (
          <TextInput
            id={idOf('patientName')}
            label={t('requestCare.fields.patientName')}
            description={t('requestCare.fields.patientNameHelp')}
            required
            maxLength={MAX_LENGTH.patientName}
            value={values.patientName}
            onChange={(e) => set('patientName')(e.currentTarget.value)}
            error={problemOf('patientName')}
          />
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            id={idOf('phone')}
            type="tel"
            label={t('requestCare.fields.phone')}
            description={t('requestCare.fields.phoneHelp')}
            autoComplete="tel"
            required
            maxLength={MAX_LENGTH.phone}
            value={values.phone}
            onChange={(e) => set('phone')(e.currentTarget.value)}
            error={problemOf('phone')}
          />
          <TextInput
            id={idOf('email')}
            type="email"
            label={t('requestCare.fields.email')}
            description={t('requestCare.optional')}
            autoComplete="email"
            maxLength={MAX_LENGTH.email}
            value={values.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
            error={problemOf('email')}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            id={idOf('preferredLanguage')}
            label={t('requestCare.fields.preferredLanguage')}
            required
            value={values.preferredLanguage}
            onChange={(e) => {
              const language = LANGUAGES.find((l) => l === e.currentTarget.value);
              if (language) set('preferredLanguage')(language);
              setLanguageChosen(true);
            }}
            data={LANGUAGES.map((language) => ({
              value: language,
              label: t(`requestCare.languages.${language}`),
            }))}
          />
          <TextInput
            id={idOf('postalCode')}
            label={t('requestCare.fields.postalCode')}
            description={t('requestCare.optional')}
            autoComplete="postal-code"
            inputMode="numeric"
            maxLength={10}
            value={values.postalCode}
            onChange={(e) => set('postalCode')(e.currentTarget.value)}
            error={problemOf('postalCode')}
          />
        </Group>
        <Textarea
          id={idOf('therapyDescription')}
          label={t('requestCare.fields.therapyDescription')}
          description={t('requestCare.fields.therapyDescriptionHelp')}
          required
          autosize
          minRows={2}
          maxLength={MAX_LENGTH.therapyDescription}
          value={values.therapyDescription}
          onChange={(e) => set('therapyDescription')(e.currentTarget.value)}
          error={problemOf('therapyDescription')}
        />
        <TextInput
          id={idOf('prescriberName')}
          label={t('requestCare.fields.prescriberName')}
          description={t('requestCare.optional')}
          maxLength={MAX_LENGTH.prescriberName}
          value={values.prescriberName}
          onChange={(e) => set('prescriberName')(e.currentTarget.value)}
          error={problemOf('prescriberName')}
        />
        <Textarea
          id={idOf('message')}
          label={t('requestCare.fields.message')}
          description={t('requestCare.optional')}
          autosize
          minRows={2}
          maxLength={MAX_LENGTH.message}
          value={values.message}
          onChange={(e) => set('message')(e.currentTarget.value)}
          error={problemOf('message')}
        />
        {/* The honeypot: hidden from people and assistive technology; robots fill it in. */}
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor={idOf('website')}>{t('requestCare.honeypotLabel')}</label>
          <input
            id={idOf('website')}
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(e) => set('website')(e.currentTarget.value)}
          />
        </div>
        <Checkbox
          id={idOf('consentToContact')}
          label={t('requestCare.fields.consentToContact')}
          checked={values.consentToContact}
          onChange={(e) => set('consentToContact')(e.currentTarget.checked)}
          error={problemOf('consentToContact')}
        />
        {alert && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {alert}
          </Alert>
        )}
        <Text size="sm" c="gray.7">
          {t('requestCare.privacy')}
        </Text>
        <Group>
          <Button
            type="submit"
            size="md"
            loading={busy}
            leftSection={<IconSend size={18} aria-hidden />}
          >
            {t('requestCare.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
