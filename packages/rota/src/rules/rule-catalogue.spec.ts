import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ROTA_SETTINGS } from '../settings/rota-settings.js';
import { ROTA_RULES, ruleById } from './rule-catalogue.js';
import { RULE_IDS, type RuleId } from './rule-id.js';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('the rule catalogue', () => {
  it('holds every rule id once, in the order of RULE_IDS', () => {
    expect(ROTA_RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  // Iterates over the exported list: a new rule without its own test block fails here.
  for (const rule of ROTA_RULES) {
    it(`has a test block for ${rule.id} in rules/${rule.id}.spec.ts, bound to it by id`, () => {
      const spec = `${here}${rule.id}.spec.ts`;
      expect(existsSync(spec)).toBe(true);
      expect(readFileSync(spec, 'utf8')).toMatch(new RegExp(`describeRule\\(\\s*'${rule.id}'`));
    });

    it(`describes ${rule.id}: title, unit, description, source and default settings`, () => {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.source.length).toBeGreaterThan(5);
      expect(['minutes', 'shifts', 'days', 'weekends', 'people', 'requests']).toContain(rule.unit);
      expect(ruleById(rule.id)).toBe(rule);
      expect(DEFAULT_ROTA_SETTINGS.rules[rule.id].enabled).toBe(true);
    });
  }

  it('makes the 48-hour average, skills, overlaps and approved absence hard, and daily rest, weekly rest and breaks warnings (working-time.md [D])', () => {
    const severities = (ids: readonly RuleId[]) => ids.map((id) => DEFAULT_ROTA_SETTINGS.rules[id].severity);
    expect(severities(['average-weekly-hours', 'required-skill', 'no-overlap', 'approved-absence'])).toEqual(['hard', 'hard', 'hard', 'hard']);
    expect(severities(['minimum-rest-between-shifts', 'weekly-rest', 'rest-break'])).toEqual(['soft', 'soft', 'soft']);
  });
});
