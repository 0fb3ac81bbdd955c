// What several rules work out about a row the same way: its scores, its RAG override, what its
// computed columns should show. Pure functions of the row, so each rule can ask for itself.
import { asText } from "../cellText";
import { columnsFor, type ColumnKey } from "../columns";
import type { CellValue, RegisterView } from "../register";
import { isScore } from "../scales";
import { bandFor, issueRagFor, riskRagFor, severityOf } from "../scoring";
import { RAG_VALUES, type Rag, type RegisterKind, type Settings } from "../settings";

/** A value as a message quotes it: text in quotes, cut at 40 characters. */
export const show = (v: CellValue) =>
  typeof v === "string" ? `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"` : String(v);

/** The columns scored 1–5. */
export const scoreKeys = (kind: RegisterKind): ColumnKey[] =>
  kind === "risk" ? ["impact", "likelihood"] : ["impact"];

export const scoreName = (key: ColumnKey) => (key === "impact" ? "Impact" : "Likelihood");

const has = (view: RegisterView, key: ColumnKey) => view.mapping.columns[key] !== undefined;

/** Whether every score column the register has holds a whole number from 1 to 5 in this row. */
export function scoresValid(view: RegisterView, row: number): boolean {
  return scoreKeys(view.snapshot.def.kind).every((key) => !has(view, key) || isScore(view.value(row, key)));
}

/** The row's RAG override: what is in the cell, and the RAG it names (null when blank or not a RAG). */
export function ragOverride(view: RegisterView, row: number): { raw: CellValue; rag: Rag | null } {
  const raw = view.value(row, "ragOverride");
  if (raw === null) return { raw, rag: null };
  const up = asText(raw).trim().toUpperCase();
  return { raw, rag: (RAG_VALUES as readonly string[]).includes(up) ? (up as Rag) : null };
}

export interface ComputedCell {
  key: ColumnKey;
  got: CellValue;
  want: CellValue;
  same: boolean;
  isFormula: boolean;
}

/** What the policy gives for the row's scores, and each computed cell the register has against it. */
export function computedRow(view: RegisterView, row: number, settings: Settings) {
  const kind = view.snapshot.def.kind;
  const impact = view.value(row, "impact");
  const severity = kind === "risk" ? severityOf(impact, view.value(row, "likelihood")) : null;
  const band = kind === "risk" ? (bandFor(severity, settings)?.name ?? null) : null;
  const computedRag = kind === "risk" ? riskRagFor(severity, settings) : issueRagFor(impact, settings);
  // Each computed cell is judged against the cell it is computed from, so one wrong cell gives one finding.
  const shownSeverity = has(view, "severity") ? view.value(row, "severity") : severity;
  const shownBand = has(view, "band") ? view.value(row, "band") : band;
  const bandFromShown =
    typeof shownSeverity === "number" ? (bandFor(shownSeverity, settings)?.name ?? null) : null;
  const ragFromShownBand =
    typeof shownBand === "string"
      ? (settings.riskRag[
          settings.bands.find((b) => b.name.toUpperCase() === shownBand.toUpperCase())?.name ?? ""
        ] ?? null)
      : null;
  const shownComputedRag = has(view, "computedRag") ? view.value(row, "computedRag") : computedRag;
  const expected: Partial<Record<ColumnKey, CellValue>> =
    kind === "risk" ? { severity, band: bandFromShown, computedRag: ragFromShownBand } : { computedRag };
  const override = ragOverride(view, row);
  if (override.raw === null || override.rag !== null) expected.rag = override.rag ?? shownComputedRag;
  const cells: ComputedCell[] = [];
  for (const [key, want] of Object.entries(expected) as Array<[ColumnKey, CellValue]>) {
    if (!has(view, key)) continue;
    const got = view.value(row, key);
    const same =
      got === want ||
      (typeof got === "string" && typeof want === "string" && got.toUpperCase() === want.toUpperCase());
    cells.push({ key, got, want, same, isFormula: view.isFormula(row, key) });
  }
  return { impact, severity, band, computedRag, override: override.rag, cells };
}

/** The one fix the add-in applies itself: the column's formula back in the cell. */
export const restoreFormula = (view: RegisterView, row: number, key: ColumnKey) => ({
  key: key as "severity",
  sheetRow: view.snapshot.top + 1 + row,
});

/** The columns of a kind that hold text (ids, statuses and dates included), in the kind's order. */
export const textKeys = (kind: RegisterKind): ColumnKey[] =>
  columnsFor(kind)
    .filter((c) => c.role === "text" || c.role === "id" || c.role === "status" || c.role === "date")
    .map((c) => c.key);

/** The same, for all the given kinds: what a text rule declares it reads. */
export const textKeysOf = (kinds: readonly RegisterKind[]): ColumnKey[] => [
  ...new Set(kinds.flatMap(textKeys)),
];
