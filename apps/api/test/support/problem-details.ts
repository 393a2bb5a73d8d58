import { expect } from '@jest/globals';
import { type Response } from 'supertest';
import { type ProblemBody } from '../../src/http/problem.js';

/** The RFC 9457 body of an error response, after checking its media type and status member. */
export function problemOf(response: Response): ProblemBody {
  expect(response.get('Content-Type')).toMatch(/^application\/problem\+json/);
  const problem = response.body as ProblemBody;
  expect(problem.status).toBe(response.status);
  return problem;
}

/** The request fields an error response names, e.g. ['contractedHoursPerWeek']. */
export function fieldsNamedBy(response: Response): string[] {
  return (problemOf(response).errors ?? []).map((error) => error.field);
}
