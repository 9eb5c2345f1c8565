import { classifyColumn } from "../../../src/domain/layout/classify";
import { quarterIn, bareQuarter } from "../../../src/domain/layout/quarter";

const role = (...parts: string[]) => classifyColumn({ parts });

describe("header vocabulary (layouts.md)", () => {
  test.each([
    [["Kode"], { kind: "code" }],
    [["No."], { kind: "code" }],
    [["Kode Rekening"], { kind: "code" }],
    [["Program/Kegiatan/Sub Kegiatan"], { kind: "name" }],
    [["Uraian"], { kind: "name" }],
    [["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"], { kind: "name" }],
    [["Indikator Kinerja Program (Outcome)/Kegiatan (Output)"], { kind: "indicator" }],
    [["Tolok Ukur"], { kind: "indicator" }],
    [["Satuan"], { kind: "unit" }],
    [["Target 2024"], { kind: "annualTarget" }],
    [["Target Tahunan"], { kind: "annualTarget" }],
    [["Target TW I"], { kind: "quarterTarget", quarter: 1 }],
    [["Target Triwulan III"], { kind: "quarterTarget", quarter: 3 }],
    [["Target", "TW. 2"], { kind: "quarterTarget", quarter: 2 }],
    [["Target", "Tw-4"], { kind: "quarterTarget", quarter: 4 }],
    [["Realisasi Kinerja TW I"], { kind: "quarterRealization", quarter: 1 }],
    [["Realisasi Kinerja Pada Triwulan", "II", "K"], { kind: "quarterRealization", quarter: 2 }],
    [["Realisasi Kinerja Pada Triwulan", "II", "Rp"], { kind: "spentQuarter", quarter: 2 }],
    [["Realisasi s.d TW II"], { kind: "realizationToDate", quarter: 2 }],
    [["Realisasi Kinerja s.d. TW. II"], { kind: "realizationToDate", quarter: 2 }],
    [["Pagu"], { kind: "budget" }],
    [["Pagu Anggaran"], { kind: "budget" }],
    [["Alokasi"], { kind: "budget" }],
    [["DPA"], { kind: "budget" }],
    [["Realisasi Keuangan TW I"], { kind: "spentQuarter", quarter: 1 }],
    [["Realisasi Anggaran Triwulan I"], { kind: "spentQuarter", quarter: 1 }],
    [["Realisasi Keuangan s.d TW II"], { kind: "spentToDate", quarter: 2 }],
    [["Realisasi Anggaran s/d Triwulan II"], { kind: "spentToDate", quarter: 2 }],
    [["% Capaian"], { kind: "statedPerformancePct", quarter: null }],
    [["% Capaian Kinerja s.d TW II"], { kind: "statedPerformancePct", quarter: 2 }],
    [["Tingkat Capaian Kinerja"], { kind: "statedPerformancePct", quarter: null }],
    [["% Capaian Keuangan"], { kind: "statedBudgetPct", quarter: null }],
    [["% Serapan"], { kind: "statedBudgetPct", quarter: null }],
    [["Serapan Anggaran (%)"], { kind: "statedBudgetPct", quarter: null }],
    [["Sifat"], { kind: "accumulation" }],
    [["Jenis Indikator"], { kind: "accumulation" }],
    [["Polaritas"], { kind: "polarity" }],
    [["Sifat Indikator"], { kind: "polarity" }],
    [["Pembilang"], { kind: "numerator" }],
    [["Penyebut"], { kind: "denominator" }],
    [["Keterangan"], { kind: "notes" }],
    [["Ket."], { kind: "notes" }],
  ])("%j → %j", (parts, expected) => {
    expect(role(...(parts as string[]))).toEqual(expected);
  });

  test("Renstra figures of Form E.81 are carried, not computed", () => {
    expect(role("Target Kinerja Renstra pada Tahun 2026 (Akhir Periode Renstra)", "K")?.kind).toBe("extra");
    expect(role("Realisasi Capaian Kinerja RPJMD sampai dengan Tahun Lalu", "Rp")?.kind).toBe("extra");
  });
  test("Target … Renja (K) is the annual target and (Rp) the budget", () => {
    expect(role("Target Kinerja dan Anggaran Renja Tahun Berjalan", "K")).toEqual({ kind: "annualTarget" });
    expect(role("Target Kinerja dan Anggaran Renja Tahun Berjalan", "Rp")).toEqual({ kind: "budget" });
  });
  test("derived columns are never inputs (a 'Sisa Anggaran' column is not the budget)", () => {
    expect(role("Sisa Anggaran")?.kind).toBe("extra");
    expect(role("Selisih Realisasi Keuangan")?.kind).toBe("extra");
    expect(role("Deviasi", "%")?.kind).toBe("extra");
    expect(role("Bobot Kegiatan")?.kind).toBe("extra");
  });
  test("Fisik / Keuangan sub-columns and money words", () => {
    expect(role("Realisasi TW II", "Fisik")).toEqual({ kind: "quarterRealization", quarter: 2 });
    expect(role("Realisasi TW II", "Keuangan")).toEqual({ kind: "spentQuarter", quarter: 2 });
    expect(role("Target Keuangan (Rp)")).toEqual({ kind: "budget" });
    expect(role("Anggaran Kas TW I")?.kind).toBe("extra");
    expect(role("Target\nTW I".replace("\\n", "\n"))).toEqual({ kind: "quarterTarget", quarter: 1 });
  });
  test("headers that name nothing we use are left out", () => {
    expect(role("PPTK")).toEqual({ kind: "notes" });
    expect(role("SISA")).toEqual({ kind: "extra", label: "SISA" }); // carried, never an input
    expect(role("Foto Kegiatan Lapangan 2024")).toEqual({ kind: "name" }); // a name-like column (ties broken by order)
  });
});

describe("quarter tokens", () => {
  test.each([
    ["TW I", 1, false],
    ["Triwulan IV", 4, false],
    ["TW. 2", 2, false],
    ["Tw-3", 3, false],
    ["s.d. TW II", 2, true],
    ["s/d Triwulan III", 3, true],
    ["sampai dengan TW 4", 4, true],
  ])("%s", (text, q, toDate) => {
    expect(quarterIn(text as string)).toEqual({ quarter: q, toDate });
  });
  test("bare sub-headers", () => {
    expect(bareQuarter("II")).toBe(2);
    expect(bareQuarter("3")).toBe(3);
    expect(bareQuarter("V")).toBeNull();
    expect(quarterIn("Twitter")).toBeNull();
  });
});
