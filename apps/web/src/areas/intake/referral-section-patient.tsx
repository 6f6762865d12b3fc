// Form sections: the referral itself (therapy, urgency, source) and the patient's demographics.
import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { US_STATE_CODES } from '@infusio/domain/identifiers';
import type { AdministrativeSex, PhoneUse } from '@infusio/domain/intake';
import { THERAPIES } from '../admissions/admission-codes.ts';
import { useAdmissionLabels } from '../admissions/use-admission-labels.ts';
import { SelectField, TextField, useAskedFor, useReferralForm } from './referral-form-context.tsx';
import type { ReferralForm } from './referral-form-model.ts';

const LANGUAGES = [
  'en',
  'es',
  'zh-Hans',
  'zh-Hant',
  'vi',
  'ko',
  'tl',
  'ru',
  'ar',
  'ht',
  'fr',
  'pt',
] as const;
const SEXES = [
  'female',
  'male',
  'other',
  'unknown',
] as const satisfies readonly AdministrativeSex[];
const PHONE_USES = ['mobile', 'home', 'work'] as const satisfies readonly PhoneUse[];

export function languageLabel(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function ReferralSection() {
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  const { form, update } = useReferralForm();
  const set = <K extends keyof ReferralForm>(key: K, value: ReferralForm[K]) =>
    update((f) => ({ ...f, [key]: value }));
  return (
    <Fieldset legend={t('intake.form.sections.referral')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SelectField
          path={['therapy']}
          label={t('intake.form.therapy')}
          required
          placeholder={t('intake.form.choose')}
          value={form.therapy}
          onValue={(v) => set('therapy', v)}
          options={THERAPIES.map((v) => ({ value: v, label: labels.therapy(v) }))}
        />
        <SelectField
          path={['urgency']}
          label={t('intake.form.urgency')}
          description={t('intake.form.urgencyHelp')}
          value={form.urgency}
          onValue={(v) => set('urgency', v === '' ? 'standard' : v)}
          options={(['standard', 'urgent'] as const).map((v) => ({
            value: v,
            label: t(`intake.urgency.${v}`),
          }))}
        />
        <TextField
          path={['sourceName']}
          label={t('intake.form.sourceName')}
          description={t('intake.form.sourceNameHelp')}
          value={form.sourceName}
          onValue={(v) => set('sourceName', v)}
          maxLength={200}
        />
        <TextField
          path={['sourceReference']}
          label={t('intake.form.sourceReference')}
          value={form.sourceReference}
          onValue={(v) => set('sourceReference', v)}
          maxLength={200}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

export function PatientSection() {
  const { t, i18n } = useTranslation();
  const { form, update } = useReferralForm();
  const askedFor = useAskedFor();
  const p = form.patient;
  const set = <K extends keyof ReferralForm['patient']>(
    key: K,
    value: ReferralForm['patient'][K],
  ) => update((f) => ({ ...f, patient: { ...f.patient, [key]: value } }));
  const setPhone = (i: number, change: Partial<ReferralForm['patient']['phones'][number]>) =>
    set(
      'phones',
      p.phones.map((row, j) => (j === i ? { ...row, ...change } : row)),
    );
  return (
    <Fieldset legend={t('intake.form.sections.patient')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField
            path={['patient', 'givenName']}
            label={t('intake.form.givenName')}
            required
            value={p.givenName}
            onValue={(v) => set('givenName', v)}
            maxLength={100}
            autoComplete="off"
          />
          <TextField
            path={['patient', 'middleName']}
            label={t('intake.form.middleName')}
            value={p.middleName}
            onValue={(v) => set('middleName', v)}
            maxLength={100}
            autoComplete="off"
          />
          <TextField
            path={['patient', 'familyName']}
            label={t('intake.form.familyName')}
            required
            value={p.familyName}
            onValue={(v) => set('familyName', v)}
            maxLength={100}
            autoComplete="off"
          />
          <TextField
            path={['patient', 'birthDate']}
            label={t('intake.form.birthDate')}
            required
            type="date"
            value={p.birthDate}
            onValue={(v) => set('birthDate', v)}
          />
          <SelectField
            path={['patient', 'sex']}
            label={t('intake.form.sex')}
            required
            placeholder={t('intake.form.choose')}
            value={p.sex}
            onValue={(v) => set('sex', v)}
            options={SEXES.map((v) => ({ value: v, label: t(`sex.${v}`) }))}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField
            path={['patient', 'address', 'line1']}
            label={t('intake.form.line1')}
            required
            value={p.line1}
            onValue={(v) => set('line1', v)}
            maxLength={200}
          />
          <TextField
            path={['patient', 'address', 'line2']}
            label={t('intake.form.line2')}
            value={p.line2}
            onValue={(v) => set('line2', v)}
            maxLength={200}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField
            path={['patient', 'address', 'city']}
            label={t('intake.form.city')}
            required
            value={p.city}
            onValue={(v) => set('city', v)}
            maxLength={100}
          />
          <SelectField
            path={['patient', 'address', 'state']}
            label={t('intake.form.state')}
            required
            placeholder={t('intake.form.choose')}
            value={p.state}
            onValue={(v) => set('state', v)}
            options={US_STATE_CODES.map((code) => ({ value: code, label: code }))}
          />
          <TextField
            path={['patient', 'address', 'postalCode']}
            label={t('intake.form.postalCode')}
            required
            value={p.postalCode}
            onValue={(v) => set('postalCode', v)}
            maxLength={10}
            inputMode="numeric"
          />
        </SimpleGrid>
        {p.phones.map((phone, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <SelectField
              path={['patient', 'phones', i, 'use']}
              label={t('intake.form.phoneUse', { n: i + 1 })}
              value={phone.use}
              onValue={(v) => setPhone(i, { use: v === '' ? 'mobile' : v })}
              options={PHONE_USES.map((v) => ({ value: v, label: t(`intake.phoneUses.${v}`) }))}
            />
            <TextField
              path={['patient', 'phones', i, 'number']}
              label={t('intake.form.phoneNumber', { use: t(`intake.phoneUses.${phone.use}`) })}
              type="tel"
              value={phone.number}
              onValue={(v) => setPhone(i, { number: v })}
              maxLength={30}
              style={{ flex: 1 }}
            />
            {p.phones.length > 1 && (
              <Button
                variant="subtle"
                color="red"
                aria-label={t('intake.form.removePhone', { n: i + 1 })}
                onClick={() =>
                  set(
                    'phones',
                    p.phones.filter((_, j) => j !== i),
                  )
                }
              >
                <IconTrash size={16} aria-hidden />
              </Button>
            )}
          </Group>
        ))}
        {p.phones.length < 5 && (
          <Group>
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => set('phones', [...p.phones, { use: 'work', number: '' }])}
            >
              {t('intake.form.addPhone')}
            </Button>
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField
            path={['patient', 'email']}
            label={t('intake.form.email')}
            type="email"
            value={p.email}
            onValue={(v) => set('email', v)}
            maxLength={200}
          />
          <SelectField
            path={['patient', 'preferredLanguage']}
            label={t('intake.form.language')}
            value={p.preferredLanguage}
            onValue={(v) => set('preferredLanguage', v || 'en')}
            options={LANGUAGES.map((tag) => ({
              value: tag,
              label: languageLabel(tag, i18n.language),
            }))}
          />
          <Checkbox
            mt={{ sm: 'xl' }}
            label={t('intake.form.interpreter')}
            checked={p.interpreterNeeded}
            onChange={(e) => set('interpreterNeeded', e.currentTarget.checked)}
          />
          <TextField
            path={['patient', 'weightKg']}
            label={t('intake.form.weight')}
            description={askedFor('weight') ? t('intake.form.askedForTherapy') : undefined}
            value={p.weightKg}
            onValue={(v) => set('weightKg', v)}
            inputMode="decimal"
          />
          <TextField
            path={['patient', 'heightCm']}
            label={t('intake.form.height')}
            value={p.heightCm}
            onValue={(v) => set('heightCm', v)}
            inputMode="decimal"
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
