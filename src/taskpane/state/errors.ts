/**
 * Turns whatever was thrown into a message a civil servant can act on.
 * Engine errors with their own name (NoTableError, InputError …) carry an Indonesian message and
 * are shown as is; JavaScript and Office API errors get a generic sentence plus the technical text.
 */
import type { Stage } from "../../domain/types";
import { ui } from "../../i18n/ui";

export type ErrorStep = Stage | "memuat" | "menyimpanPengaturan" | "menyimpanPemetaan" | "membukaSel";

export interface PaneError {
  source: "host" | "engine";
  step: ErrorStep;
  /** Main message (Indonesian). */
  message: string;
  /** Technical text (the original error message, Office error code), or null. */
  detail: string | null;
  /** Offer the column-mapping panel. */
  suggestMapping: boolean;
  /** The engine found no table to work on. */
  noTable: boolean;
}

const BUILT_IN_ERRORS = new Set([
  "Error",
  "TypeError",
  "RangeError",
  "ReferenceError",
  "SyntaxError",
  "EvalError",
  "URIError",
  "AggregateError",
  "InternalError",
]);

function errorName(err: unknown): string {
  return err && typeof err === "object" && typeof (err as { name?: unknown }).name === "string"
    ? (err as { name: string }).name
    : "";
}

function errorMessage(err: unknown): string {
  if (typeof err === "string") return err;
  if (err && typeof err === "object" && typeof (err as { message?: unknown }).message === "string") {
    return (err as { message: string }).message;
  }
  return "";
}

/** An error the product raised on purpose, with a message meant for the user. */
export function isDomainError(err: unknown): boolean {
  const name = errorName(err);
  return /^[A-Z][A-Za-z]*Error$/.test(name) && !BUILT_IN_ERRORS.has(name) && errorMessage(err).trim() !== "";
}

export function isNoTableError(err: unknown): boolean {
  return errorName(err) === "NoTableError";
}

function technicalDetail(err: unknown): string | null {
  const msg = errorMessage(err).trim();
  const code =
    err && typeof err === "object" && typeof (err as { code?: unknown }).code === "string"
      ? (err as { code: string }).code
      : "";
  const parts = [code, msg].filter((p) => p !== "");
  return parts.length ? parts.join(": ") : null;
}

export function describeError(err: unknown, step: ErrorStep, source: "host" | "engine"): PaneError {
  const during = ui.errors.during[step];
  const noTable = source === "engine" && isNoTableError(err);
  if (isDomainError(err)) {
    return {
      source,
      step,
      message: errorMessage(err),
      detail: null,
      suggestMapping: source === "engine",
      noTable,
    };
  }
  return {
    source,
    step,
    message: source === "engine" ? ui.errors.engine(during) : ui.errors.host(during),
    detail: technicalDetail(err),
    suggestMapping: source === "engine",
    noTable,
  };
}
