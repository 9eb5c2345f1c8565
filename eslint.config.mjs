// ESLint 9 flat config, read by `office-addin-lint` (it uses ./eslint.config.mjs when present).
// Base: eslint-plugin-office-addins "react" (eslint:recommended, React, Office.js batching rules,
// Prettier). Its TypeScript block only covers *.ts; the block below extends it to *.tsx and adds
// the project's rules: no eval, no innerHTML, no network APIs at run time.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The plugin's own TypeScript block: reuse its plugin instances (ESLint refuses two). Its parser
// reference is undefined (CommonJS interop), hence the explicit @typescript-eslint/parser below.
const base = officeAddins.configs.recommended.find((c) => c.plugins && c.rules);
const officeRules = Object.fromEntries(Object.entries(base.rules).filter(([k]) => k !== "prettier/prettier"));

export default [
  { ignores: ["dist/**", "lib/**", "build/**", "coverage/**", "test-artifacts/**", "node_modules/**", "assets/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: base.plugins,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...officeRules,
      // TypeScript checks names; the core rule does not know type-only globals.
      "no-undef": "off",
      "no-redeclare": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // React 17+ JSX transform; props are typed.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // Formatting is advisory (npm run lint:fix applies it); it never fails the check.
      "prettier/prettier": ["warn", { endOfLine: "auto" }],
      // Product rules (developers' guide): no eval, no HTML injection, no network at run time.
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: "Tidak boleh innerHTML/outerHTML: pakai textContent atau React.",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/][callee.object.name='document']",
          message: "Tidak boleh document.write.",
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "Tidak boleh insertAdjacentHTML.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Tidak boleh dangerouslySetInnerHTML.",
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "Tidak ada akses jaringan saat berjalan." },
        { name: "XMLHttpRequest", message: "Tidak ada akses jaringan saat berjalan." },
        { name: "WebSocket", message: "Tidak ada akses jaringan saat berjalan." },
        { name: "EventSource", message: "Tidak ada akses jaringan saat berjalan." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "navigator", property: "sendBeacon", message: "Tidak ada telemetri." },
        { object: "window", property: "fetch", message: "Tidak ada akses jaringan saat berjalan." },
      ],
    },
  },
  {
    // Build scripts and configs (CommonJS, Node).
    files: ["*.js", "*.cjs", "scripts/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
  {
    // ExcelJS and Node code: the Office.js batching rules do not apply (false positives on ExcelJS cells).
    files: ["src/xlsx/**", "src/cli/**", "src/sample/**"],
    rules: Object.fromEntries(
      Object.keys(officeRules)
        .filter((k) => k.startsWith("office-addins/"))
        .map((k) => [k, "off"]),
    ),
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest } },
  },
];
