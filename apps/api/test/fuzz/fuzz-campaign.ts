import fc from 'fast-check';
import { type ApiOperation } from '../support/openapi-operations.js';
import { sendRaw, type RawResponse } from '../support/raw-request.js';
import { pathParameterKind, type ResourceKind } from '../support/resource-kinds.js';
import { type ChangeMark } from '../support/row-change-log.js';
import { followUpRequest, HUGE_MARK, sweepRequests, type SweepDepth } from './field-sweep.js';
import { type FuzzWorld } from './fuzz-world.js';
import { requestArbitrary, UNDOCUMENTED_BODIES, type FuzzRequest } from './request-arbitrary.js';

export interface CampaignOptions {
  seed: number;
  /** Random requests per operation, after the sweep. */
  requestsPerOperation: number;
  sweep: SweepDepth;
  /** Only operations whose route contains this (FUZZ_ROUTE), keeping each one's own seed. */
  routeFilter?: string;
}

type Problem = 'server error' | 'no answer' | 'refused but wrote' | 'read but wrote' | 'signed in but answered 401' | 'accepted a body that is not JSON' | 'accepted a 90 kB value';

interface Finding {
  problem: Problem;
  route: string;
  request: FuzzRequest;
  status: number;
  /** The start of the answer, or the tables a refused request changed. */
  detail: string;
}

export interface CampaignReport {
  seed: number;
  requests: number;
  durationMs: number;
  /** Of which reading the row-change log. */
  changeLogMs: number;
  /** Per route, how many answers of each status. */
  statuses: Map<string, Map<number, number>>;
  findings: Finding[];
  /** The slowest answers, for the report (speed is measured in bench/, never asserted here). */
  slowest: { route: string; url: string; ms: number }[];
}

const READS = new Set(['GET', 'HEAD']);
/**
 * Reads that write one audit row by design: every view of someone's sickness by anyone but the
 * person is in the audit trail (docs/line-management.md "Privacy"). They may write that, and only that.
 */
const AUDITED_READS = new Set([
  'GET /api/people/team',
  'GET /api/people/staff/:staffId',
  'GET /api/people/off',
  // The rota shows line management's episodes as sickness absences (never their reasons).
  'GET /api/rota/absences',
  'GET /api/rota/absences/:id/check',
  'GET /api/rota/periods/:id/planner',
]);
const isAuditedRead = (route: string, changed: readonly string[]): boolean => AUDITED_READS.has(route) && changed.length === 1 && changed[0] === 'audit_event insert x1';
/** Encodings of a JSON body that are not JSON: a form or text/plain body is what a cross-site form can send. */
const NOT_JSON = new Set(['form', 'text', 'csv', 'multipart', 'sweep:form', 'sweep:text']);

/**
 * Sends a field sweep of every operation (field-sweep.ts), then `requestsPerOperation` random
 * requests to each, one at a time, round-robin (so no operation's writes all land before
 * another's reads), and checks each answer: never a 5xx; a refused request (4xx) writes no row of
 * any table; a read writes none at all; a JSON route accepts no form or text body. Every
 * operation's requests come from its own seed (`seed + its index`), so a run is repeated by its
 * seed alone, and one route can be re-run alone with the same requests.
 */
export async function runCampaign(world: FuzzWorld, operations: readonly ApiOperation[], options: CampaignOptions): Promise<CampaignReport> {
  const started = performance.now();
  const ordered = [...operations].sort((a, b) => a.route.localeCompare(b.route));
  const chosen = ordered
    .map((operation, index) => ({ operation, seed: options.seed + index }))
    .filter(({ operation }) => options.routeFilter === undefined || operation.route.includes(options.routeFilter))
    .map(({ operation, seed }) => ({
      operation,
      seed,
      sweep: sweepRequests(operation, world.sources, seed, options.sweep),
      requests: fc.sample(requestArbitrary(operation, world.sources), { seed, numRuns: options.requestsPerOperation }),
    }));
  const report: CampaignReport = { seed: options.seed, requests: 0, durationMs: 0, changeLogMs: 0, statuses: new Map(), findings: [], slowest: [] };
  let followUps = 0;
  const check = checker(world, report, async (created) => {
    // Each operation about a record of the kind just created, once, with its id.
    for (const { operation, seed } of chosen) {
      const request = followUpRequest(operation, world.sources, seed + 100_000 + (followUps += 1), created);
      if (request) await check(operation, request);
    }
  });

  for (const { operation, sweep } of chosen) for (const request of sweep) await check(operation, request);
  for (let round = 0; round < options.requestsPerOperation; round += 1) {
    const thisRound = chosen.flatMap(({ operation, requests }) => {
      const request = requests[round];
      return request ? [{ operation, request }] : [];
    });
    // Reads first in each round, so they meet the data before the round's writes change it.
    thisRound.sort((a, b) => Number(!READS.has(a.operation.method)) - Number(!READS.has(b.operation.method)));
    for (const { operation, request } of thisRound) await check(operation, request);
  }
  report.durationMs = Math.round(performance.now() - started);
  report.changeLogMs = Math.round(report.changeLogMs);
  return report;
}

/** Sends one request and records what is wrong with the answer. */
type Created = { kind: ResourceKind; id: string; version?: number };

function checker(world: FuzzWorld, report: CampaignReport, followUp: (created: Created) => Promise<void>): (operation: ApiOperation, request: FuzzRequest) => Promise<void> {
  let before: ChangeMark | undefined;
  return async (operation, request) => {
    before ??= await world.changes.mark();
    const finding = (problem: Problem, status: number, detail: string): void => {
      report.findings.push({ problem, route: operation.route, request, status, detail });
    };
    const cookie = world.cookieOf(request.caller);
    report.requests += 1;
    let response: RawResponse;
    try {
      response = await sendRaw(world.api.server, { ...request, headers: { ...request.headers, ...(cookie ? { cookie } : {}) } });
    } catch (error) {
      finding('no answer', 0, String(error));
      before = await world.changes.mark();
      return;
    }
    count(report.statuses, operation.route, response.status);
    report.slowest.push({ route: operation.route, url: request.url.slice(0, 120), ms: Math.round(response.durationMs) });
    report.slowest = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);

    const logStarted = performance.now();
    const after = await world.changes.mark();
    const changed = after.lastId === before.lastId ? [] : await world.changes.writtenSince(before);
    report.changeLogMs += performance.now() - logStarted;
    const takesJson = operation.body['application/json'] !== undefined || UNDOCUMENTED_BODIES[operation.route] !== undefined;
    if (response.status >= 500) finding('server error', response.status, response.text.slice(0, 300));
    else if (response.status >= 400 && changed.length > 0) finding('refused but wrote', response.status, `wrote ${changed.join(', ')}`);
    else if (READS.has(request.method) && changed.length > 0 && !isAuditedRead(operation.route, changed)) finding('read but wrote', response.status, `wrote ${changed.join(', ')}`);
    else if (takesJson && NOT_JSON.has(request.encoding) && actedOn(response.status)) finding('accepted a body that is not JSON', response.status, response.text.slice(0, 200));
    else if (response.status < 300 && request.encoding.endsWith(HUGE_MARK)) finding('accepted a 90 kB value', response.status, response.text.slice(0, 200));
    before = after;

    // A fuzzed sign-out ends the caller's session: sign in again, and mark the log afresh (signing in writes).
    const mayHaveEnded = response.status === 401 || (operation.route === 'POST /api/auth/sign-out' && response.status < 300);
    if (mayHaveEnded && request.caller !== 'anonymous') {
      const renewed = await world.renewIfSignedOut(request.caller);
      if (renewed) before = await world.changes.mark();
      else if (response.status === 401 && !operation.isPublic) finding('signed in but answered 401', response.status, response.text.slice(0, 300));
    }
    const created = request.encoding === 'follow-up' ? undefined : createdBy(operation, response);
    if (created) await followUp(created);
  };
}

/** The record a successful POST made, if it answers one with an id, and its kind by the route's collection. */
function createdBy(operation: ApiOperation, response: RawResponse): Created | undefined {
  if (operation.method !== 'POST' || response.status >= 300 || !/json/.test(response.contentType)) return undefined;
  const collection = operation.path.split('/').at(-1) ?? '';
  const kind = pathParameterKind(`/api/${collection}/:id`, 'id');
  const body = JSON.parse(response.text) as { id?: unknown; version?: unknown };
  if (kind === undefined || typeof body.id !== 'string') return undefined;
  return { kind, id: body.id, ...(typeof body.version === 'number' ? { version: body.version } : {}) };
}

/** A status that says the body was read and acted on: success, or a refusal about its content. */
function actedOn(status: number): boolean {
  return status < 300 || status === 404 || status === 409 || status === 422;
}

function count(statuses: Map<string, Map<number, number>>, route: string, status: number): void {
  const byStatus = statuses.get(route) ?? new Map<number, number>();
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  statuses.set(route, byStatus);
}

/** One line per finding kind, route and field broken (the request's encoding), with the first request that showed it. */
export function describeFindings(report: CampaignReport): string[] {
  const groups = new Map<string, { finding: Finding; times: number }>();
  for (const finding of report.findings) {
    const key = `${finding.problem} | ${finding.route} | ${finding.status} | ${finding.request.encoding}`;
    const group = groups.get(key);
    if (group) group.times += 1;
    else groups.set(key, { finding, times: 1 });
  }
  return [...groups].map(([key, { finding, times }]) => `${key} | ${times}x, first: ${describeRequest(finding.request)} => ${finding.detail.replace(/\s+/g, ' ').slice(0, 240)}`);
}

function describeRequest(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : ` body(${request.encoding}, ${request.body.length} chars)=${JSON.stringify(request.body.slice(0, 200))}`;
  const type = request.headers['content-type'] ? ` content-type=${request.headers['content-type']}` : '';
  return `as ${request.caller}: ${request.method} ${request.url.length > 300 ? `${request.url.slice(0, 300)}...(${request.url.length} chars)` : request.url}${type}${body}`;
}

/** Status counts per route, e.g. 'GET /api/staff 200x3 400x5', and the 5xx count by route. */
export function summarise(report: CampaignReport): string {
  const lines = [...report.statuses].map(([route, byStatus]) => `${route} ${[...byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}x${n}`).join(' ')}`);
  const serverErrors = new Map<string, number>();
  for (const finding of report.findings) if (finding.problem === 'server error') serverErrors.set(finding.route, (serverErrors.get(finding.route) ?? 0) + 1);
  return [
    `fuzz seed ${report.seed}: ${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s (${(report.changeLogMs / 1000).toFixed(1)} s of it reading the row-change log), ${report.findings.length} findings`,
    `5xx by route: ${[...serverErrors].map(([route, n]) => `${route} ${n}`).join('; ') || 'none'}`,
    `slowest: ${report.slowest.slice(0, 5).map((s) => `${s.ms} ms ${s.route}`).join('; ')}`,
    ...lines,
  ].join('\n');
}
