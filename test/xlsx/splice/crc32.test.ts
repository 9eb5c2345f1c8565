import * as zlib from "node:zlib";
import { crc32 } from "../../../src/xlsx/splice/crc32";

describe("crc32", () => {
  test("the check value of the standard and zlib's CRC on odd lengths, in pieces", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    const data = new Uint8Array(1003).map((_, i) => (i * 37 + 11) & 0xff);
    const whole = crc32(data);
    expect(whole).toBe(zlib.crc32(data));
    expect(crc32(data.subarray(501), crc32(data.subarray(0, 501)))).toBe(whole);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
