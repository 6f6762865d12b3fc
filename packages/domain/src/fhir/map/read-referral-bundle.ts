/**
 * The FHIR intake channel: validate an EHR's Bundle and, when it is acceptable, turn it into the
 * canonical ReferralDraft (channel 'fhir'). Everything wrong — FHIR rules or what a referral
 * needs — comes back in one OperationOutcome.
 */
import {
  findDrugByName,
  inferTherapyType,
  resolveDrugForRoute,
} from '../../coverage/drug-catalog.ts';
import type {
  AdministrationRoute,
  ReferralDraft,
  TherapyType,
} from '../../intake/referral-draft.ts';
import { createOperationOutcome, isAccepted } from '../outcome/operation-outcome.ts';
import type { OperationOutcome } from '../outcome/operation-outcome.ts';
import { getString } from '../validate/json.ts';
import type { JsonObject } from '../validate/json.ts';
import { inspectBundle } from '../validate/validate-bundle.ts';
import { mapAllergies } from './map-allergies.ts';
import { mapCoverages } from './map-coverages.ts';
import { mapDiagnoses } from './map-diagnoses.ts';
import {
  collectOrderWords,
  findAccessDevice,
  findAdministrationMethod,
  mapClinical,
  mapInstructions,
  mapSourceReference,
  mapUrgency,
} from './map-order-details.ts';
import { mapPatient } from './map-patient.ts';
import { findPrescriber, mapPrescriber } from './map-prescriber.ts';
import { mapPrescription } from './map-prescription.ts';
import { MappingContext } from './mapping-context.ts';
import type { Located } from './mapping-context.ts';

export interface ReadReferralBundleResult {
  outcome: OperationOutcome;
  /** Present only when the outcome has no error or fatal issue. */
  referral?: ReferralDraft;
}

/** MedicationRequests that are no longer an order to act on. */
const CLOSED_MEDICATION_STATUS = new Set(['cancelled', 'entered-in-error', 'stopped', 'completed']);

export function readReferralBundle(json: unknown): ReadReferralBundleResult {
  const inspection = inspectBundle(json);
  if (inspection.bundle === undefined || inspection.index === undefined) {
    return { outcome: inspection.outcome };
  }
  const ctx = new MappingContext(inspection.index);
  const referral = mapReferral(inspection.bundle, ctx);
  const validationIssues = inspection.outcome.issue.filter((i) => i.details.text !== 'All OK');
  const outcome = createOperationOutcome([...validationIssues, ...ctx.issues]);
  return isAccepted(outcome) && referral !== undefined ? { outcome, referral } : { outcome };
}

function mapReferral(bundle: JsonObject, ctx: MappingContext): ReferralDraft | undefined {
  const patientEntry = findPatient(ctx);
  const medicationRequest = findMedicationRequest(ctx);
  const serviceRequest = ctx.all('ServiceRequest')[0];
  const prescriberSources = findPrescriber([medicationRequest, serviceRequest], ctx);
  if (prescriberSources === undefined) {
    ctx.require(
      medicationRequest === undefined ? 'Bundle.entry' : `${medicationRequest.path}.requester`,
      'The bundle names no prescriber: MedicationRequest.requester (or ServiceRequest.requester) must reference a Practitioner or PractitionerRole in the bundle.',
    );
  }
  const patient = patientEntry === undefined ? undefined : mapPatient(patientEntry, ctx);
  const prescription =
    medicationRequest === undefined ? undefined : mapPrescription(medicationRequest, ctx);
  const prescriber =
    prescriberSources === undefined ? undefined : mapPrescriber(prescriberSources, ctx);
  const coverages = mapCoverages(ctx.all('Coverage'), ctx);
  const diagnoses = mapDiagnoses(ctx.all('Condition'), [serviceRequest, medicationRequest], ctx);
  const allergies = mapAllergies(ctx.all('AllergyIntolerance'), ctx);
  if (
    patient === undefined ||
    prescription === undefined ||
    prescriber === undefined ||
    medicationRequest === undefined
  ) {
    return undefined;
  }
  const therapy = classifyTherapy(prescription.drugName, prescription.route);
  const words = collectOrderWords(serviceRequest, medicationRequest);
  const accessDevice = findAccessDevice(words);
  if (accessDevice !== undefined) prescription.accessDevice = accessDevice;
  const method = findAdministrationMethod(words);
  if (method !== undefined) prescription.administrationMethod = method;
  const referral: ReferralDraft = {
    channel: 'fhir',
    urgency: mapUrgency([serviceRequest, medicationRequest]),
    therapy,
    patient,
    coverages,
    prescription,
    diagnoses,
    allergies,
    prescriber,
    clinical: mapClinical({
      medicationRequest,
      isAntiInfective: therapy === 'anti-infective',
      primaryDiagnosis: diagnoses.find((d) => d.isPrimary)?.description,
      orderWords: words,
    }),
  };
  const sourceName =
    prescriberSources?.organization === undefined
      ? undefined
      : getString(prescriberSources.organization.resource, 'name');
  if (sourceName !== undefined) referral.sourceName = sourceName;
  const sourceReference = mapSourceReference(serviceRequest, medicationRequest, bundle);
  if (sourceReference !== undefined) referral.sourceReference = sourceReference;
  const instructions = mapInstructions(serviceRequest, medicationRequest);
  if (instructions !== undefined) referral.physicianInstructions = instructions;
  return referral;
}

function findPatient(ctx: MappingContext): Located | undefined {
  const patients = ctx.all('Patient');
  if (patients.length === 0) {
    ctx.require(
      'Bundle.entry',
      'The bundle has no Patient: a referral needs the patient it is for.',
    );
  } else if (patients.length > 1) {
    ctx.report({
      severity: 'error',
      code: 'business-rule',
      text: `The bundle has ${patients.length} Patients; a referral is for one patient.`,
      expression: patients[1]?.path ?? 'Bundle.entry',
    });
  }
  return patients[0];
}

/** The first open MedicationRequest is the referral's prescription; others are reported. */
function findMedicationRequest(ctx: MappingContext): Located | undefined {
  const all = ctx.all('MedicationRequest');
  const open = all.filter(
    (m) => !CLOSED_MEDICATION_STATUS.has(getString(m.resource, 'status') ?? ''),
  );
  if (open.length === 0) {
    ctx.require(
      'Bundle.entry',
      all.length === 0
        ? 'The bundle has no MedicationRequest: a referral needs the prescribed drug, dose, route and frequency.'
        : 'Every MedicationRequest in the bundle is cancelled, stopped, completed or entered in error; a referral needs an open order.',
    );
    return undefined;
  }
  const [first, ...others] = open;
  for (const other of others) {
    ctx.report({
      severity: 'warning',
      code: 'business-rule',
      text: `${other.path} is a further MedicationRequest; intake maps the first (${first?.path ?? ''}) as the referral's prescription, so add this one to the plan of care by hand.`,
      expression: other.path,
    });
  }
  return first;
}

/** The drug catalog decides; an immune globulin given under the skin becomes SCIG. */
function classifyTherapy(drugName: string, route: AdministrationRoute): TherapyType {
  const entry = findDrugByName(drugName);
  return entry === undefined
    ? inferTherapyType(drugName)
    : resolveDrugForRoute(entry, route).therapy;
}
