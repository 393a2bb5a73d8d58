import { addDays, addMonthsClamped, isIsoDate, type IsoDate } from '@recordroom/calendar';
import { type DemoOrganisation } from '../organisation.js';

/** A department whose service events are generated. */
export interface DemoKpiDepartment {
  id: string;
  organisationId: string;
  /** Short code unique in the organisation, used in external ids (the cost centre). */
  code: string;
  /** Employee numbers of the people who handle requests; empty leaves `handledBy` null. */
  handlers: readonly string[];
}

export interface DemoKpiOptions {
  /** Same seed, same events. Default 1. */
  seed?: number;
  /** Last day of the generated history. Default 2026-11-02, the demo organisation's reference date. */
  referenceDate?: IsoDate;
  /** Months of history up to the reference date, 1 to 24. Default 12. */
  months?: number;
  /** The day the department's process change takes effect. Default 5 months before the reference date. */
  changeDate?: IsoDate;
  /** Scales every volume: 1 is a 40-staff department (about 70,000 record requests a year). */
  volume?: number;
}

export interface ResolvedKpiOptions {
  seed: number;
  from: IsoDate;
  to: IsoDate;
  changeDate: IsoDate;
  volume: number;
}

const DEFAULT_REFERENCE_DATE: IsoDate = '2026-11-02';

export function resolveKpiOptions(options: DemoKpiOptions): ResolvedKpiOptions {
  const to = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  const months = options.months ?? 12;
  const volume = options.volume ?? 1;
  if (!isIsoDate(to)) throw new RangeError(`referenceDate is a calendar date (yyyy-mm-dd): ${String(to)}`);
  if (!Number.isInteger(months) || months < 1 || months > 24) throw new RangeError(`months is a whole number from 1 to 24: ${months}`);
  if (!(volume > 0)) throw new RangeError(`volume must be above 0: ${volume}`);
  const changeDate = options.changeDate ?? addMonthsClamped(to, -5);
  if (!isIsoDate(changeDate)) throw new RangeError(`changeDate is a calendar date (yyyy-mm-dd): ${String(changeDate)}`);
  return { seed: options.seed ?? 1, from: addDays(addMonthsClamped(to, -months), 1), to, changeDate, volume };
}

/**
 * The departments of a generated organisation, ready for the event generators: cost centre as
 * code, and the department's staff as request handlers.
 *
 * @example demoRecordRequests(demoKpiDepartments(generateDemoOrganisation()))
 */
export function demoKpiDepartments(demo: DemoOrganisation): DemoKpiDepartment[] {
  return demo.departments.map((department) => ({
    id: department.id,
    organisationId: department.organisationId,
    code: department.costCentre,
    handlers: demo.staff.filter((person) => person.departmentId === department.id).map((person) => person.employeeNumber),
  }));
}

/** 'yyyymmdd', for external ids. */
export function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}
