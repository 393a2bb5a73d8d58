import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROLES } from '@recordroom/people';
import { apiRoutes, type ApiRoute } from './support/api-routes.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The AuthGuard refuses a route that declares neither @Roles nor @Public, for everyone. That is
 * safe but silent: this walks every controller route of the running app, so a route added
 * without an access declaration fails here instead of shipping as a dead endpoint.
 */
describe('route access declarations', () => {
  let api: TestApp;
  let routes: ApiRoute[];

  beforeAll(async () => {
    api = await startTestApp();
    routes = apiRoutes(api.app);
  });

  afterAll(async () => {
    await api.close();
  });

  it('finds the routes of every controller, with their full paths', () => {
    const found = routes.map((route) => route.route);

    expect(found).toEqual(expect.arrayContaining(['GET /api/health', 'POST /api/auth/sign-in', 'GET /api/organisation', 'PATCH /api/staff/:id', 'GET /api/audit-events']));
    expect(new Set(routes.map((route) => route.handler.split('.')[0]))).toEqual(
      new Set([
        'AuthController', 'OrganisationController', 'StaffController', 'AuditController', 'HealthController', 'KpiController', 'KpiImportController',
        'ShiftTypesController', 'CoverRequirementsController', 'PeriodsController', 'AbsencesController', 'SwapsController', 'MyRotaController', 'CalendarFeedController', 'RotaSolvesController',
        'PeopleController',
        'QualityAuditController',
        'PayController', 'RotaCostController', 'PayViewController',
      ]),
    );
  });

  it('has each route declare @Roles with at least one role, or @Public', () => {
    const undeclared = routes.filter((route) => !route.isPublic && (route.roles ?? []).length === 0).map((route) => `${route.route} (${route.handler})`);

    expect(undeclared).toEqual([]);
  });

  it('has no route declare both @Public and @Roles, which would leave its roles unenforced', () => {
    const both = routes.filter((route) => route.isPublic && route.roles !== undefined).map((route) => route.route);

    expect(both).toEqual([]);
  });

  it('names only roles that exist', () => {
    const unknown = routes.flatMap((route) => (route.roles ?? []).filter((role) => !(ROLES as readonly string[]).includes(role)).map((role) => `${route.route}: ${role}`));

    expect(unknown).toEqual([]);
  });

  it('keeps public routes to signing in, the health check and the calendar feed (whose URL holds its secret)', () => {
    expect(routes.filter((route) => route.isPublic).map((route) => route.route).sort()).toEqual(['GET /api/health', 'GET /api/rota/calendar/:token.ics', 'POST /api/auth/sign-in']);
  });
});
