// Reads and commands of the authorizations API. Every command refreshes the authorization lists,
// the admission (its "authorization decided" precondition) and the work queues, also when it fails:
// a 278 whose answer was refused still left the request submitted.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdmissionAuthorizations,
  OverviewQuery,
  OverviewResponse,
  SuggestionsResponse,
} from '@server/modules/authorizations/authorizations.contracts.ts';
import { api } from '../../api/http.ts';

export function useAdmissionAuthorizations(admissionId: string) {
  return useQuery({
    queryKey: ['authorizations', 'admission', admissionId],
    queryFn: ({ signal }) =>
      api<AdmissionAuthorizations>(
        'GET',
        `/api/admissions/${encodeURIComponent(admissionId)}/authorizations`,
        undefined,
        { signal },
      ),
  });
}

export function useSuggestions(admissionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['authorizations', 'suggestions', admissionId],
    queryFn: ({ signal }) =>
      api<SuggestionsResponse>(
        'GET',
        `/api/admissions/${encodeURIComponent(admissionId)}/authorizations/suggestions`,
        undefined,
        { signal },
      ),
    enabled,
    retry: false,
  });
}

export function useOverview(query: OverviewQuery) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (typeof value === 'string' && value !== '') params.set(key, value);
  return useQuery({
    queryKey: ['authorizations', 'overview', params.toString()],
    queryFn: ({ signal }) =>
      api<OverviewResponse>('GET', `/api/authorizations?${params.toString()}`, undefined, {
        signal,
      }),
  });
}

function useInvalidateAuthorizations(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['authorizations'] }),
      client.invalidateQueries({ queryKey: ['admission'] }),
      client.invalidateQueries({ queryKey: ['work-queues'] }),
      client.invalidateQueries({ queryKey: ['tasks'] }),
    ]);
  };
}

/** A write to the API: `url` and `body` are computed from the mutation's variables. */
export function useAuthorizationCommand<Vars, Result = unknown>(
  method: 'POST' | 'PUT',
  url: (vars: Vars) => string,
  body: (vars: Vars) => unknown = () => undefined,
) {
  const invalidate = useInvalidateAuthorizations();
  return useMutation({
    mutationFn: (vars: Vars) => api<Result>(method, url(vars), body(vars)),
    onSettled: invalidate,
  });
}
