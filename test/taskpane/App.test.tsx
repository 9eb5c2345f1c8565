/** @jest-environment jsdom */
import "./setup-dom";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { Grid } from "../../src/domain/grid";
import type { Mapping, Options, Result, Stage } from "../../src/domain/types";
import { deferred, fakeHost, makeResult, sampleGrid, type FakeHost } from "./fixtures";

// The real engine is built in parallel; the pane must never need it in these tests.
jest.mock("../../src/domain/engine", () => ({
  hitungCapaian: jest.fn(() => {
    throw new Error("the real engine must not be called in pane tests");
  }),
}));

/** The primary button, found by text (cheaper than getByRole). */
function runButton(): HTMLButtonElement {
  return screen.getByText(/^(Hitung Capaian|Sedang menghitung…)$/).closest("button") as HTMLButtonElement;
}

type EngineFn = (grids: Grid[], options?: Partial<Options>, onStage?: (s: Stage) => void) => Result;

function fakeEngine(result: Result = makeResult(), log: string[] = []): jest.Mock<Result, Parameters<EngineFn>> {
  return jest.fn((_grids: Grid[], _options?: Partial<Options>, onStage?: (s: Stage) => void) => {
    for (const s of ["mengenali", "menghitung", "memeriksa"] as Stage[]) {
      log.push(s);
      onStage?.(s);
    }
    return result;
  });
}

/** Lets pending promises and the pane's setTimeout(0) yields run, inside act. */
async function settle(ms = 10): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

async function renderPane(host: FakeHost, engine: EngineFn) {
  const utils = render(<App host={host} engine={engine} />);
  await settle();
  await waitFor(() => expect(runButton()).toBeEnabled());
  return utils;
}

function stageStatus(stage: Stage): string | null {
  return document.querySelector(`li[data-stage="${stage}"]`)?.getAttribute("data-status") ?? null;
}

async function runAndWait() {
  fireEvent.click(runButton());
  await settle();
  await waitFor(() => expect(runButton()).toBeEnabled());
  await settle(); // effects of the finished run (e.g. opening the mapping panel)
}

afterEach(() => cleanup());

describe("App without a host", () => {
  test("tells the user to open the pane from Excel and names the web page alternative", () => {
    render(<App host={null} />);
    expect(screen.getByText(/Buka panel ini dari Excel \(tab Beranda → Hitung Capaian\)/)).toBeInTheDocument();
    expect(screen.getByText(/Gunakan halaman web Capaian/)).toBeInTheDocument();
    expect(screen.getByText("Buka halaman web Capaian").closest("a")).toHaveAttribute("href", "index.html");
    expect(screen.queryByRole("button", { name: "Hitung Capaian" })).toBeNull();
  });
});

describe("running", () => {
  test("goes through the stages in order and shows the summary in Indonesian format", async () => {
    const log: string[] = [];
    const host = fakeHost();
    const read = deferred<Grid[]>();
    const write = deferred<void>();
    host.readGrids.mockImplementation(() => {
      log.push("membaca");
      return read.promise;
    });
    host.writeResult.mockImplementation(() => {
      log.push("menulis");
      return write.promise;
    });
    const engine = fakeEngine(makeResult(), log);
    await renderPane(host, engine);

    fireEvent.click(runButton());
    await settle();
    expect(screen.getByRole("button", { name: "Sedang menghitung…" })).toBeDisabled();
    expect(stageStatus("membaca")).toBe("current");
    expect(screen.getByRole("status")).toHaveTextContent("Tahap 1 dari 5: Membaca workbook…");
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(engine).not.toHaveBeenCalled();

    await act(async () => read.resolve([sampleGrid("Renaksi 2024")]));
    await settle();
    expect(engine).toHaveBeenCalledTimes(1);
    expect(stageStatus("menulis")).toBe("current");
    for (const s of ["membaca", "mengenali", "menghitung", "memeriksa"] as Stage[]) expect(stageStatus(s)).toBe("done");
    expect(screen.getByRole("status")).toHaveTextContent("Tahap 5 dari 5: Menulis hasil…");
    expect(host.writeResult).toHaveBeenCalledWith(engine.mock.results[0].value);

    await act(async () => write.resolve());
    await settle();
    expect(log).toEqual(["membaca", "mengenali", "menghitung", "memeriksa", "menulis"]);
    expect(screen.getByRole("status")).toHaveTextContent("Selesai. Capaian s.d. Triwulan II sudah dihitung; 3 temuan.");

    // summary
    expect(screen.getByTestId("quarter-used")).toHaveTextContent(
      "Dihitung s.d. Triwulan II (dipilih otomatis: triwulan terakhir yang terisi)",
    );
    const totals = screen.getByText("Pagu").closest("dl")!;
    expect(totals).toHaveTextContent("PaguRp1.234.567RealisasiRp617.284% Serapan50,00%SisaRp617.283");
    expect(screen.getAllByText("Rp1.234.567").length).toBeGreaterThan(0);
    expect(screen.getByText("Rp617.284")).toBeInTheDocument();
    expect(screen.getByText("Rp617.283")).toBeInTheDocument();
    expect(screen.getAllByText("50,00%").length).toBeGreaterThanOrEqual(2); // totals and the program row
    expect(screen.getByText("1 program · 1 kegiatan · 2 sub kegiatan")).toBeInTheDocument();
    const programs = screen.getByRole("table", { name: "Capaian per program" });
    const programRow = within(programs).getByText("1 Program Penunjang Urusan Pemerintahan").closest("tr")!;
    expect(within(programRow).getByText("87,65%")).toBeInTheDocument();
    expect(within(programRow).getByText("Memuaskan")).toBeInTheDocument();
    expect(screen.getByText("Skala predikat: SAKIP")).toBeInTheDocument();
    expect(screen.getByText("Galat: 1")).toBeInTheDocument();
    expect(screen.getByText("Peringatan: 1")).toBeInTheDocument();
    expect(screen.getByText("Info: 1")).toBeInTheDocument();
    expect(screen.getByText(/Hasil ditulis ke lembar Capaian/)).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Otomatis (terakhir: Triwulan II)" })).toBeInTheDocument();
  });

  test("passes the chosen quarter and does not mark it automatic", async () => {
    const host = fakeHost();
    const engine = fakeEngine(makeResult({ quarter: 3 }));
    await renderPane(host, engine);
    fireEvent.change(screen.getByLabelText("Triwulan"), { target: { value: "3" } });
    await runAndWait();
    expect(engine.mock.calls[0][1]).toEqual({ predicateScale: "sakip", averageOver: "targeted", quarter: 3 });
    expect(screen.getByTestId("quarter-used")).toHaveTextContent(/^Dihitung s.d. Triwulan III$/);
  });
});

describe("findings", () => {
  test("clicking a finding selects its cell in Excel; the list filters by severity", async () => {
    const host = fakeHost();
    await renderPane(host, fakeEngine());
    await runAndWait();
    const list = screen.getByRole("list", { name: "Daftar temuan" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons).toHaveLength(3);
    fireEvent.click(within(list).getByRole("button", { name: /H14/ }));
    await settle();
    expect(host.selectCell).toHaveBeenCalledWith("Renaksi 2024", "H14");
    expect(buttons[0]).toHaveTextContent("Galat");
    expect(buttons[0]).toHaveTextContent("Renaksi 2024!K12");
    expect(buttons[0]).toHaveTextContent("tertulis: 1.000.000 · hasil hitung: 1.234.567");

    fireEvent.change(screen.getByLabelText("Tampilkan"), { target: { value: "info" } });
    const filtered = within(screen.getByRole("list", { name: "Daftar temuan" })).getAllByRole("button");
    expect(filtered).toHaveLength(1);
    expect(filtered[0]).toHaveTextContent("IKU!F5");
    expect(filtered[0]).toHaveTextContent("hasil hitung: 128,57");
    fireEvent.click(filtered[0]);
    await settle();
    expect(host.selectCell).toHaveBeenLastCalledWith("IKU", "F5");
  });

  test("a selectCell failure is reported without losing the result", async () => {
    const host = fakeHost();
    host.selectCell!.mockRejectedValue(
      Object.assign(new Error("ItemNotFound"), { name: "RichApi.Error", code: "ItemNotFound" }),
    );
    await renderPane(host, fakeEngine());
    await runAndWait();
    fireEvent.click(within(screen.getByRole("list", { name: "Daftar temuan" })).getAllByRole("button")[0]);
    await settle();
    expect(screen.getByText(/Terjadi kesalahan saat membuka sel\. Coba lagi; jika berulang/)).toBeInTheDocument();
    expect(screen.getByText("Rincian teknis: ItemNotFound: ItemNotFound")).toBeInTheDocument();
    expect(screen.getByText("Ringkasan hasil")).toBeInTheDocument();
  });

  test("on the web page (no selectCell) the address is text, not a button, and the cell-context slot renders", async () => {
    const host = fakeHost({ kind: "web" });
    render(
      <App
        host={host}
        engine={fakeEngine()}
        renderCellContext={(f, grids) => <span data-testid="ctx">{`konteks ${f.cell} (${grids?.[0]?.sheet})`}</span>}
      />,
    );
    await settle();
    await runAndWait();
    const list = screen.getByRole("list", { name: "Daftar temuan" });
    expect(within(list).queryAllByRole("button")).toHaveLength(0);
    expect(within(list).getByText("Renaksi 2024!K12")).toBeInTheDocument();
    expect(screen.getAllByTestId("ctx").map((e) => e.textContent)).toEqual([
      "konteks K12 (Renaksi 2024)",
      "konteks H14 (Renaksi 2024)",
      "konteks F5 (Renaksi 2024)",
    ]);
    expect(screen.getByText(/Berkas hasil sudah dibuat untuk diunduh/)).toBeInTheDocument();
  });
});

describe("errors", () => {
  test("an engine NoTableError shows its Indonesian message and opens the mapping panel", async () => {
    const host = fakeHost({ grids: [sampleGrid("Data")] });
    const engine = jest.fn(() => {
      const e = new Error("Tidak ditemukan tabel program/kegiatan di workbook ini.");
      e.name = "NoTableError";
      throw e;
    });
    await renderPane(host, engine);
    await runAndWait();
    expect(screen.getByText("Tidak ditemukan tabel program/kegiatan di workbook ini.")).toBeInTheDocument();
    expect(screen.getByText(/Tentukan tabel dan arti kolomnya lewat Pemetaan kolom/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Buka pemetaan kolom" })).toBeInTheDocument();
    expect(host.writeResult).not.toHaveBeenCalled();
    // the panel opened by itself, with the no-table explanation and the sheets read
    expect(screen.getByRole("heading", { name: "Pemetaan kolom" })).toBeInTheDocument();
    expect(screen.getByText(/Tabel belum ditemukan/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tambah tabel" })).toBeInTheDocument();
  });

  test("a failed rerun keeps the last good result; host errors say what to do", async () => {
    const host = fakeHost();
    await renderPane(host, fakeEngine());
    await runAndWait();
    expect(screen.getByText("Ringkasan hasil")).toBeInTheDocument();

    host.readGrids.mockRejectedValueOnce(new Error("GeneralException"));
    await runAndWait();
    expect(
      screen.getByText(/^Terjadi kesalahan saat membaca workbook\. Coba lagi; jika berulang, simpan workbook/),
    ).toBeInTheDocument();
    expect(screen.getByText("Hasil perhitungan sebelumnya tetap ditampilkan di bawah.")).toBeInTheDocument();
    expect(screen.getByText("Ringkasan hasil")).toBeInTheDocument();
    expect(screen.getAllByText("Rp1.234.567").length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "Buka pemetaan kolom" })).toBeNull();

    // the next run clears the error
    await runAndWait();
    expect(screen.queryByText(/Terjadi kesalahan saat membaca workbook/)).toBeNull();
  });

  test("an unexpected engine error gets a generic Indonesian message with the technical detail", async () => {
    const host = fakeHost();
    const engine = jest.fn(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'value')");
    });
    await renderPane(host, engine);
    await runAndWait();
    expect(
      screen.getByText(/^Terjadi kesalahan saat mengenali tabel\. Periksa tabel dan pemetaan kolomnya/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Rincian teknis: Cannot read properties/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Buka pemetaan kolom" })).toBeInTheDocument();
  });

  test("after a run the summary takes focus and scrolls into view; a failed step shows as failed", async () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const host = fakeHost();
      await renderPane(host, fakeEngine());
      await runAndWait();
      const anchor = screen.getByTestId("summary-anchor");
      expect(document.activeElement).toBe(anchor);
      expect(scrolled).toContain(anchor);
      expect(stageStatus("menulis")).toBe("done");

      host.writeResult.mockRejectedValueOnce(new Error("GeneralException"));
      await runAndWait();
      expect(stageStatus("menulis")).toBe("failed");
      expect(stageStatus("memeriksa")).toBe("done");
      expect(screen.getByText("Gagal pada tahap Menulis hasil.")).toBeInTheDocument();
      expect(document.activeElement).toBe(screen.getByTestId("error-anchor"));
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  test("each finding names the code and name of its row and the two values compared", async () => {
    const host = fakeHost();
    await renderPane(host, fakeEngine());
    await runAndWait();
    const rows = screen.getAllByTestId("finding-row").map((e) => e.textContent);
    expect(rows[0]).toBe("1 Program Penunjang");
    expect(screen.getAllByText(/tertulis: 1\.000\.000 · hasil hitung: 1\.234\.567/).length).toBeGreaterThan(0);
  });

  test("a write failure shows the new result marked as not yet in the workbook", async () => {
    const host = fakeHost();
    host.writeResult.mockRejectedValueOnce(new Error("The workbook is read-only"));
    await renderPane(host, fakeEngine());
    await runAndWait();
    expect(screen.getByText(/^Terjadi kesalahan saat menulis hasil ke workbook\. Coba lagi/)).toBeInTheDocument();
    expect(screen.getByText("Ringkasan ini belum tersimpan di workbook.")).toBeInTheDocument();
    expect(screen.getAllByText("Rp1.234.567").length).toBeGreaterThan(0);
  });
});

describe("settings", () => {
  test("loads saved settings, saves changes and passes them to the engine", async () => {
    const host = fakeHost({ settings: { predicateScale: "permendagri86", averageOver: "targeted" } });
    const engine = fakeEngine();
    await renderPane(host, engine);
    expect(host.loadSettings).toHaveBeenCalled();
    expect(host.loadMapping).toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
    expect(screen.getByRole("radio", { name: /Permendagri 86\/2017/ })).toBeChecked();
    fireEvent.click(screen.getByRole("radio", { name: /Semua sub kegiatan/ }));
    await settle();
    expect(host.saveSettings).toHaveBeenCalledWith({ predicateScale: "permendagri86", averageOver: "all" });
    fireEvent.click(screen.getByRole("radio", { name: /SAKIP/ }));
    await settle();
    expect(host.saveSettings).toHaveBeenLastCalledWith({ predicateScale: "sakip", averageOver: "all" });

    await runAndWait();
    expect(engine.mock.calls[0][1]).toEqual({ predicateScale: "sakip", averageOver: "all" });
  });

  test("a settings save failure is reported", async () => {
    const host = fakeHost();
    host.saveSettings.mockRejectedValueOnce(new Error("boom"));
    await renderPane(host, fakeEngine());
    fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
    fireEvent.click(screen.getByRole("radio", { name: /Permendagri 86\/2017/ }));
    await settle();
    expect(screen.getByText(/^Terjadi kesalahan saat menyimpan pengaturan\. Coba lagi/)).toBeInTheDocument();
  });
});

describe("column mapping", () => {
  test("opens by itself when detection is unsure; save builds the Mapping; the next run uses it", async () => {
    const host = fakeHost();
    const engine = fakeEngine(makeResult({ assumptions: ["Kolom D dianggap Target TW I (judul: “Target / TW I”)."] }));
    await renderPane(host, engine);
    await runAndWait();

    expect(screen.getByRole("heading", { name: "Pemetaan kolom" })).toBeInTheDocument();
    expect(screen.getByText("Kolom D dianggap Target TW I (judul: “Target / TW I”).")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tutup pemetaan kolom" })).toHaveAttribute("aria-expanded", "true");

    // column D is really the TW II target; column E is realization TW II; C unused
    fireEvent.change(screen.getByLabelText("Triwulan kolom D"), { target: { value: "2" } });
    fireEvent.change(screen.getByLabelText("Triwulan kolom E"), { target: { value: "2" } });
    fireEvent.change(screen.getByLabelText("Arti kolom C"), { target: { value: "none" } });
    fireEvent.change(screen.getByLabelText("Baris data terakhir (kosongkan = sampai akhir)"), {
      target: { value: "" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Simpan pemetaan" }));
    await settle();

    const expected: Mapping = {
      version: 1,
      tables: [
        {
          sheet: "Renaksi 2024",
          kind: "plan",
          headerRows: { first: 5, last: 6 },
          dataRows: { first: 7 },
          columns: { A: "code", B: "name", D: "quarterTarget:2", E: "quarterRealization:2", F: "budget" },
        },
      ],
    };
    expect(host.saveMapping).toHaveBeenCalledWith(expected);
    expect(screen.getByText("Pemetaan disimpan. Tekan Hitung Capaian untuk memakainya.")).toBeInTheDocument();

    await runAndWait();
    expect(engine.mock.calls[1][1]).toEqual({ predicateScale: "sakip", averageOver: "targeted", mapping: expected });
  });

  test("refuses to save a table without a name column or with a role on two columns", async () => {
    const host = fakeHost();
    await renderPane(host, fakeEngine());
    await runAndWait();
    fireEvent.click(screen.getByRole("button", { name: "Pemetaan kolom" }));
    fireEvent.change(screen.getByLabelText("Arti kolom B"), { target: { value: "none" } });
    fireEvent.change(screen.getByLabelText("Arti kolom C"), { target: { value: "budget" } });
    fireEvent.click(screen.getByRole("button", { name: "Simpan pemetaan" }));
    await settle();
    expect(host.saveMapping).not.toHaveBeenCalled();
    expect(screen.getByText(/belum punya kolom nama/)).toBeInTheDocument();
    expect(screen.getByText(/arti “Pagu anggaran” dipakai lebih dari satu kolom \(C, F\)/)).toBeInTheDocument();
  });

  test("quarters follow the result: a new quarterly role starts at its quarter, an open one names it", async () => {
    const host = fakeHost();
    await renderPane(host, fakeEngine(makeResult({ quarter: 2 })));
    await runAndWait();
    fireEvent.click(screen.getByRole("button", { name: "Pemetaan kolom" }));
    fireEvent.change(screen.getByLabelText("Arti kolom C"), { target: { value: "quarterRealization" } });
    expect((screen.getByLabelText("Triwulan kolom C") as HTMLSelectElement).value).toBe("2");
    fireEvent.change(screen.getByLabelText("Arti kolom C"), { target: { value: "statedPerformancePct" } });
    const open = screen.getByLabelText("Triwulan kolom C") as HTMLSelectElement;
    expect([...open.options].map((o) => o.textContent)[0]).toBe("Triwulan lembar (hasil terakhir: Triwulan II)");
  });

  test("after 'no table', a table can be added from the sheet read and mapped by hand", async () => {
    const host = fakeHost({ grids: [sampleGrid("Data")] });
    const engine = jest.fn(() => {
      throw Object.assign(new Error("Tabel tidak ditemukan."), { name: "NoTableError" });
    });
    await renderPane(host, engine);
    await runAndWait();
    fireEvent.click(screen.getByRole("button", { name: "Tambah tabel" }));
    fireEvent.change(screen.getByLabelText("Baris judul terakhir"), { target: { value: "2" } });
    fireEvent.change(screen.getByLabelText("Baris data pertama"), { target: { value: "3" } });
    // header text composed from the two header rows, merged group header included
    expect(screen.getByText("Target Kinerja / TW II")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Arti kolom A"), { target: { value: "code" } });
    fireEvent.change(screen.getByLabelText("Arti kolom B"), { target: { value: "name" } });
    fireEvent.change(screen.getByLabelText("Arti kolom C"), { target: { value: "quarterTarget" } });
    fireEvent.change(screen.getByLabelText("Arti kolom D"), { target: { value: "quarterTarget" } });
    fireEvent.change(screen.getByLabelText("Triwulan kolom D"), { target: { value: "2" } });
    fireEvent.change(screen.getByLabelText("Arti kolom E"), { target: { value: "budget" } });
    fireEvent.click(screen.getByRole("button", { name: "Simpan pemetaan" }));
    await settle();
    expect(host.saveMapping).toHaveBeenCalledWith({
      version: 1,
      tables: [
        {
          sheet: "Data",
          kind: "plan",
          headerRows: { first: 1, last: 2 },
          dataRows: { first: 3 },
          columns: { A: "code", B: "name", C: "quarterTarget:1", D: "quarterTarget:2", E: "budget" },
        },
      ],
    });
  });

  test("a saved mapping is loaded at start, passed to the run, and can be cleared", async () => {
    const saved: Mapping = {
      version: 1,
      tables: [
        { sheet: "Renaksi 2024", headerRows: { first: 5, last: 6 }, columns: { A: "code", B: "name", F: "budget" } },
      ],
    };
    const host = fakeHost({ mapping: saved });
    const engine = fakeEngine();
    await renderPane(host, engine);
    expect(screen.getByText("Memakai pemetaan kolom yang tersimpan.")).toBeInTheDocument();
    await runAndWait();
    expect(engine.mock.calls[0][1]?.mapping).toEqual(saved);

    fireEvent.click(screen.getByRole("button", { name: "Pemetaan kolom" }));
    // the saved roles win over detection: C, D, E are not mapped
    expect(screen.getByLabelText("Arti kolom C")).toHaveValue("none");
    fireEvent.click(screen.getByRole("button", { name: "Hapus pemetaan (kembali ke deteksi otomatis)" }));
    await settle();
    expect(host.saveMapping).toHaveBeenCalledWith({ version: 1, tables: [] });
    await runAndWait();
    expect(engine.mock.calls[1][1]?.mapping).toBeUndefined();
  });
});
