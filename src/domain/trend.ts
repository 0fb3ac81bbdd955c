// A risk's history across the published baselines: its score and RAG in each month's paper, how it
// moved since the last paper, and which risks have become RED since then. Entries are matched to a
// baseline's rows as src/domain/changes.ts matches them: by their number's key, so "OPSG-8" and
// "OPSG-008" are the same risk, and a risk given a new number is a different entry.
import type { Baseline, BaselineRow } from "./baseline";
import { asText } from "./cellText";
import { isLiveStatus, type ColumnKey } from "./columns";
import type { RegisterKind } from "./kindNames";
import { numberKey } from "./numbering";
import { recordsOf } from "./records";
import type { CellValue, RegisterSnapshot } from "./register";
import { isScore } from "./scales";
import { bandFor, issueRagFor, riskRagFor } from "./scoring";
import { RAG_VALUES, type Rag, type Settings } from "./settings";

type Cells = Partial<Record<ColumnKey, CellValue>> | Record<string, CellValue>;

/** Where a point comes from: a published baseline, or the register as it stands now. */
interface PointSource {
  /** The baseline's id; null for the register as it stands now. */
  baselineId: string | null;
  /** The baseline's label as published ("November 2026", "November 2026 (version 2)"), or "Now". */
  label: string;
  /** The month, "November 2026" (a second version's label without "(version 2)"). */
  month: string;
  /** When it was published (ISO), or the time now. */
  date: string;
}

export interface ScorePoint extends PointSource {
  kind: "score";
  impact: number | null;
  likelihood: number | null;
  /** Impact × Likelihood, or null while either is blank. */
  severity: number | null;
  band: string | null;
  /** The RAG printed (an override where there is one), or null when there is none. */
  rag: Rag | null;
  status: string;
  /** Closed, merged or otherwise no longer live at the time. */
  closed: boolean;
}

/** The risk was not in that baseline (not raised yet, removed, or numbered differently then). */
export interface GapPoint extends PointSource {
  kind: "gap";
}

export type TrendPoint = ScorePoint | GapPoint;

export type TrendMovement = "up" | "down" | "same" | "new";

/** The month a baseline label names: "November 2026 (version 2)" → "November 2026". */
export function monthOfLabel(label: string): string {
  return label.replace(/\s*\(version \d+\)$/, "");
}

function asRag(value: unknown): Rag | null {
  const text = asText(value).trim().toUpperCase();
  return (RAG_VALUES as readonly string[]).includes(text) ? (text as Rag) : null;
}

const score = (v: unknown): number | null => (isScore(v) ? v : null);

/**
 * A point from an entry's cells: the scores as written, the severity and band as the register shows
 * them (worked out under `settings` where blank), and the RAG printed: the RAG Status column, else the
 * override, else the policy's RAG.
 */
export function pointFromCells(
  cells: Cells,
  settings: Settings,
  kind: RegisterKind,
  source: PointSource,
): ScorePoint {
  const c = cells as Partial<Record<ColumnKey, CellValue>>;
  const impact = score(c.impact);
  const likelihood = score(c.likelihood);
  const written = typeof c.severity === "number" && c.severity >= 1 && c.severity <= 25 ? c.severity : null;
  const severity = impact !== null && likelihood !== null ? impact * likelihood : written;
  const band = asText(c.band).trim() || bandFor(severity, settings)?.name || null;
  const policy = kind === "issue" ? issueRagFor(impact, settings) : riskRagFor(severity, settings);
  const status = asText(c.status).trim();
  return {
    kind: "score",
    ...source,
    impact,
    likelihood,
    severity,
    band,
    rag: asRag(c.rag) ?? asRag(c.ragOverride) ?? policy,
    status,
    closed: !isLiveStatus(status),
  };
}

function sourceOf(b: Baseline): PointSource {
  return { baselineId: b.id, label: b.label, month: monthOfLabel(b.label), date: b.publishedAt };
}

/** The baseline's row for an entry: its number's key under the register's numbering at the time. */
export function baselineRowFor(
  baseline: Baseline,
  registerId: string,
  number: CellValue,
): { row: BaselineRow; kind: RegisterKind } | null {
  const register = baseline.registers.find((r) => r.id === registerId);
  if (!register) return null;
  const format = baseline.settings.registers.find((d) => d.id === registerId)?.numberFormat ?? "0";
  const key = numberKey(number, format);
  const row = key === null ? undefined : register.rows.find((r) => r.key === key);
  return row ? { row, kind: register.kind } : null;
}

/** One baseline's point for an entry: its score then, or a gap when it was not in that baseline. */
export function pointIn(baseline: Baseline, registerId: string, number: CellValue): TrendPoint {
  const found = baselineRowFor(baseline, registerId, number);
  return found
    ? pointFromCells(found.row.cells, baseline.settings, found.kind, sourceOf(baseline))
    : { kind: "gap", ...sourceOf(baseline) };
}

/** The register as it stands now, for the history's last point. */
export interface CurrentEntry {
  cells: Cells;
  settings: Settings;
  kind: RegisterKind;
  date: Date;
  /** What the chart calls it: "Now" unless given. */
  label?: string;
}

/**
 * An entry's history: one point per baseline, oldest first (whatever order they are given in), each its
 * score and RAG then or a gap; then, when given, the entry as it stands now. Every baseline gives a
 * point, so the history has as many points as baselines (one more with `current`).
 */
export function riskHistory(
  registerId: string,
  number: CellValue,
  baselines: readonly Baseline[],
  current?: CurrentEntry,
): TrendPoint[] {
  const ordered = [...baselines].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  const points = ordered.map((b) => pointIn(b, registerId, number));
  if (current) {
    const date = current.date.toISOString();
    points.push(
      pointFromCells(current.cells, current.settings, current.kind, {
        baselineId: null,
        label: current.label ?? "Now",
        month: current.label ?? "Now",
        date,
      }),
    );
  }
  return points;
}

/**
 * The newest version of each month's baseline (a correction published in the same month replaces the
 * first version as the record of that month), newest first, at most `months` of them.
 */
export function onePerMonth<T extends { label: string; publishedAt: string }>(
  baselines: readonly T[],
  months = Infinity,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const b of [...baselines].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))) {
    const month = monthOfLabel(b.label);
    if (seen.has(month)) continue;
    seen.add(month);
    if (out.length < months) out.push(b);
  }
  return out;
}

const RAG_RANK: Record<Rag, number> = { GREEN: 1, AMBER: 2, RED: 3 };

/**
 * How an entry moved since the previous paper. By severity (Impact × Likelihood): higher is "up", lower
 * is "down". When the severity is the same, or either is blank, the RAG decides (RED above AMBER above
 * GREEN), so an entry whose RAG was raised by an override or a change of policy at the same score reads
 * "up", never "same": the arrow never contradicts the RAG printed beside it. "same" only when neither
 * the severity nor the RAG changed (or what changed cannot be compared, such as a score left blank).
 * "new" when it was not in the previous paper (no previous baseline, or a gap there).
 */
export function movement(previous: TrendPoint | null | undefined, current: ScorePoint): TrendMovement {
  if (!previous || previous.kind === "gap") return "new";
  if (previous.severity !== null && current.severity !== null && previous.severity !== current.severity)
    return current.severity > previous.severity ? "up" : "down";
  if (previous.rag && current.rag && previous.rag !== current.rag)
    return RAG_RANK[current.rag] > RAG_RANK[previous.rag] ? "up" : "down";
  return "same";
}

/**
 * The mark printed for a movement, in Appendix A and in Word: arrows Arial has (they are in the WGL4
 * set every Windows and Mac Arial carries, and textMeasure.ts knows their widths), and a word for a new
 * entry, which needs no legend.
 */
export function arrowFor(m: TrendMovement): string {
  return m === "up" ? "↑" : m === "down" ? "↓" : m === "same" ? "→" : "New";
}

/** What each mark means, for the legend under Appendix A. */
export const ARROW_LEGEND = "↑ higher, ↓ lower, → unchanged since the last paper; New: not in it.";

export interface BecameRed {
  registerId: string;
  registerName: string;
  key: string;
  /** The number as written, "4" or "OPSG-008". */
  id: string;
  /** Its RAG in the previous paper; null when it was not in it. */
  was: Rag | null;
}

/**
 * The open risks that are RED now and were not RED in the previous paper's baseline (or were not in it
 * at all), in register order. Without a previous paper there is nothing to compare with, so none: a
 * first paper does not announce every RED risk as new. Issues and actions are not risks and are left
 * out; so are closed risks. `settings` works out a RAG the register leaves blank.
 */
export function becameRed(
  previous: Baseline | null,
  current: readonly RegisterSnapshot[],
  settings: Settings,
): BecameRed[] {
  if (!previous) return [];
  const out: BecameRed[] = [];
  const now = { baselineId: null, label: "Now", month: "Now", date: "" };
  for (const snapshot of current) {
    if (snapshot.def.kind !== "risk") continue;
    for (const rec of recordsOf(snapshot)) {
      if (!rec.key || !isLiveStatus(rec.cells.status)) continue;
      if (pointFromCells(rec.cells, settings, "risk", now).rag !== "RED") continue;
      const before = pointIn(previous, snapshot.def.id, rec.id);
      const was = before.kind === "score" ? before.rag : null;
      if (was === "RED") continue;
      out.push({
        registerId: snapshot.def.id,
        registerName: snapshot.def.name,
        key: rec.key,
        id: asText(rec.id),
        was,
      });
    }
  }
  return out;
}

/** A point's words for a screen reader or a table: "November 2026: score 12, AMBER". */
export function pointText(p: TrendPoint): string {
  if (p.kind === "gap") return `${p.label}: not in the paper`;
  const scoreText = p.severity === null ? "no score" : `score ${p.severity}`;
  const closed = p.closed ? ` (${p.status || "closed"})` : "";
  return `${p.label}: ${scoreText}, ${p.rag ?? "no RAG"}${closed}`;
}

/**
 * The history in one plain sentence: what a chart of one point or none says instead of a chart, and its
 * accessible description otherwise.
 */
export function historyText(points: readonly TrendPoint[]): string {
  const published = points.filter((p) => p.baselineId !== null);
  if (!published.length) return "No earlier paper yet.";
  return points.map(pointText).join("; ") + ".";
}
