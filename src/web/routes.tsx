import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { FullPageSpin, RequireAdmin, RequireAuth, RequirePermission } from './auth/guards';
import { t } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/StatusPages';

const OrgUnitsPage = lazy(() => import('./pages/org-units/OrgUnitsPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const PlansPage = lazy(() => import('./pages/plans/PlansPage'));
const PlanDetailPage = lazy(() => import('./pages/plans/PlanDetailPage'));
const PlanImportPage = lazy(() => import('./pages/plans/import/PlanImportPage'));
const MyWorkPage = lazy(() => import('./pages/my-work/MyWorkPage'));
const OverviewPage = lazy(() => import('./pages/overview/OverviewPage'));
const TasksPage = lazy(() => import('./pages/tasks/TasksPage'));
const TaskDetailPage = lazy(() => import('./pages/task-detail/TaskDetailPage'));
const TaskSourcesPage = lazy(() => import('./pages/task-sources/TaskSourcesPage'));
const IndicatorsPage = lazy(() => import('./pages/indicators/IndicatorsPage'));
const IndicatorDetailPage = lazy(() => import('./pages/indicator-detail/IndicatorDetailPage'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage'));
const RegimeEditorPage = lazy(() => import('./pages/reports/RegimeEditorPage'));
const RegimeBoardPage = lazy(() => import('./pages/reports/RegimeBoardPage'));
const SubmissionPage = lazy(() => import('./pages/reports/SubmissionPage'));
const ConsolidationPage = lazy(() => import('./pages/consolidation/ConsolidationPage'));
const ConsolidatedReportPage = lazy(() => import('./pages/consolidation/ConsolidatedReportPage'));
const EmulationPage = lazy(() => import('./pages/emulation/EmulationPage'));
const CampaignPage = lazy(() => import('./pages/emulation/CampaignPage'));
const PublicReportPage = lazy(() => import('./pages/fake-news/PublicReportPage'));
const PublishedPage = lazy(() => import('./pages/fake-news/PublishedPage'));
const FakeNewsCasesPage = lazy(() => import('./pages/fake-news/FakeNewsCasesPage'));
const FakeNewsCasePage = lazy(() => import('./pages/fake-news/FakeNewsCasePage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The fake-news centre's public pages: no account needed. */}
      <Route
        path="/phan-anh-tin-gia"
        element={
          <Lazy>
            <PublicReportPage />
          </Lazy>
        }
      />
      <Route
        path="/tin-gia"
        element={
          <Lazy>
            <PublishedPage />
          </Lazy>
        }
      />
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
        <Route
          path="fake-news"
          element={
            <Lazy>
              <FakeNewsCasesPage />
            </Lazy>
          }
        />
        <Route
          path="fake-news/cases/:id"
          element={
            <Lazy>
              <FakeNewsCasePage />
            </Lazy>
          }
        />
        <Route
          path="my-work"
          element={
            <Lazy>
              <MyWorkPage />
            </Lazy>
          }
        />
        <Route
          path="overview"
          element={
            <Lazy>
              <OverviewPage />
            </Lazy>
          }
        />
        <Route
          path="task-sources"
          element={
            <Lazy>
              <TaskSourcesPage />
            </Lazy>
          }
        />
        <Route
          path="tasks"
          element={
            <Lazy>
              <TasksPage />
            </Lazy>
          }
        />
        <Route
          path="tasks/:id"
          element={
            <Lazy>
              <TaskDetailPage />
            </Lazy>
          }
        />
        <Route
          path="indicators"
          element={
            <Lazy>
              <IndicatorsPage />
            </Lazy>
          }
        />
        <Route
          path="indicators/:id"
          element={
            <Lazy>
              <IndicatorDetailPage />
            </Lazy>
          }
        />
        <Route
          path="calendar"
          element={
            <RequireAdmin>
              <Lazy>
                <CalendarPage />
              </Lazy>
            </RequireAdmin>
          }
        />
        <Route
          path="reports"
          element={
            <Lazy>
              <ReportsPage />
            </Lazy>
          }
        />
        <Route
          path="reports/regimes/:id"
          element={
            <Lazy>
              <RegimeEditorPage />
            </Lazy>
          }
        />
        <Route
          path="reports/regimes/:id/board"
          element={
            <Lazy>
              <RegimeBoardPage />
            </Lazy>
          }
        />
        <Route
          path="reports/submissions/:id"
          element={
            <Lazy>
              <SubmissionPage />
            </Lazy>
          }
        />
        <Route
          path="consolidation"
          element={
            <Lazy>
              <ConsolidationPage />
            </Lazy>
          }
        />
        <Route
          path="consolidation/:id"
          element={
            <Lazy>
              <ConsolidatedReportPage />
            </Lazy>
          }
        />
        <Route
          path="emulation"
          element={
            <Lazy>
              <EmulationPage />
            </Lazy>
          }
        />
        <Route
          path="emulation/:id"
          element={
            <Lazy>
              <CampaignPage />
            </Lazy>
          }
        />
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
