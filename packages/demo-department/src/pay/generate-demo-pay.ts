import { isIsoDate, type IsoDate } from '@recordroom/calendar';
import { bandRank, FULL_TIME_HOURS_PER_WEEK, type AfcBand } from '@recordroom/people';
import { ENGLAND, financialYearOf, fullYearPostCost, monthsOf, UK_EMPLOYER_TAXES, type Post } from '@recordroom/pay';
import { type DemoOrganisation } from '../organisation.js';
import { createRandom, type Random } from '../prng.js';

/** A funded line of a demo department's establishment. */
export interface DemoEstablishmentLine {
  organisationId: string;
  departmentId: string;
  financialYear: string;
  costCentre: string;
  band: AfcBand;
  fundedWte: number;
  budgetPence: number;
}

/** A month of a demo department's spend. */
export interface DemoMonthlySpend {
  organisationId: string;
  departmentId: string;
  costCentre: string;
  /** The first day of the month. */
  month: IsoDate;
  substantivePence: number;
  bankPence: number;
  agencyPence: number;
}

export interface DemoPay {
  financialYear: string;
  establishment: DemoEstablishmentLine[];
  monthlySpend: DemoMonthlySpend[];
  /** The trust's example agency rate card, pence per hour by band. */
  agencyRateCard: Partial<Record<AfcBand, number>>;
}

export interface DemoPayOptions {
  seed?: number;
  /** The year is the financial year of this date, and its months before this date's month have actuals. Default 2026-11-02. */
  referenceDate?: IsoDate;
}

/**
 * An example framework rate card for agency clerical staff, pence per hour (the agency's charge,
 * its own on-costs and fee included). Made up for the demo, in the range trusts publish for
 * administrative grades; a trust enters its own contract's card, never a national figure.
 */
export const DEMO_AGENCY_RATE_CARD: Readonly<Partial<Record<AfcBand, number>>> = { '2': 2_460, '3': 2_690, '4': 3_040, '5': 3_610 };

/** After the organisation's streams (0, 1, 2 + department) and the rota's (1,000,000 + department). */
const FIRST_PAY_STREAM = 2_000_000;
const DEFAULT_REFERENCE_DATE: IsoDate = '2026-11-02';

/** WTE for budgets: contracted hours ÷ 37.5 to two places, as the API counts in-post. */
const wteOf = (hours: number): number => Math.round((hours * 100) / FULL_TIME_HOURS_PER_WEEK) / 100;
/** Budgets are set in whole pounds of hundreds. */
const toHundredPounds = (pence: number): number => Math.round(pence / 10_000) * 10_000;

/**
 * The pay budget of every department of a demo organisation for the financial year of the
 * reference date: an establishment line per band in the department's cost centre (funded WTE at
 * or a little above in-post, so some posts are vacant; the budget within a few per cent of the
 * in-post cost with the vacancies funded at entry point), and spend for each month of the year
 * before the reference month (substantive about a twelfth of the in-post cost with noise, bank
 * in most months, agency in a few). Deterministic: same organisation and options, same budget.
 *
 * @example generateDemoPay(generateDemoOrganisation()).establishment.map((l) => l.band) // ['2', '3', '4', '5', ...]
 */
export function generateDemoPay(organisation: DemoOrganisation, options: DemoPayOptions = {}): DemoPay {
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  if (!isIsoDate(referenceDate)) throw new RangeError(`referenceDate is a calendar date (yyyy-mm-dd): ${String(referenceDate)}`);
  const year = financialYearOf(referenceDate);
  const monthsSoFar = monthsOf(year).filter((month) => month < referenceDate.slice(0, 7));
  const pay: DemoPay = { financialYear: year, establishment: [], monthlySpend: [], agencyRateCard: { ...DEMO_AGENCY_RATE_CARD } };
  organisation.departments.forEach((department, index) => {
    const random = createRandom(options.seed ?? 1, FIRST_PAY_STREAM + index);
    // Bank staff hold no post: their hours are bank spend.
    const posts: Post[] = organisation.staff
      .filter((s) => s.departmentId === department.id && s.contractType !== 'bank')
      .map((s) => ({ band: s.band, payPoint: s.payPoint, wte: wteOf(s.contractedHoursPerWeek) }));
    const bands = [...new Set(posts.map((p) => p.band))].sort((a, b) => bandRank(a) - bandRank(b));
    let inPostCost = 0;
    for (const band of bands) {
      const onBand = posts.filter((p) => p.band === band);
      const wte = onBand.reduce((sum, p) => sum + Math.round(p.wte * 100), 0) / 100;
      const cost = onBand.reduce((sum, p) => sum + fullYearPostCost(p, year, ENGLAND, UK_EMPLOYER_TAXES).total, 0);
      inPostCost += cost;
      // The clerical bands carry the vacancies a records department usually has.
      const vacancy = bandRank(band) <= bandRank('3') ? random.integer(0, 3) * 0.5 : random.chance(0.2) ? 0.5 : 0;
      const fundedWte = Math.round((Math.ceil(wte * 2) / 2 + vacancy) * 100) / 100;
      const entry = fullYearPostCost({ band, payPoint: 1, wte: Math.round((fundedWte - wte) * 100) / 100 }, year, ENGLAND, UK_EMPLOYER_TAXES).total;
      const budgetPence = toHundredPounds((cost + entry) * (0.97 + 0.06 * random.next()));
      pay.establishment.push({ organisationId: organisation.organisation.id, departmentId: department.id, financialYear: year, costCentre: department.costCentre, band, fundedWte, budgetPence });
    }
    for (const month of monthsSoFar) pay.monthlySpend.push({ organisationId: organisation.organisation.id, departmentId: department.id, costCentre: department.costCentre, month: `${month}-01`, ...monthOfSpend(inPostCost, random) });
  });
  return pay;
}

function monthOfSpend(inPostCost: number, random: Random): Pick<DemoMonthlySpend, 'substantivePence' | 'bankPence' | 'agencyPence'> {
  // Within 2.5% of a twelfth: sickness unpaid, a starter's partial month, arrears.
  const substantivePence = Math.round((inPostCost / 12) * (0.975 + 0.05 * random.next()));
  const bankPence = random.chance(0.75) ? random.integer(80_000, 420_000) : 0;
  const agencyPence = random.chance(0.3) ? random.integer(150_000, 650_000) : 0;
  return { substantivePence, bankPence, agencyPence };
}
