#!/usr/bin/env node
/**
 * Draws the Capaian icon (green bar chart with a check mark) and writes
 *   assets/icon.svg and assets/icon-{16,32,64,80,128}.png
 * with nothing but Node's zlib: the shapes below are rasterised with 8×8 supersampling and encoded
 * by a minimal PNG writer (RGBA, filter 0). Run: node scripts/make-icons.js
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const VIEW = 32; // design grid, same as the SVG viewBox
const COLORS = { bg: "#E8F5E9", border: "#2E7D32", bar: "#2E7D32", bar2: "#43A047", halo: "#FFFFFF", check: "#1B5E20" };

/** Shapes in paint order, in 32×32 units. */
const SHAPES = [
  { kind: "rrect", x: 1, y: 1, w: 30, h: 30, r: 6, fill: COLORS.border },
  { kind: "rrect", x: 2.5, y: 2.5, w: 27, h: 27, r: 4.8, fill: COLORS.bg },
  { kind: "rect", x: 6, y: 18, w: 5, h: 9, fill: COLORS.bar2 },
  { kind: "rect", x: 13.5, y: 13, w: 5, h: 14, fill: COLORS.bar },
  { kind: "rect", x: 21, y: 8, w: 5, h: 19, fill: COLORS.bar },
  {
    kind: "line",
    points: [
      [5, 9.5],
      [8.5, 13],
      [15, 5.5],
    ],
    width: 5.2,
    fill: COLORS.halo,
  },
  {
    kind: "line",
    points: [
      [5, 9.5],
      [8.5, 13],
      [15, 5.5],
    ],
    width: 2.8,
    fill: COLORS.check,
  },
];

function hex(c) {
  return [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];
}

function inside(s, x, y) {
  switch (s.kind) {
    case "rect":
      return x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h;
    case "rrect": {
      if (x < s.x || x > s.x + s.w || y < s.y || y > s.y + s.h) return false;
      const cx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
      const cy = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= s.r * s.r;
    }
    case "line": {
      const h = s.width / 2;
      for (let i = 0; i + 1 < s.points.length; i++) {
        const [ax, ay] = s.points[i];
        const [bx, by] = s.points[i + 1];
        const dx = bx - ax;
        const dy = by - ay;
        const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
        if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= h * h) return true;
      }
      return false;
    }
  }
  return false;
}

function render(size) {
  const SS = 8;
  const px = Buffer.alloc(size * size * 4);
  const scale = VIEW / size;
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (pxX + (sx + 0.5) / SS) * scale;
          const y = (py + (sy + 0.5) / SS) * scale;
          let col = null;
          for (const s of SHAPES) if (inside(s, x, y)) col = s.fill;
          if (col) {
            const [cr, cg, cb] = hex(col);
            r += cr;
            g += cg;
            b += cb;
            a += 1;
          }
        }
      }
      const o = (py * size + pxX) * 4;
      if (a) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function svg() {
  const parts = SHAPES.map((s) => {
    switch (s.kind) {
      case "rect":
        return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${s.fill}"/>`;
      case "rrect":
        return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.fill}"/>`;
      case "line":
        return `<polyline points="${s.points.map((p) => p.join(",")).join(" ")}" fill="none" stroke="${s.fill}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
    }
    return "";
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}" width="${VIEW}" height="${VIEW}" role="img" aria-label="Capaian">\n  ${parts.join("\n  ")}\n</svg>\n`;
}

const out = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, "icon.svg"), svg());
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, render(size)));
}
console.log("ikon ditulis ke", out);
