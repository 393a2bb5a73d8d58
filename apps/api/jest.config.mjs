import { jestConfig } from '@recordroom/config-jest';

// Unit specs beside the code, integration specs under test/ against real PostgreSQL: the server
// named by DATABASE_URL, or an embedded one. globalSetup creates a fresh database for the run and
// globalTeardown drops it, so runs never collide and never depend on leftovers.
export default jestConfig({
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  maxWorkers: 2,
  testTimeout: 30_000,
});
