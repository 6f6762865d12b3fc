import type { AreaRoute } from '../registry.ts';
import { PatientRecordPage } from './patient-record-page.tsx';

const routes: readonly AreaRoute[] = [
  { path: '/patients/:id', element: <PatientRecordPage />, areas: ['patients', 'myCare'] },
];

export default routes;
