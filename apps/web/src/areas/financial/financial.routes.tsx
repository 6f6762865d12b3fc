import type { AreaRoute } from '../registry.ts';
import { FinancialReviewPage } from './financial-review-page.tsx';

const routes: readonly AreaRoute[] = [
  {
    path: '/financial/admissions/:id',
    element: <FinancialReviewPage />,
    areas: ['coverage', 'workQueue'],
  },
];

export default routes;
