import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { type KpiPoint } from '@recordroom/contracts';
import {
  computeFilingBacklog,
  computeTrainingCompliance,
  computeSarOnTime,
  computeVacancyRate,
  periodStartOfDate,
  ratio,
  type PeriodGranularity,
  type RequestPriority,
} from '@recordroom/kpi';
import { trainingAssignments } from '@recordroom/people';
import { type ClinicAvailabilityAggregate, type FilingSnapshotRow, type RetrievalAggregate, type SarRow, type SicknessAbsenceAggregate, type TrainingRecords } from './kpi-read.repository.js';
import { type KpiRange } from './kpi-range.js';

/**
 * Turning aggregates into the points of one KPI series. Periods with nothing to measure are left
 * out (no zero is invented); a ratio keeps its numerator and denominator.
 */

export function retrievalPoints(rows: readonly RetrievalAggregate[], kpiId: string, priority: RequestPriority): KpiPoint[] {
  return rows
    .filter((row) => row.priority === priority)
    .flatMap((row): KpiPoint[] => {
      switch (kpiId) {
        case 'retrieval-median-minutes':
          return row.median === null ? [] : [{ period: row.period, value: row.median }];
        case 'retrieval-p90-minutes':
          return row.p90 === null ? [] : [{ period: row.period, value: row.p90 }];
        default:
          return ratioPoint(row.period, row.withinTarget, row.requests);
      }
    });
}

/** Not-found or temporary-notes share of all requests closed in each period, every priority together. */
export function outcomePoints(rows: readonly RetrievalAggregate[], outcome: 'notFound' | 'temporaryNotes'): KpiPoint[] {
  const byPeriod = new Map<string, { numerator: number; denominator: number }>();
  for (const row of rows) {
    const sums = byPeriod.get(row.period) ?? { numerator: 0, denominator: 0 };
    sums.numerator += row[outcome];
    sums.denominator += row.requests;
    byPeriod.set(row.period, sums);
  }
  return [...byPeriod].flatMap(([period, sums]) => ratioPoint(period, sums.numerator, sums.denominator));
}

export function clinicAvailabilityPoints(rows: readonly ClinicAvailabilityAggregate[]): KpiPoint[] {
  return rows.flatMap((row) => ratioPoint(row.period, row.available, row.attendances));
}

/**
 * The backlog at the last snapshot of each period, per department (computeFilingBacklog), then
 * added up across departments with the oldest item anywhere.
 */
export function filingPoints(rows: readonly FilingSnapshotRow[], granularity: PeriodGranularity, figure: 'items' | 'oldestItemWorkingDays'): KpiPoint[] {
  const groups = new Map<string, Map<string, FilingSnapshotRow[]>>();
  for (const row of rows) {
    const period = periodStartOfDate(row.takenOn, granularity);
    const departments = groups.get(period) ?? new Map<string, FilingSnapshotRow[]>();
    departments.set(row.departmentId, [...(departments.get(row.departmentId) ?? []), row]);
    groups.set(period, departments);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([period, departments]) => {
    const backlogs = [...departments.values()].map((snapshots) => computeFilingBacklog(snapshots)).filter((b) => b !== null);
    const value = figure === 'items' ? backlogs.reduce((sum, b) => sum + b.items, 0) : Math.max(...backlogs.map((b) => b.oldestItemWorkingDays));
    return { period, value };
  });
}

/** SARs due in each month of the range answered by their due date, as decided on `asOf`. */
export function sarOnTimePoints(sars: readonly SarRow[], range: KpiRange, asOf: IsoDate): KpiPoint[] {
  const points: KpiPoint[] = [];
  for (let month = periodStartOfDate(range.from, 'month'); month <= range.to; month = addMonthsClamped(month, 1)) {
    const from = month < range.from ? range.from : month;
    const monthEnd = addDays(addMonthsClamped(month, 1), -1);
    const to = monthEnd > range.to ? range.to : monthEnd;
    const onTime = computeSarOnTime(sars, { from, to, asOf });
    points.push(...ratioPoint(month, onTime.numerator, onTime.denominator));
  }
  return points;
}

/** FTE days lost ÷ FTE days available each month (computeSicknessAbsenceRate over the month's staff). */
export function sicknessPoints(rows: readonly SicknessAbsenceAggregate[]): KpiPoint[] {
  return rows.flatMap((row) => ratioPoint(row.period, row.fteDaysLost, row.fteDaysAvailable));
}

/**
 * Vacancy % (computeVacancyRate: funded WTE − WTE in post, over funded WTE) as one point, this
 * month's, when the range reaches it and the year has funded posts: the staff records hold no
 * history of who was in post, so earlier months have no source, and a chart of one point shows
 * no SPC limits or variation icon.
 */
export function vacancyPoints(establishment: { fundedWte: number; inPostWte: number }, range: KpiRange, today: IsoDate): KpiPoint[] {
  const month = `${today.slice(0, 7)}-01`;
  if (today < range.from || month > range.to) return [];
  // Hundredths of a WTE, so sums like 10.1 − 9.3 do not carry binary noise into the percentage.
  const funded = Math.round(establishment.fundedWte * 100);
  const inPost = Math.round(establishment.inPostWte * 100);
  const { percent } = computeVacancyRate([{ fundedWte: funded, inPostWte: inPost }]);
  return percent === null ? [] : [{ period: month, value: percent, numerator: (funded - inPost) / 100, denominator: funded / 100 }];
}

function ratioPoint(period: string, numerator: number, denominator: number): KpiPoint[] {
  const { percent } = ratio(numerator, denominator);
  return percent === null ? [] : [{ period, value: percent, numerator, denominator }];
}

/**
 * Training compliance at the end of each month of the range (trainingAssignments, then
 * computeTrainingCompliance): of every course, or of data security awareness alone. Months before
 * the scope's first recorded completion have no point: before then nothing was recorded, and the
 * KPI would read 0%, so with no completions at all the KPI is left out.
 */
export function trainingCompliancePoints(records: TrainingRecords, range: KpiRange, today: IsoDate, only?: 'data-security-awareness'): KpiPoint[] {
  const courses = records.courses.filter((c) => only === undefined || c.code === only).map((c) => ({ id: c.id, name: c.name, renewalMonths: c.renewalMonths, ...(c.requiredForSkills ? { requiredForSkills: c.requiredForSkills } : {}) }));
  const first = records.completions.reduce<IsoDate | null>((earliest, c) => (earliest === null || c.completedOn < earliest ? c.completedOn : earliest), null);
  if (first === null || courses.length === 0) return [];
  const points: KpiPoint[] = [];
  for (let month = periodStartOfDate(range.from, 'month'); month <= range.to; month = addMonthsClamped(month, 1)) {
    const monthEnd = addDays(addMonthsClamped(month, 1), -1);
    const asOf = monthEnd > today ? today : monthEnd;
    if (asOf < first) continue;
    const compliance = computeTrainingCompliance(trainingAssignments(records.people, courses, records.completions, asOf), asOf);
    points.push(...ratioPoint(month, compliance.numerator, compliance.denominator));
  }
  return points;
}
