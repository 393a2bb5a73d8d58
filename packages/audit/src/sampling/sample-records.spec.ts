import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { recordIds } from '../test-support/a-template.js';
import { parseRecordList, sampleRecords, SampleTooLargeError } from './sample-records.js';

describe('sampleRecords', () => {
  it('draws the same sample from the same population and seed, and another with another seed', () => {
    const population = recordIds(200);
    expect(sampleRecords(population, 20, 42)).toEqual(sampleRecords(population, 20, 42));
    expect(sampleRecords(population, 20, 42)).not.toEqual(sampleRecords(population, 20, 43));
    expect(sampleRecords(['A', 'B', 'C', 'D', 'E'], 3, 1)).toEqual(sampleRecords(['A', 'B', 'C', 'D', 'E'], 3, 1));
  });

  it('refuses a sample larger than the population', () => {
    expect(() => sampleRecords(recordIds(19), 20, 1)).toThrow(SampleTooLargeError);
    expect(() => sampleRecords(recordIds(19), 20, 1)).toThrow('A sample of 20 records cannot be drawn from a population of 19');
  });

  it('draws distinct ids of the population, as many as asked, for any seed (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 60 }), fc.integer(), fc.nat(), (population, seed, k) => {
        const size = (k % population.length) + 1;
        const sample = sampleRecords(population, size, seed);
        expect(sample).toHaveLength(size);
        expect(new Set(sample).size).toBe(size);
        expect(sample.every((id) => population.includes(id))).toBe(true);
      }),
    );
  });

  it('leaves the population as it was', () => {
    const population = recordIds(10);
    const copy = [...population];
    sampleRecords(population, 5, 7);
    expect(population).toEqual(copy);
  });
});

describe('parseRecordList', () => {
  it('reads ids one per line or separated by commas, dropping duplicates and blank lines', () => {
    expect(parseRecordList('RR-001, RR-002\n\nRR-003\tRR-001\r\nRR/004')).toEqual({ ids: ['RR-001', 'RR-002', 'RR-003', 'RR/004'], problems: [] });
  });

  it('names the line of an entry that is not a record id', () => {
    expect(parseRecordList('RR-001\nRR-002\nbad!id').problems).toEqual([{ field: 'population line 3', message: '"bad!id" is not a record id (letters, digits, / and -, at most 40)' }]);
  });
});
