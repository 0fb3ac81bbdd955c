// Settings stored as rows of cells on a hidden sheet: every platform saves them and co-authors merge them.
import { AdoptMappingSchema } from "./adoptMappings";
import { DEFAULT_PAPER_LOOK } from "./paperLook";
import type { CellValue } from "./register";
import { validateSettings, type Settings } from "./settings";

export const SETTINGS_WIDTH = 8;
const TITLE = "Register Steward settings";

function pad(row: CellValue[]): CellValue[] {
  return [...row, ...Array<CellValue>(SETTINGS_WIDTH - row.length).fill("")];
}

/** A remembered adoption mapping's row: kind, then the headers and their columns as JSON lists. */
function adoptMappingFromRow(row: readonly CellValue[]): unknown {
  const list = (v: CellValue | undefined): unknown => {
    try {
      return JSON.parse(String(v ?? ""));
    } catch {
      return null; // the schema refuses it
    }
  };
  return { kind: String(row[1] ?? "").trim(), headers: list(row[2]), columns: list(row[3]) };
}

export function settingsToRows(s: Settings): CellValue[][] {
  const rows: CellValue[][] = [
    [TITLE, "Edit these in the add-in's Settings view: the formulas of every register follow them."],
    ["version", s.version],
    ...s.bands.map((b) => ["band", b.name, b.min, b.max, b.color]),
    ...Object.entries(s.riskRag).map(([band, rag]) => ["risk rag", band, rag]),
    ...s.issueRag.map((rag, i) => ["issue rag", i + 1, rag]),
    ["escalation threshold", s.escalationThreshold],
    ...s.likelihoodLevels.map((name, i) => ["likelihood level", i + 1, name]),
    ...s.registers.map((r) => ["register", r.id, r.name, r.kind, r.role, r.sheet, r.table, r.numberFormat]),
    ...s.registers.map((r) => ["register ongoing style", r.id, r.ongoingStyle]),
    ...s.registers.flatMap((r) =>
      Object.entries(r.columnsByHeader ?? {}).map(([header, key]) => ["register column", r.id, header, key]),
    ),
    ["paper typeface", s.paper.typeface],
    ["paper font size", s.paper.fontSize],
    ["paper reference", s.paper.reference],
    ["paper classification", s.paper.classification],
    ["paper movement arrows", s.paper.movementArrows ? "yes" : "no"],
    ["paper outside appetite", s.paper.outsideAppetite ? "yes" : "no"],
    ...Object.entries(s.appetite).map(([category, band]) => ["appetite", category, band]),
    ...Object.entries(s.reviewCadence).map(([band, months]) => ["review cadence", band, months]),
    ...s.registers.flatMap((r) => [
      ...(r.scoreSets ? [["register scores shown", r.id, r.scoreSets.join(",")]] : []),
      ...(r.printedScores ? [["register scores printed", r.id, r.printedScores.join(",")]] : []),
    ]),
    ...s.adoptMappings.map((m) => [
      "adopt mapping",
      m.kind,
      JSON.stringify(m.headers),
      JSON.stringify(m.columns),
    ]),
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
    likelihoodLevels: undefined as string[] | undefined,
    registers: [] as Array<Record<string, string>>,
    adoptMappings: undefined as unknown[] | undefined,
    paper: undefined as Record<string, unknown> | undefined,
    appetite: undefined as Record<string, string> | undefined,
    reviewCadence: undefined as Record<string, number> | undefined,
  };
  const scores = new Map<string, { scoreSets?: string[]; printedScores?: string[] }>();
  const list = (v: CellValue | undefined) =>
    text(v)
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
  const styles = new Map<string, string>();
  const byHeader = new Map<string, Record<string, string>>();
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
      case "likelihood level":
        (candidate.likelihoodLevels ??= [])[num(row[1]) - 1] = text(row[2]);
        break;
      case "paper typeface":
        (candidate.paper ??= { ...DEFAULT_PAPER_LOOK }).typeface = text(row[1]);
        break;
      case "paper font size":
        (candidate.paper ??= { ...DEFAULT_PAPER_LOOK }).fontSize = num(row[1]);
        break;
      case "paper reference":
        (candidate.paper ??= { ...DEFAULT_PAPER_LOOK }).reference = text(row[1]);
        break;
      case "paper classification":
        (candidate.paper ??= { ...DEFAULT_PAPER_LOOK }).classification = text(row[1]);
        break;
      case "paper movement arrows":
        (candidate.paper ??= { ...DEFAULT_PAPER_LOOK }).movementArrows = text(row[1]) === "yes";
        break;
      case "paper outside appetite":
        (candidate.paper ??= { ...DEFAULT_PAPER_LOOK }).outsideAppetite = text(row[1]) === "yes";
        break;
      case "appetite":
        (candidate.appetite ??= {})[text(row[1])] = text(row[2]);
        break;
      case "review cadence":
        (candidate.reviewCadence ??= {})[text(row[1])] = num(row[2]);
        break;
      case "register scores shown":
        scores.set(text(row[1]), { ...scores.get(text(row[1])), scoreSets: list(row[2]) });
        break;
      case "register scores printed":
        scores.set(text(row[1]), { ...scores.get(text(row[1])), printedScores: list(row[2]) });
        break;
      case "adopt mapping":
        {
          // A remembered mapping is a convenience: one spoilt by hand is dropped, the settings stand.
          const m = AdoptMappingSchema.safeParse(adoptMappingFromRow(row));
          if (m.success) (candidate.adoptMappings ??= []).push(m.data);
        }
        break;
      case "register column": {
        const map = byHeader.get(text(row[1])) ?? {};
        map[String(row[2] ?? "")] = text(row[3]);
        byHeader.set(text(row[1]), map);
        break;
      }
      case "register ongoing style":
        styles.set(text(row[1]), text(row[2]));
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
  // Settings stored before these rows existed: the registers keep their papers' way (the Panel's
  // italics, a sub-committee's "– Ongoing") and Likelihood gets the default names (the schema's).
  for (const r of candidate.registers)
    r.ongoingStyle = styles.get(r.id!) ?? (r.role === "panel" ? "italics" : "suffix");
  const withColumns = candidate.registers as Array<Record<string, unknown>>;
  for (const r of withColumns)
    if (byHeader.has(r.id as string)) r.columnsByHeader = byHeader.get(r.id as string);
  for (const r of withColumns) Object.assign(r, scores.get(r.id as string) ?? {});
  if (!candidate.appetite) delete candidate.appetite;
  if (!candidate.reviewCadence) delete candidate.reviewCadence;
  if (!candidate.likelihoodLevels) delete candidate.likelihoodLevels;
  if (!candidate.adoptMappings) delete candidate.adoptMappings;
  if (!candidate.paper) delete candidate.paper;
  return validateSettings(candidate);
}
