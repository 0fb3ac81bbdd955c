// The task pane's row form as pure data: what was loaded, what the user has chosen, the rules a save
// must pass, and the cell updates it makes.
import * as z from "./zod";
import { asText, isBlank, MAX_CELL_CHARS } from "./cellText";
import type { ColumnKey } from "./columns";
import { dateCell, displayDate, parseRegisterDate, type DateOrder } from "./dates";
import { formatMitigations, parseMitigations, type Mitigation } from "./mitigations";
import type { CellValue } from "./register";
import { isScore } from "./scales";
import { bandFor, issueRagFor, riskRagFor, severityOf } from "./scoring";
import { RAG_VALUES, type OngoingStyle, type Rag, type RegisterKind, type Settings } from "./settings";

export const EDITABLE: ColumnKey[] = [
  "description",
  "impacts",
  "category",
  "associatedRisks",
  "impact",
  "likelihood",
  "mitigations",
  "ragOverride",
  "ragRationale",
  "status",
  "owner",
  "lastReviewed",
  // Issue 14's risk practice: the inherent and target scores (where the register shows them), the
  // target date and the impact category appetite is judged by.
  "riskCategory",
  "inherentImpact",
  "inherentLikelihood",
  "targetImpact",
  "targetLikelihood",
  "targetDate",
];

export interface RowForm {
  registerId: string;
  kind: RegisterKind;
  /** Sheet and 0-based sheet row of the register row. */
  sheet: string;
  sheetRow: number;
  id: string;
  /** The cells as loaded, to notice a change in the workbook before saving. */
  loaded: Partial<Record<ColumnKey, CellValue>>;
  description: string;
  impacts: string;
  category: string;
  associatedRisks: string;
  impact: number | null;
  likelihood: number | null;
  mitigations: Mitigation[];
  ragOverride: Rag | null;
  ragRationale: string;
  status: string;
  owner: string;
  lastReviewed: string;
  riskCategory: string;
  inherentImpact: number | null;
  inherentLikelihood: number | null;
  targetImpact: number | null;
  targetLikelihood: number | null;
  targetDate: string;
  /** How a date typed as text (03/07/2019) is read: the host's order; day first when unknown. */
  dateOrder?: DateOrder;
  /** How the register keeps a planned/ongoing bullet (its definition's ongoingStyle). */
  ongoingStyle?: OngoingStyle;
}

export function formFromRow(
  registerId: string,
  kind: RegisterKind,
  sheet: string,
  sheetRow: number,
  cells: Partial<Record<ColumnKey, CellValue>>,
  dateOrder: DateOrder = "dmy",
  ongoingStyle: OngoingStyle = "suffix",
): RowForm {
  const score = (v: CellValue | undefined) => (isScore(v) ? v : null);
  const rag = asText(cells.ragOverride).trim().toUpperCase();
  return {
    registerId,
    kind,
    sheet,
    sheetRow,
    id: asText(cells.number),
    loaded: cells,
    description: asText(cells.description),
    impacts: asText(cells.impacts),
    category: asText(cells.category),
    associatedRisks: asText(cells.associatedRisks),
    impact: score(cells.impact),
    likelihood: score(cells.likelihood),
    mitigations: parseMitigations(asText(cells.mitigations)),
    ragOverride: (RAG_VALUES as readonly string[]).includes(rag) ? (rag as Rag) : null,
    ragRationale: asText(cells.ragRationale),
    status: asText(cells.status),
    owner: asText(cells.owner),
    // A serial (or a text date) shown as the paper prints it, never as 43649.
    lastReviewed: displayDate(cells.lastReviewed, dateOrder),
    riskCategory: asText(cells.riskCategory),
    inherentImpact: score(cells.inherentImpact),
    inherentLikelihood: score(cells.inherentLikelihood),
    targetImpact: score(cells.targetImpact),
    targetLikelihood: score(cells.targetLikelihood),
    targetDate: displayDate(cells.targetDate, dateOrder),
    dateOrder,
    ongoingStyle,
  };
}

/** Severity, band and the policy's RAG for what the form holds now. */
export function computedOf(
  form: RowForm,
  settings: Settings,
): { severity: number | null; band: string | null; computedRag: Rag | null; rag: Rag | null } {
  const severity = form.kind === "risk" ? severityOf(form.impact, form.likelihood) : null;
  const band = form.kind === "risk" ? (bandFor(severity, settings)?.name ?? null) : null;
  const computedRag =
    form.kind === "risk" ? riskRagFor(severity, settings) : issueRagFor(form.impact, settings);
  return { severity, band, computedRag, rag: form.ragOverride ?? computedRag };
}

/** The severity and band of the inherent or target score the form holds (nothing until both are chosen). */
export function scoreOf(
  form: RowForm,
  set: "inherent" | "target",
  settings: Settings,
): { severity: number | null; band: string | null } {
  const severity = severityOf(form[`${set}Impact`], form[`${set}Likelihood`]);
  return { severity, band: bandFor(severity, settings)?.name ?? null };
}

const Text = z.string().check(z.maxLength(MAX_CELL_CHARS, "is longer than Excel's 32,767 characters"));

export function validateForm(
  form: RowForm,
  settings: Settings,
): Array<{ field: keyof RowForm; message: string }> {
  const errors: Array<{ field: keyof RowForm; message: string }> = [];
  if (!form.description.trim())
    errors.push({ field: "description", message: "The description is required." });
  for (const f of ["description", "impacts", "ragRationale"] as const) {
    const r = Text.safeParse(form[f]);
    if (!r.success) errors.push({ field: f, message: `The ${f} ${r.error.issues[0]!.message}.` });
  }
  if (!isScore(form.impact)) errors.push({ field: "impact", message: "Choose Impact from 1 to 5." });
  if (form.kind === "risk" && !isScore(form.likelihood))
    errors.push({ field: "likelihood", message: "Choose Likelihood from 1 to 5." });
  if (form.mitigations.some((m) => !m.text.trim()))
    errors.push({ field: "mitigations", message: "A mitigation is empty: write it or remove it." });
  if (Text.safeParse(formatMitigations(form.mitigations, form.ongoingStyle)).success === false)
    errors.push({
      field: "mitigations",
      message: "The mitigations are longer than Excel's 32,767 characters.",
    });
  if (!isBlank(form.lastReviewed) && !parseRegisterDate(form.lastReviewed, form.dateOrder))
    errors.push({
      field: "lastReviewed",
      message: `Last Reviewed "${form.lastReviewed.trim()}" is not a date: write it as 14 July 2019 or 14/07/2019.`,
    });
  for (const [set, label] of [
    ["inherent", "inherent"],
    ["target", "target"],
  ] as const) {
    const i = form[`${set}Impact`];
    const l = form[`${set}Likelihood`];
    if ((i === null) !== (l === null) && `${set}Impact` in form.loaded && `${set}Likelihood` in form.loaded)
      errors.push({
        field: i === null ? `${set}Impact` : `${set}Likelihood`,
        message: `Choose both the ${label} Impact and Likelihood, or neither.`,
      });
  }
  if (!isBlank(form.targetDate) && !parseRegisterDate(form.targetDate, form.dateOrder))
    errors.push({
      field: "targetDate",
      message: `Target Date "${form.targetDate.trim()}" is not a date: write it as 31 March 2027 or 31/03/2027.`,
    });
  const { computedRag } = computedOf(form, settings);
  if (form.ragOverride && form.ragOverride !== computedRag && !form.ragRationale.trim()) {
    errors.push({
      field: "ragRationale",
      message: `RAG ${form.ragOverride} differs from the policy's ${computedRag ?? "RAG"}: record why.`,
    });
  }
  return errors;
}

/** A changed Last Reviewed as the cell to write: its serial and a date format, or blank. */
function dateUpdate(
  form: RowForm,
  key: "lastReviewed" | "targetDate" = "lastReviewed",
): { key: ColumnKey; to: CellValue; numberFormat?: string } | null {
  if (!(key in form.loaded)) return null;
  const before = form.loaded[key] ?? null;
  const typed = form[key];
  if (typed.trim() === displayDate(before, form.dateOrder).trim()) return null;
  if (isBlank(typed)) return isBlank(before) ? null : { key, to: "" };
  const parsed = parseRegisterDate(typed, form.dateOrder);
  // Not a date (validateForm says so): kept as the text typed, in a Text cell so Excel does not re-read it.
  if (!parsed) return { key, to: typed, numberFormat: "@" };
  const cell = dateCell(parsed);
  return typeof before === "number" && before === cell.serial
    ? null
    : { key, to: cell.serial, numberFormat: cell.numberFormat };
}

/** The cells a save writes: only those that differ from what was loaded. */
export function formUpdates(form: RowForm): Array<{ key: ColumnKey; to: CellValue; numberFormat?: string }> {
  const wanted: Partial<Record<ColumnKey, CellValue>> = {
    description: form.description,
    impacts: form.impacts,
    category: form.category,
    associatedRisks: form.associatedRisks,
    impact: form.impact,
    likelihood: form.likelihood,
    mitigations: formatMitigations(form.mitigations, form.ongoingStyle),
    ragOverride: form.ragOverride ?? "",
    ragRationale: form.ragRationale,
    status: form.status,
    owner: form.owner,
    lastReviewed: form.lastReviewed,
    riskCategory: form.riskCategory,
    inherentImpact: form.inherentImpact,
    inherentLikelihood: form.inherentLikelihood,
    targetImpact: form.targetImpact,
    targetLikelihood: form.targetLikelihood,
  };
  const out: Array<{ key: ColumnKey; to: CellValue; numberFormat?: string }> = [];
  for (const key of EDITABLE) {
    if (!(key in form.loaded) || (form.kind === "issue" && key === "likelihood")) continue;
    if (key === "lastReviewed" || key === "targetDate") {
      const u = dateUpdate(form, key);
      if (u) out.push(u);
      continue;
    }
    const before = form.loaded[key] ?? null;
    const after = wanted[key] ?? null;
    if (
      key === "mitigations" &&
      formatMitigations(parseMitigations(asText(before)), form.ongoingStyle) === after
    )
      continue;
    if (asText(before) !== asText(after) && !(isBlank(before) && isBlank(after)))
      out.push({ key, to: after });
  }
  return out;
}

/** Mitigation list operations, each returning a new list. */
export const mitigationOps = {
  add: (list: readonly Mitigation[], text = "", state: Mitigation["state"] = "planned"): Mitigation[] => [
    ...list,
    { text, state },
  ],
  edit: (list: readonly Mitigation[], i: number, text: string): Mitigation[] =>
    list.map((m, k) => (k === i ? { ...m, text } : m)),
  remove: (list: readonly Mitigation[], i: number): Mitigation[] => list.filter((_, k) => k !== i),
  move: (list: readonly Mitigation[], i: number, by: -1 | 1): Mitigation[] => {
    const j = i + by;
    if (j < 0 || j >= list.length) return [...list];
    const out = [...list];
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  },
  /** Planned/ongoing ↔ in place/completed; a status note that said the opposite is dropped. */
  setState: (list: readonly Mitigation[], i: number, state: Mitigation["state"]): Mitigation[] =>
    list.map((m, k) =>
      k === i
        ? {
            text: m.text,
            state,
            ...(m.status &&
            (state === "planned") ===
              /^(ongoing|planned|in progress|every|open|pending|underway)/i.test(m.status)
              ? { status: m.status }
              : {}),
          }
        : m,
    ),
};
