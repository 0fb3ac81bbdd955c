// The formulas that keep a register governed without the add-in: severity, band, computed RAG and
// RAG status. They carry the policy as constants, so a settings change rewrites them (and the
// workbook needs no hidden lookups to stay correct for a colleague without the add-in).
import type { ColumnKey } from "./columns";
import { KINDS, SCORE_COLUMNS } from "./registerKinds";
import type { RegisterKind, Settings } from "./settings";

export type ColumnLetters = Partial<Record<ColumnKey, string>>;

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function severityFormula(c: ColumnLetters, row: number, set = SCORE_COLUMNS.current): string {
  const i = `${c[set.impact]}${row}`;
  const l = `${c[set.likelihood]}${row}`;
  return `=IF(AND(ISNUMBER(${i}),ISNUMBER(${l})),${i}*${l},"")`;
}

export function bandFormula(
  c: ColumnLetters,
  row: number,
  settings: Settings,
  set = SCORE_COLUMNS.current,
): string {
  const s = `${c[set.severity]}${row}`;
  const bands = [...settings.bands].sort((a, b) => a.min - b.min);
  // Bands cover 1–25 without gaps (settings validation), so each test needs only the upper limit.
  let expr = '""';
  for (let k = bands.length - 1; k >= 0; k--)
    expr = `IF(${s}<=${bands[k]!.max},${str(bands[k]!.name)},${expr})`;
  return `=IF(N(${s})<1,"",${expr})`;
}

export function riskComputedRagFormula(c: ColumnLetters, row: number, settings: Settings): string {
  const b = `${c.band}${row}`;
  let expr = '""';
  for (const band of [...settings.bands].reverse()) {
    const rag = settings.riskRag[band.name];
    if (rag) expr = `IF(${b}=${str(band.name)},${str(rag)},${expr})`;
  }
  return `=${expr}`;
}

export function issueComputedRagFormula(c: ColumnLetters, row: number, settings: Settings): string {
  const i = `${c.impact}${row}`;
  let expr = '""';
  for (let score = 5; score >= 1; score--)
    expr = `IF(${i}=${score},${str(settings.issueRag[score - 1]!)},${expr})`;
  return `=IF(ISNUMBER(${i}),${expr},"")`;
}

/** RAG status is the recorded judgement where there is one, else the policy's RAG. */
export function ragStatusFormula(c: ColumnLetters, row: number): string {
  const o = `${c.ragOverride}${row}`;
  return `=IF(${o}<>"",${o},${c.computedRag}${row})`;
}

/**
 * Next review: the last review plus the months its band's cadence gives (EDATE keeps the day of the
 * month, and takes the month's last day where the day does not exist). Blank until reviewed.
 */
export function nextReviewFormula(c: ColumnLetters, row: number, settings: Settings): string {
  const last = `${c.lastReviewed}${row}`;
  const b = `${c.band}${row}`;
  let months = "";
  for (const band of [...settings.bands].reverse()) {
    const n = settings.reviewCadence[band.name];
    if (n) months = `IF(${b}=${str(band.name)},${n},${months || '""'})`;
  }
  if (!months) return '=""';
  return `=IF(OR(NOT(ISNUMBER(${last})),${b}=""),"",EDATE(${last},${months}))`;
}

/**
 * The formula each computed column of a register row should hold, for the columns it has (an
 * inherent or target score's formulas only where the register shows that score).
 */
export function computedFormulas(
  kind: RegisterKind,
  c: ColumnLetters,
  row: number,
  settings: Settings,
): Partial<Record<ColumnKey, string>> {
  const spec = KINDS[kind];
  const out: Partial<Record<ColumnKey, string>> = {};
  if (spec.hasLikelihood) {
    for (const setName of spec.scoreSets) {
      const set = SCORE_COLUMNS[setName];
      if (!c[set.impact] || !c[set.likelihood]) continue;
      if (c[set.severity]) out[set.severity] = severityFormula(c, row, set);
      if (c[set.severity] && c[set.band]) out[set.band] = bandFormula(c, row, settings, set);
    }
  }
  if (spec.ragFrom === "band") out.computedRag = riskComputedRagFormula(c, row, settings);
  if (spec.ragFrom === "impact") out.computedRag = issueComputedRagFormula(c, row, settings);
  if (spec.ragFrom) out.rag = ragStatusFormula(c, row);
  if (spec.reviewed && c.nextReview && c.lastReviewed && c.band)
    out.nextReview = nextReviewFormula(c, row, settings);
  return out;
}
