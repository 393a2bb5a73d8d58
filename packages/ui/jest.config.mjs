import { jestConfig } from '@recordroom/config-jest';

export default jestConfig({ testMatch: ['<rootDir>/src/**/*.spec.tsx', '<rootDir>/src/**/*.spec.ts'] });
