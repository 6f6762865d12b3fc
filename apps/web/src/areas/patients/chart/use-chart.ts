// The chart's data: one query for the chart document, one per history page, and a mutation helper
// that refreshes both after any command.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChartHistoryResponse,
  ChartResponse,
} from '@server/modules/patients/chart.contracts.ts';
import { api } from '../../../api/http.ts';

export const chartKey = (patientId: string) => ['patient-chart', patientId] as const;
const historyKey = (patientId: string) => ['patient-history', patientId] as const;

export function useChart(patientId: string) {
  return useQuery({
    queryKey: chartKey(patientId),
    queryFn: () =>
      api<ChartResponse>('GET', `/api/patients/${encodeURIComponent(patientId)}/chart`),
  });
}

export function useChartHistory(patientId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...historyKey(patientId), page, pageSize],
    queryFn: () =>
      api<ChartHistoryResponse>(
        'GET',
        `/api/patients/${encodeURIComponent(patientId)}/history?page=${page}&pageSize=${pageSize}`,
      ),
    placeholderData: keepPreviousData,
  });
}

type Method = 'POST' | 'PUT';

/**
 * A chart command: `path` is relative to the patient (`/allergies`, `/caregivers/<id>`). On
 * success the chart and its history are fetched again.
 */
export function useChartCommand<TBody, TResult = unknown>(
  patientId: string,
  method: Method,
  path: (body: TBody) => string,
  payload: (body: TBody) => unknown = (body) => body,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) =>
      api<TResult>(
        method,
        `/api/patients/${encodeURIComponent(patientId)}${path(body)}`,
        payload(body),
      ),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: chartKey(patientId) }),
        client.invalidateQueries({ queryKey: historyKey(patientId) }),
      ]);
    },
  });
}
