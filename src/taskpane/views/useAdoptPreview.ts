// The Adopt preview's state: the user's choices (a header's register column, a written score's number)
// and the preview re-planned with them. Re-planning reads nothing: the sheet read for the preview is
// planned again, so the counts shown are always the plan that confirm will carry out.
import { useEffect, useMemo, useState } from "react";
import { layoutNotes } from "../../domain/adoptNotes";
import type { AdoptChoices } from "../../domain/adoptPlan";
import { columnsFor, normaliseHeader, type ColumnKey } from "../../domain/columns";
import { fieldName } from "../../domain/fieldNames";
import type { AdoptPreview, PreviewResult } from "../../excel/adoptRegister";

// Adoption's code is its own chunk (issue 13); a preview exists only once it has loaded.
const adoption = () => import(/* webpackChunkName: "adopt" */ "../../excel/adoptRegister");

export interface MappingRow {
  index: number;
  header: string;
  /** The register column it maps to, or "" for "keep as it is". */
  key: ColumnKey | "";
  /** The column two headers name, while the user has not chosen. */
  question: ColumnKey | null;
}

export function useAdoptPreview(initial: AdoptPreview) {
  const [choices, setChoices] = useState<AdoptChoices>(initial.plan.choices);
  const [result, setResult] = useState<PreviewResult>({ ok: true, preview: initial });
  // A new preview (a co-author's change noticed at confirm) comes with the choices it was made with.
  useEffect(() => {
    setChoices(initial.plan.choices);
    setResult({ ok: true, preview: initial });
  }, [initial]);
  useEffect(() => {
    if (choices === initial.plan.choices) return;
    let live = true;
    void adoption().then((m) => live && setResult(m.replanAdoption(initial, choices)));
    return () => {
      live = false;
    };
  }, [initial, choices]);

  const preview = result.ok ? result.preview : initial;
  const { plan } = preview;
  const rows: MappingRow[] = useMemo(() => {
    const keyOf = new Map<number, ColumnKey>();
    for (const [key, i] of Object.entries(plan.mapping.columns)) keyOf.set(i as number, key as ColumnKey);
    const asked = new Map<number, ColumnKey>();
    for (const q of plan.mapping.questions) for (const i of q.headers) asked.set(i, q.key);
    return plan.headers
      .map((header, index) => ({
        index,
        header,
        key: keyOf.get(index) ?? ("" as const),
        question: asked.get(index) ?? null,
      }))
      .filter((r) => r.header !== "");
  }, [plan]);
  const options = useMemo(
    () => columnsFor(plan.kind).map((d) => ({ key: d.key, label: fieldName(d.key) })),
    [plan.kind],
  );
  const questions = plan.mapping.questions.map(
    (q) =>
      `${q.headers.map((i) => `"${plan.headers[i]}"`).join(" and ")} both read as ${fieldName(q.key)}: choose which one is ${fieldName(q.key)}, or keep one as it is.`,
  );

  return {
    preview,
    /** Why the choices cannot be planned (e.g. the sheet no longer fits), or null. */
    error: result.ok ? null : result.message,
    rows,
    options,
    questions,
    canConfirm: result.ok && questions.length === 0,
    setColumn: (index: number, key: ColumnKey | "") =>
      setChoices((c) => ({
        ...c,
        columns: { ...c.columns, [index]: key === "" ? null : key },
        chosenOn: plan.headers.map(normaliseHeader),
      })),
    /** How the sheet's layout is read: header rows, merged cells, joined rows, rows left outside. */
    layout: layoutNotes(plan.report),
    /** Scores written as text, each with the number it becomes ("" leaves it as it is). */
    scoreTexts: plan.report.scoreTexts,
    setScore: (id: string, score: number | null) =>
      setChoices((c) => ({ ...c, scores: { ...c.scores, [id]: score } })),
  };
}
