/** The order around the prescription: urgency, who sent it, instructions, access, clinical facts. */
import type {
  AccessDevice,
  AdministrationMethod,
  ReferralClinical,
  ReferralUrgency,
} from '../../intake/referral-draft.ts';
import { getObject, getObjects, getString } from '../validate/json.ts';
import type { JsonObject } from '../validate/json.ts';
import {
  ACCESS_DEVICE_WORDS,
  ADMINISTRATION_METHOD_WORDS,
  TIP_CONFIRMED,
} from './access-keywords.ts';
import { conceptText, conceptWords, hasCode } from './concepts.ts';
import type { Located } from './mapping-context.ts';

/** request-priority codes that make a referral urgent (urgent | asap | stat; routine is standard). */
const URGENT_PRIORITIES = new Set(['urgent', 'asap', 'stat']);
const MEDICATION_REQUEST_CATEGORY =
  'http://terminology.hl7.org/CodeSystem/medicationrequest-category';
const V2_IDENTIFIER_TYPE = 'http://terminology.hl7.org/CodeSystem/v2-0203';

export function mapUrgency(orders: readonly (Located | undefined)[]): ReferralUrgency {
  const urgent = orders.some((o) =>
    URGENT_PRIORITIES.has(getString(o?.resource ?? {}, 'priority') ?? ''),
  );
  return urgent ? 'urgent' : 'standard';
}

/**
 * The sender's own id for the referral: the ServiceRequest's placer identifier (v2-0203 PLAC),
 * else its first identifier, else 'ServiceRequest/<id>'; without a ServiceRequest, the
 * MedicationRequest's, then Bundle.identifier.
 */
export function mapSourceReference(
  serviceRequest: Located | undefined,
  medicationRequest: Located | undefined,
  bundle: JsonObject,
): string | undefined {
  for (const order of [serviceRequest, medicationRequest]) {
    if (order === undefined) continue;
    const identifiers = getObjects(order.resource, 'identifier');
    const placer = identifiers.find((i) =>
      hasCode(getObject(i, 'type'), V2_IDENTIFIER_TYPE, 'PLAC'),
    );
    const value = getString(placer ?? identifiers[0] ?? {}, 'value');
    if (value !== undefined) return value;
    const id = getString(order.resource, 'id');
    if (id !== undefined)
      return `${getString(order.resource, 'resourceType') ?? 'ServiceRequest'}/${id}`;
  }
  return getString(getObject(bundle, 'identifier') ?? {}, 'value');
}

/** ServiceRequest.note and patientInstruction, then the MedicationRequest's notes, one per line. */
export function mapInstructions(
  serviceRequest: Located | undefined,
  medicationRequest: Located | undefined,
): string | undefined {
  const lines = [
    ...getObjects(serviceRequest?.resource ?? {}, 'note').map((n) => getString(n, 'text')),
    getString(serviceRequest?.resource ?? {}, 'patientInstruction'),
    ...getObjects(medicationRequest?.resource ?? {}, 'note').map((n) => getString(n, 'text')),
  ].filter((l): l is string => l !== undefined && l.trim() !== '');
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** All the free words of the order that may name the access device or the pump. */
export function collectOrderWords(
  serviceRequest: Located | undefined,
  medicationRequest: Located | undefined,
): string {
  const sr = serviceRequest?.resource ?? {};
  const dosages = getObjects(medicationRequest?.resource ?? {}, 'dosageInstruction');
  return [
    conceptWords(getObject(sr, 'code')),
    ...getObjects(sr, 'orderDetail').map(conceptWords),
    ...getObjects(sr, 'note').map((n) => getString(n, 'text') ?? ''),
    ...dosages.flatMap((d) => [
      getString(d, 'text') ?? '',
      conceptWords(getObject(d, 'method')),
      conceptWords(getObject(d, 'site')),
    ]),
  ].join(' \n ');
}

export function findAccessDevice(words: string): AccessDevice | undefined {
  return ACCESS_DEVICE_WORDS.find((row) => row.pattern.test(words))?.device;
}

export function findAdministrationMethod(words: string): AdministrationMethod | undefined {
  return ADMINISTRATION_METHOD_WORDS.find((row) => row.pattern.test(words))?.method;
}

/**
 * Clinical facts the door checklist asks for: the indication treated (anti-infectives: the
 * MedicationRequest's reasonCode text, else the primary diagnosis), PICC tip confirmation in the
 * order's words, and a hospital discharge (MedicationRequest.category "discharge").
 */
export function mapClinical(input: {
  medicationRequest: Located;
  isAntiInfective: boolean;
  primaryDiagnosis: string | undefined;
  orderWords: string;
}): ReferralClinical {
  const clinical: ReferralClinical = {};
  const mr = input.medicationRequest.resource;
  if (input.isAntiInfective) {
    const reason = getObjects(mr, 'reasonCode')
      .map(conceptText)
      .find((t) => t !== undefined);
    const indication = reason ?? input.primaryDiagnosis;
    if (indication !== undefined) clinical.cultureOrIndication = indication;
  }
  if (TIP_CONFIRMED.test(input.orderWords)) clinical.tipPlacementConfirmed = true;
  const isDischarge = getObjects(mr, 'category').some((c) =>
    hasCode(c, MEDICATION_REQUEST_CATEGORY, 'discharge'),
  );
  if (isDischarge) clinical.dischargePending = true;
  return clinical;
}
