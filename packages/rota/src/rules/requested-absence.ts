import { definePersonRule } from '../check/rota-rule.js';
import { absenceClashes } from './approved-absence.js';

const RULE = { id: 'requested-absence', unit: 'shifts' } as const;

/** A warning for shifts on days the person has asked for leave that is not yet decided. */
export const requestedAbsence = definePersonRule({
  ...RULE,
  title: 'Requested absence',
  description: 'Warns when a person is rostered during an absence they have requested and nobody has approved or declined yet. Penalty: one per shift.',
  source: 'Leave requests (issue: "requested / approved / declined")',
  evaluatePerson: (person, context) => absenceClashes(RULE, 'requested', person, context),
});
