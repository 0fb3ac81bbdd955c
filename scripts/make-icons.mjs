// Draws Register Steward's icon at 16, 32, 64 and 80 px: a navy register sheet with three rows, each
// with a RAG dot (red, amber, green) and a text line. Writes PNGs with Node's zlib only.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};

function png(size) {
  const px = new Uint8Array(size * size * 4);
  const set = (x, y, [r, g, b, a]) => {
    const i = (y * size + x) * 4;
    const alpha = a / 255;
    px[i] = Math.round(r * alpha + px[i] * (1 - alpha));
    px[i + 1] = Math.round(g * alpha + px[i + 1] * (1 - alpha));
    px[i + 2] = Math.round(b * alpha + px[i + 2] * (1 - alpha));
    px[i + 3] = Math.max(px[i + 3], a);
  };
  // Supersampled shapes in a 0..1 coordinate space.
  const shapes = [];
  const rect = (x0, y0, x1, y1, color, radius = 0) =>
    shapes.push({ kind: "rect", x0, y0, x1, y1, color, radius });
  const circle = (cx, cy, r, color) => shapes.push({ kind: "circle", cx, cy, r, color });
  rect(0.06, 0.06, 0.94, 0.94, [31, 56, 100], 0.14);
  const rows = [0.3, 0.5, 0.7];
  const rag = [
    [255, 64, 64],
    [255, 192, 0],
    [0, 176, 80],
  ];
  rows.forEach((y, i) => {
    circle(0.27, y, 0.075, rag[i]);
    rect(0.42, y - 0.045, 0.8, y + 0.045, [255, 255, 255], 0.04);
  });
  const inside = (s, x, y) => {
    if (s.kind === "circle") return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
    if (x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1) return false;
    const r = s.radius;
    const cx = Math.min(Math.max(x, s.x0 + r), s.x1 - r);
    const cy = Math.min(Math.max(y, s.y0 + r), s.y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r + 1e-9;
  };
  const n = 4;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      for (const s of shapes) {
        let hits = 0;
        for (let sy = 0; sy < n; sy++)
          for (let sx = 0; sx < n; sx++)
            if (inside(s, (x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size)) hits++;
        if (hits) set(x, y, [...s.color, Math.round((255 * hits) / (n * n))]);
      }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(px.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80])
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
writeFileSync(new URL(`../assets/logo-filled.png`, import.meta.url), png(300));
