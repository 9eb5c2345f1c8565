/**
 * Output paths of the CLI, checked before anything is written, and system errors (errno codes)
 * mapped to one Indonesian sentence each (src/i18n/cli.ts PATHS). Inputs: src/xlsx/load.ts.
 * Outputs: not an existing folder, not a device or pipe, the folder exists and is writable, an
 * existing file is writable.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PATHS } from "../i18n/cli";

/** An output-side problem: exit code 2, the message is shown as is, nothing is written. */
export class OutputProblem extends Error {
  override readonly name = "OutputProblem";
}

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? "";
}

/** errno of writing `target` → one sentence. */
export function outputMessageFor(e: unknown, target: string): string {
  const code = errnoOf(e);
  switch (code) {
    case "EISDIR":
      return PATHS.outIsFolder(target);
    case "EACCES":
    case "EPERM":
      return PATHS.outDirNotWritable(path.dirname(target));
    case "EROFS":
      return PATHS.readOnlyFs(target);
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
    case "ERR_FS_FILE_TOO_LARGE":
      return PATHS.noSpace(target);
    case "ENAMETOOLONG":
      return PATHS.nameTooLong(target);
    case "ELOOP":
      return PATHS.symlinkLoop(target);
    case "ENOTDIR":
    case "ENOENT":
      return PATHS.notDir(target);
    case "EMFILE":
    case "ENFILE":
      return PATHS.tooManyOpen(target);
    case "EIO":
    case "EBUSY":
      return PATHS.io(target);
    default:
      return PATHS.other(target, code || "tidak diketahui");
  }
}

/**
 * Checks one output target before anything of the run is written. Throws OutputProblem.
 * (Whether the folder exists is checked by the caller with its own message.)
 */
export function checkOutputTarget(target: string): void {
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(target);
  } catch (e) {
    const code = errnoOf(e);
    if (code !== "ENOENT") throw new OutputProblem(outputMessageFor(e, target));
  }
  if (st) {
    if (st.isDirectory()) throw new OutputProblem(PATHS.outIsFolder(target));
    if (!st.isFile()) throw new OutputProblem(PATHS.outNotRegular(target));
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch {
      throw new OutputProblem(PATHS.outFileReadOnly(target));
    }
  }
  if (Buffer.byteLength(path.basename(target)) + 24 > 255) throw new OutputProblem(PATHS.nameTooLong(target));
  const dir = path.dirname(target);
  try {
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
  } catch (e) {
    const code = errnoOf(e);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS")
      throw new OutputProblem(PATHS.outDirNotWritable(dir));
    throw new OutputProblem(outputMessageFor(e, target));
  }
}
