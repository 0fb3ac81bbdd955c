// The monthly paper's appendices, risk matrix and cover-note draft, laid out as pure data from the
// registers and a baseline (SECP_64_1101_02 is the model).
import type { Baseline } from "./baseline";
import { asText } from "./cellText";
import { displayDate, type DateOrder } from "./dates";
import { baselineRowOf, newBullets, type EntryChange } from "./changes";
import { isLiveStatus } from "./columns";
import { IMPACT_CLASSIFICATION } from "./impactClassification";
import { bulletText, type Mitigation } from "./mitigations";
import { recordsOf, type RegisterRecord } from "./records";
import type { CellValue, RegisterSnapshot } from "./register";
import { SCALE_LEVELS } from "./scales";
import { bandFor, severityOf } from "./scoring";
import type { Rag, Settings } from "./settings";

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

/** A printed entry: its bullets (red when not in the baseline) and the cells `values` lays out around them. */
function appendixRow(
  r: RegisterRecord,
  register: RegisterSnapshot,
  baseline: Baseline | null,
  values: (bulletText: string) => Array<string | number>,
): AppendixRow {
  const bullets = bulletsOf(
    r.mitigations,
    newBullets(r.mitigations, baselineRowOf(baseline, register.def.id, r)),
  );
  return {
    id: asText(r.id),
    values: values(bullets.map((b) => b.text).join("\n")),
    bullets,
    rag: ragOf(r.cells.rag ?? null),
  };
}

/** Appendix A: open Panel risks, highest severity first, ties kept in register order. */
export function appendixA(panelRisks: RegisterSnapshot, baseline: Baseline | null): AppendixTable {
  const open = recordsOf(panelRisks).filter((r) => isLiveStatus(r.cells.status));
  const sev = (r: RegisterRecord) =>
    typeof r.cells.severity === "number"
      ? r.cells.severity
      : (severityOf(r.cells.impact, r.cells.likelihood) ?? 0);
  const sorted = open
    .map((r, order) => ({ r, order }))
    .sort((a, b) => sev(b.r) - sev(a.r) || a.order - b.order)
    .map((x) => x.r);
  return {
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
      "Mitigation (Planned and/or ongoing actions in italics)",
      "RAG Status",
    ],
    widths: [28, 210, 52, 60, 52, 330, 56],
    mitigationCol: 5,
    ragCol: 6,
    rows: sorted.map((r) =>
      appendixRow(r, panelRisks, baseline, (bullets) => [
        num(r.id),
        asText(r.cells.description),
        num(r.cells.impact ?? ""),
        num(r.cells.likelihood ?? ""),
        sev(r) || "",
        bullets,
        asText(r.cells.rag),
      ]),
    ),
  };
}

/** Appendix B: open Panel issues, in register order. */
export function appendixB(
  panelIssues: RegisterSnapshot,
  baseline: Baseline | null,
  /** How a text date such as 03/07/2017 is read; the papers are British. */
  dateOrder: DateOrder = "dmy",
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
      appendixRow(r, panelIssues, baseline, (bullets) => [
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

/** "4", "4 and 13", "1, 2 and 3". */
export function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function paragraph(c: EntryChange, noun: "Risk" | "Issue"): string[] {
  const name = `SEC Panel ${noun} ${c.id}`;
  const lines = [name];
  const parts: string[] = [];
  if (c.added.length === 1) parts.push(`A mitigation to ${name} has been added: ${c.added[0]}`);
  else if (c.added.length > 1)
    parts.push(`${c.added.length} mitigations to ${name} have been added: ${c.added.join(" ")}`);
  for (const a of c.amended)
    parts.push(`A mitigation action for ${name} has been amended. It now reads: ${a.to}`);
  if (c.removed.length)
    parts.push(
      `${c.removed.length === 1 ? "A mitigation has" : `${c.removed.length} mitigations have`} been removed from ${name}: ${c.removed.join(" ")}`,
    );
  for (const f of c.fields) {
    if (f.field === "description") parts.push(`The description of ${name} has been revised.`);
    else if (f.field === "status") parts.push(`${name} is now ${asText(f.to) || "open"}.`);
    else
      parts.push(
        `The ${f.field === "rag" ? "RAG status" : f.field === "impact" ? "Impact" : f.field === "likelihood" ? "Likelihood" : "Severity"} of ${name} has changed from ${asText(f.from) || "blank"} to ${asText(f.to) || "blank"}.`,
      );
  }
  if (c.escalatedTo) parts.push(`${c.escalatedTo}.`);
  return [...lines, ...parts];
}

/** The cover note's update and recommendation sections (2, 4 and 5), as plain text lines. */
export function coverNote(changes: readonly EntryChange[]): string[] {
  const panel = changes.filter((c) => c.role === "panel");
  const newRisks = panel.filter((c) => c.kind === "risk" && c.change === "new");
  const updRisks = panel.filter((c) => c.kind === "risk" && c.change !== "new" && c.change !== "removed");
  const newIssues = panel.filter((c) => c.kind === "issue" && c.change === "new");
  const updIssues = panel.filter((c) => c.kind === "issue" && c.change !== "new" && c.change !== "removed");
  const lines: string[] = ["2. SEC Panel Risk Update", "", "2.1 New Panel risks"];
  if (newRisks.length === 0)
    lines.push("There are no new proposed risks for the Panel Risk Register this month.");
  for (const r of newRisks)
    lines.push(
      `SEC Panel Risk ${r.id}`,
      `A new risk is proposed for the Panel Risk Register${r.added.length ? ` with ${r.added.length} mitigation(s)` : ""}.`,
    );
  lines.push("", "2.2 Updates to existing risks");
  if (updRisks.length === 0) lines.push("There are no updates to existing risks this month.");
  for (const r of updRisks) lines.push(...paragraph(r, "Risk"), "");
  lines.push("", "4. SEC Panel Issue Update", "", "4.1 New Panel Issues");
  if (newIssues.length === 0)
    lines.push("There are no new proposed issues for the Panel Issue Register this month.");
  for (const i of newIssues)
    lines.push(`SEC Panel Issue ${i.id}`, "A new issue is proposed for the Panel Issue Register.");
  lines.push("", "4.2 Updates to existing Issues");
  if (updIssues.length === 0) lines.push("There are no updates to existing issues this month.");
  for (const i of updIssues) lines.push(...paragraph(i, "Issue"), "");
  lines.push("", "5. Recommendations", "", "The SEC Panel is requested to:");
  const recs: string[] = [];
  if (newRisks.length)
    recs.push(
      `AGREE the addition of SEC Panel ${newRisks.length === 1 ? "Risk" : "Risks"} ${andList(newRisks.map((r) => r.id))}`,
    );
  if (updRisks.length)
    recs.push(
      `AGREE the amendments made to SEC Panel ${updRisks.length === 1 ? "Risk" : "Risks"} ${andList(updRisks.map((r) => r.id))}`,
    );
  if (newIssues.length)
    recs.push(
      `AGREE the addition of SEC Panel ${newIssues.length === 1 ? "Issue" : "Issues"} ${andList(newIssues.map((r) => r.id))}`,
    );
  if (updIssues.length)
    recs.push(
      `AGREE the amendments made to the SEC Panel ${updIssues.length === 1 ? "Issue" : "Issues"} ${andList(updIssues.map((r) => r.id))}`,
    );
  if (!recs.length)
    recs.push("NOTE that there are no changes to the SEC Panel Risk and Issue Registers this month");
  recs.forEach((r, i) =>
    lines.push(`• ${r}${i < recs.length - 2 ? ";" : i === recs.length - 2 ? "; and" : "."}`),
  );
  return lines;
}
