import { describe, expect, it } from '@jest/globals';
import { createRotaChecker } from '../check/rota-checker.js';
import { type RotaInput } from '../check/rota-input.js';
import { type Violation } from '../check/violation.js';
import { ROTA_RULES } from '../rules/rule-catalogue.js';
import { type RuleId } from '../rules/rule-id.js';
import { onlyRules } from '../settings/rota-settings.js';

/** A rota and the breaches of one rule it must produce (none for a passing case). */
export interface RuleCase {
  /** A sentence about behaviour: 'flags 8 h 30 min between a late and the next early'. */
  name: string;
  input: RotaInput;
  expected: readonly (Partial<Pick<Violation, 'staffId' | 'penalty' | 'shiftIds' | 'severity' | 'unit' | 'weight' | 'date'>> & { message?: string | RegExp })[];
}

/**
 * The test block of one rule, bound to it by id: finds the rule in ROTA_RULES (so a block for a
 * rule that does not exist fails), checks each case with only that rule switched on, and asks
 * for at least one breaking and one passing case. `more` adds the rule's own extra tests.
 */
export function describeRule(id: RuleId, cases: readonly RuleCase[], more?: () => void): void {
  describe(`rule ${id}`, () => {
    const rule = ROTA_RULES.find((r) => r.id === id);

    it('is in the exported rule list', () => {
      expect(rule?.id).toBe(id);
    });

    it('has at least one case that breaks it and one that does not', () => {
      expect(cases.some((c) => c.expected.length > 0)).toBe(true);
      expect(cases.some((c) => c.expected.length === 0)).toBe(true);
    });

    for (const ruleCase of cases) {
      it(ruleCase.name, () => {
        const input = { ...ruleCase.input, settings: onlyRules([id], ruleCase.input.settings) };
        const checker = createRotaChecker(input);
        const { violations } = checker.report();
        expect(violations.every((v) => v.ruleId === id)).toBe(true);
        expect(violations).toHaveLength(ruleCase.expected.length);
        ruleCase.expected.forEach((want, index) => {
          const got = violations[index] as Violation;
          const { message, ...fields } = want;
          expect(got).toMatchObject(fields);
          if (typeof message === 'string') expect(got.message).toBe(message);
          else if (message) expect(got.message).toMatch(message);
        });
        // The rule's own whole-rota evaluate agrees with the checker.
        const direct = rule?.evaluate(checker.context) ?? [];
        expect(direct.map((v) => v.key).sort()).toEqual(violations.map((v) => v.key).sort());
      });
    }

    more?.();
  });
}
