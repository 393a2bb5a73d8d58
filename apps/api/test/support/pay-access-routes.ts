import { addDays, isoDateIn } from '@recordroom/calendar';
import { type AssignmentWriteDto, type CallOutDto, type EstablishmentLineDto, type PaySettingsDto, type RotaPeriodDto, type ShiftDto, type ShiftTypeDto } from '@recordroom/contracts';
import { financialYearOf } from '@recordroom/pay';
import { type Role } from '@recordroom/people';
import { randomUUID } from 'node:crypto';
import { type Response } from 'supertest';
import { pinnedRotaClock } from './rota-arrange.js';
import { type Agent, type TestOrganisation } from './test-app.js';

type Caller = Role | 'signed out';

export interface PayRouteAccess {
  route: string;
  allowed: readonly Role[] | 'everyone';
  success: number;
  call(agent: Agent, caller: Caller): Promise<Response>;
}

const readers = ['admin', 'manager', 'senior'] as const;
const writers = ['admin', 'manager'] as const;

/** The API's today in the matrix, which runs on the rota's pinned clock (access.int-spec.ts). */
const londonToday = (): string => isoDateIn(pinnedRotaClock().now(), 'Europe/London');

/** A cost centre no other row uses, so a write never collides with another's. */
const aCostCentre = (): string => `M${randomUUID().slice(0, 8).toUpperCase()}`;

/**
 * What the pay rows of the matrix act on, arranged once by the admin: a week's rota period
 * starting tomorrow with one on-call duty (17:00 to 09:00) held by the staff account's record,
 * and a second shift type whose on-call flag the matrix changes. Call-outs take turns of ten
 * minutes of that duty, so each one arranged or written is new.
 */
class PayRouteArranger {
  private arranged: Promise<{ period: RotaPeriodDto; shiftId: string; assignmentId: string; dutyStart: Date; flagType: string }> | undefined;
  private nextSlot = 0;

  constructor(
    private readonly admin: () => Agent,
    private readonly organisation: () => TestOrganisation,
  ) {}

  get departmentId(): string {
    const department = this.organisation().departments[0];
    if (!department) throw new Error('The organisation has no department');
    return department.id;
  }

  duty() {
    this.arranged ??= (async () => {
      const location = this.organisation().locations.find((l) => l.departmentId === this.departmentId);
      if (!location) throw new Error('No location');
      const type = (code: string, name: string) =>
        this.created<ShiftTypeDto>('/api/rota/shift-types', { departmentId: this.departmentId, code, name, start: '17:00', end: '09:00', endsNextDay: true, unpaidBreakMinutes: 0, locationId: location.id, requiredSkill: null });
      const duty = await type(`P${randomUUID().slice(0, 6)}`, 'Matrix on call');
      await this.ok(this.admin().patch(`/api/pay/shift-types/${duty.id}/on-call`).send({ version: duty.version, onCall: true }));
      const flagged = await type(`F${randomUUID().slice(0, 6)}`, 'Matrix flag');
      const startDate = addDays(londonToday(), 1);
      const period = await this.created<RotaPeriodDto>('/api/rota/periods', { departmentId: this.departmentId, name: 'Matrix pay week', startDate, endDate: addDays(startDate, 6) });
      const shift = await this.created<ShiftDto>(`/api/rota/periods/${period.id}/shifts`, { shiftTypeId: duty.id, date: startDate, periodVersion: period.version });
      const assigned = await this.created<AssignmentWriteDto>(`/api/rota/periods/${period.id}/assignments`, { shiftId: shift.id, staffId: this.organisation().staffRecordOf('staff').id, periodVersion: period.version + 1 });
      // 17:00 in London on the duty's date: in winter London time is UTC.
      return { period, shiftId: shift.id, assignmentId: assigned.assignment.id, dutyStart: new Date(`${startDate}T17:00:00Z`), flagType: flagged.id };
    })();
    return this.arranged;
  }

  /** A new ten-minute stretch of the duty for a call-out. */
  async slot(): Promise<{ assignmentId: string; start: string; end: string }> {
    const { assignmentId, dutyStart } = await this.duty();
    const start = new Date(dutyStart.getTime() + (this.nextSlot += 1) * 10 * 60_000);
    return { assignmentId, start: start.toISOString(), end: new Date(start.getTime() + 5 * 60_000).toISOString() };
  }

  async callOut(): Promise<CallOutDto> {
    return this.created<CallOutDto>('/api/pay/call-outs', await this.slot());
  }

  async line(): Promise<EstablishmentLineDto> {
    return this.created<EstablishmentLineDto>('/api/pay/establishment-lines', { departmentId: this.departmentId, financialYear: financialYearOf(londonToday()), costCentre: aCostCentre(), band: '3', fundedWte: 1, budgetPence: 3_000_000 });
  }

  async flagTypeVersion(): Promise<{ id: string; version: number }> {
    const { flagType } = await this.duty();
    const types = (await this.admin().get('/api/rota/shift-types').query({ departmentId: this.departmentId })).body as ShiftTypeDto[];
    const found = types.find((t) => t.id === flagType);
    if (!found) throw new Error('No flag shift type');
    return { id: found.id, version: found.version };
  }

  async settings(): Promise<PaySettingsDto> {
    return (await this.admin().get('/api/pay/settings')).body as PaySettingsDto;
  }

  private async created<T>(path: string, body: object): Promise<T> {
    const response = await this.admin().post(path).send(body);
    if (response.status !== 201) throw new Error(`Arranging POST ${path} gave ${response.status}: ${response.text}`);
    return response.body as T;
  }

  private async ok(request: PromiseLike<{ status: number; text: string }>): Promise<void> {
    const response = await request;
    if (response.status !== 200) throw new Error(`Arranging gave ${response.status}: ${response.text}`);
  }
}

/**
 * The pay rows of the role x route matrix (access.int-spec.ts): budgets and pay for admins,
 * managers and senior management (who only read); a person's own pay for anyone with a staff record.
 */
export function payRouteRows(organisation: () => TestOrganisation, admin: () => Agent): PayRouteAccess[] {
  const arrange = new PayRouteArranger(admin, organisation);
  const departmentId = (): string => arrange.departmentId;
  const year = (): string => financialYearOf(londonToday());
  return [
    { route: 'GET /api/pay/tables', allowed: readers, success: 200, call: (agent) => agent.get('/api/pay/tables') },
    { route: 'GET /api/pay/settings', allowed: readers, success: 200, call: (agent) => agent.get('/api/pay/settings') },
    {
      route: 'PUT /api/pay/settings',
      allowed: ['admin'],
      success: 200,
      call: async (agent) => {
        const { version, nation, agencyRateCard, onCallAgreement, pensionable } = await arrange.settings();
        return agent.put('/api/pay/settings').send({ version, nation, agencyRateCard, onCallAgreement, pensionable });
      },
    },
    { route: 'GET /api/pay/establishment', allowed: readers, success: 200, call: (agent) => agent.get('/api/pay/establishment').query({ departmentId: departmentId() }) },
    { route: 'GET /api/pay/establishment.csv', allowed: readers, success: 200, call: (agent) => agent.get('/api/pay/establishment.csv').query({ departmentId: departmentId() }) },
    { route: 'GET /api/pay/establishment-lines', allowed: readers, success: 200, call: (agent) => agent.get('/api/pay/establishment-lines').query({ departmentId: departmentId() }) },
    {
      route: 'POST /api/pay/establishment-lines',
      allowed: writers,
      success: 201,
      call: (agent) => agent.post('/api/pay/establishment-lines').send({ departmentId: departmentId(), financialYear: year(), costCentre: aCostCentre(), band: '2', fundedWte: 2, budgetPence: 6_000_000 }),
    },
    {
      route: 'PATCH /api/pay/establishment-lines/:id',
      allowed: writers,
      success: 200,
      call: async (agent) => {
        const line = await arrange.line();
        return agent.patch(`/api/pay/establishment-lines/${line.id}`).send({ version: line.version, fundedWte: 1.5 });
      },
    },
    {
      route: 'DELETE /api/pay/establishment-lines/:id',
      allowed: writers,
      success: 204,
      call: async (agent) => {
        const line = await arrange.line();
        return agent.delete(`/api/pay/establishment-lines/${line.id}`).query({ version: line.version });
      },
    },
    { route: 'GET /api/pay/forecast', allowed: readers, success: 200, call: (agent) => agent.get('/api/pay/forecast').query({ departmentId: departmentId() }) },
    {
      route: 'POST /api/pay/what-if',
      allowed: readers,
      success: 200,
      call: (agent) => agent.post('/api/pay/what-if').query({ departmentId: departmentId() }).send({ addPosts: [{ band: '3', payPoint: 1, wte: 1 }] }),
    },
    { route: 'GET /api/pay/monthly-spend', allowed: readers, success: 200, call: (agent) => agent.get('/api/pay/monthly-spend').query({ departmentId: departmentId() }) },
    {
      route: 'PUT /api/pay/monthly-spend',
      allowed: writers,
      success: 200,
      call: (agent) => agent.put('/api/pay/monthly-spend').send({ departmentId: departmentId(), costCentre: aCostCentre(), month: londonToday().slice(0, 7), substantivePence: 100, bankPence: 0, agencyPence: 0 }),
    },
    {
      route: 'POST /api/pay/monthly-spend/import',
      allowed: writers,
      success: 201,
      call: (agent) =>
        agent
          .post('/api/pay/monthly-spend/import')
          .query({ departmentId: departmentId() })
          .set('Content-Type', 'text/csv')
          .send(`month,cost_centre,substantive,bank,agency\n${londonToday().slice(0, 7)},${aCostCentre()},1.00,0,0\n`),
    },
    {
      route: 'GET /api/pay/call-outs',
      allowed: readers,
      success: 200,
      call: async (agent) => agent.get('/api/pay/call-outs').query({ periodId: (await arrange.duty()).period.id }),
    },
    { route: 'POST /api/pay/call-outs', allowed: writers, success: 201, call: async (agent) => agent.post('/api/pay/call-outs').send(await arrange.slot()) },
    {
      route: 'PATCH /api/pay/call-outs/:id',
      allowed: writers,
      success: 200,
      call: async (agent) => {
        const callOut = await arrange.callOut();
        return agent.patch(`/api/pay/call-outs/${callOut.id}`).send({ version: callOut.version, note: 'Matrix' });
      },
    },
    {
      route: 'DELETE /api/pay/call-outs/:id',
      allowed: writers,
      success: 204,
      call: async (agent) => {
        const callOut = await arrange.callOut();
        return agent.delete(`/api/pay/call-outs/${callOut.id}`).query({ version: callOut.version });
      },
    },
    {
      route: 'PATCH /api/pay/shift-types/:id/on-call',
      allowed: writers,
      success: 200,
      call: async (agent) => {
        const type = await arrange.flagTypeVersion();
        return agent.patch(`/api/pay/shift-types/${type.id}/on-call`).send({ version: type.version, onCall: true });
      },
    },
    { route: 'GET /api/rota/periods/:periodId/cost', allowed: readers, success: 200, call: async (agent) => agent.get(`/api/rota/periods/${(await arrange.duty()).period.id}/cost`) },
    {
      route: 'GET /api/rota/periods/:periodId/shifts/:shiftId/agency-price',
      allowed: readers,
      success: 200,
      call: async (agent) => {
        const { period, shiftId } = await arrange.duty();
        return agent.get(`/api/rota/periods/${period.id}/shifts/${shiftId}/agency-price`);
      },
    },
    // Admins and senior managers of a demo organisation have no staff record, so no pay of their own.
    { route: 'GET /api/me/pay', allowed: ['manager', 'officer', 'staff'], success: 200, call: (agent) => agent.get('/api/me/pay') },
    // The staff account's own record: their own pay, and in the manager's department; an officer sees only their own.
    { route: 'GET /api/staff/:id/pay', allowed: ['admin', 'manager', 'senior', 'staff'], success: 200, call: (agent) => agent.get(`/api/staff/${organisation().staffRecordOf('staff').id}/pay`) },
  ];
}
