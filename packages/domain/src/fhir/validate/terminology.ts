/**
 * Code-system checks that matter at intake, keyed by the system URI a Coding or Identifier
 * carries. They reuse our identifier rules (packages/domain/src/identifiers), so a code that
 * passes here passes the console form too.
 * Systems: http://hl7.org/fhir/sid/icd-10-cm and http://hl7.org/fhir/sid/us-npi are the HL7
 * "sid" URIs for ICD-10-CM and the NPI (https://hl7.org/fhir/R4/terminologies-systems.html,
 * https://hl7.org/fhir/R4/identifier-registry.html). ✅
 */
import { explainInvalidNpi, isValidIcd10CmFormat } from '../../identifiers/index.ts';
import { getString } from './json.ts';
import type { JsonObject } from './json.ts';
import type { ValidationContext } from './validation-context.ts';

export const ICD10_CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';
export const RXNORM_SYSTEM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

interface SystemCheck {
  /** The datatype carrying the system: Coding.system/code or Identifier.system/value. */
  datatype: 'Coding' | 'Identifier';
  system: string;
  /** The element holding the checked text. */
  field: 'code' | 'value';
  /** Why the text is wrong, or undefined when it is fine. */
  explain: (text: string) => string | undefined;
}

const SYSTEM_CHECKS: readonly SystemCheck[] = [
  {
    datatype: 'Coding',
    system: ICD10_CM_SYSTEM,
    field: 'code',
    explain: (code) =>
      isValidIcd10CmFormat(code)
        ? undefined
        : 'it is not in ICD-10-CM format (a letter, two characters, then optionally a dot and up to four more, e.g. J18.9).',
  },
  {
    datatype: 'Identifier',
    system: NPI_SYSTEM,
    field: 'value',
    explain: explainInvalidNpi,
  },
];

/** Runs the checks that apply to a Coding or Identifier element at `path`. */
export function checkSystemCodes(
  datatype: string,
  element: JsonObject,
  path: string,
  ctx: ValidationContext,
): void {
  const system = getString(element, 'system');
  if (system === undefined) return;
  for (const check of SYSTEM_CHECKS) {
    if (check.datatype !== datatype || check.system !== system) continue;
    const text = getString(element, check.field);
    if (text === undefined) continue;
    const problem = check.explain(text);
    if (problem === undefined) continue;
    ctx.report({
      severity: 'error',
      code: 'code-invalid',
      text: `${path}.${check.field} "${text}" is not a valid ${check.system === NPI_SYSTEM ? 'NPI' : 'ICD-10-CM code'}: ${lowerFirst(problem)}`,
      expression: `${path}.${check.field}`,
    });
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
