import type { AreaRoute } from '../registry.ts';
import { AdmissionPage } from './admission-page.tsx';

const routes: readonly AreaRoute[] = [
  { path: '/admissions/:id', element: <AdmissionPage />, areas: ['workQueue', 'patients'] },
];

export default routes;
