import type { AdministrationRoute, ReferralPrescription } from '../../intake/referral-draft.ts';
import { RXNORM_SYSTEM } from '../validate/terminology.ts';
import { getObject, getObjects, getString } from '../validate/json.ts';
import type { JsonObject } from '../validate/json.ts';
import { codesOf, codingWithSystem, conceptText, isoDate } from './concepts.ts';
import { mapFrequency } from './map-frequency.ts';
import type { Located, MappingContext } from './mapping-context.ts';
import { ROUTE_CODES, ROUTE_WORDS } from './route-codes.ts';

const NDC_SYSTEM = 'http://hl7.org/fhir/sid/ndc';
const DAY_MS = 86_400_000;
const DURATION_DAYS: Readonly<Record<string, number>> = { d: 1, wk: 7, mo: 30 };

/** The medication: a CodeableConcept on the request, or a Medication (contained or in the bundle). */
export function findMedicationConcept(
  request: Located,
  ctx: MappingContext,
): JsonObject | undefined {
  const concept = getObject(request.resource, 'medicationCodeableConcept');
  if (concept !== undefined) return concept;
  const medication = ctx.follow(request.resource.medicationReference, request);
  return medication === undefined ? undefined : getObject(medication.resource, 'code');
}

export function mapPrescription(
  request: Located,
  ctx: MappingContext,
): ReferralPrescription | undefined {
  const { resource, path } = request;
  const concept = findMedicationConcept(request, ctx);
  const drugName = drugNameOf(concept);
  if (drugName === undefined) {
    ctx.require(
      `${path}.medication`,
      `${path} names no drug: send medicationCodeableConcept (RxNorm) or a Medication with a code.`,
    );
  }
  const dosage = getObjects(resource, 'dosageInstruction')[0];
  const dosagePath = `${path}.dosageInstruction[0]`;
  if (dosage === undefined) {
    ctx.require(
      `${path}.dosageInstruction`,
      `${path} has no dosageInstruction: intake needs dose, route and frequency.`,
    );
    return undefined;
  }
  const dose = findDose(dosage);
  if (dose === undefined) {
    ctx.require(
      `${dosagePath}.doseAndRate`,
      `${dosagePath} has no dose quantity (doseAndRate.doseQuantity with value and unit).`,
    );
  }
  const route = mapRoute(getObject(dosage, 'route'), `${dosagePath}.route`, ctx);
  const frequency = mapFrequency(dosage);
  if (frequency === undefined) {
    ctx.require(
      `${dosagePath}.timing`,
      `${dosagePath} has no timing: intake needs how often the dose is given (e.g. every 8 hours).`,
    );
  }
  if (
    drugName === undefined ||
    dose === undefined ||
    route === undefined ||
    frequency === undefined
  ) {
    return undefined;
  }
  const prescription: ReferralPrescription = {
    drugName,
    doseValue: dose.value,
    doseUnit: dose.unit,
    route,
    frequency,
  };
  const rxnorm = getString(codingWithSystem(concept, RXNORM_SYSTEM) ?? {}, 'code');
  if (rxnorm !== undefined) prescription.rxnormCode = rxnorm;
  const ndc = normalizeNdc(getString(codingWithSystem(concept, NDC_SYSTEM) ?? {}, 'code'));
  if (ndc !== undefined) prescription.ndc = ndc;
  const course = findCourse(resource, dosage);
  if (course.durationDays !== undefined) prescription.durationDays = course.durationDays;
  if (course.startDate !== undefined) prescription.startDate = course.startDate;
  return prescription;
}

/** The name pharmacists read: the concept's text, else the RxNorm display, else any display. */
export function drugNameOf(concept: JsonObject | undefined): string | undefined {
  if (concept === undefined) return undefined;
  return (
    getString(concept, 'text') ??
    getString(codingWithSystem(concept, RXNORM_SYSTEM) ?? {}, 'display') ??
    conceptText(concept)
  );
}

function findDose(dosage: JsonObject): { value: number; unit: string } | undefined {
  for (const doseAndRate of getObjects(dosage, 'doseAndRate')) {
    const quantity = getObject(doseAndRate, 'doseQuantity');
    if (quantity === undefined) continue;
    const value = quantity.value;
    const unit = getString(quantity, 'unit') ?? getString(quantity, 'code');
    if (typeof value === 'number' && unit !== undefined) return { value, unit };
  }
  return undefined;
}

function mapRoute(
  concept: JsonObject | undefined,
  path: string,
  ctx: MappingContext,
): AdministrationRoute | undefined {
  if (concept === undefined) {
    ctx.require(path, `${path} is missing: intake needs the route (IV, SC, IM, intrathecal).`);
    return undefined;
  }
  for (const coding of codesOf(concept)) {
    const row = ROUTE_CODES.find((r) => r.system === coding.system && r.code === coding.code);
    if (row !== undefined) return row.route;
  }
  const words = [getString(concept, 'text'), ...codesOf(concept).map((c) => c.display)].join(' ');
  const byWords = ROUTE_WORDS.find((r) => r.pattern.test(words));
  if (byWords !== undefined) return byWords.route;
  ctx.report({
    severity: 'warning',
    code: 'code-invalid',
    text: `${path} "${conceptText(concept) ?? '?'}" is not a route intake knows; recorded as other.`,
    expression: path,
  });
  return 'other';
}

/**
 * Therapy length and start: Dosage.timing.repeat.bounds[x] first (the course as ordered), then
 * dispenseRequest.validityPeriod, then dispenseRequest.expectedSupplyDuration. A period of whole
 * dates counts both ends (2024-05-01..2024-05-28 is 28 days).
 */
function findCourse(
  request: JsonObject,
  dosage: JsonObject,
): { durationDays?: number; startDate?: string } {
  const repeat = getObject(getObject(dosage, 'timing') ?? {}, 'repeat') ?? {};
  const dispense = getObject(request, 'dispenseRequest') ?? {};
  const boundsPeriod = getObject(repeat, 'boundsPeriod');
  const validity = getObject(dispense, 'validityPeriod');
  const startDate = isoDate(
    getString(boundsPeriod ?? {}, 'start') ?? getString(validity ?? {}, 'start'),
  );
  const durationDays =
    durationInDays(getObject(repeat, 'boundsDuration')) ??
    periodInDays(boundsPeriod) ??
    periodInDays(validity) ??
    durationInDays(getObject(dispense, 'expectedSupplyDuration'));
  const course: { durationDays?: number; startDate?: string } = {};
  if (durationDays !== undefined) course.durationDays = durationDays;
  if (startDate !== undefined) course.startDate = startDate;
  return course;
}

function durationInDays(duration: JsonObject | undefined): number | undefined {
  if (duration === undefined || typeof duration.value !== 'number') return undefined;
  const perUnit = DURATION_DAYS[getString(duration, 'code') ?? getString(duration, 'unit') ?? ''];
  return perUnit === undefined ? undefined : Math.round(duration.value * perUnit);
}

function periodInDays(period: JsonObject | undefined): number | undefined {
  const start = getString(period ?? {}, 'start');
  const end = getString(period ?? {}, 'end');
  if (start === undefined || end === undefined) return undefined;
  const wholeDates = start.length === 10 && end.length === 10;
  const days = (Date.parse(end) - Date.parse(start)) / DAY_MS;
  if (Number.isNaN(days) || days < 0) return undefined;
  return wholeDates ? Math.round(days) + 1 : Math.round(days);
}

/** NDC as 11 digits (5-4-2): pads the short segment of a hyphenated 10-digit NDC. */
export function normalizeNdc(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  if (/^\d{11}$/.test(code)) return code;
  const m = /^(\d{4,5})-(\d{3,4})-(\d{1,2})$/.exec(code);
  if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined) return undefined;
  const total = m[1].length + m[2].length + m[3].length;
  if (total !== 10 && total !== 11) return undefined;
  return `${m[1].padStart(5, '0')}${m[2].padStart(4, '0')}${m[3].padStart(2, '0')}`;
}
