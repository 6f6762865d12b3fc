import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateDemographicsRequest } from '@server/modules/patients/chart-commands.contracts.ts';
import type { PatientDetail } from '@server/modules/patients/patients.contracts.ts';
import { COMMON_LANGUAGES, languageName } from './chart-format.ts';
import { useFieldErrors } from './field-errors.ts';
import { FormErrorSummary } from './form-error-summary.tsx';
import { useChartCommand } from './use-chart.ts';

type Draft = Omit<UpdateDemographicsRequest, 'ifUpdatedAt'>;
type TextField =
  | 'givenName'
  | 'middleName'
  | 'familyName'
  | 'birthDate'
  | 'addressLine1'
  | 'addressLine2'
  | 'city'
  | 'state'
  | 'postalCode'
  | 'phoneMobile'
  | 'phoneHome'
  | 'email';

const SEXES = ['female', 'male', 'other', 'unknown'] as const;

function draftOf(p: PatientDetail): Draft {
  return {
    givenName: p.givenName,
    middleName: p.middleName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    sex: p.sex,
    addressLine1: p.addressLine1,
    addressLine2: p.addressLine2,
    city: p.city,
    state: p.state,
    postalCode: p.postalCode,
    phoneMobile: p.phoneMobile,
    phoneHome: p.phoneHome,
    email: p.email,
    preferredLanguage: p.preferredLanguage,
    interpreterNeeded: p.interpreterNeeded,
    weightKg: p.weightKg,
    heightCm: p.heightCm,
  };
}

/** The demographics as a form; every field the server rejects shows its message beside it. */
export function DemographicsForm({
  patient,
  onDone,
}: {
  patient: PatientDetail;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(patient));
  const save = useChartCommand<Draft>(
    patient.id,
    'PUT',
    () => '/demographics',
    (body) => ({
      ...body,
      ifUpdatedAt: patient.updatedAt,
    }),
  );
  const errors = useFieldErrors(save.error);
  const languages = COMMON_LANGUAGES.includes(
    draft.preferredLanguage as (typeof COMMON_LANGUAGES)[number],
  )
    ? [...COMMON_LANGUAGES]
    : [draft.preferredLanguage, ...COMMON_LANGUAGES];

  const text = (
    field: TextField,
    label: string,
    props: { required?: boolean; type?: string } = {},
  ) => (
    <TextInput
      label={label}
      value={draft[field] ?? ''}
      onChange={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
      error={errors[field]}
      required={props.required}
      type={props.type}
    />
  );

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    save.mutate(draft, { onSuccess: onDone });
  }

  return (
    <Card
      withBorder
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="demographics-form-title"
    >
      <Stack>
        <Title order={2} size="h4" id="demographics-form-title">
          {t('patientChart.demographics.editTitle')}
        </Title>
        <FormErrorSummary error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('givenName', t('patientChart.demographics.givenName'), { required: true })}
          {text('middleName', t('patientChart.demographics.middleName'))}
          {text('familyName', t('patientChart.demographics.familyName'), { required: true })}
          {text('birthDate', t('patients.birthDate'), { required: true, type: 'date' })}
          <NativeSelect
            label={t('patient.sex')}
            value={draft.sex}
            data={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
            onChange={(e) => setDraft({ ...draft, sex: e.currentTarget.value as Draft['sex'] })}
            error={errors.sex}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('addressLine1', t('patientChart.demographics.addressLine1'), { required: true })}
          {text('addressLine2', t('patientChart.demographics.addressLine2'))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('city', t('patientChart.demographics.city'), { required: true })}
          {text('state', t('patientChart.demographics.state'), { required: true })}
          {text('postalCode', t('patientChart.demographics.postalCode'), { required: true })}
          {text('phoneMobile', t('patientChart.demographics.phoneMobile'), { type: 'tel' })}
          {text('phoneHome', t('patientChart.demographics.phoneHome'), { type: 'tel' })}
          {text('email', t('patient.email'), { type: 'email' })}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('patient.language')}
            value={draft.preferredLanguage}
            data={languages.map((tag) => ({ value: tag, label: languageName(tag, i18n.language) }))}
            onChange={(e) => setDraft({ ...draft, preferredLanguage: e.currentTarget.value })}
            error={errors.preferredLanguage}
          />
          <NumberInput
            label={t('patientChart.demographics.weightKg')}
            value={draft.weightKg ?? ''}
            onChange={(value) =>
              setDraft({ ...draft, weightKg: typeof value === 'number' ? value : null })
            }
            min={0}
            decimalScale={1}
            error={errors.weightKg}
          />
          <NumberInput
            label={t('patientChart.demographics.heightCm')}
            value={draft.heightCm ?? ''}
            onChange={(value) =>
              setDraft({ ...draft, heightCm: typeof value === 'number' ? value : null })
            }
            min={0}
            decimalScale={1}
            error={errors.heightCm}
          />
        </SimpleGrid>
        <Checkbox
          label={t('patient.interpreter')}
          checked={draft.interpreterNeeded}
          onChange={(e) => setDraft({ ...draft, interpreterNeeded: e.currentTarget.checked })}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('patientChart.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('patientChart.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
