/** The result file: its name, and handing it to the browser as a download. */

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "laporan TW2.xlsx" → "laporan TW2-capaian.xlsx" (like the CLI's default output name). */
export function resultFileName(inputName: string): string {
  const base = inputName.replace(/\.(xlsx|xlsm|xls)$/i, "").trim() || "workbook";
  return `${base}-capaian.xlsx`;
}

/** Starts a download of `url` (a blob: URL) under `fileName` with a temporary <a download>. */
export function triggerDownload(url: string, fileName: string, doc: Document = document): void {
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
}
