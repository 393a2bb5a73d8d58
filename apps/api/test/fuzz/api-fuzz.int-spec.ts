import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiOperations, type ApiOperation } from '../support/openapi-operations.js';
import { describeFindings, runCampaign, summarise } from './fuzz-campaign.js';
import { fuzzOptions } from './fuzz-options.js';
import { buildFuzzWorld, type FuzzWorld } from './fuzz-world.js';

/**
 * Generated requests to every operation of the OpenAPI document on every `npm test`: a sweep of
 * every field with one hostile value each, and a few random requests per operation (the full run
 * of thousands is api-fuzz.resilience-spec.ts). A new route is fuzzed
 * without anyone writing a test for it; one missing from the document fails here.
 */
describe('the API under generated requests', () => {
  let world: FuzzWorld;
  let operations: ApiOperation[];
  let undocumented: string[];
  let unrouted: string[];

  beforeAll(async () => {
    world = await buildFuzzWorld();
    ({ operations, undocumented, unrouted } = await apiOperations(world.api.app));
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  it('documents every route of the router in OpenAPI, so every route is fuzzed', () => {
    expect({ undocumented, unrouted }).toEqual({ undocumented: [], unrouted: [] });
    expect(operations.length).toBeGreaterThan(50);
  });

  it('answers no generated request with a 5xx, and a refused or read-only request writes nothing', async () => {
    const report = await runCampaign(world, operations, { ...fuzzOptions(20_261_116, 2), sweep: 'one per field' });
    console.log(summarise(report));

    expect({ seed: report.seed, findings: describeFindings(report) }).toEqual({ seed: report.seed, findings: [] });
    expect(report.requests).toBeGreaterThanOrEqual(operations.length);
  }, 300_000);
});
