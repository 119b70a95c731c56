import { lazy, Suspense, useLayoutEffect } from 'react';
import { useSessionStatus } from './session/session.ts';
import { LoginPage, PageLoader } from './features/login/LoginPage.tsx';
import { removeStaticPage } from './features/login/static-login.ts';

const loadApp = () => import('./app/AuthenticatedApp.tsx');
const AuthenticatedApp = lazy(loadApp);

/** Fetches the application chunk ahead of need (while the user types a password). */
export function prefetchApp(): void {
  void loadApp();
}

/** The log-in page, or the whole application once logged in (its code is fetched only then). */
export function Root() {
  const status = useSessionStatus();
  // index.html's static page: the log-in page adopts it when it is drawn (while a language's strings
  // load, the static form stays usable); the application, or its loader, replaces it at once.
  useLayoutEffect(() => {
    if (status === 'authenticated') removeStaticPage();
  }, [status]);
  return <Suspense fallback={<PageLoader />}>{status === 'authenticated' ? <AuthenticatedApp /> : <LoginPage onFirstInput={prefetchApp} />}</Suspense>;
}
