import { createBrowserRouter } from 'react-router';
import { AuditTrailPage } from './features/audit/components/audit-trail-page';
import { RequireRole } from './features/auth/components/require-role';
import { RequireSignIn } from './features/auth/components/require-sign-in';
import { SignInPage } from './features/auth/components/sign-in-page';
import { AUDIT_ROLES, DIRECTORY_ROLES, KPI_IMPORT_ROLES, KPI_ROLES, ROTA_PLANNER_ROLES, ROTA_QUEUE_ROLES } from './features/auth/permissions';
import { HomePage } from './features/home/components/home-page';
import { KpiDashboardPage } from './features/kpi/components/kpi-dashboard-page';
import { KpiImportPage } from './features/kpi/components/kpi-import-page';
import { RetrievalDrilldownPage } from './features/kpi/components/retrieval-drilldown-page';
import { MyRotaPage } from './features/rota/components/my-rota-page';
import { RotaPeriodsPage } from './features/rota/components/rota-periods-page';
import { RotaPlannerPage } from './features/rota/components/rota-planner-page';
import { RotaRequestsPage } from './features/rota/components/rota-requests-page';
import { SwapRequestPage } from './features/rota/components/swap-request-page';
import { EditPersonPage } from './features/staff/components/edit-person-page';
import { PersonPage } from './features/staff/components/person-page';
import { StaffDirectoryPage } from './features/staff/components/staff-directory-page';
import { AppLayout } from './shell/components/app-layout';
import { NotFoundPage } from './shell/components/not-found-page';
import { RouteErrorPage } from './shell/components/route-error-page';
import { type RouteHandle } from './shell/route-handle';

const home = { to: '/', text: 'Home' };
const directory = { to: '/staff', text: 'Staff directory' };
const rotaPlanner = { to: '/rota', text: 'Rota planner' };
const kpiDashboard = { to: '/kpi', text: 'Service KPIs' };

const underHome: RouteHandle = { breadcrumbs: () => [home] };
const underKpiDashboard: RouteHandle = { breadcrumbs: () => [home, kpiDashboard] };
const underMyRota: RouteHandle = { breadcrumbs: () => [home, { to: '/my-rota', text: 'My rota' }] };
const underRotaPlanner: RouteHandle = { breadcrumbs: () => [home, rotaPlanner] };
// Staff members reach their own record from home; everyone else from the directory.
const underDirectory: RouteHandle = { breadcrumbs: (user) => (user?.role === 'staff' ? [home] : [home, directory]) };

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'staff',
            children: [
              { index: true, handle: underHome, element: <RequireRole roles={DIRECTORY_ROLES}><StaffDirectoryPage /></RequireRole> },
              { path: ':staffId', handle: underDirectory, element: <PersonPage /> },
              { path: ':staffId/edit', element: <EditPersonPage /> },
            ],
          },
          {
            path: 'kpi',
            children: [
              { index: true, handle: underHome, element: <RequireRole roles={KPI_ROLES}><KpiDashboardPage /></RequireRole> },
              { path: 'retrieval', handle: underKpiDashboard, element: <RequireRole roles={KPI_ROLES}><RetrievalDrilldownPage /></RequireRole> },
              { path: 'import', handle: underKpiDashboard, element: <RequireRole roles={KPI_IMPORT_ROLES}><KpiImportPage /></RequireRole> },
            ],
          },
          {
            path: 'rota',
            children: [
              { index: true, handle: underHome, element: <RequireRole roles={ROTA_PLANNER_ROLES}><RotaPeriodsPage /></RequireRole> },
              { path: ':periodId', handle: underRotaPlanner, element: <RequireRole roles={ROTA_PLANNER_ROLES}><RotaPlannerPage /></RequireRole> },
            ],
          },
          { path: 'rota-requests', handle: underHome, element: <RequireRole roles={ROTA_QUEUE_ROLES}><RotaRequestsPage /></RequireRole> },
          {
            path: 'my-rota',
            children: [
              { index: true, handle: underHome, element: <MyRotaPage /> },
              { path: 'swap/:assignmentId', handle: underMyRota, element: <SwapRequestPage /> },
            ],
          },
          { path: 'audit', handle: underHome, element: <RequireRole roles={AUDIT_ROLES}><AuditTrailPage /></RequireRole> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
