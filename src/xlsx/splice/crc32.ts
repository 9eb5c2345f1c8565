/** CRC-32 (IEEE 802.3, as zip uses it), incremental; four bytes a step (slicing by 4). */
const T = (() => {
  const t = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    t[256 + n] = (t[n] >>> 8) ^ t[t[n] & 0xff];
    t[512 + n] = (t[256 + n] >>> 8) ^ t[t[256 + n] & 0xff];
    t[768 + n] = (t[512 + n] >>> 8) ^ t[t[512 + n] & 0xff];
  }
  return t;
})();

/** Continues `crc` (0 to start) over `data`; returns the unsigned CRC. */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  let i = 0;
  const end4 = data.length - (data.length % 4);
  for (; i < end4; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = T[768 + (c & 0xff)] ^ T[512 + ((c >>> 8) & 0xff)] ^ T[256 + ((c >>> 16) & 0xff)] ^ T[c >>> 24];
  }
  for (; i < data.length; i++) c = T[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
