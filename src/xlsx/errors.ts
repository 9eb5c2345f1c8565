/**
 * Errors about the input file (not bugs): the CLI maps them to exit code 2 and prints `message`.
 */
import { INPUT_ERROR_MESSAGES, type InputErrorCode, type InputErrorDetail } from "../i18n/xlsx";

export type { InputErrorCode, InputErrorDetail };

export class InputError extends Error {
  override readonly name = "InputError";
  readonly code: InputErrorCode;
  readonly detail: InputErrorDetail;

  constructor(code: InputErrorCode, detail: InputErrorDetail = {}, options?: { cause?: unknown }) {
    super(INPUT_ERROR_MESSAGES[code](detail));
    this.code = code;
    this.detail = detail;
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
