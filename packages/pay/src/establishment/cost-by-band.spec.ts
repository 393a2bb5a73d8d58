import { describe, expect, it } from '@jest/globals';
import { ENGLAND, UK_EMPLOYER_TAXES } from '../nations.js';
import { costByBand } from './cost-by-band.js';
import { summariseEstablishment, type PostHolder } from './establishment.js';

// 2026/27: Band 2 £25,272, Band 3 entry £25,760, top £27,476 (pay-and-costs.md §2).
const holders: PostHolder[] = [
  { staffId: 'a', costCentre: 'HR100', band: '3', payPoint: 2, wte: 1 },
  { staffId: 'b', costCentre: 'HR100', band: '2', payPoint: 1, wte: 1 },
  { staffId: 'c', costCentre: 'HR200', band: '2', payPoint: 1, wte: 0.6 },
  { staffId: 'd', costCentre: 'HR100', band: '3', payPoint: 1, wte: 0.8 },
];

describe('the full-year cost of posts by band', () => {
  const bands = costByBand(holders, '2026/27', ENGLAND, UK_EMPLOYER_TAXES);

  it('lists each band once, in pay order, with its WTE', () => {
    expect(bands.map((b) => [b.band, b.wte])).toEqual([
      ['2', 1.6],
      ['3', 1.8],
    ]);
  });

  it('splits a full-time Band 3 entry post into pay and each on-cost', () => {
    const [line] = costByBand([{ band: '3', payPoint: 1, wte: 1 }], '2026/27', ENGLAND, UK_EMPLOYER_TAXES);
    expect(line).toEqual({ band: '3', wte: 1, basic: 2_576_000, nationalInsurance: 311_400, pensionLocal: 370_429, apprenticeshipLevy: 12_880, total: 3_270_709 });
  });

  it('adds up, band by band, to the in-post cost of the establishment for the same people', () => {
    const summary = summariseEstablishment('2026/27', [], holders, ENGLAND, UK_EMPLOYER_TAXES);
    expect(bands.reduce((sum, b) => sum + b.total, 0)).toBe(summary.totals.inPostFullYearCost);
    for (const line of bands) expect(line.total).toBe(line.basic + line.nationalInsurance + line.pensionLocal + line.apprenticeshipLevy);
  });
});
