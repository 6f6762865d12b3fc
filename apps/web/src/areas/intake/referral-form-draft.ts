// The console form turned into the canonical ReferralDraft the API takes, and into the request's
// own type (a state is a USPS code). Blank rows and blank optional text are left out.
import { isUsStateCode } from '@infusio/domain/identifiers';
import type { ReferralDraft } from '@infusio/domain/intake';
import type { CreateReferralRequest } from '@server/modules/intake/intake.contracts.ts';
import { NKDA, rowMapsOf, type ReferralForm } from './referral-form-model.ts';

/** Trimmed text, or nothing when blank (the API refuses empty optional strings). */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}

function optionalNumber<K extends string>(key: K, value: string): Partial<Record<K, number>> {
  const trimmed = value.trim();
  const n = Number(trimmed);
  return trimmed === '' || !Number.isFinite(n) ? {} : ({ [key]: n } as Record<K, number>);
}

/**
 * The canonical referral. Fields the form still lacks get neutral stand-ins (dose 0, route
 * "other", sex "unknown") so the live checklist can run on a half-filled form; the form's own
 * validation stops a submission before any stand-in reaches the server.
 */
export function toReferralDraft(form: ReferralForm): ReferralDraft {
  const maps = rowMapsOf(form);
  const p = form.patient;
  const rx = form.prescription;
  const pick = <T>(rows: readonly T[], kept: readonly number[]) =>
    kept.flatMap((i) => (rows[i] === undefined ? [] : [rows[i]]));
  return {
    channel: 'console',
    urgency: form.urgency,
    ...optional('sourceName', form.sourceName),
    ...optional('sourceReference', form.sourceReference),
    therapy: form.therapy === '' ? 'other' : form.therapy,
    patient: {
      givenName: p.givenName.trim(),
      ...optional('middleName', p.middleName),
      familyName: p.familyName.trim(),
      birthDate: p.birthDate,
      sex: p.sex === '' ? 'unknown' : p.sex,
      address: {
        line1: p.line1.trim(),
        ...optional('line2', p.line2),
        city: p.city.trim(),
        state: p.state,
        postalCode: p.postalCode.trim(),
      },
      phones: pick(p.phones, maps.phones).map((phone) => ({
        use: phone.use,
        number: phone.number.trim(),
      })),
      ...optional('email', p.email),
      preferredLanguage: p.preferredLanguage,
      interpreterNeeded: p.interpreterNeeded,
      ...optionalNumber('weightKg', p.weightKg),
      ...optionalNumber('heightCm', p.heightCm),
    },
    coverages: pick(form.coverages, maps.coverages).map((c, i) => ({
      order: (i + 1) as 1 | 2 | 3,
      payerName: c.payerName.trim(),
      ...optional('payerId', c.payerId),
      ...optional('planName', c.planName),
      memberId: c.memberId.trim(),
      ...optional('groupNumber', c.groupNumber),
      ...optional('subscriberName', c.subscriberName),
      relationship: c.relationship,
    })),
    prescription: {
      drugName: rx.drugName.trim(),
      doseValue: Number(rx.doseValue) || 0,
      doseUnit: rx.doseUnit.trim(),
      route: rx.route === '' ? 'other' : rx.route,
      frequency: rx.frequency.trim(),
      ...optionalNumber('durationDays', rx.durationDays),
      ...(rx.accessDevice === '' ? {} : { accessDevice: rx.accessDevice }),
      ...(rx.administrationMethod === '' ? {} : { administrationMethod: rx.administrationMethod }),
      ...optional('startDate', rx.startDate),
    },
    diagnoses: pick(form.diagnoses, maps.diagnoses).map((d) => ({
      code: d.code.trim().toUpperCase(),
      ...optional('description', d.description),
      isPrimary: d.isPrimary,
    })),
    allergies: form.noKnownAllergies
      ? [{ substance: NKDA }]
      : pick(form.allergies, maps.allergies).map((a) => ({
          substance: a.substance.trim(),
          ...optional('reaction', a.reaction),
          ...(a.severity === '' ? {} : { severity: a.severity }),
        })),
    ...optional('medicalHistory', form.medicalHistory),
    ...optional('physicianInstructions', form.physicianInstructions),
    prescriber: {
      npi: form.prescriber.npi.trim(),
      givenName: form.prescriber.givenName.trim(),
      familyName: form.prescriber.familyName.trim(),
      ...optional('practiceName', form.prescriber.practiceName),
      ...optional('phone', form.prescriber.phone),
      ...optional('fax', form.prescriber.fax),
    },
    clinical: {
      ...optional('cultureOrIndication', form.clinical.cultureOrIndication),
      ...optional('regimen', form.clinical.regimen),
      ...optional('pumpOrdered', form.clinical.pumpOrdered),
      ...(maps.labs.length > 0
        ? {
            labs: pick(form.clinical.labs, maps.labs).map((lab) => ({
              name: lab.name.trim(),
              value: lab.value.trim(),
              date: lab.date,
            })),
          }
        : {}),
      ...(form.clinical.tipPlacementConfirmed ? { tipPlacementConfirmed: true } : {}),
      ...(form.clinical.dischargePending ? { dischargePending: true } : {}),
    },
  };
}

/**
 * The draft as the API's contract types it (a state is one of the USPS codes). The form's checks
 * require a state before sending; a draft without one is refused here rather than sent.
 */
export function toRequestDraft(draft: ReferralDraft): CreateReferralRequest['draft'] {
  const { state } = draft.patient.address;
  if (!isUsStateCode(state)) throw new Error(`not a US state code: "${state}"`);
  return {
    ...draft,
    patient: { ...draft.patient, address: { ...draft.patient.address, state } },
  };
}
