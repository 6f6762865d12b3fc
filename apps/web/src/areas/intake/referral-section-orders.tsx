// Form sections: insurance and the prescription.
import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  AccessDevice,
  AdministrationMethod,
  AdministrationRoute,
  SubscriberRelationship,
} from '@infusio/domain/intake';
import { SelectField, TextField, useReferralForm } from './referral-form-context.tsx';
import { emptyCoverage, replaceAt, type ReferralForm } from './referral-form-model.ts';

const RELATIONSHIPS = [
  'self',
  'spouse',
  'child',
  'other',
] as const satisfies readonly SubscriberRelationship[];
const ROUTES = [
  'IV',
  'SC',
  'IM',
  'intrathecal',
  'other',
] as const satisfies readonly AdministrationRoute[];
const DEVICES = [
  'PIV',
  'midline',
  'PICC',
  'tunneled-CVC',
  'port',
  'none',
] as const satisfies readonly AccessDevice[];
const METHODS = [
  'electronic-pump',
  'elastomeric-pump',
  'gravity',
  'iv-push',
] as const satisfies readonly AdministrationMethod[];

export function InsuranceSection() {
  const { t } = useTranslation();
  const { form, update } = useReferralForm();
  const setRow = (i: number, change: Partial<ReferralForm['coverages'][number]>) =>
    update((f) => ({ ...f, coverages: replaceAt(f.coverages, i, change) }));
  return (
    <Fieldset legend={t('intake.form.sections.insurance')}>
      <Stack>
        {form.coverages.map((c, i) => (
          <Stack key={i} gap="xs">
            <Text fw={600} size="sm">
              {t(`intake.form.coverageOrder.${String(i + 1)}`)}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextField
                path={['coverages', i, 'payerName']}
                label={t('intake.form.payerName')}
                required
                value={c.payerName}
                onValue={(v) => setRow(i, { payerName: v })}
                maxLength={200}
              />
              <TextField
                path={['coverages', i, 'planName']}
                label={t('intake.form.planName')}
                value={c.planName}
                onValue={(v) => setRow(i, { planName: v })}
                maxLength={200}
              />
              <TextField
                path={['coverages', i, 'payerId']}
                label={t('intake.form.payerId')}
                value={c.payerId}
                onValue={(v) => setRow(i, { payerId: v })}
                maxLength={50}
              />
              <TextField
                path={['coverages', i, 'memberId']}
                label={t('intake.form.memberId')}
                required
                value={c.memberId}
                onValue={(v) => setRow(i, { memberId: v })}
                maxLength={50}
              />
              <TextField
                path={['coverages', i, 'groupNumber']}
                label={t('intake.form.groupNumber')}
                value={c.groupNumber}
                onValue={(v) => setRow(i, { groupNumber: v })}
                maxLength={50}
              />
              <TextField
                path={['coverages', i, 'subscriberName']}
                label={t('intake.form.subscriberName')}
                value={c.subscriberName}
                onValue={(v) => setRow(i, { subscriberName: v })}
                maxLength={200}
              />
              <SelectField
                path={['coverages', i, 'relationship']}
                label={t('intake.form.relationship')}
                value={c.relationship}
                onValue={(v) => setRow(i, { relationship: v === '' ? 'self' : v })}
                options={RELATIONSHIPS.map((v) => ({
                  value: v,
                  label: t(`intake.relationships.${v}`),
                }))}
              />
            </SimpleGrid>
            {i > 0 && (
              <Group>
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() =>
                    update((f) => ({ ...f, coverages: f.coverages.filter((_, j) => j !== i) }))
                  }
                >
                  {t('intake.form.removeCoverage', { n: i + 1 })}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        {form.coverages.length < 3 && (
          <Group>
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() =>
                update((f) => ({ ...f, coverages: [...f.coverages, emptyCoverage()] }))
              }
            >
              {t('intake.form.addCoverage')}
            </Button>
          </Group>
        )}
        <Text size="sm" c="gray.7">
          {t('intake.form.cardImagesLater')}
        </Text>
      </Stack>
    </Fieldset>
  );
}

export function PrescriptionSection() {
  const { t } = useTranslation();
  const { form, update } = useReferralForm();
  const rx = form.prescription;
  const set = <K extends keyof ReferralForm['prescription']>(
    key: K,
    value: ReferralForm['prescription'][K],
  ) => update((f) => ({ ...f, prescription: { ...f.prescription, [key]: value } }));
  return (
    <Fieldset legend={t('intake.form.sections.prescription')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField
          path={['prescription', 'drugName']}
          label={t('intake.form.drugName')}
          required
          value={rx.drugName}
          onValue={(v) => set('drugName', v)}
          maxLength={200}
        />
        <TextField
          path={['prescription', 'doseValue']}
          label={t('intake.form.doseValue')}
          required
          value={rx.doseValue}
          onValue={(v) => set('doseValue', v)}
          inputMode="decimal"
        />
        <TextField
          path={['prescription', 'doseUnit']}
          label={t('intake.form.doseUnit')}
          description={t('intake.form.doseUnitHelp')}
          required
          value={rx.doseUnit}
          onValue={(v) => set('doseUnit', v)}
          maxLength={30}
        />
        <SelectField
          path={['prescription', 'route']}
          label={t('intake.form.route')}
          required
          placeholder={t('intake.form.choose')}
          value={rx.route}
          onValue={(v) => set('route', v)}
          options={ROUTES.map((v) => ({ value: v, label: t(`intake.routes.${v}`) }))}
        />
        <TextField
          path={['prescription', 'frequency']}
          label={t('intake.form.frequency')}
          description={t('intake.form.frequencyHelp')}
          required
          value={rx.frequency}
          onValue={(v) => set('frequency', v)}
          maxLength={60}
        />
        <TextField
          path={['prescription', 'durationDays']}
          label={t('intake.form.durationDays')}
          value={rx.durationDays}
          onValue={(v) => set('durationDays', v)}
          inputMode="numeric"
        />
        <SelectField
          path={['prescription', 'accessDevice']}
          label={t('intake.form.accessDevice')}
          placeholder={t('intake.form.notGiven')}
          value={rx.accessDevice}
          onValue={(v) => set('accessDevice', v)}
          options={DEVICES.map((v) => ({ value: v, label: t(`intake.devices.${v}`) }))}
        />
        <SelectField
          path={['prescription', 'administrationMethod']}
          label={t('intake.form.administrationMethod')}
          placeholder={t('intake.form.notGiven')}
          value={rx.administrationMethod}
          onValue={(v) => set('administrationMethod', v)}
          options={METHODS.map((v) => ({ value: v, label: t(`intake.methods.${v}`) }))}
        />
        <TextField
          path={['prescription', 'startDate']}
          label={t('intake.form.startDate')}
          type="date"
          value={rx.startDate}
          onValue={(v) => set('startDate', v)}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
