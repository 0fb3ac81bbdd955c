// Small registers for the Check rules' tests: a header row on sheet row 1 (0-based 0), data from row 2.
import { gatherFacts, runRules, type Rule } from "../../../src/domain/check";
import type { Finding } from "../../../src/domain/findings";
import { viewRegister, type CellValue, type RegisterSnapshot } from "../../../src/domain/register";
import {
  DEFAULT_SETTINGS,
  PANEL_ISSUES,
  PANEL_RISKS,
  type RegisterDefinition,
} from "../../../src/domain/settings";

export const settings = DEFAULT_SETTINGS;

/**
 * A register as read: headers, then rows. `formulas` (optional) is the formulas grid of the data rows:
 * a cell whose text starts with "=" and differs from the value counts as a formula (formulaCells.ts).
 */
export function snapshot(
  def: RegisterDefinition,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  formulas: readonly (readonly CellValue[])[] | null = null,
): RegisterSnapshot {
  return {
    def,
    sheet: def.sheet,
    top: 0,
    left: 0,
    headers: [...headers],
    values: rows.map((r) => [...r]),
    formulaCells: formulas
      ? { areas: null, formulas: formulas.map((r) => [...r]) }
      : { areas: [], formulas: null },
  };
}

/** A Panel risk register's headers as adopted, enough for every rule to have its columns. */
export const RISK_HEADERS = [
  "#",
  "There is a risk that…",
  "Impact (1-5)",
  "Likelihood (1-5)",
  "Severity",
  "Severity Band",
  "Computed RAG",
  "RAG Override",
  "RAG Rationale",
  "RAG Status",
  "Status",
] as const;

export const ISSUE_HEADERS = [
  "Issue No.",
  "Associated Risk No.",
  "There is an Issue that…",
  "Impact (1-5)",
  "Computed RAG",
  "RAG Override",
  "RAG Rationale",
  "RAG Status",
  "Status",
] as const;

/** A sound risk row for RISK_HEADERS: 4 × 3 = 12, Moderate, AMBER. */
export function riskRow(n: CellValue, over: Partial<Record<(typeof RISK_HEADERS)[number], CellValue>> = {}) {
  const row: Record<string, CellValue> = {
    "#": n,
    "There is a risk that…": `Risk ${String(n)} happens.`,
    "Impact (1-5)": 4,
    "Likelihood (1-5)": 3,
    Severity: 12,
    "Severity Band": "Moderate",
    "Computed RAG": "AMBER",
    "RAG Override": null,
    "RAG Rationale": null,
    "RAG Status": "AMBER",
    Status: "Open",
    ...over,
  };
  return RISK_HEADERS.map((h) => row[h] ?? null);
}

/** The formulas grid for risk rows whose computed columns hold formulas (any "=" text will do). */
export function riskFormulas(rows: readonly (readonly CellValue[])[]) {
  const computed = new Set(["Severity", "Severity Band", "Computed RAG", "RAG Status"]);
  return rows.map((r) => r.map((v, i) => (computed.has(RISK_HEADERS[i]!) ? "=F()" : v)));
}

/** A sound issue row for ISSUE_HEADERS: Impact 2, AMBER. */
export function issueRow(
  n: CellValue,
  over: Partial<Record<(typeof ISSUE_HEADERS)[number], CellValue>> = {},
) {
  const row: Record<string, CellValue> = {
    "Issue No.": n,
    "Associated Risk No.": null,
    "There is an Issue that…": `Issue ${String(n)} happened.`,
    "Impact (1-5)": 2,
    "Computed RAG": "AMBER",
    "RAG Override": null,
    "RAG Rationale": null,
    "RAG Status": "AMBER",
    Status: "Open",
    ...over,
  };
  return ISSUE_HEADERS.map((h) => row[h] ?? null);
}

export function issueFormulas(rows: readonly (readonly CellValue[])[]) {
  const computed = new Set(["Computed RAG", "RAG Status"]);
  return rows.map((r) => r.map((v, i) => (computed.has(ISSUE_HEADERS[i]!) ? "=F()" : v)));
}

export const risks = (rows: readonly (readonly CellValue[])[], formulas = riskFormulas(rows)) =>
  snapshot(PANEL_RISKS, RISK_HEADERS, rows, formulas);
export const issues = (rows: readonly (readonly CellValue[])[], formulas = issueFormulas(rows)) =>
  snapshot(PANEL_ISSUES, ISSUE_HEADERS, rows, formulas);

/** One rule's findings on the registers (the first register's facts as checkRegisters gathers them). */
export function findingsOf(rule: Rule, ...snapshots: RegisterSnapshot[]): Finding[] {
  const views = snapshots.map(viewRegister);
  const facts = gatherFacts(views);
  return views.flatMap((v) => runRules(v, settings, facts, [[rule]]));
}

/** The findings in short: "rule address message". */
export const brief = (findings: readonly Finding[]) => findings.map((f) => `${f.address} ${f.message}`);
