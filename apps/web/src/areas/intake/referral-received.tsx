// The referral as it was received, section by section, read-only.
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDetail } from '@server/modules/intake/intake.contracts.ts';
import { formatDate } from '../../shell/format.ts';
import { languageLabel } from './referral-section-patient.tsx';

type Draft = ReferralDetail['draft'];

function Item({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="gray.7" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {value === undefined || value === null || value === '' ? '—' : value}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
        {children}
      </SimpleGrid>
    </Stack>
  );
}

export function ReferralReceived({ draft }: { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const p = draft.patient;
  const rx = draft.prescription;
  const section = (key: string) => t(`intake.form.sections.${key}`);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="received-title">
      <Stack>
        <Title order={2} size="h3" id="received-title">
          {t('intake.referral.received')}
        </Title>
        <Section title={section('patient')}>
          <Item
            label={t('intake.form.givenName')}
            value={[p.givenName, p.middleName].filter(Boolean).join(' ')}
          />
          <Item label={t('intake.form.familyName')} value={p.familyName} />
          <Item label={t('intake.form.birthDate')} value={formatDate(p.birthDate, lang)} />
          <Item label={t('intake.form.sex')} value={t(`sex.${p.sex}`)} />
          <Item
            label={t('intake.referral.address')}
            value={`${p.address.line1}${p.address.line2 ? `, ${p.address.line2}` : ''}, ${p.address.city}, ${p.address.state} ${p.address.postalCode}`}
          />
          <Item
            label={t('intake.referral.phones')}
            value={p.phones
              .map((ph) => `${t(`intake.phoneUses.${ph.use}`)}: ${ph.number}`)
              .join('; ')}
          />
          <Item label={t('intake.form.email')} value={p.email} />
          <Item
            label={t('intake.form.language')}
            value={`${languageLabel(p.preferredLanguage, lang)}${p.interpreterNeeded ? ` — ${t('intake.referral.interpreter')}` : ''}`}
          />
          <Item label={t('intake.form.weight')} value={p.weightKg} />
        </Section>
        <Section title={section('insurance')}>
          {draft.coverages.length === 0 && <Item label={t('intake.form.payerName')} value={null} />}
          {draft.coverages.map((c) => (
            <Item
              key={c.order}
              label={t(`intake.form.coverageOrder.${String(c.order)}`)}
              value={[
                c.payerName,
                c.planName,
                `${t('intake.form.memberId')} ${c.memberId}`,
                c.groupNumber && `${t('intake.form.groupNumber')} ${c.groupNumber}`,
                c.subscriberName &&
                  `${c.subscriberName} (${t(`intake.relationships.${c.relationship}`)})`,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </Section>
        <Section title={section('prescription')}>
          <Item label={t('intake.form.drugName')} value={rx.drugName} />
          <Item
            label={t('intake.referral.dose')}
            value={`${rx.doseValue} ${rx.doseUnit} ${t(`intake.routes.${rx.route}`)} ${rx.frequency}`}
          />
          <Item label={t('intake.form.durationDays')} value={rx.durationDays} />
          <Item
            label={t('intake.form.accessDevice')}
            value={rx.accessDevice ? t(`intake.devices.${rx.accessDevice}`) : null}
          />
          <Item
            label={t('intake.form.administrationMethod')}
            value={rx.administrationMethod ? t(`intake.methods.${rx.administrationMethod}`) : null}
          />
          <Item
            label={t('intake.form.startDate')}
            value={rx.startDate ? formatDate(rx.startDate, lang) : null}
          />
        </Section>
        <Section title={section('diagnoses')}>
          {draft.diagnoses.map((d) => (
            <Item
              key={d.code}
              label={d.isPrimary ? t('intake.referral.primary') : t('intake.referral.secondary')}
              value={`${d.code}${d.description ? ` — ${d.description}` : ''}`}
            />
          ))}
        </Section>
        <Section title={section('allergies')}>
          <Item
            label={section('allergies')}
            value={draft.allergies
              .map((a) =>
                [a.substance, a.reaction, a.severity && t(`intake.severities.${a.severity}`)]
                  .filter(Boolean)
                  .join(', '),
              )
              .join('; ')}
          />
        </Section>
        <Section title={section('clinical')}>
          <Item
            label={t('intake.form.cultureOrIndication')}
            value={draft.clinical.cultureOrIndication}
          />
          <Item label={t('intake.form.regimen')} value={draft.clinical.regimen} />
          <Item label={t('intake.form.pumpOrdered')} value={draft.clinical.pumpOrdered} />
          <Item
            label={t('intake.form.labs')}
            value={(draft.clinical.labs ?? [])
              .map((lab) => `${lab.name} ${lab.value} (${formatDate(lab.date, lang)})`)
              .join('; ')}
          />
          <Item
            label={t('intake.form.tipConfirmed')}
            value={draft.clinical.tipPlacementConfirmed ? t('common.yes') : t('common.no')}
          />
          <Item
            label={t('intake.form.dischargePending')}
            value={draft.clinical.dischargePending ? t('common.yes') : t('common.no')}
          />
        </Section>
        <Section title={section('history')}>
          <Item label={t('intake.form.medicalHistory')} value={draft.medicalHistory} />
          <Item
            label={t('intake.form.physicianInstructions')}
            value={draft.physicianInstructions}
          />
        </Section>
        <Section title={section('prescriber')}>
          <Item
            label={t('intake.referral.prescriber')}
            value={`${draft.prescriber.givenName} ${draft.prescriber.familyName}`}
          />
          <Item label={t('intake.form.npi')} value={draft.prescriber.npi} />
          <Item label={t('intake.form.practiceName')} value={draft.prescriber.practiceName} />
          <Item label={t('intake.form.prescriberPhone')} value={draft.prescriber.phone} />
          <Item label={t('intake.form.prescriberFax')} value={draft.prescriber.fax} />
        </Section>
      </Stack>
    </Paper>
  );
}
