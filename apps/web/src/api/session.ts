import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LoginResponse,
  SessionResponse,
} from '@server/modules/identity/identity.contracts.ts';
import { ApiError, api, setCsrfToken } from './http.ts';

export const SESSION_KEY = ['session'] as const;

/** The current session, or null when signed out. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<SessionResponse | null> => {
      try {
        const session = await api<SessionResponse>('GET', '/api/auth/session');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export async function login(username: string, password: string): Promise<LoginResponse> {
  const result = await api<LoginResponse>('POST', '/api/auth/login', { username, password });
  setCsrfToken(result.csrfToken);
  return result;
}

export function useRefreshSession(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: SESSION_KEY });
}

export async function logout(everywhere = false): Promise<void> {
  try {
    await api('POST', everywhere ? '/api/auth/logout-all' : '/api/auth/logout');
  } finally {
    setCsrfToken(undefined);
  }
}
