// Form sections: the clinical facts the therapy's checklist asks for (culture or indication, labs
// with dates, regimen, pump, PICC tip confirmation, discharge pending), history and instructions,
// and the referring prescriber (NPI checked with its check digit as it is typed).
import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  TextAreaField,
  TextField,
  useAskedFor,
  useReferralForm,
} from './referral-form-context.tsx';
import { emptyLab, type ReferralForm } from './referral-form-model.ts';

export function ClinicalSection() {
  const { t } = useTranslation();
  const { form, update } = useReferralForm();
  const askedFor = useAskedFor();
  const c = form.clinical;
  const set = <K extends keyof ReferralForm['clinical']>(
    key: K,
    value: ReferralForm['clinical'][K],
  ) => update((f) => ({ ...f, clinical: { ...f.clinical, [key]: value } }));
  const setLab = (i: number, change: Partial<ReferralForm['clinical']['labs'][number]>) =>
    set(
      'labs',
      c.labs.map((lab, j) => (j === i ? { ...lab, ...change } : lab)),
    );
  const asked = (id: string) => (askedFor(id) ? t('intake.form.askedForTherapy') : undefined);
  const labsAsked = askedFor('recent-renal-labs') || askedFor('recent-chemistry-labs');
  return (
    <Fieldset legend={t('intake.form.sections.clinical')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField
            path={['clinical', 'cultureOrIndication']}
            label={t('intake.form.cultureOrIndication')}
            description={asked('culture-or-indication')}
            value={c.cultureOrIndication}
            onValue={(v) => set('cultureOrIndication', v)}
            maxLength={500}
          />
          <TextField
            path={['clinical', 'regimen']}
            label={t('intake.form.regimen')}
            description={asked('chemotherapy-regimen')}
            value={c.regimen}
            onValue={(v) => set('regimen', v)}
            maxLength={200}
          />
          <TextField
            path={['clinical', 'pumpOrdered']}
            label={t('intake.form.pumpOrdered')}
            description={asked('pump-ordered')}
            value={c.pumpOrdered}
            onValue={(v) => set('pumpOrdered', v)}
            maxLength={200}
          />
        </SimpleGrid>
        <Text fw={600} size="sm">
          {t('intake.form.labs')}
        </Text>
        {labsAsked && (
          <Text size="sm" c="gray.7">
            {t(
              askedFor('recent-renal-labs')
                ? 'intake.form.labsRenalHelp'
                : 'intake.form.labsChemistryHelp',
            )}
          </Text>
        )}
        {c.labs.map((lab, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextField
              path={['clinical', 'labs', i, 'name']}
              label={t('intake.form.labName', { n: i + 1 })}
              value={lab.name}
              onValue={(v) => setLab(i, { name: v })}
              maxLength={100}
              style={{ flex: 1 }}
            />
            <TextField
              path={['clinical', 'labs', i, 'value']}
              label={t('intake.form.labValue', { n: i + 1 })}
              value={lab.value}
              onValue={(v) => setLab(i, { value: v })}
              maxLength={100}
              style={{ flex: 1 }}
            />
            <TextField
              path={['clinical', 'labs', i, 'date']}
              label={t('intake.form.labDate', { n: i + 1 })}
              type="date"
              value={lab.date}
              onValue={(v) => setLab(i, { date: v })}
            />
            {c.labs.length > 1 && (
              <Button
                mt="xl"
                variant="subtle"
                color="red"
                aria-label={t('intake.form.removeLab', { n: i + 1 })}
                onClick={() =>
                  set(
                    'labs',
                    c.labs.filter((_, j) => j !== i),
                  )
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
            onClick={() => set('labs', [...c.labs, emptyLab()])}
          >
            {t('intake.form.addLab')}
          </Button>
        </Group>
        <Checkbox
          label={t('intake.form.tipConfirmed')}
          description={
            form.prescription.accessDevice === 'PICC' ? t('intake.form.askedForPicc') : undefined
          }
          checked={c.tipPlacementConfirmed}
          onChange={(e) => set('tipPlacementConfirmed', e.currentTarget.checked)}
        />
        <Checkbox
          label={t('intake.form.dischargePending')}
          description={t('intake.form.dischargePendingHelp')}
          checked={c.dischargePending}
          onChange={(e) => set('dischargePending', e.currentTarget.checked)}
        />
      </Stack>
    </Fieldset>
  );
}

export function HistorySection() {
  const { t } = useTranslation();
  const { form, update } = useReferralForm();
  return (
    <Fieldset legend={t('intake.form.sections.history')}>
      <Stack>
        <TextAreaField
          path={['medicalHistory']}
          label={t('intake.form.medicalHistory')}
          value={form.medicalHistory}
          onValue={(v) => update((f) => ({ ...f, medicalHistory: v }))}
        />
        <TextAreaField
          path={['physicianInstructions']}
          label={t('intake.form.physicianInstructions')}
          value={form.physicianInstructions}
          onValue={(v) => update((f) => ({ ...f, physicianInstructions: v }))}
        />
      </Stack>
    </Fieldset>
  );
}

export function PrescriberSection() {
  const { t } = useTranslation();
  const { form, update } = useReferralForm();
  const p = form.prescriber;
  const set = (key: keyof ReferralForm['prescriber'], value: string) =>
    update((f) => ({ ...f, prescriber: { ...f.prescriber, [key]: value } }));
  return (
    <Fieldset legend={t('intake.form.sections.prescriber')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField
          path={['prescriber', 'npi']}
          label={t('intake.form.npi')}
          description={t('intake.form.npiHelp')}
          required
          value={p.npi}
          onValue={(v) => set('npi', v)}
          maxLength={10}
          inputMode="numeric"
        />
        <TextField
          path={['prescriber', 'givenName']}
          label={t('intake.form.prescriberGivenName')}
          required
          value={p.givenName}
          onValue={(v) => set('givenName', v)}
          maxLength={100}
        />
        <TextField
          path={['prescriber', 'familyName']}
          label={t('intake.form.prescriberFamilyName')}
          required
          value={p.familyName}
          onValue={(v) => set('familyName', v)}
          maxLength={100}
        />
        <TextField
          path={['prescriber', 'practiceName']}
          label={t('intake.form.practiceName')}
          value={p.practiceName}
          onValue={(v) => set('practiceName', v)}
          maxLength={200}
        />
        <TextField
          path={['prescriber', 'phone']}
          label={t('intake.form.prescriberPhone')}
          type="tel"
          value={p.phone}
          onValue={(v) => set('phone', v)}
          maxLength={30}
        />
        <TextField
          path={['prescriber', 'fax']}
          label={t('intake.form.prescriberFax')}
          type="tel"
          value={p.fax}
          onValue={(v) => set('fax', v)}
          maxLength={30}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
