import { HttpStatus } from '@nestjs/common';
import { ruleById, type Violation } from '@recordroom/rota';
import { ProblemException, type ProblemBody } from '../http/problem.js';

/**
 * 422 for a change that breaks a hard rota rule: `detail` explains each breach in plain English
 * (names, local times), `violations` carries them whole for the planner to place on its grid.
 */
export function hardRuleBroken(violations: readonly Violation[], field = '(rota)'): ProblemException {
  const hard = violations.filter((v) => v.severity === 'hard');
  const body: ProblemBody & { violations: Violation[] } = {
    type: 'https://recordroom.org/problems/rota-rule-broken',
    title: hard.length === 1 ? `The change breaks a hard rule: ${ruleById(hard[0]?.ruleId ?? 'no-overlap').title}` : `The change breaks ${hard.length} hard rules`,
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    detail: hard.map((v) => v.message).join('; '),
    errors: hard.map((v) => ({ field, message: v.message })),
    violations: hard,
  };
  return new ProblemException(body);
}
