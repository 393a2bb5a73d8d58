import { addDays, type IsoDate } from '@recordroom/calendar';
import { type PeoplePolicyDto, type StaffMemberDto } from '@recordroom/contracts';
import { financialYearOf } from '@recordroom/pay';
import { aPopulation, aQualityTemplate } from '../support/quality-audit-bodies.js';
import { type Context, type ScopeFixtures, type Target, type TargetKind } from './scope-fixtures.js';

/** What an override may use besides the generated request. */
export interface OverrideContext {
  fixtures: ScopeFixtures;
  today: IsoDate;
  /** A number of this request's own, for values no two requests may share (an employee number, a cost centre). */
  unique: number;
  /** The record the filler put in a field or path parameter (':id'), and where it sits: derive values from the same record. */
  named(field: string): { context: Context; target: Target };
  /** Names one more record, as the filler names a field's (a reference of the request, arranged afresh once a write went through). */
  use(context: Context, kind: TargetKind, field: string): Promise<Target>;
  /** The filler's date for a field name: a week of this request's own. */
  date(field: string): IsoDate;
}

type Fields = Record<string, unknown>;

/**
 * What one route needs beyond the smallest valid value the schema allows, so that its in-scope
 * request succeeds and its refusals out of scope are the scope check, not validation. Every
 * part is optional; ids stay the filler's (a reference out of scope still comes from the other
 * context), an override changes only what the schema cannot say.
 */
export interface MatrixOverride {
  /** Why the generated request is not enough, in a line. */
  why: string;
  /** Target kinds for path parameters (':id') or body and query fields other than resource-kinds.ts says: a record in the state the route needs. */
  kinds?: Readonly<Record<string, TargetKind>>;
  /** The query to send, from the generated one (ids filled). */
  query?(generated: Fields, on: OverrideContext): Fields | Promise<Fields>;
  /** The JSON body to send, from the generated one (ids filled). */
  body?(generated: Fields, on: OverrideContext): Fields | Promise<Fields>;
  /** The CSV file of an import route (sent after the query is filled, so it can name the query's department's people). */
  csv?(on: OverrideContext): string | Promise<string>;
}

/** The first day of the leave year holding `today` under the default policy (1 April, people.mapper.ts toPolicy). */
const leaveYearStartOn = (today: IsoDate): IsoDate => {
  const thisYear = `${today.slice(0, 4)}-04-01`;
  return thisYear <= today ? thisYear : `${Number(today.slice(0, 4)) - 1}-04-01`;
};

const withoutVersion = ({ version: _version, ...fields }: Fields): Fields => fields;

const STAFF_HEADER = 'Employee Number,First Name,Last Name,Job Title,Band,Pay Point,Contract Type,Contracted Hours,NHS Service Start,Employment Start,Employment End,Line Manager Employee Number,DBS Check Date';
const ABSENCE_HEADER = 'Absence ID,Employee Number,Absence Type,Start Date,End Date,Reason Code';

/** A template's definition as a librarian writes it: three criteria, five records sampled, ordered thresholds. */
const templateDefinition = (): Fields => {
  const { name: _name, ...definition } = aQualityTemplate();
  return definition;
};

/**
 * The routes whose generated request cannot succeed, each with what it needs. Everything else is
 * the generic generation of matrix-request.ts: an override is the exception, named per route.
 */
export const MATRIX_OVERRIDES: Readonly<Record<string, MatrixOverride>> = {
  // Rota.
  'POST /api/rota/periods/:id/reopen': { why: 'only a published period reopens', kinds: { ':id': 'published period' } },
  'POST /api/rota/periods/:id/finalise': { why: 'only a period whose days are past is finalised', kinds: { ':id': 'finished period' } },
  'GET /api/rota/periods/:periodId/cost': { why: 'costing needs a pay table for its dates: the arranged drafts are after the last loaded table, a past period is not', kinds: { ':periodId': 'finished period' } },
  'POST /api/rota/solves/:id/cancel': { why: 'only a queued or running solve can be cancelled (the arranged one is ready)', kinds: { ':id': 'queued solve' } },
  'POST /api/staff': {
    why: 'employee numbers are unique (the pattern gives "-" every time) and a service start at most a year ahead',
    body: (body, on) => ({ ...body, employeeNumber: `MX-${on.unique}`, nhsServiceStartDate: addDays(on.today, -400) }),
  },

  // Line management.
  'POST /api/people/staff/:staffId/sickness': { why: 'a reason is one of the codes S10..S99', body: (body) => ({ ...body, reasonCode: 'S13' }) },
  'POST /api/people/sickness/:id/close': { why: 'the arranged episode started a week ago: it ends yesterday, not in a past week of the request', body: (body, on) => ({ ...body, endDate: addDays(on.today, -1) }) },
  'POST /api/people/sickness/:id/return-to-work': { why: 'the meeting is after the arranged episode starts (a week ago)', body: (body, on) => ({ ...body, meetingOn: on.today }) },
  'PUT /api/people/staff/:staffId/checks': { why: 'the arranged person has no DBS check yet, so the first is sent without a version', body: withoutVersion },
  'DELETE /api/people/staff/:staffId/checks': {
    why: 'a check must be on record to be deleted, at its version',
    kinds: { ':staffId': 'dbs-checked staff' },
    query: (query, on) => ({ ...query, kind: 'dbs', version: on.named(':staffId').target.version }),
  },
  'PUT /api/people/staff/:staffId/carry-over': {
    why: 'a leave year starts on 1 April under the default policy, and a first carry-over has no version',
    body: (body, on) => ({ ...withoutVersion(body), leaveYearStart: leaveYearStartOn(on.today), hours: 7.5 }),
  },
  'PUT /api/people/policy': {
    why: 'three Bradford triggers in order, at the named department\'s policy version now (none until one is set); the leave year stays 1 April, which carry-over counts on',
    body: async (body, on) => {
      const { version } = await on.fixtures.read<PeoplePolicyDto>(`/api/people/policy?departmentId=${on.named('departmentId').target.id}`);
      return { ...withoutVersion(body), ...(version > 0 ? { version } : {}), leaveYear: { kind: 'fixed-date', month: 4, day: 1 }, bradfordTriggers: [50, 125, 400] };
    },
  },
  'POST /api/people/imports/staff': {
    why: 'an empty file has no header; a new starter of their own',
    csv: (on) => `${STAFF_HEADER}\nMXI-${on.unique},Ida,Import,Health records clerk,2,1,permanent,37.5,01/09/2020,,,,\n`,
  },
  'POST /api/people/imports/absences': {
    why: "an empty file has no header; a sickness absence in a past week of someone of the query's department",
    csv: async (on) => {
      const person = await on.use(on.named('departmentId').context, 'staff', 'csv: Employee Number');
      const { employeeNumber } = await on.fixtures.read<StaffMemberDto>(`/api/staff/${person.id}`);
      const start = on.date('startDate');
      return `${ABSENCE_HEADER}\nMXA-${on.unique},${employeeNumber},Sickness,${start},${addDays(start, 2)},S13\n`;
    },
  },

  // Pay.
  'POST /api/pay/call-outs': {
    why: 'a call-out is an hour within an on-call duty the assignment holds, given as instants',
    kinds: { assignmentId: 'on-call assignment' },
    body: (body, on) => {
      const start = Date.parse(on.named('assignmentId').target.startsAt ?? '') + 3_600_000;
      return { ...body, start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
    },
  },
  'POST /api/pay/establishment-lines': {
    why: 'a financial year is two consecutive years (this one); a cost centre of its own',
    body: (body, on) => ({ ...body, financialYear: financialYearOf(on.today), costCentre: `MX${on.unique}` }),
  },
  'PUT /api/pay/monthly-spend': {
    why: "spend is of a month that has come (this one), in a cost centre of its own, so it is new and has no version",
    body: (body, on) => ({ ...withoutVersion(body), month: on.today.slice(0, 7), costCentre: `MX${on.unique}` }),
  },
  'POST /api/pay/monthly-spend/import': {
    why: 'an empty file has no header; this month, in a cost centre of its own',
    csv: (on) => `month,cost_centre,substantive,bank,agency\n${on.today.slice(0, 7)},MX${on.unique},1.00,0,0\n`,
  },

  // Records-quality audits.
  'PUT /api/quality-audits/audits/:id/answers': { why: 'answers are saved to a draft', kinds: { ':id': 'draft quality-audit' } },
  'POST /api/quality-audits/audits/:id/submit': { why: 'a draft is submitted once every answer is in', kinds: { ':id': 'answered draft quality-audit' } },
  'POST /api/quality-audits/audits': { why: 'the population must hold more records than the template samples (5)', body: (body) => ({ ...body, population: aPopulation(30) }) },
  'POST /api/quality-audits/actions': { why: "an action follows up a criterion of the audit's template (the arranged audit answered c2 \"no\")", body: (body) => ({ ...body, criterionId: 'c2' }) },
  'POST /api/quality-audits/templates': { why: 'a template lists at least one criterion', body: (body) => ({ ...body, ...templateDefinition() }) },
  'POST /api/quality-audits/templates/:id/revisions': { why: 'a revision lists at least one criterion', body: (body) => ({ ...body, ...templateDefinition() }) },
};

/**
 * Routes with an out-of-scope expectation that no in-scope caller of the matrix can succeed at,
 * each with its reason. The matrix fails on any other route whose in-scope request failed, and
 * on an entry here that succeeded after all.
 */
export const UNPROVEN_ALLOWED: Readonly<Record<string, string>> = {};
