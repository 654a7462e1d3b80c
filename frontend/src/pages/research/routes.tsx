import { lazy, Suspense } from 'react';
import { LoadingMessage } from '../../components/LoadingMessage';
import { researchNl } from '../../i18n/nl';

// The research pages carry Chart.js: they load as their own chunk, only when visited.
const Dashboard = lazy(() => import('./ResearchDashboardPage'));
const Summary = lazy(() => import('./ResearchSummaryPage'));

const fallback = <LoadingMessage>{researchNl.common.loading}</LoadingMessage>;

/** /beheer/onderzoek (inside the admin guard). */
export function LazyResearchDashboardPage() {
  return (
    <Suspense fallback={fallback}>
      <Dashboard />
    </Suspense>
  );
}

/** /onderzoek (public). */
export function LazyResearchSummaryPage() {
  return (
    <Suspense fallback={fallback}>
      <Summary />
    </Suspense>
  );
}
