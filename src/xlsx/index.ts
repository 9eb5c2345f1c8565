/** ExcelJS adapter: load, read grids, write output sheets, save. */
export { loadWorkbook, loadWorkbookBytes, vetXlsxBytes, ZIP_LIMITS, type LoadOptions } from "./load";
export { InputError, isInputError, type InputErrorCode } from "./errors";
export { readGrids, readGrid } from "./read-grids";
export {
  readPackage,
  MAX_CELLS,
  type ReadPackageOptions,
  type ReadPackageResult,
  type PackageSheet,
} from "./pkg/read-package";
export {
  writeSheets,
  replaceOutputSheets,
  writeSpec,
  uniqueSheetName,
  sanitizeSheetName,
  type WrittenSheet,
} from "./write-sheets";
export { MARKER_PREFIX, outputSheetNames, isOutputSheet, markOutputSheet, clearMarkers } from "./marker";
export { saveAtomic, writeFileAtomic } from "./save";
export { writeOutputPackage, type SpliceOptions } from "./splice/write-package";
