/**
 * Command-line arguments of `hitung-capaian` (contract.md "Command line").
 *
 * node:util parseArgs does the tokenising (long/short options, `--opt=value`, `-t2`, `-qt2`,
 * `--` terminator); every token is then checked against the table below so that all errors are
 * reported in Indonesian with the option as the user wrote it.
 */
import { parseArgs } from "node:util";
import type { AverageOver, Options, PredicateScaleId, Quarter } from "../domain/types";
import { USAGE, VALUE_NAMES } from "../i18n/cli";

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface RunArgs {
  kind: "run";
  /** Input files as given (not resolved). Empty = run on the bundled sample. */
  files: string[];
  out?: string;
  /** JSON report destination; "-" = standard output. */
  json?: string;
  /** Engine options given on the command line (mapping is loaded by main from mappingFile). */
  options: Partial<Pick<Options, "quarter" | "predicateScale" | "averageOver">>;
  mappingFile?: string;
  quiet: boolean;
  explain: boolean;
}

export type ParsedArgs = { kind: "help" } | { kind: "version" } | RunArgs;

type OptionName =
  "triwulan" | "out" | "json" | "skala" | "rata-rata" | "mapping" | "jelaskan" | "quiet" | "help" | "version";

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** What the value is, for "Opsi X memerlukan …". */
  valueName?: string;
}

const OPTIONS: Record<OptionName, OptionSpec> = {
  triwulan: { type: "string", short: "t", valueName: VALUE_NAMES.quarter },
  out: { type: "string", short: "o", valueName: VALUE_NAMES.file },
  json: { type: "string", valueName: VALUE_NAMES.file },
  skala: { type: "string", valueName: VALUE_NAMES.scale },
  "rata-rata": { type: "string", valueName: VALUE_NAMES.average },
  mapping: { type: "string", valueName: VALUE_NAMES.file },
  jelaskan: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
};

const SCALES: Record<string, PredicateScaleId> = { sakip: "sakip", permendagri86: "permendagri86" };
const AVERAGES: Record<string, AverageOver> = { bertarget: "targeted", semua: "all" };

function isOptionName(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

function parseQuarter(raw: string, value: string): Quarter {
  const v = value.trim();
  if (!/^[1-4]$/.test(v)) throw new UsageError(USAGE.badQuarter(raw, value));
  return Number(v) as Quarter;
}

/** Parse argv (without node and script). Throws UsageError with an Indonesian message. */
export function parseCliArgs(argv: string[]): ParsedArgs {
  const config = Object.fromEntries(
    Object.entries(OPTIONS).map(([name, spec]) => [
      name,
      spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
    ]),
  ) as Record<OptionName, { type: "string" | "boolean"; short?: string }>;

  let tokens;
  try {
    ({ tokens } = parseArgs({ args: argv, options: config, allowPositionals: true, strict: false, tokens: true }));
  } catch (e) {
    // Non-strict parsing does not throw on user input; keep a clear message just in case.
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }

  // -h / --version win over everything else on the line.
  for (const t of tokens) {
    if (t.kind === "option" && t.name === "help" && t.value === undefined) return { kind: "help" };
  }
  for (const t of tokens) {
    if (t.kind === "option" && t.name === "version" && t.value === undefined) return { kind: "version" };
  }

  const result: RunArgs = { kind: "run", files: [], options: {}, quiet: false, explain: false };

  for (const t of tokens) {
    if (t.kind === "option-terminator") continue;
    if (t.kind === "positional") {
      if (t.value === "") throw new UsageError(USAGE.emptyValue("BERKAS"));
      result.files.push(t.value);
      continue;
    }
    const raw = t.rawName;
    if (!isOptionName(t.name)) throw new UsageError(USAGE.unknownOption(raw));
    const spec = OPTIONS[t.name];

    if (spec.type === "boolean") {
      if (t.value !== undefined) throw new UsageError(USAGE.noValueAllowed(raw));
      if (t.name === "quiet") result.quiet = true;
      else if (t.name === "jelaskan") result.explain = true;
      continue;
    }

    // String option: a value must be present and, when taken from the next argument, must not look
    // like another option ("-o --quiet" is a forgotten value, not a file called "--quiet").
    let value = t.value;
    if (value === undefined || (!t.inlineValue && value.length > 1 && value.startsWith("-"))) {
      throw new UsageError(USAGE.missingValue(raw, spec.valueName ?? VALUE_NAMES.file));
    }
    // "-t=2" is tokenised as "-t" with the value "=2".
    if (t.inlineValue && raw.length === 2 && value.startsWith("=")) value = value.slice(1);
    if (value.trim() === "") throw new UsageError(USAGE.emptyValue(raw));

    switch (t.name) {
      case "triwulan":
        result.options.quarter = parseQuarter(raw, value);
        break;
      case "out":
        result.out = value;
        break;
      case "json":
        result.json = value;
        break;
      case "mapping":
        result.mappingFile = value;
        break;
      case "skala": {
        const s = SCALES[value.trim().toLowerCase()];
        if (!s) throw new UsageError(USAGE.badScale(value));
        result.options.predicateScale = s;
        break;
      }
      case "rata-rata": {
        const a = AVERAGES[value.trim().toLowerCase()];
        if (!a) throw new UsageError(USAGE.badAverage(value));
        result.options.averageOver = a;
        break;
      }
      default:
        // Unreachable: every string option is handled above.
        throw new UsageError(USAGE.unknownOption(raw));
    }
  }

  if (result.out !== undefined && result.files.length > 1)
    throw new UsageError(USAGE.outWithSeveral(result.files.length));
  if (result.json !== undefined && result.files.length > 1)
    throw new UsageError(USAGE.jsonWithSeveral(result.files.length));
  if (result.out !== undefined && !/\.xlsx$/i.test(result.out)) throw new UsageError(USAGE.outNotXlsx(result.out));
  return result;
}
