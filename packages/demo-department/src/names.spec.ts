import { describe, expect, it } from '@jest/globals';
import { fullName, NAME_GROUPS, pickPersonName } from './names.js';
import { createRandom } from './prng.js';

describe('pickPersonName', () => {
  it('never gives two people in one department the same full name', () => {
    const random = createRandom(21);
    const taken = new Set<string>();
    const names = Array.from({ length: 60 }, () => fullName(pickPersonName(random, taken)));
    expect(new Set(names).size).toBe(60);
  });

  it('draws a varied workforce: many first and last names, from several heritage groups', () => {
    const random = createRandom(22);
    const taken = new Set<string>();
    const people = Array.from({ length: 400 }, () => pickPersonName(random, taken));
    expect(new Set(people.map((person) => person.firstName)).size).toBeGreaterThan(100);
    expect(new Set(people.map((person) => person.lastName)).size).toBeGreaterThan(80);
    const groupsSeen = NAME_GROUPS.filter((group) => people.some((person) => group.lastNames.includes(person.lastName)));
    expect(groupsSeen.length).toBeGreaterThanOrEqual(6);
  });

  it('still answers once a department has used up the lists', () => {
    const random = createRandom(23);
    const taken = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) pickPersonName(random, taken);
    expect(taken.size).toBeGreaterThan(5_000);
  });
});
