import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail.js';
import { type CurrentUser } from '../../auth/current-user.js';
import { duplicate, invalidRequest, unprocessable } from '../../http/problem.js';
import { pgClientOf } from '../../database/copy-rows.js';
import { KpiScopeResolver } from '../kpi-scope.resolver.js';
import { type ImportKind } from './import-kind.js';
import { Clock } from '../../time/clock.js';

const ENTITY_TYPES = {
  'record-requests': 'record-request',
  'clinic-pulls': 'clinic-pull',
  'filing-backlog': 'filing-backlog-snapshot',
  'subject-access-requests': 'subject-access-request',
} as const;

/**
 * One event posted as JSON (camelCase fields, `externalId` for the tracking system's id),
 * checked by the same validator as an import line, then inserted with its audit-trail row.
 */
@Injectable()
export class KpiEventService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: KpiScopeResolver,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async record<T>(user: CurrentUser, kind: ImportKind<T>, departmentId: string | undefined, body: unknown): Promise<Record<string, unknown>> {
    const row = rowOf(kind, body);
    const result = kind.createValidator(this.clock.now().toISOString())(row, 1);
    if (!result.ok) throw unprocessable(result.errors.map(({ field, message }) => ({ field: field === 'id' ? 'externalId' : field, message })));
    const target = await this.scopes.forWriting(user, departmentId);
    const values = kind.stagingRow(result.value);
    const columns = kind.stagingColumns.map((c) => c.split(' ') as [string, string]);
    const placeholders = columns.map(([, type], i) => `$${i + 3}::${type}`).join(', ');
    const externalId = String(values[0]);
    return this.dataSource.transaction(async (em) => {
      const client = await pgClientOf(em);
      const inserted = await client.query(
        `INSERT INTO ${kind.table} (organisation_id, department_id, ${columns.map(([name]) => name).join(', ')})
         VALUES ($1, $2, ${placeholders}) ON CONFLICT (department_id, external_id) DO NOTHING RETURNING id`,
        [target.organisationId, target.departmentId, ...values],
      );
      if (inserted.rowCount === 0) throw duplicate('externalId', `${externalId} is already recorded`);
      const event = { externalId, departmentId: target.departmentId, ...withoutId(result.value as Record<string, unknown>) };
      await this.audit.record(em, user, { action: 'create', entityType: ENTITY_TYPES[kind.name], entityId: externalId, departmentId: target.departmentId, before: null, after: event });
      return event;
    });
  }
}

/** The JSON body as the validator's text row: every field a known column, values as they would be in the CSV. */
function rowOf(kind: ImportKind<unknown>, body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest([{ field: '(body)', message: 'must be one JSON object' }]);
  const known = new Set(kind.columns.map((c) => (c.field === 'id' ? 'externalId' : c.field)));
  const unknown = Object.keys(body).filter((key) => !known.has(key));
  if (unknown.length > 0) throw invalidRequest(unknown.map((field) => ({ field, message: 'is not a recognised field' })));
  const row: Record<string, string> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const field = key === 'externalId' ? 'id' : key;
    if (value === null || value === undefined) row[field] = '';
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') row[field] = String(value);
    else row[field] = JSON.stringify(value);
  }
  return row;
}

function withoutId(value: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...rest } = value;
  return rest;
}
