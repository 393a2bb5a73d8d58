// One jest preset for every workspace. Jest runs in native ESM mode (NestJS 12 is ESM only, see
// ../shared/STACK.md) with NODE_OPTIONS=--experimental-vm-modules, and @swc/jest compiles TypeScript
// with decorator metadata so Nest's dependency injection works in tests.

import { fileURLToPath } from 'node:url';

// Jest resolves a transform named by package from the workspace under test; resolved here, it is
// the preset's own dependency, so a workspace declares only jest and @jest/globals.
const swcJest = fileURLToPath(import.meta.resolve('@swc/jest'));

/** @param {import('jest').Config} overrides */
export function jestConfig(overrides = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    // Sources import siblings with a .js suffix (module: NodeNext); jest resolves the .ts file.
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.(t|j)sx?$': [
        swcJest,
        {
          jsc: {
            target: 'es2022',
            parser: { syntax: 'typescript', decorators: true, tsx: true },
            transform: {
              legacyDecorator: true,
              decoratorMetadata: true,
              react: { runtime: 'automatic' },
            },
            keepClassNames: true,
            // Keep `with { type: 'json' }` on JSON imports (calendar's bank-holiday data).
            experimental: { keepImportAttributes: true },
          },
          module: { type: 'es6' },
          sourceMaps: 'inline',
        },
      ],
    },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
    ...overrides,
  };
}
