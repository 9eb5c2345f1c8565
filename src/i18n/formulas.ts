/** Indonesian messages of the formula checks (formula-inconsistent). */
const rows = (list: number[]) => (list.length > 6 ? `${list.slice(0, 6).join(", ")}, …` : list.join(", "));

export const formulaText = {
  differentChildren: (cell: string, other: string, a: number[], b: number[]) =>
    `Rumus di ${cell} menjumlahkan baris ${rows(a)}, sedangkan rumus di ${other} pada baris yang sama menjumlahkan baris ${rows(b)}. ` +
    `Rumus dalam satu baris seharusnya menjumlahkan anak yang sama.`,
  doubleCounted: (nested: number[]) =>
    `Rumus baris ini menjumlahkan baris ${rows(nested)} sekaligus rincian di bawahnya, sehingga angkanya terhitung dua kali. ` +
    `Jumlahkan hanya baris anak langsung.`,
  skippedChild: (row: number, name: string) =>
    `Rumus jumlah baris ini tidak menyertakan baris ${row} (${name}), padahal baris itu berada di bawahnya. ` +
    `Tambahkan baris tersebut ke rumus atau periksa letaknya.`,
};
