// The maintained list of reasons of a kind (GET /api/reasons/:kind), labelled in the user's
// language by stable code, falling back to the administrator's own label for new codes.
import { useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { ReasonKind } from '@infusio/domain/intake';
import type { ReasonListSchema } from '@server/modules/intake/intake.contracts.ts';
import { api } from '../../api/http.ts';
import { useAdmissionLabels } from './use-admission-labels.ts';

type ReasonList = Static<typeof ReasonListSchema>;

export function useReasons(kind: ReasonKind | null) {
  const labels = useAdmissionLabels();
  const query = useQuery({
    queryKey: ['reasons', kind],
    queryFn: () => api<ReasonList>('GET', `/api/reasons/${kind ?? ''}`),
    enabled: kind !== null,
    staleTime: 10 * 60_000,
  });
  const options = (query.data?.reasons ?? []).map((r) => ({
    value: r.code,
    label: kind ? labels.reason(kind, r.code, r.label) : r.label,
  }));
  return { options, error: query.error, isPending: query.isPending && kind !== null };
}
