import { Injectable } from '@nestjs/common';
import { isIsoDate, type IsoDate } from '@recordroom/calendar';
import { type PeopleImportResultDto } from '@recordroom/contracts';
import { type LineError } from '@recordroom/kpi';
import { AFC_BANDS, CONTRACT_TYPES, isAfcBand, isContractType, sicknessReason, validateSicknessEpisode, type SicknessEpisode } from '@recordroom/people';
import { parse } from 'csv-parse/sync';
import { type Readable } from 'node:stream';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { forbidden, unprocessable } from '../http/problem.js';
import { importRejected, importTooLarge, MAX_REPORTED_ERRORS } from '../kpi/import/import-problems.js';
import { ScopeService } from '../scope/scope.service.js';
import { SicknessAbsencesService } from '../rota/sickness-absences.service.js';
import { Clock } from '../time/clock.js';
import { toEpisode } from './people.mapper.js';
import { PeopleRepository, type ImportedStaff } from './people.repository.js';

/** Staff and absence files are a department's people: a few thousand lines at most. */
const MAX_IMPORT_BYTES = 5_000_000;

/** The ESR-like staff export's columns (docs/line-management-csv.md), in order. */
const STAFF_COLUMNS = ['Employee Number', 'First Name', 'Last Name', 'Job Title', 'Band', 'Pay Point', 'Contract Type', 'Contracted Hours', 'NHS Service Start', 'Employment Start', 'Employment End', 'Line Manager Employee Number', 'DBS Check Date'] as const;
/** The ESR-like absence export's columns: sickness only (leave is asked for and approved in Recordroom). */
const ABSENCE_COLUMNS = ['Absence ID', 'Employee Number', 'Absence Type', 'Start Date', 'End Date', 'Reason Code'] as const;

type Row = Record<string, string>;

async function readAll(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_IMPORT_BYTES) throw importTooLarge(MAX_IMPORT_BYTES);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The file's rows by header name, each with its line number; a missing or unknown column is one error on line 1. */
function rowsOf(text: string, columns: readonly string[]): { line: number; row: Row }[] {
  let records: string[][];
  try {
    const parsed: string[][] = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: false });
    records = parsed;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    throw importRejected([{ line, field: '(file)', message: `is not CSV: ${(error as Error).message}` }], 1);
  }
  const [header, ...body] = records;
  const names = (header ?? []).map((h) => h.trim());
  const missing = columns.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !columns.includes(n));
  if (missing.length > 0 || unknown.length > 0) {
    throw importRejected([{ line: 1, field: '(header)', message: `must be the columns ${columns.join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${unknown.length ? `; unknown ${unknown.join(', ')}` : ''}` }], 1);
  }
  return body.map((values, i) => ({ line: i + 2, row: Object.fromEntries(names.map((name, j) => [name, (values[j] ?? '').trim()])) }));
}

/** dd/mm/yyyy (ESR) or yyyy-mm-dd; '' is null. */
function dateOf(value: string): IsoDate | null | undefined {
  if (value === '') return null;
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : value;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Staff and absence imports in an ESR-like layout (docs/line-management-csv.md): the whole file
 * is checked first, every bad line reported by number, and then written in one transaction, so
 * a bad line anywhere writes nothing. Importing the same file again changes nothing: staff are
 * matched by employee number, absences by their ESR absence id.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly people: PeopleRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly sicknessOnRota: SicknessAbsencesService,
  ) {}

  async importStaff(user: CurrentUser, departmentId: string | undefined, body: Readable): Promise<PeopleImportResultDto> {
    const rows = rowsOf(await readAll(body), STAFF_COLUMNS);
    return this.work.transaction(async (em) => {
      const department = await this.department(em, user, departmentId);
      const existing = await this.people.findStaffByEmployeeNumbers(em, user.organisationId, rows.map((r) => r.row['Employee Number'] ?? ''));
      const errors: LineError[] = [];
      const today = this.clock.today();
      const seen = new Set<string>();
      const parsed = rows.map(({ line, row }) => {
        const e = (field: string, message: string): void => void errors.push({ line, field, message });
        const number = row['Employee Number'] ?? '';
        if (!/^[A-Za-z0-9-]{1,20}$/.test(number)) e('Employee Number', 'must be 1-20 letters, digits or hyphens');
        if (seen.has(number)) e('Employee Number', 'appears twice in the file');
        seen.add(number);
        const found = existing.get(number);
        if (found && found.departmentId !== department) e('Employee Number', 'belongs to someone of another department; move them there first');
        for (const field of ['First Name', 'Last Name', 'Job Title'] as const) if ((row[field] ?? '') === '' || (row[field] ?? '').length > 120) e(field, 'is required, at most 120 characters');
        const band = (row.Band ?? '').replace(/^Band\s*/i, '');
        if (!isAfcBand(band)) e('Band', `must be one of ${AFC_BANDS.join(', ')}`);
        const payPoint = Number(row['Pay Point']);
        if (!Number.isInteger(payPoint) || payPoint < 1 || payPoint > 3) e('Pay Point', 'must be 1, 2 or 3');
        const contract = (row['Contract Type'] ?? '').toLowerCase();
        if (!isContractType(contract)) e('Contract Type', `must be one of ${CONTRACT_TYPES.join(', ')}`);
        const hours = Number(row['Contracted Hours']);
        if (!Number.isFinite(hours) || hours < 0 || hours > 48 || (hours * 4) % 1 !== 0) e('Contracted Hours', 'must be 0 to 48, in quarter hours');
        const dates: Record<string, IsoDate | null> = {};
        for (const field of ['NHS Service Start', 'Employment Start', 'Employment End', 'DBS Check Date'] as const) {
          const date = dateOf(row[field] ?? '');
          if (date === undefined) e(field, 'must be a date written dd/mm/yyyy');
          else dates[field] = date;
        }
        if (!dates['NHS Service Start']) e('NHS Service Start', 'is required');
        if (dates['DBS Check Date'] && dates['DBS Check Date'] > today) e('DBS Check Date', 'is after today');
        const start = dates['Employment Start'] ?? dates['NHS Service Start'] ?? null;
        const end = dates['Employment End'] ?? null;
        if (start && end && end < start) e('Employment End', 'is before the employment start');
        return { line, number, found, values: { firstName: row['First Name'] ?? '', lastName: row['Last Name'] ?? '', jobTitle: row['Job Title'] ?? '', band, payPoint, contractType: contract, contractedHoursPerWeek: hours, nhsServiceStartDate: dates['NHS Service Start'] ?? null, employmentStartDate: start, employmentEndDate: end, dbsCheckDate: dates['DBS Check Date'] ?? null }, manager: row['Line Manager Employee Number'] ?? '' };
      });
      const managers = await this.people.findStaffByEmployeeNumbers(em, user.organisationId, parsed.map((p) => p.manager).filter((m) => m !== ''));
      for (const p of parsed) {
        if (p.manager !== '' && !managers.has(p.manager) && !seen.has(p.manager)) errors.push({ line: p.line, field: 'Line Manager Employee Number', message: `names no one of your organisation (${p.manager})` });
        if (p.manager === p.number) errors.push({ line: p.line, field: 'Line Manager Employee Number', message: 'is the person themselves' });
      }
      if (errors.length > 0) throw importRejected(errors.slice(0, MAX_REPORTED_ERRORS), errors.length);

      let inserted = 0;
      let updated = 0;
      let unchanged = 0;
      const ids = new Map<string, string>();
      const changes = new Map<string, 'inserted' | 'updated' | 'unchanged'>();
      for (const p of parsed) {
        const values = p.values as Omit<ImportedStaff, 'employeeNumber'>;
        const outcome = await this.people.upsertImportedStaff(em, user.organisationId, department, { ...values, employeeNumber: p.number });
        ids.set(p.number, outcome.id);
        changes.set(p.number, outcome.change);
      }
      // Line managers once everyone is in, so a file may name its own people in any order.
      for (const p of parsed) {
        const managerId = p.manager === '' ? null : (ids.get(p.manager) ?? managers.get(p.manager)?.id ?? null);
        const moved = await this.people.setLineManagerIfChanged(em, ids.get(p.number) ?? '', managerId);
        if (moved && changes.get(p.number) === 'unchanged') changes.set(p.number, 'updated');
      }
      for (const change of changes.values()) {
        if (change === 'inserted') inserted += 1;
        else if (change === 'updated') updated += 1;
        else unchanged += 1;
      }
      await this.audit.record(em, user, { action: 'create', entityType: 'staff-import', entityId: department, departmentId: department, before: null, after: { lines: parsed.length, inserted, updated, unchanged } });
      return { kind: 'staff', lines: parsed.length, inserted, updated, unchanged };
    });
  }

  async importAbsences(user: CurrentUser, departmentId: string | undefined, body: Readable): Promise<PeopleImportResultDto> {
    const rows = rowsOf(await readAll(body), ABSENCE_COLUMNS);
    return this.work.transaction(async (em) => {
      const department = await this.department(em, user, departmentId);
      const today = this.clock.today();
      const staff = await this.people.findStaffByEmployeeNumbers(em, user.organisationId, rows.map((r) => r.row['Employee Number'] ?? ''));
      const known = new Map((await this.people.findSicknessByExternalIds(em, user.organisationId, rows.map((r) => r.row['Absence ID'] ?? ''))).map((e) => [e.externalId ?? '', e]));
      const errors: LineError[] = [];
      const seen = new Set<string>();
      const fresh: { line: number; staffId: string; departmentId: string; externalId: string; episode: SicknessEpisode }[] = [];
      for (const { line, row } of rows) {
        const e = (field: string, message: string): void => void errors.push({ line, field, message });
        const externalId = row['Absence ID'] ?? '';
        if (!/^[A-Za-z0-9-]{1,40}$/.test(externalId)) e('Absence ID', 'must be 1-40 letters, digits or hyphens');
        if (seen.has(externalId)) e('Absence ID', 'appears twice in the file');
        seen.add(externalId);
        const person = staff.get(row['Employee Number'] ?? '');
        if (!person || person.departmentId !== department) e('Employee Number', 'names no one of this department');
        if ((row['Absence Type'] ?? '').toLowerCase() !== 'sickness') e('Absence Type', 'must be Sickness: leave is asked for and approved in Recordroom');
        const startDate = dateOf(row['Start Date'] ?? '');
        const endDate = dateOf(row['End Date'] ?? '');
        if (!startDate) e('Start Date', 'must be a date written dd/mm/yyyy');
        if (endDate === undefined) e('End Date', 'must be a date written dd/mm/yyyy, or empty while the person is still off');
        const reasonCode = row['Reason Code'] ?? '';
        if (!sicknessReason(reasonCode)) e('Reason Code', `is not on the sickness reason list (${reasonCode})`);
        if (!person || !startDate || endDate === undefined || known.has(externalId)) continue;
        fresh.push({ line, staffId: person.id, departmentId: person.departmentId, externalId, episode: { id: externalId, staffId: person.id, startDate, endDate, reasonCode } });
      }
      // Each new episode against the person's episodes on file and the file's others.
      const onFile = await this.people.findSicknessOf(em, [...new Set(fresh.map((f) => f.staffId))]);
      for (const f of fresh) {
        const others = [...onFile.filter((o) => o.staffMemberId === f.staffId).map(toEpisode), ...fresh.filter((o) => o !== f && o.staffId === f.staffId).map((o) => o.episode)];
        for (const error of validateSicknessEpisode(f.episode, others, { today })) errors.push({ line: f.line, field: error.field === 'endDate' ? 'End Date' : error.field === 'reasonCode' ? 'Reason Code' : 'Start Date', message: error.message });
      }
      // Each goes on the rota as sickness absence: none may overlap the person's leave there.
      for (const f of fresh) {
        const onRota = { id: null, organisationId: user.organisationId, departmentId: f.departmentId, staffMemberId: f.staffId, startDate: f.episode.startDate, endDate: f.episode.endDate };
        for (const error of await this.sicknessOnRota.conflicts(em, onRota)) errors.push({ line: f.line, field: error.field === 'endDate' ? 'End Date' : 'Start Date', message: error.message });
      }
      if (errors.length > 0) throw importRejected(errors.slice(0, MAX_REPORTED_ERRORS), errors.length);
      for (const f of fresh) {
        const created = await this.people.insertSickness(em, { organisationId: user.organisationId, departmentId: f.departmentId, staffMemberId: f.staffId, startDate: f.episode.startDate, endDate: f.episode.endDate, startHalfDay: false, endHalfDay: false, reasonCode: f.episode.reasonCode, exclusion: null, externalId: f.externalId, recordedBy: `${user.displayName} (import)` });
        await this.sicknessOnRota.put(em, user, created);
      }
      const result: PeopleImportResultDto = { kind: 'absences', lines: rows.length, inserted: fresh.length, updated: 0, unchanged: rows.length - fresh.length };
      await this.audit.record(em, user, { action: 'create', entityType: 'absence-import', entityId: department, departmentId: department, before: null, after: result });
      return result;
    });
  }

  private async department(em: EntityManager, user: CurrentUser, departmentId: string | undefined): Promise<string> {
    if (user.role !== 'admin' && user.role !== 'manager') throw forbidden('Only the department manager or an admin imports staff and absence files.');
    const department = await this.scope.department(user, departmentId, em);
    if (!department) throw unprocessable([{ field: 'departmentId', message: 'is required' }]);
    return department;
  }
}
