// The monthly paper's appendices, risk matrix and cover-note draft, laid out as pure data from the
// registers and a baseline (SECP_64_1101_02 is the model).
import type { Baseline } from "./baseline";
import { asText } from "./cellText";
import { displayDate, type DateOrder } from "./dates";
import type { MarkLookup } from "./bulletMarks";
import { baselineRowOf, redBullets } from "./changes";
import { isLiveStatus } from "./columns";
import type { RegisterKind } from "./kindNames";
import { IMPACT_CLASSIFICATION } from "./impactClassification";
import { bulletText, type Mitigation } from "./mitigations";
import { recordsOf, type RegisterRecord } from "./records";
import type { CellValue, RegisterSnapshot } from "./register";
import { SCALE_LEVELS } from "./scales";
import { bandFor, severityOf } from "./scoring";
import type { Rag, Settings } from "./settings";
import { appetiteState } from "./appetite";
import type { ScoreSet } from "./columns";
import { SCORE_COLUMNS, shownScoreSets } from "./registerKinds";
import { ARROW_LEGEND, arrowFor, movement, pointFromCells, pointIn } from "./trend";

export const RED_TEXT = "#FF0000";

export interface Bullet {
  text: string;
  /** Not in the baseline: printed in red. */
  isNew: boolean;
  /** Planned or ongoing: printed in italics. */
  planned: boolean;
}

export interface AppendixRow {
  id: string;
  /** The printed cells; the mitigation column's text is its bullets, one "• " line each. */
  values: Array<string | number>;
  bullets: Bullet[];
  rag: Rag | null;
}

export interface AppendixTable {
  sheet: string;
  title: string;
  intro: string;
  caption: string;
  headers: string[];
  /** Column widths in points. */
  widths: number[];
  /** Index of the mitigation column (rich text) and of the RAG column (filled). */
  mitigationCol: number;
  ragCol: number;
  /** Index of the movement column (Appendix A with movement arrows on), printed centred and bold. */
  trendCol?: number;
  /** Lines printed under the table (the movement arrows' legend). */
  legend?: string[];
  rows: AppendixRow[];
}

const INTRO_A =
  "The following table lists the SEC Panel risks, reflecting any updates made as part of the monthly review. The risks have been ordered from highest to lowest Severity. Any mitigations or actions activities in italics are those that are ongoing or require completion. Any mitigations or actions activities in red are those that are new.";
const INTRO_B =
  "The following table lists the SEC Panel issues, reflecting any new or updated issues made as part of the monthly review. Any mitigations or actions activities in italics are those that are ongoing or require completion. Any mitigations or actions activities in red are those that are new.";

export function bulletsOf(mitigations: readonly Mitigation[], fresh: Set<number>): Bullet[] {
  return mitigations.map((m, i) => ({
    text: `• ${bulletText(m)}`,
    isNew: fresh.has(i),
    planned: m.state === "planned",
  }));
}

function ragOf(v: CellValue): Rag | null {
  const up = asText(v).trim().toUpperCase();
  return up === "RED" || up === "AMBER" || up === "GREEN" ? up : null;
}

const num = (v: CellValue): number | string => (typeof v === "number" ? v : asText(v));

const NO_MARKS: MarkLookup = () => undefined;

/**
 * A printed entry: its bullets (red when not in the baseline, or marked new by hand; none red without a
 * baseline unless marked) and the cells `values` lays out around them.
 */
function appendixRow(
  r: RegisterRecord,
  register: RegisterSnapshot,
  baseline: Baseline | null,
  marks: MarkLookup,
  values: (bulletText: string) => Array<string | number>,
): AppendixRow {
  const bullets = bulletsOf(
    r.mitigations,
    redBullets(r.mitigations, baselineRowOf(baseline, register.def.id, r), !!baseline, (m) =>
      marks(register.def.id, r.key, m),
    ),
  );
  return {
    id: asText(r.id),
    values: values(bullets.map((b) => b.text).join("\n")),
    bullets,
    rag: ragOf(r.cells.rag ?? null),
  };
}

export interface MarkableEntry {
  registerId: string;
  registerName: string;
  kind: RegisterKind;
  key: string;
  id: string;
  bullets: Array<{
    /** The bullet as printed, without its marker. */
    text: string;
    /** Its words (what a mark names). */
    words: string;
    /** Printed red. */
    isNew: boolean;
    /** Marked by hand: true new, false not new; undefined when the baseline decides. */
    marked: boolean | undefined;
  }>;
}

/** A register's open entries with every bullet and whether the paper prints it red, for marking by hand. */
export function markableEntries(
  register: RegisterSnapshot,
  baseline: Baseline | null,
  marks: MarkLookup = NO_MARKS,
): MarkableEntry[] {
  return recordsOf(register)
    .filter((r) => r.key && isLiveStatus(r.cells.status) && r.mitigations.length)
    .map((r) => {
      const mark = (m: Mitigation) => marks(register.def.id, r.key, m);
      const red = redBullets(r.mitigations, baselineRowOf(baseline, register.def.id, r), !!baseline, mark);
      return {
        registerId: register.def.id,
        registerName: register.def.name,
        kind: register.def.kind,
        key: r.key!,
        id: asText(r.id),
        bullets: r.mitigations.map((m, i) => ({
          text: bulletText(m),
          words: m.text,
          isNew: red.has(i),
          marked: mark(m),
        })),
      };
    });
}

/** The movement column's header and width (points): a mark or "New" fits, taken from the mitigations' width. */
export const TREND_HEADER = "Trend";
export const TREND_COLUMN_WIDTH = 34;
const MITIGATION_WIDTH = 330;

/** Under Appendix A when movement arrows are on but no earlier paper was published: no column. */
export const NO_TREND_LEGEND = "Trend: no earlier paper has been published, so no movement is shown.";

/** Appendix A: open Panel risks, highest severity first, ties kept in register order. */
export function appendixA(
  panelRisks: RegisterSnapshot,
  baseline: Baseline | null,
  marks: MarkLookup = NO_MARKS,
  /** The scores the paper prints (the register's printedScores): the current only, as the seed paper. */
  printed: readonly ScoreSet[] = ["current"],
  /**
   * Movement arrows (issue 14, the paper's movementArrows setting): the settings a risk's RAG is worked
   * out under where its cell is blank. Each risk's movement since `baseline` (the paper compared with)
   * is printed in a "Trend" column after the severity, the legend under the table; without a baseline
   * there is nothing to compare with: no column, and a line saying so. Null: the seed paper's columns.
   */
  arrows: Settings | null = null,
): AppendixTable {
  const open = recordsOf(panelRisks).filter((r) => isLiveStatus(r.cells.status));
  const sev = (r: RegisterRecord) =>
    typeof r.cells.severity === "number"
      ? r.cells.severity
      : (severityOf(r.cells.impact, r.cells.likelihood) ?? 0);
  const sorted = open
    .map((r, order) => ({ r, order }))
    .sort((a, b) => sev(b.r) - sev(a.r) || a.order - b.order)
    .map((x) => x.r);
  // The inherent and target scores printed, after the current one (none: the seed paper's columns).
  const extra = otherScoreColumns(panelRisks, printed);
  const trend = arrows && baseline ? trendColumn(panelRisks, baseline, arrows) : null;
  const trendCols = trend ? [trend] : [];
  const at = 5 + trendCols.length + extra.length;
  const table: AppendixTable = {
    sheet: "Appendix A",
    title: "Appendix A - SEC Panel Risks",
    intro: INTRO_A,
    caption: "Table 2: SEC Panel Risks",
    headers: [
      "#",
      "There is a risk that…",
      "Impact (1-5)",
      "Likelihood (1-5)",
      "Severity",
      ...trendCols.map(() => TREND_HEADER),
      ...extra.map((x) => x.header),
      "Mitigation (Planned and/or ongoing actions in italics)",
      "RAG Status",
    ],
    // The movement column's width comes out of the mitigations', so the page prints at the same scale.
    widths: [
      28,
      210,
      52,
      60,
      52,
      ...trendCols.map(() => TREND_COLUMN_WIDTH),
      ...extra.map((x) => x.width),
      MITIGATION_WIDTH - trendCols.length * TREND_COLUMN_WIDTH,
      56,
    ],
    mitigationCol: at,
    ragCol: at + 1,
    rows: sorted.map((r) =>
      appendixRow(r, panelRisks, baseline, marks, (bullets) => [
        num(r.id),
        asText(r.cells.description),
        num(r.cells.impact ?? ""),
        num(r.cells.likelihood ?? ""),
        sev(r) || "",
        ...trendCols.map((t) => t(r)),
        ...extra.map((x) => x.value(r)),
        bullets,
        asText(r.cells.rag),
      ]),
    ),
  };
  if (!arrows) return table;
  return trend ? { ...table, trendCol: 5, legend: [ARROW_LEGEND] } : { ...table, legend: [NO_TREND_LEGEND] };
}

/** A risk's mark since the baseline: by severity, else by the RAG printed (src/domain/trend.ts movement). */
function trendColumn(
  register: RegisterSnapshot,
  baseline: Baseline,
  settings: Settings,
): (r: RegisterRecord) => string {
  const now = { baselineId: null, label: "Now", month: "Now", date: "" };
  return (r) =>
    arrowFor(
      movement(
        pointIn(baseline, register.def.id, r.id),
        pointFromCells(r.cells, settings, register.def.kind, now),
      ),
    );
}

/** Appendix A's columns for the inherent and target scores printed: severity, and the target's date. */
function otherScoreColumns(
  register: RegisterSnapshot,
  printed: readonly ScoreSet[],
): Array<{ header: string; width: number; value: (r: RegisterRecord) => string | number }> {
  const shown = new Set(shownScoreSets(register.def.kind, register.def.scoreSets));
  const out: Array<{ header: string; width: number; value: (r: RegisterRecord) => string | number }> = [];
  for (const set of ["inherent", "target"] as const) {
    if (!printed.includes(set) || !shown.has(set)) continue;
    const c = SCORE_COLUMNS[set];
    const label = set === "inherent" ? "Inherent" : "Target";
    out.push({
      header: `${label} Severity`,
      width: 60,
      value: (r) =>
        typeof r.cells[c.severity] === "number"
          ? (r.cells[c.severity] as number)
          : (severityOf(r.cells[c.impact], r.cells[c.likelihood]) ?? ""),
    });
    if (set === "target")
      out.push({ header: "Target Date", width: 70, value: (r) => displayDate(r.cells.targetDate) });
  }
  return out;
}

/**
 * The risks outside appetite (issue 14): each live Panel risk whose current band is above its impact
 * category's appetite, highest severity first, with the state of its mitigations. Printed after
 * Appendix A when the paper setting asks for it; null when no appetite is set.
 */
export function outsideAppetiteTable(panelRisks: RegisterSnapshot, settings: Settings): AppendixTable | null {
  if (Object.keys(settings.appetite).length === 0) return null;
  const sev = (r: RegisterRecord) =>
    typeof r.cells.severity === "number"
      ? r.cells.severity
      : (severityOf(r.cells.impact, r.cells.likelihood) ?? 0);
  const rows = recordsOf(panelRisks)
    .filter((r) => isLiveStatus(r.cells.status))
    .map((r, order) => ({
      r,
      order,
      s: appetiteState(
        {
          category: r.cells.riskCategory,
          band: r.cells.band ?? bandFor(sev(r), settings)?.name,
          mitigations: r.cells.mitigations,
        },
        settings,
      ),
    }))
    .filter((x) => x.s.outside)
    .sort((a, b) => sev(b.r) - sev(a.r) || a.order - b.order);
  const mitigationWords: Record<string, string> = {
    none: "None recorded",
    "in place only": "In place only: none planned",
    "planned or ongoing": "Planned or ongoing",
  };
  return {
    sheet: "Outside Appetite",
    title: "Risks outside appetite",
    intro:
      "The following table lists the SEC Panel risks whose current severity band is above the appetite set for their impact category, with the state of their mitigations. Risks without a planned or ongoing mitigation need the Panel's attention.",
    caption: "Table 3: SEC Panel risks outside appetite",
    headers: ["#", "There is a risk that…", "Impact Category", "Severity Band", "Appetite", "Mitigation"],
    widths: [28, 260, 100, 70, 70, 120],
    mitigationCol: 5,
    ragCol: 3,
    rows: rows.map(({ r, s }) => {
      const words = mitigationWords[s.mitigation]!;
      return {
        id: asText(r.id),
        values: [
          num(r.id),
          asText(r.cells.description),
          s.category ?? "",
          s.band ?? "",
          s.appetite ?? "",
          words,
        ],
        bullets: [{ text: words, isNew: false, planned: false }],
        rag: s.band ? (settings.riskRag[s.band] ?? null) : null,
      };
    }),
  };
}

/** Appendix B: open Panel issues, in register order. */
export function appendixB(
  panelIssues: RegisterSnapshot,
  baseline: Baseline | null,
  /** How a text date such as 03/07/2017 is read; the papers are British. */
  dateOrder: DateOrder = "dmy",
  marks: MarkLookup = NO_MARKS,
): AppendixTable {
  const open = recordsOf(panelIssues).filter((r) => isLiveStatus(r.cells.status));
  return {
    sheet: "Appendix B",
    title: "Appendix B - SEC Panel Issue Register",
    intro: INTRO_B,
    caption: "Table 3: SEC Panel Issue Register",
    headers: [
      "Issue No.",
      "Date Raised",
      "Issue Category",
      "Associated Risk No.",
      "There is an Issue that…",
      "The Impacts of the Issues are...",
      "Impact (1-5)",
      "Mitigation and Actions Required (Planned actions in italics)",
      "RAG Status",
    ],
    widths: [36, 56, 66, 56, 130, 130, 44, 250, 50],
    mitigationCol: 7,
    ragCol: 8,
    rows: open.map((r) =>
      appendixRow(r, panelIssues, baseline, marks, (bullets) => [
        num(r.id),
        displayDate(r.cells.dateRaised, dateOrder), // a serial or a text date, printed "14 July 2017"
        asText(r.cells.category),
        asText(r.cells.associatedRisks),
        asText(r.cells.description),
        asText(r.cells.impacts),
        num(r.cells.impact ?? ""),
        bullets,
        asText(r.cells.rag),
      ]),
    ),
  };
}

/** Appendix C: the impact classification. */
export function appendixC(): {
  sheet: string;
  title: string;
  headers: string[];
  rows: string[][];
  widths: number[];
} {
  return {
    sheet: "Appendix C",
    title: "Appendix C - SEC Panel Risk and Issue Impact Classification",
    headers: ["Category", ...SCALE_LEVELS.map((l) => `${l.name} (${l.score})`)],
    rows: IMPACT_CLASSIFICATION.map((c) => [c.category, ...c.levels]),
    widths: [80, 130, 130, 130, 130, 130],
  };
}

export interface MatrixCell {
  impact: number;
  likelihood: number;
  severity: number;
  band: string;
  color: string;
  risks: string[];
}

export interface Movement {
  id: string;
  from: { impact: number; likelihood: number } | null;
  to: { impact: number; likelihood: number };
  /** Up when severity rose, down when it fell, level when it moved without changing severity, new when it was not in the baseline. */
  direction: "up" | "down" | "level" | "new";
}

/** Figure 1: Impact (rows, 5 at the top) against Likelihood (columns), each open risk in its cell. */
export function riskMatrix(
  panelRisks: RegisterSnapshot,
  baseline: Baseline | null,
  settings: Settings,
): { rows: MatrixCell[][]; movements: Movement[] } {
  const open = recordsOf(panelRisks).filter((r) => isLiveStatus(r.cells.status));
  const rows: MatrixCell[][] = [];
  for (let impact = 5; impact >= 1; impact--) {
    const row: MatrixCell[] = [];
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      const severity = impact * likelihood;
      const band = bandFor(severity, settings)!;
      row.push({
        impact,
        likelihood,
        severity,
        band: band.name,
        color: band.color,
        risks: open
          .filter((r) => r.cells.impact === impact && r.cells.likelihood === likelihood)
          .map((r) => asText(r.id)),
      });
    }
    rows.push(row);
  }
  const movements: Movement[] = [];
  for (const r of open) {
    if (typeof r.cells.impact !== "number" || typeof r.cells.likelihood !== "number") continue;
    const to = { impact: r.cells.impact, likelihood: r.cells.likelihood };
    const was = baseline ? baselineRowOf(baseline, panelRisks.def.id, r) : undefined;
    if (baseline && !was) {
      movements.push({ id: asText(r.id), from: null, to, direction: "new" });
      continue;
    }
    if (!was || typeof was.cells.impact !== "number" || typeof was.cells.likelihood !== "number") continue;
    const from = { impact: was.cells.impact, likelihood: was.cells.likelihood };
    if (from.impact === to.impact && from.likelihood === to.likelihood) continue;
    const d = to.impact * to.likelihood - from.impact * from.likelihood;
    movements.push({ id: asText(r.id), from, to, direction: d > 0 ? "up" : d < 0 ? "down" : "level" });
  }
  return { rows, movements };
}

export function movementText(m: Movement): string {
  if (m.direction === "new")
    return `Risk ${m.id}: new (Impact ${m.to.impact}, Likelihood ${m.to.likelihood})`;
  const arrow = m.direction === "up" ? "↑" : m.direction === "down" ? "↓" : "→";
  return `Risk ${m.id} ${arrow}: Impact ${m.from!.impact} × Likelihood ${m.from!.likelihood} → Impact ${m.to.impact} × Likelihood ${m.to.likelihood}`;
}

export { andList } from "./coverNote";
