import { jestConfig } from '@recordroom/config-jest';

// `npm run test:resilience`: the fault drill (test/resilience) and the fuzz harness (test/fuzz),
// apart from `npm test` because they stop databases, kill processes and run for minutes. One
// file at a time: a drill measures recovery, and must not share two cores with another.
// The same global setup as `npm test` gives files that use startTestApp a scratch database.
export default jestConfig({
  testMatch: ['<rootDir>/test/resilience/**/*.resilience-spec.ts', '<rootDir>/test/fuzz/**/*.resilience-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 300_000,
});
