import type { ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { DocumentsPanel as DocumentsAreaPanel } from '../../documents/documents-panel.tsx';

/** The chart's documents tab: the documents area's panel (list, upload, viewer) for this patient. */
export function DocumentsPanel({ chart }: { chart: ChartResponse }) {
  return <DocumentsAreaPanel patientId={chart.patient.id} />;
}
