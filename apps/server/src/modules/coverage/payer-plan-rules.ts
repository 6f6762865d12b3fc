// What a payer plan must look like before it enters the directory: checked field by field so the
// form can show each problem beside its field. Pure: no database.
import type { PlanType } from '@infusio/domain/coverage';
import { formatUsPhone, isUsStateCode, normalizeUsPhone } from '@infusio/domain/identifiers';
import type { FieldProblem } from '../../platform/http/app-error.ts';
import type { SavePayerPlanRequest } from './payers.contracts.ts';

/**
 * Electronic payer ids as clearinghouses publish them: 3 to 10 capital letters and digits
 * (most are 5, e.g. "K4T21" or "00431"). Nothing else may appear in NM1*PR … PI.
 */
export const PAYER_ID_PATTERN = /^[A-Z0-9]{3,10}$/;
/** NM103 (organisation name) holds at most 60 characters in 005010X279A1. */
export const PAYER_NAME_MAX = 60;
/** Characters that separate X12 elements, components, repetitions and segments. */
const X12_SEPARATORS = /[*~:^|>]/;

/**
 * Which billing models fit a plan type (DOMAIN.md §1.0, §1.4): only Medicare fee-for-service is
 * billed by the Medicare benefit split; everyone else pays per diem or from a fee schedule.
 */
export const BILLING_MODELS_BY_PLAN_TYPE: Readonly<
  Record<PlanType, readonly SavePayerPlanRequest['billingModel'][]>
> = {
  'medicare-ffs': ['medicare-benefit-split'],
  commercial: ['per-diem', 'fee-schedule'],
  'employer-self-funded': ['per-diem', 'fee-schedule'],
  'medicare-advantage': ['per-diem', 'fee-schedule'],
  medicaid: ['per-diem', 'fee-schedule'],
  'managed-medicaid': ['per-diem', 'fee-schedule'],
  tricare: ['per-diem', 'fee-schedule'],
  'va-community-care': ['per-diem', 'fee-schedule'],
  'workers-comp': ['per-diem', 'fee-schedule'],
  'self-pay': ['fee-schedule', 'per-diem'],
};

/** The plan as it will be stored. */
export type NormalizedPayerPlan = SavePayerPlanRequest;

function checkName(value: string, field: string, max: number, problems: FieldProblem[]): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed === '')
    problems.push({ field, code: 'required', message: 'This field is required.' });
  else if (trimmed.length > max)
    problems.push({ field, code: 'maxLength', message: `At most ${String(max)} characters.` });
  else if (X12_SEPARATORS.test(trimmed))
    problems.push({
      field,
      code: 'x12_separator',
      message: 'Remove * ~ : ^ | > — they separate the fields of an X12 file.',
    });
  return trimmed;
}

function checkPhone(value: string | null, field: string, problems: FieldProblem[]): string | null {
  if (value === null || value.trim() === '') return null;
  const digits = normalizeUsPhone(value);
  if (digits === undefined) {
    problems.push({
      field,
      code: 'phone_format',
      message: 'Enter a 10-digit US number, e.g. (312) 555-0142.',
    });
    return value;
  }
  return formatUsPhone(digits);
}

function checkUrl(value: string | null, problems: FieldProblem[]): string | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || !url.hostname.includes('.') || url.username !== '') {
    problems.push({
      field: '/portalUrl',
      code: 'url_format',
      message: 'Enter the portal address starting with https://, e.g. https://payer.example.com.',
    });
    return trimmed;
  }
  return url.toString();
}

/** Checks and normalises a plan (trimmed names, upper-case ids, formatted phones). */
export function checkPayerPlan(input: SavePayerPlanRequest): {
  plan: NormalizedPayerPlan;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const payerId = input.payerId.trim().toUpperCase();
  if (!PAYER_ID_PATTERN.test(payerId))
    problems.push({
      field: '/payerId',
      code: 'payer_id_format',
      message: 'A payer id is 3 to 10 letters and digits, e.g. K4T21.',
    });
  const payerName = checkName(input.payerName, '/payerName', PAYER_NAME_MAX, problems);
  const planName = checkName(input.planName, '/planName', 120, problems);
  const state =
    input.state === null || input.state.trim() === '' ? null : input.state.trim().toUpperCase();
  if (state !== null && !isUsStateCode(state))
    problems.push({
      field: '/state',
      code: 'state_code',
      message: 'Choose a US state or leave it empty for a national plan.',
    });
  if (!BILLING_MODELS_BY_PLAN_TYPE[input.planType].includes(input.billingModel))
    problems.push({
      field: '/billingModel',
      code: 'billing_model_plan_type',
      message:
        input.planType === 'medicare-ffs'
          ? 'Medicare fee-for-service is billed by the Medicare benefit split.'
          : 'The Medicare benefit split applies to Medicare fee-for-service only.',
    });
  const therapies = input.priorAuthTherapies;
  if (new Set(therapies).size !== therapies.length)
    problems.push({
      field: '/priorAuthTherapies',
      code: 'duplicate',
      message: 'A therapy is listed twice.',
    });
  const phone = checkPhone(input.phone, '/phone', problems);
  const fax = checkPhone(input.fax, '/fax', problems);
  const portalUrl = checkUrl(input.portalUrl, problems);
  return {
    plan: {
      ...input,
      payerId,
      payerName,
      planName,
      state,
      priorAuthTherapies: [...therapies].sort(),
      phone,
      fax,
      portalUrl,
    },
    problems,
  };
}
