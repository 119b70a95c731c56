import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Rights } from '@common/rights.ts';
import { api } from '../api/client.ts';
import { isLanguageId } from '../i18n/languages.ts';
import { clearChangedBeforeLogin, preferences, setCalendar, setLanguage } from '../session/preferences.ts';
import { sessionStatus } from '../session/session.ts';
import { queryClient } from './query-client.ts';
import { useCan, useMe } from './me.ts';
import { Shell } from './Shell.tsx';
import { AppLoader } from './AppLoader.tsx';
import { theme } from '../theme.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { NotAllowedPage, NotFoundPage } from './StatusPages.tsx';

const HomePage = lazy(() => import('../features/home/HomePage.tsx'));
const LocationsPage = lazy(() => import('../features/locations/LocationsPage.tsx'));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx'));
const UserEditPage = lazy(() => import('../features/users/UserEditPage.tsx'));
const RolesPage = lazy(() => import('../features/roles/RolesPage.tsx'));
const RoleEditPage = lazy(() => import('../features/roles/RoleEditPage.tsx'));
const JobsPage = lazy(() => import('../features/jobs/JobsPage.tsx'));

// Nothing cached for one user may be shown to the next.
sessionStatus.subscribe(() => {
  if (sessionStatus.get() === 'anonymous') queryClient.clear();
});

/** Applies the user's saved language and calendar, or saves the ones chosen on the log-in page. */
function PreferencesSync() {
  // Error titles are needed the moment a save fails: load them now, not then.
  useTranslation('errors');
  const me = useMe();
  useEffect(() => {
    const chosen = preferences.get();
    if (chosen.changedBeforeLogin) {
      clearChangedBeforeLogin();
      void api('/auth/me/preferences', { method: 'PUT', body: { language: chosen.language, calendar: chosen.calendar } }).catch(() => undefined);
      return;
    }
    if (isLanguageId(me.language)) setLanguage(me.language);
    setCalendar(me.calendar === 'bikram-sambat' ? 'bikram-sambat' : 'gregorian');
  }, [me.userId, me.language, me.calendar]);
  return null;
}

function RequireRight({ right, children }: { right: number; children: ReactNode }) {
  const can = useCan();
  return can(right) ? children : <NotAllowedPage />;
}

function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route
          path="locations"
          element={
            <RequireRight right={Rights.locationSearch}>
              <LocationsPage />
            </RequireRight>
          }
        />
        <Route
          path="users"
          element={
            <RequireRight right={Rights.userSearch}>
              <UsersPage />
            </RequireRight>
          }
        />
        <Route
          path="users/new"
          element={
            <RequireRight right={Rights.userAdd}>
              <UserEditPage />
            </RequireRight>
          }
        />
        <Route
          path="users/:id"
          element={
            <RequireRight right={Rights.userSearch}>
              <UserEditPage />
            </RequireRight>
          }
        />
        <Route
          path="roles"
          element={
            <RequireRight right={Rights.roleSearch}>
              <RolesPage />
            </RequireRight>
          }
        />
        <Route
          path="roles/new"
          element={
            <RequireRight right={Rights.roleAdd}>
              <RoleEditPage />
            </RequireRight>
          }
        />
        <Route
          path="roles/:id"
          element={
            <RequireRight right={Rights.roleSearch}>
              <RoleEditPage />
            </RequireRight>
          }
        />
        <Route path="jobs" element={<JobsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Everything behind the log-in: loaded as its own chunk, each page again as its own. */
export default function AuthenticatedApp() {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <Notifications position="bottom-right" />
        <BrowserRouter>
          <ErrorBoundary>
            <Suspense fallback={<AppLoader />}>
              <PreferencesSync />
              <AppRoutes />
            </Suspense>
          </ErrorBoundary>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
