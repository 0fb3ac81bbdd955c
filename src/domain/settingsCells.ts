// Settings stored as rows of cells on a hidden sheet: every platform saves them and co-authors merge them.
import type { CellValue } from "./register";
import { validateSettings, type Settings } from "./settings";

export const SETTINGS_WIDTH = 8;
const TITLE = "Register Steward settings";

function pad(row: CellValue[]): CellValue[] {
  return [...row, ...Array<CellValue>(SETTINGS_WIDTH - row.length).fill("")];
}

export function settingsToRows(s: Settings): CellValue[][] {
  const rows: CellValue[][] = [
    [TITLE, "Edit these in the add-in's Settings view: the formulas of every register follow them."],
    ["version", s.version],
    ...s.bands.map((b) => ["band", b.name, b.min, b.max, b.color]),
    ...Object.entries(s.riskRag).map(([band, rag]) => ["risk rag", band, rag]),
    ...s.issueRag.map((rag, i) => ["issue rag", i + 1, rag]),
    ["escalation threshold", s.escalationThreshold],
    ...s.registers.map((r) => ["register", r.id, r.name, r.kind, r.role, r.sheet, r.table, r.numberFormat]),
  ];
  return rows.map(pad);
}

/** Reads settings back; a sheet that was edited into an invalid state gives the reasons. */
export function settingsFromRows(
  rows: readonly (readonly CellValue[])[],
): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  if (rows[0]?.[0] !== TITLE)
    return { ok: false, errors: ["The settings sheet does not start with its title row."] };
  const text = (v: CellValue | undefined) => String(v ?? "").trim();
  const num = (v: CellValue | undefined) => (typeof v === "number" ? v : Number(text(v)));
  const candidate = {
    version: 0 as number,
    bands: [] as unknown[],
    riskRag: {} as Record<string, string>,
    issueRag: [] as string[],
    escalationThreshold: "",
    registers: [] as unknown[],
  };
  for (const row of rows.slice(1)) {
    switch (text(row[0])) {
      case "version":
        candidate.version = num(row[1]);
        break;
      case "band":
        candidate.bands.push({ name: text(row[1]), min: num(row[2]), max: num(row[3]), color: text(row[4]) });
        break;
      case "risk rag":
        candidate.riskRag[text(row[1])] = text(row[2]);
        break;
      case "issue rag":
        candidate.issueRag[num(row[1]) - 1] = text(row[2]);
        break;
      case "escalation threshold":
        candidate.escalationThreshold = text(row[1]);
        break;
      case "register":
        candidate.registers.push({
          id: text(row[1]),
          name: text(row[2]),
          kind: text(row[3]),
          role: text(row[4]),
          sheet: text(row[5]),
          table: text(row[6]),
          numberFormat: text(row[7]),
        });
        break;
    }
  }
  return validateSettings(candidate);
}
