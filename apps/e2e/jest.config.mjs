import { jestConfig } from '@recordroom/config-jest';

// Browser journeys against the built product (API + dashboard) in headless Chromium.
export default jestConfig({
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
});
