// What each kind of register is, as data: its words, the scores it is governed by, how its RAG is
// worked out and which columns Check cannot do without. Code asks the kind; it never branches on it.
import type { ColumnKey, ScoreSet } from "./columns";
import type { RegisterKind } from "./kindNames";

/** One Impact × Likelihood score of a risk: its columns. The current score is the one the Panel prints. */
export interface ScoreColumns {
  set: ScoreSet;
  impact: ColumnKey;
  likelihood: ColumnKey;
  severity: ColumnKey;
  band: ColumnKey;
}

export const SCORE_COLUMNS: Record<ScoreSet, ScoreColumns> = {
  inherent: {
    set: "inherent",
    impact: "inherentImpact",
    likelihood: "inherentLikelihood",
    severity: "inherentSeverity",
    band: "inherentBand",
  },
  current: { set: "current", impact: "impact", likelihood: "likelihood", severity: "severity", band: "band" },
  target: {
    set: "target",
    impact: "targetImpact",
    likelihood: "targetLikelihood",
    severity: "targetSeverity",
    band: "targetBand",
  },
};

export const SCORE_SET_LABELS: Record<ScoreSet, string> = {
  inherent: "Inherent (before controls)",
  current: "Current",
  target: "Target",
};

export interface KindSpec {
  kind: RegisterKind;
  /** "Risk register", as the Registers section lists it. */
  label: string;
  /** "Risk", "Issue", "Action": how one entry is named in a message. */
  entry: string;
  /** The description field's label, as the paper heads it. */
  descriptionLabel: string;
  /**
   * How the policy's RAG is worked out: from the severity band (risks), from Impact alone (issues,
   * the Panel's practice), or not at all (actions have a status, not a RAG).
   */
  ragFrom: "band" | "impact" | null;
  /** Score sets the kind can carry (risks all three; issues the current Impact only). */
  scoreSets: readonly ScoreSet[];
  /** Whether the kind has a Likelihood (issues have happened: Impact only). */
  hasLikelihood: boolean;
  /** Columns without which Check cannot check a register of this kind. */
  essential: readonly ColumnKey[];
  /** Whether the next review date is worked out from the band's cadence. */
  reviewed: boolean;
  /** Header words that say a pasted register is of this kind (none: the default kind, risk). */
  detect: RegExp | null;
  /** A header row is a register's only with a number or description and one of these columns. */
  headerCore: readonly ColumnKey[];
  /** "sequence": 1, 2… or OPSG-001 (prefix and zeros); "minutes": the meeting and the action, SECP47/02. */
  numbering: "sequence" | "minutes";
}

export const KINDS: Record<RegisterKind, KindSpec> = {
  risk: {
    kind: "risk",
    label: "Risk register",
    entry: "Risk",
    descriptionLabel: "There is a risk that…",
    ragFrom: "band",
    scoreSets: ["inherent", "current", "target"],
    hasLikelihood: true,
    essential: [
      "number",
      "description",
      "impact",
      "likelihood",
      "severity",
      "band",
      "computedRag",
      "ragOverride",
      "ragRationale",
      "rag",
    ],
    reviewed: true,
    detect: null,
    headerCore: ["impact", "severity", "mitigations"],
    numbering: "sequence",
  },
  issue: {
    kind: "issue",
    label: "Issue register",
    entry: "Issue",
    descriptionLabel: "There is an issue that…",
    ragFrom: "impact",
    scoreSets: ["current"],
    hasLikelihood: false,
    essential: ["number", "description", "impact", "computedRag", "ragOverride", "ragRationale", "rag"],
    reviewed: false,
    detect: /there is an issue|issue no|issue number|issue category/,
    headerCore: ["impact", "severity", "mitigations"],
    numbering: "sequence",
  },
  action: {
    kind: "action",
    label: "Action log",
    entry: "Action",
    descriptionLabel: "Action",
    ragFrom: null,
    scoreSets: [],
    hasLikelihood: false,
    essential: ["number", "description", "owner", "dueDate", "status"],
    reviewed: false,
    detect: /action no|action number|action ref|action id|action owner|actions outstanding/,
    headerCore: ["dueDate", "owner", "status"],
    numbering: "minutes",
  },
};

export function kindSpec(kind: RegisterKind): KindSpec {
  return KINDS[kind];
}

/** The score columns a register of this kind validates as 1–5 (for the sets it shows). */
export function scoreKeysFor(kind: RegisterKind, shown: readonly ScoreSet[] = ["current"]): ColumnKey[] {
  const spec = KINDS[kind];
  return spec.scoreSets
    .filter((set) => set === "current" || shown.includes(set))
    .flatMap((set) => {
      const c = SCORE_COLUMNS[set];
      return spec.hasLikelihood ? [c.impact, c.likelihood] : [c.impact];
    });
}

/** Whether a score column is a Likelihood (its level names are Likelihood's, not Impact's). */
export function isLikelihoodKey(key: ColumnKey): boolean {
  return key === "likelihood" || key === "inherentLikelihood" || key === "targetLikelihood";
}

/** The score sets a register of this kind shows, of those its definition asks for. */
export function shownScoreSets(kind: RegisterKind, asked: readonly ScoreSet[] | undefined): ScoreSet[] {
  const can = KINDS[kind].scoreSets;
  return can.filter((s) => s === "current" || (asked ?? []).includes(s));
}
