/** Appending the output's formats to an existing styles part: worked indices. */
import { OutputStyles, parseStyles } from "../../../src/xlsx/splice/styles";

const ORIGINAL =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="1"><dxf><font><i/></font></dxf></dxfs></styleSheet>`;

describe("OutputStyles", () => {
  test("new formats go after the original's, whose indices stay; counts follow", () => {
    const styles = new OutputStyles(parseStyles(ORIGINAL));
    // Bold (already font 1), red fill (new: fill 2), thin border (new: border 1), "0.00" (new id 165 = 164 + 1).
    const a = styles.xf({ font: { bold: true }, fill: "FFFF0000", border: "FF808080", numFmt: "0.00" });
    expect(a).toBe(3);
    // The same format again: the same index; another one: the next.
    expect(styles.xf({ font: { bold: true }, fill: "FFFF0000", border: "FF808080", numFmt: "0.00" })).toBe(3);
    const b = styles.xf({ font: { italic: true }, numFmt: "0.000" }); // new font 2, existing numFmt 164
    expect(b).toBe(4);
    // "General" is built-in format 0: the format equals the original's xf 0, which is reused.
    expect(styles.xf({ numFmt: "General" })).toBe(0);
    const xml = styles.toXml();
    expect(xml).toContain(
      `<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>`,
    );
    expect(xml).toContain(`<fonts count="3">`);
    expect(xml).toContain(`<font><i/></font></fonts>`);
    expect(xml).toContain(`<fills count="3">`);
    expect(xml).toContain(`<borders count="2">`);
    expect(xml).toContain(`<cellXfs count="5">`);
    expect(xml).toContain(
      `<xf numFmtId="165" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>`,
    );
    expect(xml).toContain(
      `<xf numFmtId="164" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>`,
    );
    // The dxf's font is not one of the fonts.
    expect(xml).toContain(`<dxfs count="1"><dxf><font><i/></font></dxf></dxfs>`);
  });

  test("a second run on its own output reuses every format (styles.xml does not grow)", () => {
    const first = new OutputStyles(parseStyles(ORIGINAL));
    first.xf({ font: { bold: true, size: 13 }, border: "FF808080", alignment: { vertical: "top", wrapText: true } });
    const once = first.toXml();
    const second = new OutputStyles(parseStyles(once));
    expect(
      second.xf({ font: { bold: true, size: 13 }, border: "FF808080", alignment: { vertical: "top", wrapText: true } }),
    ).toBe(3);
    expect(second.toXml()).toBe(once);
  });

  test("a styles part without number formats gets its numFmts section first, ids from 164", () => {
    const noFmts = ORIGINAL.replace(/<numFmts[\s\S]*?<\/numFmts>/, "").replace(/numFmtId="164"/g, 'numFmtId="0"');
    const styles = new OutputStyles(parseStyles(noFmts));
    styles.xf({ numFmt: "#,##0.00" });
    const xml = styles.toXml();
    expect(xml).toMatch(
      /<styleSheet [^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"\/><\/numFmts><fonts/,
    );
  });
});
