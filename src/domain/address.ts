// A1-address arithmetic shared by src/excel and the simulated workbook. Rows and columns are 0-based.

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Quotes a sheet name the way Excel prints it in an address. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rangeAddress(r: RangeRef): string {
  const local =
    r.top === r.bottom && r.left === r.right
      ? cellAddress(r.top, r.left)
      : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
  return r.sheet === undefined ? local : `${quoteSheet(r.sheet)}!${local}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(text: string): CellRef {
  const m = CELL.exec(text.trim());
  if (!m) throw new Error(`Not a cell address: ${text}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** Parses "A1", "A1:C3", "Sheet!A1:C3", "'My sheet'!A1", and whole columns/rows like "C:C" or "5:5". */
export function parseRange(text: string): RangeRef {
  let sheet: string | undefined;
  let rest = text.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = rest.slice(0, bang);
    sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    rest = rest.slice(bang + 1);
  }
  const [a, b = a] = rest.split(":") as [string, string?];
  const whole = (part: string): CellRef | null => {
    const p = part.replace(/\$/g, "");
    if (/^[A-Za-z]{1,3}$/.test(p)) return { row: -1, col: columnIndex(p) };
    if (/^\d+$/.test(p)) return { row: Number(p) - 1, col: -1 };
    return null;
  };
  const wa = whole(a);
  const wb = whole(b!);
  if (wa && wb) {
    if (wa.row === -1) return { sheet, top: 0, bottom: 1048575, left: wa.col, right: wb.col };
    return { sheet, top: wa.row, bottom: wb.row, left: 0, right: 16383 };
  }
  const p = parseCell(a);
  const q = parseCell(b!);
  return {
    sheet,
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeContains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

export function rangesIntersect(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
