/** Jest runs the TypeScript sources as ES modules (ts-jest, transpile only; `npm run lint` type-checks). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/scripts/jest-summary.cjs'],
};
