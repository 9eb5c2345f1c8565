/** @jest-environment jsdom */
import "./setup-dom";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { buildSheets } from "../../src/domain/report";
import type { Result } from "../../src/domain/types";
import { CopyReport } from "../../src/taskpane/components/CopyReport";
import { copyWithEvent } from "../../src/taskpane/components/clipboard";
import {
  escapeHtml,
  narrativeClipboard,
  sheetNarratives,
  sheetTables,
  tableClipboard,
} from "../../src/taskpane/components/report-copy";
import { makeInput } from "../domain/report/fixture";

jest.setTimeout(30000);

const input = makeInput();
const sheets = buildSheets(input);
const capaian = sheets.find((s) => s.name === "Capaian")!;
const narasi = sheets.find((s) => s.name === "Narasi")!;

function blobText(b: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });
}

describe("report tables and paragraphs for Word", () => {
  it("splits Capaian into the program tables (the plan total belongs to none)", () => {
    const tables = sheetTables(capaian);
    expect(tables.map((t) => t.title)).toEqual([
      "Tabel 3.1 Capaian Kinerja dan Keuangan Program Penunjang Urusan s.d. Triwulan II",
      "Tabel 3.2 Capaian Kinerja dan Keuangan Program Informasi dan Komunikasi Publik s.d. Triwulan II",
    ]);
    expect(tables.map((t) => t.rows.map((r) => r.cells[0]))).toEqual([
      ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1"],
      ["2", "2.1", "2.1.1", "2.1.2"],
    ]);
    expect(sheetNarratives(narasi).map((n) => [n.title, n.items.length])).toEqual([
      ["3.1 Program Penunjang Urusan", 6],
      ["3.2 Program Informasi dan Komunikasi Publik", 4],
    ]);
  });

  it("builds a bordered HTML table with escaped text, Indonesian numbers, bold and indented levels", () => {
    const { html, text } = tableClipboard(sheetTables(capaian)[0]);
    expect(html).toMatch(/^<p style="font-weight:bold;">Tabel 3\.1 Capaian Kinerja/);
    expect(html).toContain('<table border="1"');
    expect(html).toContain("border-collapse:collapse");
    expect((html.match(/<th /g) ?? []).length).toBe(capaian.columns.length);
    expect((html.match(/<tr>/g) ?? []).length).toBe(1 + 6);
    // the activity named like a formula stays text, escaped
    expect(html).toContain("=HYPERLINK(&quot;http://contoh.test&quot;,&quot;klik&quot;)");
    expect(html).not.toContain('"http://contoh.test"');
    // 400 000 budget of 1.1.1, 30 % capaian; sub-activity indented two levels
    expect(html).toContain(">400.000</td>");
    expect(html).toContain(">30,00</td>");
    expect(html).toContain("padding-left:28px;");
    expect(html).toMatch(/<td style="[^"]*font-weight:bold;[^"]*">Program Penunjang Urusan<\/td>/);
    const lines = text.split("\n");
    expect(lines[0]).toBe("Tabel 3.1 Capaian Kinerja dan Keuangan Program Penunjang Urusan s.d. Triwulan II");
    expect(lines[1].split("\t")[0]).toBe("No");
    expect(lines[4].split("\t").slice(0, 6)).toEqual([
      "1.1.1",
      "1.1.1",
      "Penyusunan Dokumen Perencanaan",
      "",
      "Dok",
      "10",
    ]);
    expect(lines).toHaveLength(2 + 6);
    expect(escapeHtml(`<script>alert('x')</script> & "a"\nb`)).toBe(
      "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;a&quot;<br>b",
    );
  });

  it("builds the narrative as headings and paragraphs", () => {
    const { html, text } = narrativeClipboard(sheetNarratives(narasi)[1]);
    expect(html).toContain('<p style="font-weight:bold;margin-bottom:0;">2.1.1 Sub Kegiatan Pengelolaan Konten</p>');
    expect(text.split("\n\n")[0]).toBe("3.2 Program Informasi dan Komunikasi Publik");
    expect(text).toContain("Target kinerja Sub Kegiatan Pengelolaan Konten ditetapkan sebesar 3 Konten.");
  });
});

describe("CopyReport", () => {
  const result = { ...input, options: input.options, sheets } as unknown as Result;
  afterEach(() => {
    cleanup();
    delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    delete (window as unknown as { ClipboardItem?: unknown }).ClipboardItem;
  });

  it('"Salin tabel" puts text/html (a table) and text/plain on the clipboard', async () => {
    const written: Record<string, Blob>[] = [];
    class FakeItem {
      constructor(public items: Record<string, Blob>) {}
    }
    (window as unknown as { ClipboardItem: unknown }).ClipboardItem = FakeItem;
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { write: jest.fn(async (items: FakeItem[]) => void written.push(...items.map((i) => i.items))) },
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <CopyReport result={result} />
      </FluentProvider>,
    );
    const button = screen.getByLabelText(/^Salin tabel: Tabel 3\.2 /);
    await act(async () => {
      fireEvent.click(button);
    });
    expect(written).toHaveLength(1);
    expect(Object.keys(written[0]).sort()).toEqual(["text/html", "text/plain"]);
    const html = await blobText(written[0]["text/html"]);
    expect(html).toContain('<table border="1"');
    expect(html).toContain(">Program Informasi dan Komunikasi Publik</td>");
    expect(await blobText(written[0]["text/plain"])).toMatch(/^Tabel 3\.2 .*\nNo\tKode\t/);
    expect(screen.getByTestId("copy-status").textContent).toMatch(/^Tabel disalin: Tabel 3\.2 /);
  });

  it("falls back to a copy event when the Clipboard API is missing or refused", async () => {
    const data: Record<string, string> = {};
    document.execCommand = jest.fn(() => {
      const e = new Event("copy", { cancelable: true }) as Event & { clipboardData: unknown };
      e.clipboardData = { setData: (k: string, v: string) => void (data[k] = v) };
      document.dispatchEvent(e);
      return true;
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <CopyReport result={result} />
      </FluentProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByLabelText(/^Salin narasi: 3\.1 /));
    });
    expect(data["text/html"]).toContain('<p style="font-weight:bold;">3.1 Program Penunjang Urusan</p>');
    expect(data["text/plain"]).toMatch(
      /^3\.1 Program Penunjang Urusan\n\n1 Program Penunjang Urusan\nSampai dengan triwulan II/,
    );
    expect(screen.getByTestId("copy-status").textContent).toMatch(/^Narasi disalin: /);
    // nothing filled (no clipboardData): reported as not copied
    document.execCommand = jest.fn(() => true);
    expect(copyWithEvent({ html: "<b>x</b>", text: "x" })).toBe(false);
  });
});
