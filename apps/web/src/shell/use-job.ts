import { useQuery } from '@tanstack/react-query';
import { api } from '../api/http.ts';

export interface JobView {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  progress: number;
  progressMessage: string | null;
  result: Record<string, unknown> | null;
  lastError: string | null;
}

/** Polls a background job until it finishes, for a progress bar. */
export function useJob(jobId: string | undefined) {
  return useQuery({
    queryKey: ['job', jobId],
    enabled: jobId !== undefined,
    queryFn: () => api<JobView>('GET', `/api/jobs/${jobId ?? ''}`),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'succeeded' || status === 'failed' ? false : 500;
    },
  });
}
