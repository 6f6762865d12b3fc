// Commands on an admission (claim, record an answer, move on, exits, assign a nurse) as one mutation
// hook: each refreshes the admission, the work queues and the referral after it succeeds.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http.ts';

export function useInvalidateJourney(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['admission'] }),
      client.invalidateQueries({ queryKey: ['work-queues'] }),
      client.invalidateQueries({ queryKey: ['referral'] }),
    ]);
  };
}

/**
 * A POST to /api/admissions/:id/<path>. `path` may depend on the mutation's variables, and
 * `bodyOf` picks what of them is sent (by default all of them).
 */
export function useAdmissionCommand<Vars = unknown, Result = void>(
  admissionId: string,
  path: string | ((vars: Vars) => string),
  bodyOf: (vars: Vars) => unknown = (vars) => vars ?? {},
) {
  const invalidate = useInvalidateJourney();
  return useMutation({
    mutationFn: (vars: Vars) =>
      api<Result>(
        'POST',
        `/api/admissions/${encodeURIComponent(admissionId)}/${typeof path === 'string' ? path : path(vars)}`,
        bodyOf(vars),
      ),
    onSuccess: invalidate,
  });
}
