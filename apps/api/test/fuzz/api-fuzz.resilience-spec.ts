import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiOperations, type ApiOperation } from '../support/openapi-operations.js';
import { describeFindings, runCampaign, summarise } from './fuzz-campaign.js';
import { fuzzOptions } from './fuzz-options.js';
import { buildFuzzWorld, type FuzzWorld } from './fuzz-world.js';

/**
 * The full fuzz run (`npm run test:resilience`): every hostile value in every field of every
 * operation, then 50 random requests per operation, over 5,000 in all, on a new seed each run
 * unless FUZZ_SEED repeats one. The fast subset in api-fuzz.int-spec.ts runs on every `npm test`.
 */
describe('the API under thousands of generated requests', () => {
  let world: FuzzWorld;
  let operations: ApiOperation[];

  beforeAll(async () => {
    world = await buildFuzzWorld();
    ({ operations } = await apiOperations(world.api.app));
  }, 120_000);

  afterAll(async () => {
    await world.close();
  });

  it('answers none with a 5xx, and a refused or read-only request writes nothing', async () => {
    const report = await runCampaign(world, operations, { ...fuzzOptions('random', 50), sweep: 'all per field' });
    console.log(summarise(report));

    expect({ seed: report.seed, findings: describeFindings(report) }).toEqual({ seed: report.seed, findings: [] });
    expect(report.requests).toBeGreaterThanOrEqual(5_000);
  }, 1_800_000);
});
