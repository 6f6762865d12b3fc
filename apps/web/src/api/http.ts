// The one way the web app talks to the API: same-origin cookies, the CSRF token on writes, and
// problem+json errors turned into ApiError with the field list for forms.
import type { FieldProblem } from '@server/platform/http/app-error.ts';

export type { FieldProblem };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fields: FieldProblem[],
    readonly extensions: Record<string, unknown>,
  ) {
    super(detail);
  }
}

let csrfToken: string | undefined;
const sessionEndedListeners = new Set<(code: string) => void>();

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the server says the session is over (idle timeout, logout elsewhere). */
export function onSessionEnded(listener: (code: string) => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(
  method: Method,
  url: string,
  body?: unknown,
  init: { signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const problem = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
      string,
      unknown
    >;
    const code = typeof problem.code === 'string' ? problem.code : `http_${response.status}`;
    const error = new ApiError(
      response.status,
      code,
      typeof problem.detail === 'string' ? problem.detail : response.statusText,
      Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : [],
      problem,
    );
    if (
      response.status === 401 &&
      (code === 'session_expired' || code === 'not_signed_in') &&
      !url.startsWith('/api/auth/login')
    ) {
      for (const listener of sessionEndedListeners) listener(code);
    }
    throw error;
  }
  return payload as T;
}
