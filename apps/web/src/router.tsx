import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireRole } from './features/auth/components/require-role';
import { RequireSignIn } from './features/auth/components/require-sign-in';
import { SignInPage } from './features/auth/components/sign-in-page';
import { AUDIT_ROLES, BUDGET_ROLES, DIRECTORY_ROLES, KPI_IMPORT_ROLES, KPI_ROLES, QUALITY_AUDIT_ROLES, QUALITY_TEMPLATE_ROLES, ROTA_PLANNER_ROLES, ROTA_QUEUE_ROLES, TEAM_ROLES } from './features/auth/permissions';
import { HomePage } from './features/home/components/home-page';
import { EditPersonPage } from './features/staff/components/edit-person-page';
import { PersonPage } from './features/staff/components/person-page';
import { StaffDirectoryPage } from './features/staff/components/staff-directory-page';
import { AppLayout } from './shell/components/app-layout';
import { LoadingMessage } from './shell/components/loading-message';
import { NotFoundPage } from './shell/components/not-found-page';
import { RouteErrorPage } from './shell/components/route-error-page';
import { type RouteHandle } from './shell/route-handle';

// The rota, KPI, budget and audit pages load when first opened, so signing in and home load less
// (the KPI charts alone are most of the bundle).
const BudgetPage = lazy(() => import('./features/pay/components/budget-page').then((m) => ({ default: m.BudgetPage })));
const AuditTrailPage = lazy(() => import('./features/audit/components/audit-trail-page').then((m) => ({ default: m.AuditTrailPage })));
const KpiDashboardPage = lazy(() => import('./features/kpi/components/kpi-dashboard-page').then((m) => ({ default: m.KpiDashboardPage })));
const KpiImportPage = lazy(() => import('./features/kpi/components/kpi-import-page').then((m) => ({ default: m.KpiImportPage })));
const RetrievalDrilldownPage = lazy(() => import('./features/kpi/components/retrieval-drilldown-page').then((m) => ({ default: m.RetrievalDrilldownPage })));
// Records-quality audits (features/quality-audit), not the audit trail (features/audit).
const QualityAuditsPage = lazy(() => import('./features/quality-audit/components/quality-audits-page').then((m) => ({ default: m.QualityAuditsPage })));
const QualityAuditPage = lazy(() => import('./features/quality-audit/components/quality-audit-page').then((m) => ({ default: m.QualityAuditPage })));
const QualityActionsPage = lazy(() => import('./features/quality-audit/components/quality-actions-page').then((m) => ({ default: m.QualityActionsPage })));
const TemplateEditorPage = lazy(() => import('./features/quality-audit/components/template-editor-page').then((m) => ({ default: m.TemplateEditorPage })));
const MyRotaPage = lazy(() => import('./features/rota/components/my-rota-page').then((m) => ({ default: m.MyRotaPage })));
const RotaPeriodsPage = lazy(() => import('./features/rota/components/rota-periods-page').then((m) => ({ default: m.RotaPeriodsPage })));
const RotaPlannerPage = lazy(() => import('./features/rota/components/rota-planner-page').then((m) => ({ default: m.RotaPlannerPage })));
const RotaRequestsPage = lazy(() => import('./features/rota/components/rota-requests-page').then((m) => ({ default: m.RotaRequestsPage })));
const MyTeamPage = lazy(() => import('./features/team/components/my-team-page').then((m) => ({ default: m.MyTeamPage })));
const TeamMemberPage = lazy(() => import('./features/team/components/team-member-page').then((m) => ({ default: m.TeamMemberPage })));
const CompliancePage = lazy(() => import('./features/team/components/compliance-page').then((m) => ({ default: m.CompliancePage })));
const WhoIsOffPage = lazy(() => import('./features/team/components/who-is-off-page').then((m) => ({ default: m.WhoIsOffPage })));
const SwapRequestPage = lazy(() => import('./features/rota/components/swap-request-page').then((m) => ({ default: m.SwapRequestPage })));

/** A page loaded on first use, with a loading message while its code arrives. */
function later(page: ReactNode): ReactNode {
  return <Suspense fallback={<LoadingMessage>Loading the page…</LoadingMessage>}>{page}</Suspense>;
}

const home = { to: '/', text: 'Home' };
const directory = { to: '/staff', text: 'Staff directory' };
const rotaPlanner = { to: '/rota', text: 'Rota planner' };
const kpiDashboard = { to: '/kpi', text: 'Service KPIs' };
const qualityAudits = { to: '/quality-audits', text: 'Quality audits' };

const underHome: RouteHandle = { breadcrumbs: () => [home] };
const underKpiDashboard: RouteHandle = { breadcrumbs: () => [home, kpiDashboard] };
const underQualityAudits: RouteHandle = { breadcrumbs: () => [home, qualityAudits] };
const underMyRota: RouteHandle = { breadcrumbs: () => [home, { to: '/my-rota', text: 'My rota' }] };
const underMyTeam: RouteHandle = { breadcrumbs: () => [home, { to: '/team', text: 'My team' }] };
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
              { index: true, handle: underHome, element: later(<RequireRole roles={KPI_ROLES}><KpiDashboardPage /></RequireRole>) },
              { path: 'retrieval', handle: underKpiDashboard, element: later(<RequireRole roles={KPI_ROLES}><RetrievalDrilldownPage /></RequireRole>) },
              { path: 'import', handle: underKpiDashboard, element: later(<RequireRole roles={KPI_IMPORT_ROLES}><KpiImportPage /></RequireRole>) },
            ],
          },
          {
            path: 'rota',
            children: [
              { index: true, handle: underHome, element: later(<RequireRole roles={ROTA_PLANNER_ROLES}><RotaPeriodsPage /></RequireRole>) },
              { path: ':periodId', handle: underRotaPlanner, element: later(<RequireRole roles={ROTA_PLANNER_ROLES}><RotaPlannerPage /></RequireRole>) },
            ],
          },
          { path: 'rota-requests', handle: underHome, element: later(<RequireRole roles={ROTA_QUEUE_ROLES}><RotaRequestsPage /></RequireRole>) },
          {
            path: 'my-rota',
            children: [
              { index: true, handle: underHome, element: later(<MyRotaPage />) },
              { path: 'swap/:assignmentId', handle: underMyRota, element: later(<SwapRequestPage />) },
            ],
          },
          {
            path: 'team',
            children: [
              { index: true, handle: underHome, element: later(<RequireRole roles={TEAM_ROLES}><MyTeamPage /></RequireRole>) },
              { path: 'compliance', handle: underMyTeam, element: later(<RequireRole roles={TEAM_ROLES}><CompliancePage /></RequireRole>) },
              { path: 'off', handle: underMyTeam, element: later(<RequireRole roles={TEAM_ROLES}><WhoIsOffPage /></RequireRole>) },
              { path: ':staffId', handle: underMyTeam, element: later(<RequireRole roles={TEAM_ROLES}><TeamMemberPage /></RequireRole>) },
            ],
          },
          {
            path: 'quality-audits',
            children: [
              { index: true, handle: underHome, element: later(<RequireRole roles={QUALITY_AUDIT_ROLES}><QualityAuditsPage /></RequireRole>) },
              { path: 'audits/:auditId', handle: underQualityAudits, element: later(<RequireRole roles={QUALITY_AUDIT_ROLES}><QualityAuditPage /></RequireRole>) },
              { path: 'actions', handle: underQualityAudits, element: later(<RequireRole roles={QUALITY_AUDIT_ROLES}><QualityActionsPage /></RequireRole>) },
              { path: 'templates', handle: underQualityAudits, element: later(<RequireRole roles={QUALITY_TEMPLATE_ROLES}><TemplateEditorPage /></RequireRole>) },
            ],
          },
          { path: 'budget', handle: underHome, element: later(<RequireRole roles={BUDGET_ROLES}><BudgetPage /></RequireRole>) },
          { path: 'audit', handle: underHome, element: later(<RequireRole roles={AUDIT_ROLES}><AuditTrailPage /></RequireRole>) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
