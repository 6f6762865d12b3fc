// Calls the app in-process (Fastify inject) the way a browser would: keeps the session cookie and
// sends the CSRF token on writes.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
  raw: LightMyRequestResponse;
}

export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request<T = unknown>(
    options: InjectOptions & { method: string; url: string },
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = {
      ...(options.headers as Record<string, string> | undefined),
    };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && options.method !== 'GET' && !('x-csrf-token' in headers))
      headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({ ...options, headers });
    const setCookie = response.cookies.find((c) => c.name === 'infusio_session');
    if (setCookie) this.cookie = setCookie.value ? `infusio_session=${setCookie.value}` : undefined;
    const type = String(response.headers['content-type'] ?? '');
    const body = (
      type.includes('json') && response.body ? JSON.parse(response.body) : response.body
    ) as T;
    return { status: response.statusCode, body, headers: response.headers, raw: response };
  }

  get<T = unknown>(url: string): Promise<TestResponse<T>> {
    return this.request<T>({ method: 'GET', url });
  }

  post<T = unknown>(
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>> {
    return this.request<T>({
      method: 'POST',
      url,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      ...(headers ? { headers } : {}),
    });
  }

  put<T = unknown>(url: string, payload?: unknown): Promise<TestResponse<T>> {
    return this.request<T>({
      method: 'PUT',
      url,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  }
}
