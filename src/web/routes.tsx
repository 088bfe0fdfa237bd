import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { FullPageSpin, RequireAdmin, RequireAuth, RequirePermission } from './auth/guards';
import { t } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotAvailablePage, NotFoundPage } from './pages/StatusPages';

const OrgUnitsPage = lazy(() => import('./pages/org-units/OrgUnitsPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const PlansPage = lazy(() => import('./pages/plans/PlansPage'));
const PlanDetailPage = lazy(() => import('./pages/plans/PlanDetailPage'));
const PlanImportPage = lazy(() => import('./pages/plans/import/PlanImportPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="plans"
          element={
            <Lazy>
              <PlansPage />
            </Lazy>
          }
        />
        <Route
          path="plans/import"
          element={
            <RequirePermission permission="plans.import" subtitle={t('planImport.forbidden')}>
              <Lazy>
                <PlanImportPage />
              </Lazy>
            </RequirePermission>
          }
        />
        <Route
          path="plans/:id"
          element={
            <Lazy>
              <PlanDetailPage />
            </Lazy>
          }
        />
        <Route path="tasks" element={<NotAvailablePage module="tasks" />} />
        <Route path="indicators" element={<NotAvailablePage module="indicators" />} />
        <Route path="reports" element={<NotAvailablePage module="reports" />} />
        <Route path="consolidation" element={<NotAvailablePage module="consolidation" />} />
        <Route
          path="org-units"
          element={
            <Lazy>
              <OrgUnitsPage />
            </Lazy>
          }
        />
        <Route
          path="users"
          element={
            <RequireAdmin>
              <Lazy>
                <UsersPage />
              </Lazy>
            </RequireAdmin>
          }
        />
        <Route
          path="audit"
          element={
            <RequireAdmin>
              <Lazy>
                <AuditPage />
              </Lazy>
            </RequireAdmin>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
