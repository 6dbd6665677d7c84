// The fast tier: pure functions only, no database, no application, no build. `@gridbridge/shared`
// is read from its sources, so `npm run test:unit -w server` runs on a fresh checkout.
import base from './jest.config.js';

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: base.extensionsToTreatAsEsm,
  transform: base.transform,
  moduleNameMapper: {
    '^@gridbridge/shared$': '<rootDir>/../shared/src/index.ts',
    ...base.moduleNameMapper,
  },
  testMatch: ['<rootDir>/test/unit/**/*.unit.spec.ts'],
};
