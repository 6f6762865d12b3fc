import type { AreaRoute } from '../registry.ts';
import { AdmissionAuthorizationsPage } from './admission-authorizations-page.tsx';
import { AuthorizationsPage } from './authorizations-page.tsx';

const routes: readonly AreaRoute[] = [
  { path: '/authorizations', element: <AuthorizationsPage />, areas: ['coverage'] },
  {
    path: '/authorizations/admission/:id',
    element: <AdmissionAuthorizationsPage />,
    areas: ['coverage'],
  },
];

export default routes;
