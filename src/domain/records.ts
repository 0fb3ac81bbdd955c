// Register rows as typed records, read from a register view. Escalation and (later) the paper work on these.
import { asText } from "./cellText";
import { ALL_COLUMN_KEYS, type ColumnKey } from "./columns";
import { parseMitigations, type Mitigation } from "./mitigations";
import { numberKey, parseNumber } from "./numbering";
import type { CellValue, RegisterSnapshot } from "./register";
import { viewRegister } from "./register";

export interface RegisterRecord {
  /** 0-based data row in the register. */
  index: number;
  /** 0-based sheet row. */
  sheetRow: number;
  /** The id as written, e.g. 18 or "OPSG-008", and its number. */
  id: CellValue;
  number: number | null;
  key: string | null;
  cells: Partial<Record<ColumnKey, CellValue>>;
  mitigations: Mitigation[];
}

/** Every column a register of any kind can have. */
const KEYS = ALL_COLUMN_KEYS;

export function recordsOf(snapshot: RegisterSnapshot): RegisterRecord[] {
  const view = viewRegister(snapshot);
  const out: RegisterRecord[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    const row = snapshot.values[r] ?? [];
    if (row.every((v) => v === null || v === "")) continue;
    const cells: Partial<Record<ColumnKey, CellValue>> = {};
    for (const k of KEYS) if (view.mapping.columns[k] !== undefined) cells[k] = view.value(r, k);
    const id = cells.number ?? null;
    out.push({
      index: r,
      sheetRow: snapshot.top + 1 + r,
      id,
      number: parseNumber(id, snapshot.def.numberFormat),
      key: numberKey(id, snapshot.def.numberFormat),
      cells,
      mitigations: parseMitigations(asText(cells.mitigations)),
    });
  }
  return out;
}
