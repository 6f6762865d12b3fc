import type {
  AdministrativeSex,
  PhoneUse,
  PostalAddress,
  ReferralPatient,
} from '../../intake/referral-draft.ts';
import { getObject, getObjects, getString, getStrings } from '../validate/json.ts';
import type { JsonObject } from '../validate/json.ts';
import { codesOf, conceptText, currentTelecom, firstTelecomValue, pickName } from './concepts.ts';
import type { Located, MappingContext } from './mapping-context.ts';

/** http://hl7.org/fhir/R4/extension-patient-interpreterrequired.html (valueBoolean). ✅ */
export const INTERPRETER_REQUIRED_URL =
  'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired';

/** Default when the sender gives no communication.language; reported as information. */
const DEFAULT_LANGUAGE = 'en';

const PHONE_USE: Readonly<Record<string, PhoneUse>> = {
  mobile: 'mobile',
  home: 'home',
  work: 'work',
  temp: 'home',
};

export function mapPatient(patient: Located, ctx: MappingContext): ReferralPatient | undefined {
  const { resource, path } = patient;
  const name = pickName(resource);
  const given = name === undefined ? [] : getStrings(name, 'given');
  const familyName = name === undefined ? undefined : getString(name, 'family');
  const givenName = given[0];
  if (givenName === undefined || familyName === undefined) {
    ctx.require(
      `${path}.name`,
      `The Patient needs a name with a given and a family part (${path}.name).`,
    );
  }
  const birthDate = getString(resource, 'birthDate');
  if (birthDate === undefined) {
    ctx.require(
      `${path}.birthDate`,
      'The Patient has no birthDate; intake needs the full date of birth.',
    );
  } else if (/^\d{4}(-\d{2})?$/.test(birthDate)) {
    ctx.require(
      `${path}.birthDate`,
      `The Patient's birthDate "${birthDate}" is partial; intake needs the full date of birth.`,
    );
  }
  const address = mapAddress(resource, path, ctx);
  const sex = mapSex(resource, path, ctx);
  if (
    givenName === undefined ||
    familyName === undefined ||
    birthDate === undefined ||
    address === undefined
  ) {
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined;
  const mapped: ReferralPatient = {
    givenName,
    familyName,
    birthDate,
    sex,
    address,
    phones: mapPhones(resource),
    preferredLanguage: mapLanguage(resource, path, ctx),
    interpreterNeeded: mapInterpreterNeeded(resource),
  };
  const middle = given.slice(1).join(' ');
  if (middle !== '') mapped.middleName = middle;
  const email = firstTelecomValue(resource, 'email');
  if (email !== undefined) mapped.email = email;
  return mapped;
}

function mapSex(resource: JsonObject, path: string, ctx: MappingContext): AdministrativeSex {
  const gender = getString(resource, 'gender');
  if (gender === 'male' || gender === 'female' || gender === 'other' || gender === 'unknown') {
    return gender;
  }
  // A gender outside AdministrativeGender is already an error from validation.
  if (gender !== undefined) return 'unknown';
  ctx.report({
    severity: 'warning',
    code: 'required',
    text: 'The Patient has no gender; the referral records administrative sex as unknown.',
    expression: `${path}.gender`,
  });
  return 'unknown';
}

/** The home address (where care is given), else the first current one. */
function mapAddress(
  resource: JsonObject,
  path: string,
  ctx: MappingContext,
): PostalAddress | undefined {
  const addresses = getObjects(resource, 'address').filter(
    (a) => getString(a, 'use') !== 'old' && getObject(a, 'period')?.end === undefined,
  );
  const chosen = addresses.find((a) => getString(a, 'use') === 'home') ?? addresses[0];
  const lines = chosen === undefined ? [] : getStrings(chosen, 'line');
  const city = chosen === undefined ? undefined : getString(chosen, 'city');
  const state = chosen === undefined ? undefined : getString(chosen, 'state');
  const postalCode = chosen === undefined ? undefined : getString(chosen, 'postalCode');
  const [line1, ...rest] = lines;
  if (
    line1 === undefined ||
    city === undefined ||
    state === undefined ||
    postalCode === undefined
  ) {
    ctx.require(
      `${path}.address`,
      'The Patient needs a current address with a street line, city, state and postal code: it is where care is given.',
    );
    return undefined;
  }
  const address: PostalAddress = { line1, city, state, postalCode };
  if (rest.length > 0) address.line2 = rest.join(', ');
  return address;
}

function mapPhones(resource: JsonObject): ReferralPatient['phones'] {
  return currentTelecom(resource, 'phone').flatMap((t) => {
    const number = getString(t, 'value');
    const use = PHONE_USE[getString(t, 'use') ?? 'home'];
    return number === undefined || use === undefined ? [] : [{ use, number }];
  });
}

/** The preferred communication language (BCP 47 code), else the first listed. */
function mapLanguage(resource: JsonObject, path: string, ctx: MappingContext): string {
  const communications = getObjects(resource, 'communication');
  const chosen = communications.find((c) => c.preferred === true) ?? communications[0];
  const language = chosen === undefined ? undefined : getObject(chosen, 'language');
  const code =
    codesOf(language).find((c) => c.system === 'urn:ietf:bcp:47' && c.code !== undefined)?.code ??
    codesOf(language).find((c) => c.code !== undefined)?.code ??
    conceptText(language);
  if (code !== undefined) return code;
  ctx.report({
    severity: 'information',
    code: 'informational',
    text: `The Patient has no communication.language; the referral assumes English ("${DEFAULT_LANGUAGE}") until staff confirm.`,
    expression: `${path}.communication`,
  });
  return DEFAULT_LANGUAGE;
}

function mapInterpreterNeeded(resource: JsonObject): boolean {
  const extension = getObjects(resource, 'extension').find(
    (e) => getString(e, 'url') === INTERPRETER_REQUIRED_URL,
  );
  return extension?.valueBoolean === true;
}
