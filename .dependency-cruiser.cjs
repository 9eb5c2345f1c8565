/**
 * The layers of src/ (docs/architecture.md), checked by `npm run lint:layers` (part of `npm run lint`).
 *
 *   i18n (messages, number display)  ←  domain (the engine)  ←  hosts (neutral host code)
 *        ←  xlsx, excel (workbook adapters)  ←  cli, engine-worker, taskpane, web, commands, sample
 *
 * An arrow points at what a layer may import. Nothing imports a layer to its right ("running back
 * up"). Inside the domain the pipeline runs grid → values → layout, hierarchy → model → calc →
 * checks → report → engine.ts, with the same rule. i18n may take the domain's words as types only
 * (src/domain/types.ts, src/domain/vocabulary.ts: erased by the compiler, no module dependency).
 */
const HOSTS_AND_UP = "^src/(cli|engine-worker|taskpane|web|commands|sample)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A module cycle means two layers depend on each other.",
      from: { path: "^src/" },
      to: { circular: true, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "i18n-imports-only-i18n",
      severity: "error",
      comment:
        "Messages are below the engine: i18n imports nothing of src/ but i18n, and the domain's words as types (types.ts, vocabulary.ts).",
      from: { path: "^src/i18n/" },
      to: { path: "^src/", pathNot: ["^src/i18n/", "^src/domain/(types|vocabulary)\\.ts$"] },
    },
    {
      name: "i18n-domain-words-type-only",
      severity: "error",
      comment: "i18n takes the domain's words as types only (import type).",
      from: { path: "^src/i18n/" },
      to: { path: "^src/domain/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment: "The engine imports only itself and i18n: no adapter, host, Node module or npm package.",
      from: { path: "^src/domain/" },
      to: { pathNot: ["^src/domain/", "^src/i18n/"] },
    },
    {
      name: "hosts-neutral",
      severity: "error",
      comment: "src/hosts is spreadsheet-neutral code shared by the adapters: domain, i18n and itself only.",
      from: { path: "^src/hosts/" },
      to: { pathNot: ["^src/(hosts|domain|i18n)/"] },
    },
    {
      name: "excel-adapter",
      severity: "error",
      comment: "The Office.js adapter does not import the pane, the other adapter or any host.",
      from: { path: "^src/excel/" },
      to: { path: ["^src/xlsx/", HOSTS_AND_UP] },
    },
    {
      name: "xlsx-adapter",
      severity: "error",
      comment: "The ExcelJS adapter does not import Office.js code or any host.",
      from: { path: "^src/xlsx/" },
      to: { path: ["^src/excel/", HOSTS_AND_UP] },
    },
    {
      name: "engine-worker",
      severity: "error",
      comment: "The worker runs the engine only.",
      from: { path: "^src/engine-worker/" },
      to: { path: ["^src/(excel|xlsx)/", "^src/(cli|taskpane|web|commands|sample)/"] },
    },
    {
      name: "cli-no-browser",
      severity: "error",
      comment: "The command line does not import the browser hosts or Office.js.",
      from: { path: "^src/cli/" },
      to: { path: "^src/(excel|taskpane|web|commands|engine-worker)/" },
    },
    {
      name: "pane-not-web-or-cli",
      severity: "error",
      comment: "The task pane is reused by the web page, never the other way round.",
      from: { path: "^src/(taskpane|commands)/" },
      to: { path: "^src/(web|cli|sample)/" },
    },
    {
      name: "product-only",
      severity: "error",
      comment: "The product (src/) imports no test or benchmark code (test/, bench/).",
      from: { path: "^src/" },
      to: { path: "^(test|bench)/" },
    },
    // The domain pipeline: no stage imports a later one.
    {
      name: "domain-base",
      severity: "error",
      comment: "grid, errors, values: the base of the engine.",
      from: { path: "^src/domain/(grid|errors)\\.ts$|^src/domain/values/" },
      to: { path: "^src/domain/(layout|hierarchy|model|calc|checks|report)/|^src/domain/engine\\.ts$" },
    },
    {
      name: "domain-layout",
      severity: "error",
      from: { path: "^src/domain/layout/" },
      to: { path: "^src/domain/(model|calc|checks|report)/|^src/domain/engine\\.ts$" },
    },
    {
      name: "domain-hierarchy",
      severity: "error",
      comment: "Codes, names, parents and formulas work on rows as read; they do not import the model.",
      from: { path: "^src/domain/hierarchy/" },
      to: { path: "^src/domain/(model|calc|checks|report)/|^src/domain/engine\\.ts$" },
    },
    {
      name: "domain-model",
      severity: "error",
      from: { path: "^src/domain/model/" },
      to: { path: "^src/domain/(calc|checks|report)/|^src/domain/engine\\.ts$" },
    },
    {
      name: "domain-calc",
      severity: "error",
      from: { path: "^src/domain/calc/" },
      to: { path: "^src/domain/(checks|report)/|^src/domain/engine\\.ts$" },
    },
    {
      name: "domain-checks",
      severity: "error",
      from: { path: "^src/domain/checks/" },
      to: { path: "^src/domain/report/|^src/domain/engine\\.ts$" },
    },
    {
      name: "domain-report",
      severity: "error",
      from: { path: "^src/domain/report/" },
      to: { path: "^src/domain/engine\\.ts$" },
    },
    {
      name: "findings-only-in-checks",
      severity: "error",
      comment:
        "One home per rule (issue 12): a finding is built in checks/ only (checks/finding.ts); readers and the calculation record facts (domain/facts.ts) that the rule files judge.",
      from: {
        path: "^src/domain/(layout|hierarchy|model|calc|values|report)/|^src/domain/(facts|types|grid|errors|vocabulary|engine)\\.ts$",
      },
      to: { path: "^src/domain/checks/finding\\.ts$" },
    },
    {
      name: "domain-facts",
      severity: "error",
      comment: "The facts readers record are plain data: facts.ts imports the domain's types only.",
      from: { path: "^src/domain/facts\\.ts$" },
      to: { path: "^src/", pathNot: "^src/domain/types\\.ts$" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "Every import resolves (the reference to the office-js types is the compiler's business).",
      from: { path: "^src/" },
      to: { couldNotResolve: true, pathNot: "^office-js$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/.*\\.d\\.ts$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"] },
  },
};
