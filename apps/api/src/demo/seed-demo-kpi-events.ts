import { type IsoDate } from '@recordroom/calendar';
import {
  demoFilingBacklog,
  demoKpiDepartments,
  demoRecordActivity,
  demoSubjectAccessRequests,
  type DemoKpiOptions,
  type DemoOrganisation,
} from '@recordroom/demo-department';
import { dueDateOf } from '@recordroom/kpi';
import { type EntityManager } from 'typeorm';
import { copyLine, copyLines } from '../database/copy-rows.js';

const RECORD_REQUEST_COPY_COLUMNS =
  'record_request (organisation_id, department_id, external_id, record_id, priority, requesting_location, requested_at, located_at, dispatched_at, delivered_at, outcome, handled_by)';

/**
 * Loads twelve months of the demo departments' service events (record requests, clinic pulls,
 * filing backlog, SARs) up to `referenceDate`, streamed with COPY: about 70,000 requests a
 * department in a second or two. Call inside the transaction that seeds the organisation.
 */
export async function seedDemoKpiEvents(em: EntityManager, demo: DemoOrganisation, referenceDate: IsoDate): Promise<{ recordRequests: number }> {
  const departments = demoKpiDepartments(demo);
  const options: DemoKpiOptions = { referenceDate };
  const pulls: string[] = [];
  function* requestLines(): Generator<string> {
    for (const activity of demoRecordActivity(departments, options)) {
      const e = activity.event;
      if (activity.kind === 'clinic-pull') {
        const p = activity.event;
        pulls.push(copyLine([p.organisationId, p.departmentId, p.id, p.clinicId, p.clinicDate, p.recordId, p.notesAvailableAtStart]));
        continue;
      }
      const r = activity.event;
      yield copyLine([e.organisationId, e.departmentId, r.id, r.recordId, r.priority, r.requestingLocation, r.requestedAt, r.locatedAt, r.dispatchedAt, r.deliveredAt, r.outcome, r.handledBy]);
    }
  }
  const recordRequests = await copyLines(em, RECORD_REQUEST_COPY_COLUMNS, requestLines());
  await copyLines(em, 'clinic_pull (organisation_id, department_id, external_id, clinic_id, clinic_date, record_id, notes_available_at_start)', pulls);

  function* filingLines(): Generator<string> {
    for (const s of demoFilingBacklog(departments, options)) {
      yield copyLine([s.organisationId, s.departmentId, s.id, s.takenOn, s.location, s.items, s.oldestItemReceivedOn]);
    }
  }
  await copyLines(em, 'filing_backlog_snapshot (organisation_id, department_id, external_id, taken_on, location, items, oldest_item_received_on)', filingLines());

  function* sarLines(): Generator<string> {
    for (const s of demoSubjectAccessRequests(departments, options)) {
      yield copyLine([s.organisationId, s.departmentId, s.id, s.receivedOn, s.clockStartsOn, JSON.stringify(s.pauses), s.extended, s.completedOn, dueDateOf(s)]);
    }
  }
  await copyLines(em, 'subject_access_request (organisation_id, department_id, external_id, received_on, clock_starts_on, pauses, extended, completed_on, due_on)', sarLines());
  return { recordRequests };
}
