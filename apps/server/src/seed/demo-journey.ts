// The demo's live journeys: Mei Chen (the demo patient account) referred by Dr. Priya Raman (the
// demo physician account) for IVIG, benefits verified and waiting for authorization; and a second
// referral from Dr. Raman still missing recent renal labs. Written directly as a system seed.
import { eq } from 'drizzle-orm';
import { checkReferral, type ReferralDraft } from '@infusio/domain/intake';
import { completeReferral } from '@infusio/domain/testing';
import type { DbOrTx } from '../platform/db/types.ts';
import {
  admissionEvents,
  admissions,
  prescribers,
  referrals,
} from '../modules/intake/intake.tables.ts';
import { addReferralToChart } from '../modules/intake/link-patient.ts';
import { startAdmission } from '../modules/intake/start-admission.ts';
import { patients } from '../modules/patients/patients.tables.ts';

export const DEMO_PHYSICIAN_NPI = '1765432103';

interface DemoJourneyInput {
  branchId: string;
  physicianUserId: string;
  meiChenId: string;
  secondPatientId: string;
  now: Date;
}

const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

async function draftFor(
  tx: DbOrTx,
  patientId: string,
  base: ReferralDraft,
): Promise<ReferralDraft> {
  const [p] = await tx.select().from(patients).where(eq(patients.id, patientId));
  if (!p) throw new Error('demo patient missing');
  return {
    ...base,
    patient: {
      ...base.patient,
      givenName: p.givenName,
      familyName: p.familyName,
      birthDate: p.birthDate,
      sex: p.sex as ReferralDraft['patient']['sex'],
      address: { line1: p.addressLine1, city: p.city, state: p.state, postalCode: p.postalCode },
      phones: p.phoneMobile ? [{ use: 'mobile', number: p.phoneMobile }] : base.patient.phones,
      preferredLanguage: p.preferredLanguage,
      interpreterNeeded: p.interpreterNeeded,
      weightKg: p.weightKg ?? 60,
    },
  };
}

async function fileReferral(
  tx: DbOrTx,
  input: DemoJourneyInput,
  patientId: string,
  draft: ReferralDraft,
  prescriberId: string,
  receivedAt: Date,
) {
  const checklist = checkReferral(draft, { receivedOn: isoDay(receivedAt), recentLabDays: 7 });
  const [referral] = await tx
    .insert(referrals)
    .values({
      branchId: input.branchId,
      channel: draft.channel,
      urgency: draft.urgency,
      status: 'received',
      sourceName: draft.sourceName ?? null,
      therapy: draft.therapy,
      draft,
      checklist,
      receivedAt,
      patientId,
      prescriberId,
      createdAt: receivedAt,
      updatedAt: receivedAt,
    })
    .returning({ id: referrals.id });
  if (!referral) throw new Error('demo referral insert failed');
  const actor = { userId: null, name: 'Irene Ortiz (intake coordinator)' };
  await addReferralToChart(tx, patientId, referral.id, draft, actor, receivedAt);
  const admissionId = await startAdmission(tx, {
    referralId: referral.id,
    patientId,
    branchId: input.branchId,
    draft,
    prescriberId,
    receivedAt,
    actor,
    at: receivedAt,
  });
  return { referralId: referral.id, admissionId };
}

export async function seedDemoJourneys(tx: DbOrTx, input: DemoJourneyInput): Promise<void> {
  const { now } = input;
  const [prescriber] = await tx
    .insert(prescribers)
    .values({
      npi: DEMO_PHYSICIAN_NPI,
      givenName: 'Priya',
      familyName: 'Raman',
      practiceName: 'Lakeview Immunology & Infectious Disease',
      phone: '(312) 555-0190',
      fax: '(312) 555-0191',
      userId: input.physicianUserId,
    })
    .returning({ id: prescribers.id });
  if (!prescriber) throw new Error('demo prescriber insert failed');
  const prescriberFields = {
    npi: DEMO_PHYSICIAN_NPI,
    givenName: 'Priya',
    familyName: 'Raman',
    practiceName: 'Lakeview Immunology & Infectious Disease',
    phone: '(312) 555-0190',
    fax: '(312) 555-0191',
  };

  // Mei Chen: IVIG for common variable immunodeficiency, received two days ago, benefits verified.
  const ivig = completeReferral('ivig');
  const meiDraft = await draftFor(tx, input.meiChenId, {
    ...ivig,
    sourceName: 'Lakeview Immunology & Infectious Disease',
    coverages: [
      {
        order: 1,
        payerName: 'Medicare Part B',
        payerId: 'MCRB',
        memberId: '1EG4TE5MK73',
        relationship: 'self',
      },
    ],
    prescription: {
      drugName: 'Gamunex-C (immune globulin)',
      doseValue: 30,
      doseUnit: 'g',
      route: 'IV',
      frequency: 'every 4 weeks',
      durationDays: 180,
      accessDevice: 'PIV',
      administrationMethod: 'electronic-pump',
      startDate: isoDay(new Date(now.getTime() + 5 * 86_400_000)),
    },
    diagnoses: [
      { code: 'D83.9', isPrimary: true, description: 'Common variable immunodeficiency' },
    ],
    allergies: [{ substance: 'No known drug allergies' }],
    prescriber: prescriberFields,
    clinical: {
      labs: [{ name: 'IgG trough', value: '310 mg/dL', date: isoDay(hoursAgo(now, 24 * 9)) }],
      tipPlacementConfirmed: false,
    },
    physicianInstructions:
      'Premedicate with acetaminophen 650 mg and diphenhydramine 25 mg. Start at 0.5 mL/kg/h and titrate.',
  });
  const received = hoursAgo(now, 50);
  const mei = await fileReferral(tx, input, input.meiChenId, meiDraft, prescriber.id, received);
  const informationAt = hoursAgo(now, 49);
  const verifiedAt = hoursAgo(now, 30);
  await tx
    .update(referrals)
    .set({ response: 'accepted', respondedAt: hoursAgo(now, 49.5), status: 'accepted' })
    .where(eq(referrals.id, mei.referralId));
  // Her coverage is verified by a real eligibility check (demo-payers.ts), not a recorded fact.
  await tx.insert(admissionEvents).values([
    {
      admissionId: mei.admissionId,
      kind: 'stage',
      fromStage: 'referral-received',
      toStage: 'information-complete',
      secondsInPrevious: 3600,
      actorName: 'Irene Ortiz (intake coordinator)',
      at: informationAt,
    },
    {
      admissionId: mei.admissionId,
      kind: 'stage',
      fromStage: 'information-complete',
      toStage: 'benefits-verified',
      secondsInPrevious: 19 * 3600,
      actorName: 'Raj Mehta (reimbursement specialist)',
      at: verifiedAt,
    },
  ]);
  await tx
    .update(admissions)
    .set({ stage: 'benefits-verified', stageEnteredAt: verifiedAt })
    .where(eq(admissions.id, mei.admissionId));

  // A second referral from Dr. Raman, received 40 minutes ago, still missing recent renal labs.
  const antibiotic = completeReferral('anti-infective');
  const secondDraft = await draftFor(tx, input.secondPatientId, {
    ...antibiotic,
    urgency: 'urgent',
    sourceName: 'Lakeview Immunology & Infectious Disease',
    prescriber: prescriberFields,
    clinical: { ...antibiotic.clinical, labs: [], dischargePending: true },
  });
  await fileReferral(
    tx,
    input,
    input.secondPatientId,
    secondDraft,
    prescriber.id,
    hoursAgo(now, 40 / 60),
  );
}
