// The formulas that keep a register governed without the add-in: severity, band, computed RAG and
// RAG status. They carry the policy as constants, so a settings change rewrites them (and the
// workbook needs no hidden lookups to stay correct for a colleague without the add-in).
import type { ColumnKey } from "./columns";
import type { Settings } from "./settings";

export type ColumnLetters = Partial<Record<ColumnKey, string>>;

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function severityFormula(c: ColumnLetters, row: number): string {
  const i = `${c.impact}${row}`;
  const l = `${c.likelihood}${row}`;
  return `=IF(AND(ISNUMBER(${i}),ISNUMBER(${l})),${i}*${l},"")`;
}

export function bandFormula(c: ColumnLetters, row: number, settings: Settings): string {
  const s = `${c.severity}${row}`;
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

/** The formula each computed column of a register row should hold. */
export function computedFormulas(
  kind: "risk" | "issue",
  c: ColumnLetters,
  row: number,
  settings: Settings,
): Partial<Record<ColumnKey, string>> {
  if (kind === "risk") {
    return {
      severity: severityFormula(c, row),
      band: bandFormula(c, row, settings),
      computedRag: riskComputedRagFormula(c, row, settings),
      rag: ragStatusFormula(c, row),
    };
  }
  return { computedRag: issueComputedRagFormula(c, row, settings), rag: ragStatusFormula(c, row) };
}
