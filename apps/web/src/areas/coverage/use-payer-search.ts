// The directory's type-ahead: the query waits 200 ms after the last key, then asks the server;
// the previous results stay on screen while the next ones load.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchPayersResponse } from '@server/modules/coverage/payers.contracts.ts';
import { api } from '../../api/http.ts';
import { searchParams } from './coverage-format.ts';

export const SEARCH_DEBOUNCE_MS = 200;

export function usePayerSearch(input: {
  q: string;
  planType: string | null;
  state: string | null;
  includeInactive?: boolean;
  limit?: number;
  enabled?: boolean;
}) {
  const [q] = useDebouncedValue(input.q, SEARCH_DEBOUNCE_MS);
  const query = searchParams({ ...input, q, limit: input.limit ?? 25 });
  const result = useQuery({
    queryKey: ['payers', query],
    queryFn: ({ signal }) =>
      api<SearchPayersResponse>('GET', `/api/payers?${query}`, undefined, { signal }),
    placeholderData: keepPreviousData,
    enabled: input.enabled ?? true,
  });
  return { ...result, debouncedQuery: q, isSettling: q !== input.q || result.isFetching };
}
