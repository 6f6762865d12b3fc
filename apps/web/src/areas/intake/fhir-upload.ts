// Posts a FHIR R4 Bundle as application/fhir+json (the API client speaks application/json only).
// The CSRF token is read fresh from the session, as api/http.ts keeps it private.
import type { OperationOutcome } from '@infusio/domain/fhir';
import type { SessionResponse } from '@server/modules/identity/identity.contracts.ts';
import { api } from '../../api/http.ts';

export type FhirImportResult =
  | { kind: 'created' | 'awaiting-match'; outcome: OperationOutcome; referralId: string | null }
  | { kind: 'rejected'; status: number; outcome: OperationOutcome }
  | { kind: 'failed'; status: number; detail: string };

export function isOperationOutcome(value: unknown): value is OperationOutcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === 'OperationOutcome' &&
    Array.isArray((value as { issue?: unknown }).issue)
  );
}

/** The referral id from the Location header (/api/referrals/<id>) or the outcome's diagnostics. */
export function referralIdOf(location: string | null, outcome: OperationOutcome): string | null {
  const fromLocation = location?.match(/\/api\/referrals\/([0-9a-f-]{36})$/i)?.[1];
  if (fromLocation) return fromLocation;
  for (const issue of outcome.issue) {
    const match = issue.diagnostics?.match(/referral ([0-9a-f-]{36})/i)?.[1];
    if (match) return match;
  }
  return null;
}

export async function importFhirBundle(text: string): Promise<FhirImportResult> {
  const session = await api<SessionResponse>('GET', '/api/auth/session');
  const response = await fetch('/api/fhir/Bundle', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/fhir+json',
      accept: 'application/fhir+json, application/json',
      'x-csrf-token': session.csrfToken,
    },
    body: text,
  });
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : await response.text();
  if (isOperationOutcome(payload)) {
    if (response.status === 201 || response.status === 202)
      return {
        kind: response.status === 201 ? 'created' : 'awaiting-match',
        outcome: payload,
        referralId: referralIdOf(response.headers.get('location'), payload),
      };
    return { kind: 'rejected', status: response.status, outcome: payload };
  }
  const detail =
    typeof payload === 'object' && payload !== null && 'detail' in payload
      ? String(payload.detail)
      : response.statusText;
  return { kind: 'failed', status: response.status, detail };
}
