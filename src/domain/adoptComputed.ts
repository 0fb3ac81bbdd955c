// Which computed cells of a pasted row become formulas at adoption, and what each will then show.
// The rule (issue 11): a typed severity, band or RAG becomes the formula only where it equals exactly
// what the formula gives, evaluated as Excel will evaluate it, from the cells the formula reads after
// adoption (a kept typed severity feeds the band formula). Otherwise the typed value stays, so every
// cell shows what it showed before; Check reports it. A RAG that differs from the policy's, where the
// scores give one, is a judgement: it moves to RAG Override and RAG Status shows it through the formula.
import type { ColumnKey } from "./columns";
import { KINDS, SCORE_COLUMNS } from "./registerKinds";
import type { CellValue } from "./register";
import { RAG_VALUES, type RegisterKind, type Settings } from "./settings";

/** "formula": equals what the formula gives; "filled": blank, gets the formula; "kept": stays typed. */
export type ComputedDecision = "formula" | "filled" | "kept" | "judgement";

export interface ComputedRow {
  /** Cell values after adoption's other writes (scores converted where the user accepted). */
  value: (key: ColumnKey) => CellValue;
  /** Whether the sheet has the column (an added column starts blank and always gets the formula). */
  has: (key: ColumnKey) => boolean;
  /** The inherent and target scores the sheet has (inheritedSets), worked out too; none if absent. */
  sets?: ReadonlyArray<"inherent" | "target">;
}

export interface ComputedOutcome {
  decisions: Partial<Record<ColumnKey, ComputedDecision>>;
  /** A RAG judgement to write into RAG Override. */
  override: string | null;
}

const norm = (v: CellValue): CellValue => (v === "" ? null : v);

/** What the severity formula gives: IF(AND(ISNUMBER(I),ISNUMBER(L)),I*L,""). */
export function severityGives(impact: CellValue, likelihood: CellValue): number | null {
  return typeof impact === "number" && typeof likelihood === "number" ? impact * likelihood : null;
}

/** What the band formula gives: IF(N(S)<1,"",IF(S<=max1,name1,…)). */
export function bandGives(severity: CellValue, settings: Settings): string | null {
  const n = typeof severity === "number" ? severity : typeof severity === "boolean" ? Number(severity) : 0;
  if (n < 1) return null;
  const band = [...settings.bands].sort((a, b) => a.min - b.min).find((b) => n <= b.max);
  return band?.name ?? null;
}

/** What the risk computed-RAG formula gives: IF(B="Low","GREEN",…); Excel's = ignores case. */
export function riskRagGives(band: CellValue, settings: Settings): string | null {
  if (typeof band !== "string") return null;
  const hit = settings.bands.find((b) => b.name.toUpperCase() === band.toUpperCase());
  return hit ? (settings.riskRag[hit.name] ?? null) : null;
}

/** What the issue computed-RAG formula gives: IF(ISNUMBER(I),IF(I=1,…),""). */
export function issueRagGives(impact: CellValue, settings: Settings): string | null {
  if (typeof impact !== "number" || !Number.isInteger(impact) || impact < 1 || impact > 5) return null;
  return settings.issueRag[impact - 1] ?? null;
}

export function decideComputed(kind: RegisterKind, row: ComputedRow, settings: Settings): ComputedOutcome {
  const decisions: ComputedOutcome["decisions"] = {};
  // Each column in formula order: what the cell will show feeds the next formula.
  const settle = (key: ColumnKey, gives: CellValue): CellValue => {
    const typed = norm(row.value(key));
    if (!row.has(key) || typed === null) {
      decisions[key] = row.has(key) ? "filled" : "formula";
      return gives;
    }
    if (gives !== null && typed === gives) {
      decisions[key] = "formula";
      return gives;
    }
    decisions[key] = "kept";
    return typed;
  };
  let computedRag: CellValue;
  if (kind === "risk") {
    const severity = settle("severity", severityGives(row.value("impact"), row.value("likelihood")));
    const band = settle("band", bandGives(severity, settings));
    computedRag = settle("computedRag", riskRagGives(band, settings));
  } else computedRag = settle("computedRag", issueRagGives(row.value("impact"), settings));
  // The inherent and target scores, where the sheet has them, are worked out as the current one is.
  for (const set of row.sets ?? []) {
    const c = SCORE_COLUMNS[set];
    const severity = settle(c.severity, severityGives(row.value(c.impact), row.value(c.likelihood)));
    settle(c.band, bandGives(severity, settings));
  }

  const typedOverride = row.has("ragOverride") ? norm(row.value("ragOverride")) : null;
  const typedRag = row.has("rag") ? norm(row.value("rag")) : null;
  let override: string | null = null;
  if (
    typedOverride === null &&
    typeof typedRag === "string" &&
    typeof computedRag === "string" &&
    typedRag !== computedRag &&
    (RAG_VALUES as readonly string[]).includes(typedRag.trim().toUpperCase()) &&
    typedRag.trim().toUpperCase() !== computedRag.toUpperCase()
  ) {
    override = typedRag.trim();
    decisions.rag = "judgement";
  } else settle("rag", typedOverride !== null ? typedOverride : norm(computedRag));
  return { decisions, override };
}

/** The inherent and target scores a sheet has (both their Impact and Likelihood columns). */
export function inheritedSets(
  kind: RegisterKind,
  has: (key: ColumnKey) => boolean,
): Array<"inherent" | "target"> {
  if (!KINDS[kind].hasLikelihood) return [];
  return (["inherent", "target"] as const).filter(
    (set) =>
      KINDS[kind].scoreSets.includes(set) &&
      has(SCORE_COLUMNS[set].impact) &&
      has(SCORE_COLUMNS[set].likelihood),
  );
}

/** The computed columns of the inherent and target scores a sheet has. */
export function inheritedComputedKeys(kind: RegisterKind, has: (key: ColumnKey) => boolean): ColumnKey[] {
  return inheritedSets(kind, has).flatMap((set) => [SCORE_COLUMNS[set].severity, SCORE_COLUMNS[set].band]);
}
