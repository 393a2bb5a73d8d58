import { isIsoDate, type IsoDate } from '@recordroom/calendar';
import { AFC_BANDS, type AfcBand } from '@recordroom/people';
import { z } from 'zod';
import { type Pence } from '../money/pence.js';
import { datedIssues, type Dated } from './dated.js';
import { PayRulesError, type PayRulesIssue } from './pay-rules-error.js';

/** The four NHS pay systems: AfC is negotiated for England, Wales, Scotland and Northern Ireland separately. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** One band of a pay table: the annual full-time salary at each point, and the years on the band to reach it. */
export interface BandScale {
  /** Annual full-time basic salary in pence, by point (index 0 = point 1, the entry point). */
  points: readonly Pence[];
  /** Years on the band at which each point is reached: [0, 2] = top after 2 years. */
  yearsToReach: readonly number[];
}

/** A financial year's pay scales (1 April to 31 March). */
export interface PayTable extends Dated {
  nation: Nation;
  /** '2025/26' */
  year: string;
  effectiveTo: IsoDate;
  source: string;
  /** What the source could not confirm; shown beside figures that use it. */
  unverified: readonly string[];
  bands: ReadonlyMap<AfcBand, BandScale>;
}

export interface UnsocialHoursRates extends Dated {
  source: string;
  /** The weekday window of the lower rate, in wall-clock minutes: 20:00 to 06:00 is { from: 1200, to: 360 }. */
  weekdayWindow: { from: number; to: number };
  /** Percent added to the basic hourly rate: lower (Saturdays, weekday nights), higher (Sundays, public holidays). */
  percentByBand: ReadonlyMap<AfcBand, { lower: number; higher: number }>;
}

export interface OvertimeRules extends Dated {
  source: string;
  eligibleBands: ReadonlySet<AfcBand>;
  /** 150 = time and a half. */
  percentOfBasic: number;
  percentOfBasicOnPublicHoliday: number;
  /** Hours a week up to which a part-timer's extra hours are plain time (additional hours). */
  fullTimeHoursPerWeek: number;
}

export interface EmployerPensionRates extends Dated {
  source: string;
  /** The whole employer rate incl. the 0.08% levy, in basis points (23.78% = 2378). */
  totalBasisPoints: number;
  /** The part paid centrally (NHS England) rather than by the trust: 9.4% = 940. */
  centralBasisPoints: number;
}

/** Everything about pay that differs by nation, loaded from one data file (see README.md). */
export interface NationPayRules {
  nation: Nation;
  title: string;
  payTables: readonly PayTable[];
  knownGaps: readonly { from: IsoDate; to: IsoDate; reason: string }[];
  unsocialHours: readonly UnsocialHoursRates[];
  overtime: readonly OvertimeRules[];
  employerPension: readonly EmployerPensionRates[];
}

const isoDate = z.string().refine(isIsoDate, 'must be a calendar date (yyyy-mm-dd)');
const wallClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day (hh:mm)');
const band = z.enum(AFC_BANDS);
const wholePounds = z.number().int('must be whole pounds').positive('must be more than £0');
const basisPoints = z.number().int('must be whole basis points (1% = 100)').min(0).max(10_000);
const percent = z.number().int('must be a whole percentage').min(0).max(500);
const dated = { effectiveFrom: isoDate, effectiveTo: isoDate.nullable(), source: z.string().min(1) };

const fileSchema = z.strictObject({
  nation: z.enum(NATIONS),
  title: z.string().min(1),
  source: z.string().min(1),
  payTables: z.array(
    z.strictObject({
      year: z.string().regex(/^\d{4}\/\d{2}$/, 'must be a financial year such as 2025/26'),
      effectiveFrom: isoDate,
      effectiveTo: isoDate,
      source: z.string().min(1),
      unverified: z.array(z.string().min(1)).default([]),
      bands: z.partialRecord(band, z.strictObject({ points: z.array(wholePounds).min(1), yearsToReach: z.array(z.number().int().min(0).max(40)).min(1) })),
    }),
  ),
  knownGaps: z.array(z.strictObject({ from: isoDate, to: isoDate, reason: z.string().min(1) })).default([]),
  unsocialHours: z.array(
    z.strictObject({
      ...dated,
      weekdayWindow: z.strictObject({ from: wallClock, to: wallClock }),
      percentByBand: z.partialRecord(band, z.strictObject({ lower: percent, higher: percent })),
    }),
  ),
  overtime: z.array(
    z.strictObject({
      ...dated,
      eligibleBands: z.array(band),
      percentOfBasic: percent,
      percentOfBasicOnPublicHoliday: percent,
      fullTimeHoursPerWeek: z.number().positive().max(168),
    }),
  ),
  employerPension: z.array(z.strictObject({ ...dated, totalBasisPoints: basisPoints, centralBasisPoints: basisPoints })),
});

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Reads and checks a nation's pay-rules file (e.g. data/england.json): every problem is listed
 * with its path, and nothing half-valid is returned. A new year's pay award is a new entry in
 * the file, not a code change.
 *
 * @example const england = loadNationPayRules(englandJson); payTableOn(england, '2025-11-30').year // '2025/26'
 */
export function loadNationPayRules(data: unknown): NationPayRules {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    throw new PayRulesError(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
  }
  const file = parsed.data;
  const issues: PayRulesIssue[] = [];

  file.payTables.forEach((table, t) => {
    const [startYear, endYear] = table.year.split('/').map(Number);
    if (startYear === undefined || endYear !== (startYear + 1) % 100) issues.push({ path: `payTables[${t}].year`, message: 'must name two consecutive years, such as 2025/26' });
    for (const [name, scale] of Object.entries(table.bands)) {
      const at = `payTables[${t}].bands.${name}`;
      if (scale.points.length !== scale.yearsToReach.length) issues.push({ path: `${at}.yearsToReach`, message: `has ${scale.yearsToReach.length} entries for ${scale.points.length} points` });
      if (scale.yearsToReach[0] !== 0) issues.push({ path: `${at}.yearsToReach`, message: 'must start at 0: the entry point is reached on appointment' });
      scale.points.forEach((value, p) => {
        const previous = scale.points[p - 1];
        if (previous !== undefined && value < previous) issues.push({ path: `${at}.points[${p}]`, message: `is less than the point below it (£${previous})` });
      });
      scale.yearsToReach.forEach((years, p) => {
        const previous = scale.yearsToReach[p - 1];
        if (previous !== undefined && years <= previous) issues.push({ path: `${at}.yearsToReach[${p}]`, message: 'must be more years than the point below it' });
      });
    }
  });
  issues.push(...datedIssues('payTables', file.payTables, { contiguous: true, declaredGaps: file.knownGaps }));
  issues.push(...datedIssues('unsocialHours', file.unsocialHours, { contiguous: false }));
  issues.push(...datedIssues('overtime', file.overtime, { contiguous: false }));
  issues.push(...datedIssues('employerPension', file.employerPension, { contiguous: true }));
  file.employerPension.forEach((rates, i) => {
    if (rates.centralBasisPoints > rates.totalBasisPoints) issues.push({ path: `employerPension[${i}].centralBasisPoints`, message: 'is more than the total rate' });
  });
  if (issues.length > 0) throw new PayRulesError(issues);

  const byDate = <T extends { effectiveFrom: string }>(a: T, b: T): number => a.effectiveFrom.localeCompare(b.effectiveFrom);
  return {
    nation: file.nation,
    title: file.title,
    payTables: file.payTables
      .map((table) => ({
        nation: file.nation,
        year: table.year,
        effectiveFrom: table.effectiveFrom,
        effectiveTo: table.effectiveTo,
        source: table.source,
        unverified: table.unverified,
        bands: new Map(
          Object.entries(table.bands).flatMap(([name, scale]) => (scale ? [[name as AfcBand, { points: scale.points.map((pounds) => pounds * 100), yearsToReach: scale.yearsToReach }] as const] : [])),
        ),
      }))
      .sort(byDate),
    knownGaps: file.knownGaps,
    unsocialHours: file.unsocialHours
      .map((rates) => ({
        ...rates,
        weekdayWindow: { from: minutesOf(rates.weekdayWindow.from), to: minutesOf(rates.weekdayWindow.to) },
        percentByBand: new Map(Object.entries(rates.percentByBand).flatMap(([name, pct]) => (pct ? [[name as AfcBand, pct] as const] : []))),
      }))
      .sort(byDate),
    overtime: file.overtime.map((rules) => ({ ...rules, eligibleBands: new Set(rules.eligibleBands) })).sort(byDate),
    employerPension: [...file.employerPension].sort(byDate),
  };
}
