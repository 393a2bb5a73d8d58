import { type DemoRota } from '@recordroom/demo-department';
import { type EntityManager } from 'typeorm';

/** Rows per INSERT ... SELECT FROM unnest(...): one statement per chunk, whatever the column count. */
const CHUNK = 20_000;

/**
 * Bulk-inserts `rows` column by column through unnest(): a statement per chunk of rows instead
 * of one per row, so a year of a department's rota loads in well under a second.
 */
async function insertColumns(em: EntityManager, table: string, columns: readonly { name: string; type: string }[], rows: readonly unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const arrays = columns.map((_, c) => chunk.map((row) => row[c] ?? null));
    const names = columns.map((c) => c.name).join(', ');
    const unnest = columns.map((c, index) => `$${index + 1}::${c.type}[]`).join(', ');
    await em.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${unnest})`, arrays);
  }
}

const col = (name: string, type: string): { name: string; type: string } => ({ name, type });

/**
 * Loads a generated rota (see generateDemoRota): shift types, cover, working patterns, periods,
 * dated shifts, assignments, absences and swap requests, inside the caller's transaction.
 */
export async function seedDemoRota(em: EntityManager, rota: DemoRota): Promise<void> {
  await insertColumns(
    em,
    'shift_type',
    [col('id', 'uuid'), col('organisation_id', 'uuid'), col('department_id', 'uuid'), col('code', 'text'), col('name', 'text'), col('start_time', 'text'), col('end_time', 'text'), col('ends_next_day', 'boolean'), col('unpaid_break_minutes', 'int'), col('paid_break_minutes', 'int'), col('location_id', 'uuid'), col('required_skill', 'text')],
    rota.shiftTypes.map((t) => [t.id, t.organisationId, t.departmentId, t.code, t.name, t.start, t.end, t.endsNextDay, t.unpaidBreakMinutes, t.paidBreakMinutes, t.locationId, t.requiredSkill]),
  );
  await insertColumns(
    em,
    'cover_requirement',
    [col('id', 'uuid'), col('organisation_id', 'uuid'), col('department_id', 'uuid'), col('location_id', 'uuid'), col('shift_type_id', 'uuid'), col('weekday', 'smallint'), col('date', 'date'), col('minimum', 'int'), col('ideal', 'int'), col('skill_mix', 'jsonb')],
    rota.coverRequirements.map((c) => [
      c.id, c.organisationId, c.departmentId, c.locationId, c.shiftTypeId,
      'weekday' in c.appliesTo ? c.appliesTo.weekday : null, 'date' in c.appliesTo ? c.appliesTo.date : null,
      c.minimum, c.ideal, JSON.stringify(c.skillMix ?? []),
    ]),
  );
  // smallint[] per row does not unnest as one column, so patterns go in as text and are cast.
  for (const pattern of rota.workingPatterns) {
    await em.query('INSERT INTO working_pattern (staff_member_id, organisation_id, weekdays) VALUES ($1, $2, $3::smallint[])', [pattern.staffId, pattern.organisationId, [...pattern.weekdays]]);
  }
  await insertColumns(
    em,
    'rota_period',
    [col('id', 'uuid'), col('organisation_id', 'uuid'), col('department_id', 'uuid'), col('name', 'text'), col('start_date', 'date'), col('end_date', 'date'), col('status', 'text'), col('published_at', 'timestamptz'), col('published_by', 'text')],
    rota.periods.map((p) => [p.id, p.organisationId, p.departmentId, p.name, p.startDate, p.endDate, p.status, p.publishedAt, p.publishedBy]),
  );
  await insertColumns(
    em,
    'rota_shift',
    [col('id', 'uuid'), col('organisation_id', 'uuid'), col('period_id', 'uuid'), col('shift_type_id', 'uuid'), col('date', 'date')],
    rota.shifts.map((s) => [s.id, s.organisationId, s.periodId, s.shiftTypeId, s.date]),
  );
  await insertColumns(
    em,
    'rota_assignment',
    [col('id', 'uuid'), col('organisation_id', 'uuid'), col('period_id', 'uuid'), col('shift_id', 'uuid'), col('staff_member_id', 'uuid'), col('source', 'text')],
    rota.assignments.map((a) => [a.id, a.organisationId, a.periodId, a.shiftId, a.staffId, a.source]),
  );
  await insertColumns(
    em,
    'absence',
    [col('id', 'uuid'), col('organisation_id', 'uuid'), col('department_id', 'uuid'), col('staff_member_id', 'uuid'), col('kind', 'text'), col('status', 'text'), col('start_date', 'date'), col('end_date', 'date'), col('start_time', 'text'), col('end_time', 'text'), col('note', 'text'), col('decided_by', 'text'), col('decided_at', 'timestamptz')],
    rota.absences.map((a) => [a.id, a.organisationId, a.departmentId, a.staffId, a.kind, a.status, a.startDate, a.endDate, a.startTime ?? null, a.endTime ?? null, a.note, a.decidedBy, a.decidedAt]),
  );
  await insertColumns(
    em,
    'swap_request',
    [col('id', 'uuid'), col('organisation_id', 'uuid'), col('department_id', 'uuid'), col('status', 'text'), col('from_assignment_id', 'uuid'), col('from_staff_member_id', 'uuid'), col('to_staff_member_id', 'uuid'), col('to_assignment_id', 'uuid'), col('note', 'text')],
    rota.swaps.map((w) => [w.id, w.organisationId, w.departmentId, w.status, w.fromAssignmentId, w.fromStaffId, w.toStaffId, w.toAssignmentId, w.note]),
  );
}
