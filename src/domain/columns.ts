// The columns of each kind of register: headers from the seed papers plus what a real register needs.
import type { RegisterKind } from "./kindNames";

export type ColumnKey =
  | "number"
  | "description"
  | "impacts"
  | "category"
  | "associatedRisks"
  | "dateRaised"
  | "impact"
  | "likelihood"
  | "severity"
  | "band"
  | "mitigations"
  | "computedRag"
  | "ragOverride"
  | "ragRationale"
  | "rag"
  | "status"
  | "owner"
  | "lastReviewed"
  | "escalatedFrom"
  | "escalatedTo"
  | "associatedIssue"
  // Risk practice (issue 14): the impact category appetite is set by, inherent and target scores, review.
  | "riskCategory"
  | "inherentImpact"
  | "inherentLikelihood"
  | "inherentSeverity"
  | "inherentBand"
  | "targetImpact"
  | "targetLikelihood"
  | "targetSeverity"
  | "targetBand"
  | "targetDate"
  | "nextReview"
  // The action log.
  | "meeting"
  | "dueDate"
  | "linkedIssues"
  | "updates";

/** The three scores of a risk (ISO 31000, the Orange Book): before controls, now, and aimed for. */
export const SCORE_SETS = ["inherent", "current", "target"] as const;
export type ScoreSet = (typeof SCORE_SETS)[number];

/** How a column's cells are governed. */
export type ColumnRole = "id" | "text" | "score" | "formula" | "rag" | "date" | "status";

export interface ColumnDef {
  key: ColumnKey;
  header: string;
  role: ColumnRole;
  /** Width in points for a register sheet. */
  width: number;
  /** Normalised header texts that name this column, best first, with a match strength. */
  aliases: ReadonlyArray<readonly [string, number]>;
  /** A column of the inherent or target score: a register has it only when it shows that score. */
  scoreSet?: Exclude<ScoreSet, "current">;
  /** A formula whose result is a date (shown with the register's date format). */
  dateResult?: true;
}

const col = (
  key: ColumnKey,
  header: string,
  role: ColumnRole,
  width: number,
  aliases: Array<[string, number]>,
): ColumnDef => ({
  key,
  header,
  role,
  width,
  aliases: [[normaliseHeader(header), 100], ...aliases],
});

export function normaliseHeader(text: unknown): string {
  return (
    String(text ?? "")
      .toLowerCase()
      // Zero-width characters pasted from Word or a PDF name nothing (non-breaking spaces are \s).
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
      .replace(/…|\.\.\./g, "")
      .replace(/[‐‑–—]/g, "-")
      .replace(/\(\s*1\s*-\s*5\s*\)/g, "(1-5)")
      .replace(/\s+/g, " ")
      .replace(/[:.]+$/g, "")
      .trim()
  );
}

/** Impact, Likelihood, Severity and Band of the inherent or target score, named as registers name them. */
function scoreSetColumns(
  set: "inherent" | "target",
  label: "Inherent" | "Target",
  words: Array<[string, number]>,
): ColumnDef[] {
  const named = (what: string, strength: number): Array<[string, number]> => [
    ...words.map(([w, n]): [string, number] => [`${w} ${what}`, Math.min(n, strength)]),
    [`${set} ${what} score`, strength],
  ];
  const key = (what: "Impact" | "Likelihood" | "Severity" | "Band") => `${set}${what}` as ColumnKey;
  return [
    { ...col(key("Impact"), `${label} Impact`, "score", 60, named("impact", 95)), scoreSet: set },
    {
      ...col(key("Likelihood"), `${label} Likelihood`, "score", 70, [
        ...named("likelihood", 95),
        ...named("probability", 90),
      ]),
      scoreSet: set,
    },
    {
      ...col(key("Severity"), `${label} Severity`, "formula", 60, [
        ...named("severity", 95),
        ...named("score", 85),
        ...named("rating", 85),
        ...named("risk score", 90),
        [`${set} score`, 90],
        [`${set} rating`, 85],
        [`${set} risk score`, 95],
        [`${set} risk`, 70],
      ]),
      scoreSet: set,
    },
    { ...col(key("Band"), `${label} Band`, "formula", 75, named("band", 95)), scoreSet: set },
  ];
}

const shared = {
  computedRag: col("computedRag", "Computed RAG", "formula", 70, [
    ["policy rag", 90],
    ["rag (policy)", 90],
  ]),
  ragOverride: col("ragOverride", "RAG Override", "rag", 70, [
    ["override", 60],
    ["rag judgement", 80],
  ]),
  ragRationale: col("ragRationale", "RAG Rationale", "text", 160, [
    ["override rationale", 90],
    ["rationale", 60],
  ]),
  rag: col("rag", "RAG Status", "formula", 70, [
    ["rag", 90],
    ["status rag", 60],
  ]),
  owner: col("owner", "Owner", "text", 90, [
    ["risk owner", 95],
    ["issue owner", 95],
    ["owner", 95],
    ["action owner", 60],
  ]),
  lastReviewed: col("lastReviewed", "Last Reviewed", "date", 80, [
    ["last review", 90],
    ["last review date", 90],
    ["reviewed", 60],
    ["review date", 80],
    ["date reviewed", 80],
  ]),
  nextReview: {
    ...col("nextReview", "Next Review", "formula", 80, [
      ["next review date", 95],
      ["review due", 90],
      ["next review due", 95],
      ["due for review", 80],
    ]),
    dateResult: true as const,
  },
  dateRaised: col("dateRaised", "Date Raised", "date", 80, [
    ["raised", 60],
    ["date opened", 80],
    ["date added", 70],
    ["date identified", 90],
    ["date logged", 90],
    ["opened", 70],
    ["identified", 60],
    ["logged", 60],
  ]),
};

export const RISK_COLUMNS: readonly ColumnDef[] = [
  col("number", "#", "id", 45, [
    ["risk number", 95],
    ["risk no", 95],
    ["risk id", 90],
    ["risk ref", 90],
    ["no", 70],
    ["ref", 60],
    ["ref no", 70],
    ["reference", 60],
    ["id", 50],
  ]),
  col("description", "There is a risk that…", "text", 260, [
    ["there is a risk that", 100],
    ["risk description", 95],
    ["description", 70],
    ["risk title", 80],
    ["title", 60],
    ["risk", 50],
  ]),
  col("impacts", "Impacts", "text", 200, [
    ["impacts", 95],
    ["impact description", 95],
    ["the impacts of the risk are", 95],
    ["impact", 40],
  ]),
  col("riskCategory", "Impact Category", "text", 100, [
    ["risk category", 95],
    ["category", 80],
    ["impact type", 70],
  ]),
  ...scoreSetColumns("inherent", "Inherent", [
    ["gross", 90],
    ["pre-mitigation", 90],
    ["before controls", 85],
    ["untreated", 80],
  ]),
  col("impact", "Impact (1-5)", "score", 60, [
    ["impact score", 95],
    ["current impact", 95],
    ["residual impact", 90],
    ["consequence", 90],
    ["consequence score", 95],
    ["impact", 50],
    ["i", 30],
    ["c", 30],
  ]),
  col("likelihood", "Likelihood (1-5)", "score", 70, [
    ["likelihood score", 95],
    ["current likelihood", 95],
    ["residual likelihood", 90],
    ["likelihood", 90],
    ["probability", 90],
    ["probability score", 95],
    ["l", 30],
    ["p", 30],
  ]),
  col("severity", "Severity", "formula", 60, [
    ["severity rating", 95],
    ["severity score", 95],
    ["risk score", 90],
    ["risk rating", 90],
    ["risk level", 80],
    ["rating", 70],
    ["score", 60],
  ]),
  col("band", "Severity Band", "formula", 75, [
    ["band", 90],
    ["severity label", 90],
    ["severity level", 80],
  ]),
  col("mitigations", "Mitigation (Planned and/or ongoing actions in italics)", "text", 330, [
    ["mitigation", 95],
    ["mitigations", 95],
    ["mitigation actions", 95],
    ["mitigating actions", 95],
    ["actions", 60],
    ["controls", 60],
    ["existing controls", 80],
    ["treatment", 60],
    ["risk treatment", 80],
    ["action plan", 60],
  ]),
  ...scoreSetColumns("target", "Target", [
    ["post-mitigation", 90],
    ["after controls", 85],
    ["tolerable", 60],
  ]),
  {
    // The date the target score is to be reached: part of the target score.
    ...col("targetDate", "Target Date", "date", 80, [
      ["target score date", 90],
      ["date to reach target", 90],
      ["target by", 80],
    ]),
    scoreSet: "target" as const,
  },
  shared.computedRag,
  shared.ragOverride,
  shared.ragRationale,
  shared.rag,
  col("status", "Status", "status", 80, [
    ["risk status", 95],
    ["state", 50],
  ]),
  shared.owner,
  shared.dateRaised,
  shared.lastReviewed,
  shared.nextReview,
  col("escalatedFrom", "Escalated From", "text", 110, [
    ["source", 40],
    ["escalated from register", 90],
  ]),
  col("escalatedTo", "Escalated To", "text", 110, [["escalated", 60]]),
  col("associatedIssue", "Associated Issue", "text", 90, [
    ["issue no", 70],
    ["associated issue no", 95],
    ["became issue", 80],
  ]),
];

export const ISSUE_COLUMNS: readonly ColumnDef[] = [
  col("number", "Issue No.", "id", 45, [
    ["issue number", 95],
    ["issue no", 100],
    ["issue id", 90],
    ["issue ref", 90],
    ["#", 90],
    ["no", 70],
    ["ref", 60],
    ["reference", 60],
    ["id", 50],
  ]),
  shared.dateRaised,
  col("category", "Issue Category", "text", 100, [["category", 90]]),
  col("associatedRisks", "Associated Risk No.", "text", 80, [
    ["associated risk no", 100],
    ["associated risk", 95],
    ["associated risks", 95],
    ["risk no", 70],
    ["risk", 40],
  ]),
  col("description", "There is an Issue that…", "text", 220, [
    ["there is an issue that", 100],
    ["issue description", 95],
    ["description", 70],
    ["issue title", 80],
    ["title", 60],
    ["issue", 50],
  ]),
  col("impacts", "The Impacts of the Issues are...", "text", 200, [
    ["the impacts of the issues are", 100],
    ["the impacts of the issue are", 100],
    ["impacts", 90],
    ["impact description", 90],
    ["impact", 40],
  ]),
  col("impact", "Impact (1-5)", "score", 60, [
    ["impact score", 95],
    ["consequence", 90],
    ["impact", 50],
  ]),
  col("mitigations", "Mitigation and Actions Required (Planned actions in italics)", "text", 330, [
    ["mitigation and actions required", 100],
    ["mitigation", 95],
    ["mitigations", 95],
    ["actions required", 90],
    ["actions", 60],
    ["controls", 60],
    ["treatment", 60],
  ]),
  shared.computedRag,
  shared.ragOverride,
  shared.ragRationale,
  shared.rag,
  col("status", "Status", "status", 80, [
    ["issue status", 95],
    ["state", 50],
  ]),
  shared.owner,
  shared.lastReviewed,
  col("escalatedFrom", "Raised From", "text", 110, [
    ["raised from", 100],
    ["source", 40],
  ]),
];

/** The action log: the minutes' actions ("ACTION SECP47/02: SECAS to provide a paper…"). */
export const ACTION_COLUMNS: readonly ColumnDef[] = [
  col("number", "Action No.", "id", 70, [
    ["action number", 95],
    ["action no", 100],
    ["action ref", 90],
    ["action id", 90],
    ["action", 60],
    ["ref", 60],
    ["reference", 60],
    ["no", 60],
    ["#", 60],
  ]),
  col("meeting", "Meeting", "text", 80, [
    ["meeting no", 90],
    ["meeting number", 90],
    ["meeting ref", 90],
    ["panel meeting", 80],
  ]),
  col("dateRaised", "Date Raised", "date", 80, [
    ["meeting date", 90],
    ["date", 60],
    ["raised", 60],
    ["date opened", 80],
    ["date added", 70],
  ]),
  col("owner", "Owner", "text", 90, [
    ["action owner", 95],
    ["by whom", 80],
    ["responsible", 70],
    ["who", 60],
  ]),
  col("description", "Action", "text", 300, [
    ["action description", 95],
    ["description", 80],
    ["action required", 90],
    ["actions", 70],
    ["details", 50],
  ]),
  col("dueDate", "Due Date", "date", 80, [
    ["due", 90],
    ["due by", 90],
    ["target date", 80],
    ["deadline", 80],
    ["by when", 80],
  ]),
  col("status", "Status", "status", 80, [
    ["action status", 95],
    ["state", 50],
  ]),
  col("associatedRisks", "Linked Risks", "text", 80, [
    ["risks", 80],
    ["risk no", 80],
    ["associated risks", 90],
    ["related risks", 90],
  ]),
  col("linkedIssues", "Linked Issues", "text", 80, [
    ["issues", 80],
    ["issue no", 80],
    ["associated issues", 90],
    ["related issues", 90],
  ]),
  col("updates", "Updates", "text", 260, [
    ["update", 95],
    ["progress", 85],
    ["comments", 70],
    ["notes", 60],
  ]),
];

export const AUDIT_COLUMNS = ["Timestamp", "Action", "Register", "Source", "Target", "Summary"] as const;

const COLUMNS_BY_KIND: Record<RegisterKind, readonly ColumnDef[]> = {
  risk: RISK_COLUMNS,
  issue: ISSUE_COLUMNS,
  action: ACTION_COLUMNS,
};

/** Every column a register of this kind can have (a header of any of them is recognised). */
export function columnsFor(kind: RegisterKind): readonly ColumnDef[] {
  return COLUMNS_BY_KIND[kind];
}

/** Every column any register can have. */
export const ALL_COLUMN_KEYS: readonly ColumnKey[] = [
  ...new Set(Object.values(COLUMNS_BY_KIND).flatMap((cols) => cols.map((c) => c.key))),
];

/**
 * The columns a register's table has: its kind's, less the inherent and target scores it does not
 * show (a register setting; the Panel's paper shows the current score only).
 */
export function registerColumns(def: {
  kind: RegisterKind;
  scoreSets?: readonly ScoreSet[] | undefined;
}): readonly ColumnDef[] {
  const shown = new Set<ScoreSet>(def.scoreSets ?? ["current"]);
  return columnsFor(def.kind).filter((c) => !c.scoreSet || shown.has(c.scoreSet));
}

export function columnDef(kind: RegisterKind, key: ColumnKey): ColumnDef | undefined {
  return columnsFor(kind).find((c) => c.key === key);
}

export const RISK_STATUSES = ["Open", "Escalated", "Closed", "Became issue"] as const;
export const ISSUE_STATUSES = ["Open", "Closed"] as const;
/** An action's states as the Panel's Actions Outstanding reports them. */
export const ACTION_STATUSES = ["Open", "On target", "Overdue", "Closed"] as const;
const STATUSES_BY_KIND: Record<RegisterKind, readonly string[]> = {
  risk: RISK_STATUSES,
  issue: ISSUE_STATUSES,
  action: ACTION_STATUSES,
};

/** A risk or issue is live unless it was closed or became an issue. Blank status means open. */
export function isLiveStatus(status: unknown): boolean {
  const s = String(status ?? "")
    .trim()
    .toLowerCase();
  return s === "" || s === "open" || s === "escalated" || s === "on target" || s === "overdue";
}

export function statusesFor(kind: RegisterKind): readonly string[] {
  return STATUSES_BY_KIND[kind];
}
