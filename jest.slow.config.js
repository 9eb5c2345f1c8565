/**
 * The slow tier (`npm run test:slow`): every `*.slow.test.ts(x)` file — large workbooks
 * (50 000 rows, benchmark sizes), the browser tests (test/e2e/), LibreOffice, the hostile corpus.
 * Same settings as jest.config.js; the time-out is hang protection only (20 min per test).
 */
const fast = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...fast,
  testPathIgnorePatterns: ["/node_modules/"],
  testMatch: ["**/*.slow.test.ts", "**/*.slow.test.tsx"],
  testTimeout: 1_200_000,
};
