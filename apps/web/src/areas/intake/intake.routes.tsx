import type { AreaRoute } from '../registry.ts';
import { FhirImportPage } from './fhir-import-page.tsx';
import { ReferralFormPage } from './referral-form-page.tsx';
import { ReferralPage } from './referral-page.tsx';

const routes: readonly AreaRoute[] = [
  { path: '/intake/referrals/new', element: <ReferralFormPage />, areas: ['intakeQueue'] },
  { path: '/intake/fhir-import', element: <FhirImportPage />, areas: ['intakeQueue'] },
  { path: '/referrals/:id', element: <ReferralPage />, areas: ['intakeQueue', 'myReferrals'] },
];

export default routes;
