// Form sections: diagnoses (ICD-10-CM, checked as typed) and allergies (or NKDA).
import { Button, Checkbox, Fieldset, Group, Radio, Stack } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, useReferralForm } from './referral-form-context.tsx';
import {
  emptyAllergy,
  emptyDiagnosis,
  replaceAt,
  type ReferralForm,
} from './referral-form-model.ts';

const SEVERITIES = ['mild', 'moderate', 'severe'] as const;

export function DiagnosesSection() {
  const { t } = useTranslation();
  const { form, update } = useReferralForm();
  const setRow = (i: number, change: Partial<ReferralForm['diagnoses'][number]>) =>
    update((f) => ({ ...f, diagnoses: replaceAt(f.diagnoses, i, change) }));
  const primary = String(form.diagnoses.findIndex((d) => d.isPrimary));
  return (
    <Fieldset legend={t('intake.form.sections.diagnoses')}>
      <Stack>
        <Radio.Group
          label={t('intake.form.primaryDiagnosis')}
          value={primary}
          onChange={(value) =>
            update((f) => ({
              ...f,
              diagnoses: f.diagnoses.map((d, j) => ({ ...d, isPrimary: String(j) === value })),
            }))
          }
        >
          <Group mt={4}>
            {form.diagnoses.map((_, i) => (
              <Radio key={i} value={String(i)} label={t('intake.form.diagnosisN', { n: i + 1 })} />
            ))}
          </Group>
        </Radio.Group>
        {form.diagnoses.map((d, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextField
              path={['diagnoses', i, 'code']}
              label={t('intake.form.icd10', { n: i + 1 })}
              description={t('intake.form.icd10Help')}
              value={d.code}
              onValue={(v) => setRow(i, { code: v })}
              maxLength={8}
              w={180}
            />
            <TextField
              path={['diagnoses', i, 'description']}
              label={t('intake.form.diagnosisDescription', { n: i + 1 })}
              value={d.description}
              onValue={(v) => setRow(i, { description: v })}
              maxLength={300}
              style={{ flex: 1 }}
            />
            {form.diagnoses.length > 1 && (
              <Button
                mt="xl"
                variant="subtle"
                color="red"
                aria-label={t('intake.form.removeDiagnosis', { n: i + 1 })}
                onClick={() =>
                  update((f) => ({ ...f, diagnoses: f.diagnoses.filter((_, j) => j !== i) }))
                }
              >
                <IconTrash size={16} aria-hidden />
              </Button>
            )}
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => update((f) => ({ ...f, diagnoses: [...f.diagnoses, emptyDiagnosis()] }))}
          >
            {t('intake.form.addDiagnosis')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

export function AllergiesSection() {
  const { t } = useTranslation();
  const { form, update } = useReferralForm();
  const setRow = (i: number, change: Partial<ReferralForm['allergies'][number]>) =>
    update((f) => ({ ...f, allergies: replaceAt(f.allergies, i, change) }));
  return (
    <Fieldset legend={t('intake.form.sections.allergies')}>
      <Stack>
        <Checkbox
          label={t('intake.form.nkda')}
          checked={form.noKnownAllergies}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            update((f) => ({ ...f, noKnownAllergies: checked }));
          }}
        />
        {!form.noKnownAllergies &&
          form.allergies.map((a, i) => (
            <Group key={i} align="flex-start" wrap="nowrap">
              <TextField
                path={['allergies', i, 'substance']}
                label={t('intake.form.substance', { n: i + 1 })}
                value={a.substance}
                onValue={(v) => setRow(i, { substance: v })}
                maxLength={200}
                style={{ flex: 1 }}
              />
              <TextField
                path={['allergies', i, 'reaction']}
                label={t('intake.form.reaction', { n: i + 1 })}
                value={a.reaction}
                onValue={(v) => setRow(i, { reaction: v })}
                maxLength={300}
                style={{ flex: 1 }}
              />
              <SelectField
                path={['allergies', i, 'severity']}
                label={t('intake.form.severity', { n: i + 1 })}
                placeholder={t('intake.form.notGiven')}
                value={a.severity}
                onValue={(v) => setRow(i, { severity: v })}
                options={SEVERITIES.map((v) => ({ value: v, label: t(`intake.severities.${v}`) }))}
              />
              {form.allergies.length > 1 && (
                <Button
                  mt="xl"
                  variant="subtle"
                  color="red"
                  aria-label={t('intake.form.removeAllergy', { n: i + 1 })}
                  onClick={() =>
                    update((f) => ({ ...f, allergies: f.allergies.filter((_, j) => j !== i) }))
                  }
                >
                  <IconTrash size={16} aria-hidden />
                </Button>
              )}
            </Group>
          ))}
        {!form.noKnownAllergies && (
          <Group>
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => update((f) => ({ ...f, allergies: [...f.allergies, emptyAllergy()] }))}
            >
              {t('intake.form.addAllergy')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
