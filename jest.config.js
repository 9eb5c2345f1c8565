/**
 * The fast tier (`npm test`): unit, UI and the real-workbook corpus. A test file named
 * `*.slow.test.ts(x)` is in the slow tier instead (`npm run test:slow`, jest.slow.config.js):
 * large workbooks, the browser, LibreOffice, the hostile corpus.
 *
 * No test has a speed limit (performance goals are in `npm run bench`); the time-out below only
 * stops a hung test, and is generous so that a busy machine cannot overrun it.
 */
/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js" },
  // Hang protection only (5 min per test).
  testTimeout: 300_000,
  // One worker per core (jest's default leaves one core to its mostly idle main process, which on
  // a two-core machine runs every file one after the other).
  maxWorkers: "100%",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "\\.slow\\.test\\.tsx?$"],
};
