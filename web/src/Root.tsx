import { lazy, Suspense } from 'react';
import { useSessionStatus } from './session/session.ts';
import { LoginPage, PageLoader } from './features/login/LoginPage.tsx';

const loadApp = () => import('./app/AuthenticatedApp.tsx');
const AuthenticatedApp = lazy(loadApp);

/** Fetches the application chunk ahead of need (while the user types a password). */
export function prefetchApp(): void {
  void loadApp();
}

/** The log-in page, or the whole application once logged in (its code is fetched only then). */
export function Root() {
  const status = useSessionStatus();
  return <Suspense fallback={<PageLoader />}>{status === 'authenticated' ? <AuthenticatedApp /> : <LoginPage onFirstInput={prefetchApp} />}</Suspense>;
}
