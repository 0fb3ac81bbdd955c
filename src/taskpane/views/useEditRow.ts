// The Edit view's state: the register row under the selection as a form, followed as the selection
// settles (on a register sheet or any other), its checks and what a save does. The view only renders.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Baseline } from "../../domain/baseline";
import { markLookup, type BulletMark } from "../../domain/bulletMarks";
import { redBullets } from "../../domain/changes";
import { numberKey } from "../../domain/numbering";
import { computedOf, validateForm, type RowForm } from "../../domain/rowForm";
import type { Settings } from "../../domain/settings";
import { loadBaseline } from "../../excel/baselineStore";
import { readMarks, setBulletMarks } from "../../excel/bulletMarks";
import { readWorkbookState } from "../../excel/readRegisters";
import { layoutsOf, readRow, saveRow, watchSelection, type RegisterLayout } from "../../excel/rowEditor";
import { currentSelection } from "../../excel/selection";
import { errorText, useHost } from "../HostContext";
import type { Notice } from "../NoticeBar";
import { settle } from "../settle";
import { useWorkbookChanged } from "../WorkbookChanged";

/** Holding an arrow key moves the selection many times a second: read only once it settles. */
const SETTLE_MS = 300;

export function useEditRow() {
  const host = useHost();
  const changed = useWorkbookChanged();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [layouts, setLayouts] = useState<RegisterLayout[]>([]);
  const [baseline, setBaseline] = useState<Baseline | null>(null);
  // Bullets marked new this month (or not) by hand: what the paper prints red besides the baseline.
  const [marks, setMarks] = useState<BulletMark[]>([]);
  const [form, setForm] = useState<RowForm | null>(null);
  const [original, setOriginal] = useState<RowForm | null>(null);
  const [layout, setLayout] = useState<RegisterLayout | null>(null);
  const [note, setNote] = useState<string>("Select a cell in a register row.");
  const [message, setMessage] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  // Counts Save's outcomes: the view moves focus to each one.
  const [outcome, setOutcome] = useState(0);
  const dirty = !!form && !!original && JSON.stringify(form) !== JSON.stringify(original);
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;

  const load = useCallback(
    async (ls: RegisterLayout[], sheet: string, row: number) => {
      const r = await readRow(host, ls, sheet, row);
      if (r.status === "row") {
        setForm(r.form);
        setOriginal(r.form);
        setLayout(r.layout);
        setConflict(null);
        setMessage(null);
      } else if (r.status === "moved") setNote("The register moved: reopen the Edit view.");
      else {
        // The selection left the row: its form goes, and so does what was said about it.
        setForm(null);
        setOriginal(null);
        setMessage(null);
        setNote(r.message);
      }
    },
    [host],
  );

  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let cancelFollow = () => undefined as void;
    let cancelled = false;
    (async () => {
      const state = await readWorkbookState(host);
      if (cancelled) return;
      const ls = layoutsOf(state.registers);
      setSettings(state.settings.settings);
      setLayouts(ls);
      const b = await loadBaseline(host, null);
      if (b && "baseline" in b) setBaseline(b.baseline);
      setMarks(await readMarks(host, b && "info" in b ? b.info.id : null));
      const sel = await currentSelection(host);
      await load(ls, sel.sheet, sel.row);
      const follow = settle((sheet: string, row: number) => {
        if (dirtyRef.current)
          setNote(
            `The selection moved to ${sheet} row ${row + 1}: save or cancel your changes to follow it.`,
          );
        else void load(ls, sheet, row);
      }, SETTLE_MS);
      cancelFollow = follow.cancel;
      stop = await watchSelection(host, ls, follow.call);
      if (cancelled) void stop();
    })().catch((e) =>
      setMessage({ intent: "error", title: "Could not read the workbook", body: errorText(e) }),
    );
    return () => {
      cancelled = true;
      cancelFollow();
      if (stop) void stop();
    };
  }, [host, load]);

  const tell = (n: Notice) => {
    setMessage(n);
    setOutcome((k) => k + 1);
  };

  const save = async (overwrite = false) => {
    if (!form || !layout || !settings) return;
    const errors = validateForm(form, settings);
    if (errors.length) {
      tell({ intent: "error", title: "Not saved", body: errors.map((e) => e.message).join(" ") });
      return;
    }
    setBusy(true);
    try {
      const r = await saveRow(host, layout, form, overwrite);
      if (r.status === "saved" || r.status === "unchanged") {
        // The pane re-reads the workbook; this view reloads the row first (it clears messages), then
        // says what was saved.
        if (r.status === "saved") changed();
        await load(layouts, form.sheet, form.sheetRow);
        tell({
          intent: "success",
          title: r.status === "saved" ? `Saved ${layout.def.name} ${form.id}` : "Nothing to save",
          body:
            r.status === "saved"
              ? `${r.written} cell(s) written; the formulas follow.`
              : "The row already says this.",
        });
      } else if (r.status === "conflict") setConflict(r.changed);
      else tell({ intent: "error", title: "Not saved", body: r.message });
    } finally {
      setBusy(false);
    }
  };

  const errors = form && settings ? validateForm(form, settings) : [];
  const rowKey = form && layout ? numberKey(form.loaded.number, layout.def.numberFormat) : null;
  const baselineRow =
    form && layout
      ? baseline?.registers.find((r) => r.id === layout.def.id)?.rows.find((r) => r.key === rowKey)
      : undefined;
  const marked = markLookup(marks);

  /** Marks one bullet new this month, or not: stored beside the baselines; the cell keeps its words. */
  const markNew = async (index: number, isNew: boolean) => {
    const m = form?.mitigations[index];
    if (!form || !layout || !rowKey || !m?.text.trim()) return;
    setBusy(true);
    try {
      const r = await setBulletMarks(host, [
        {
          registerId: layout.def.id,
          registerName: layout.def.name,
          key: rowKey,
          id: form.id,
          text: m.text,
          isNew,
        },
      ]);
      setMarks(r.marks);
    } catch (e) {
      tell({ intent: "error", title: "The mark was not saved", body: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return {
    settings,
    form,
    layout,
    baseline,
    note,
    message,
    conflict,
    busy,
    dirty,
    outcome,
    computed: form && settings ? computedOf(form, settings) : null,
    /** Mitigations the paper prints red: new since the last baseline, or marked new by hand. */
    fresh:
      form && layout
        ? redBullets(form.mitigations, baselineRow, !!baseline, (m) => marked(layout.def.id, rowKey, m))
        : new Set<number>(),
    /** Whether a row can be marked: it has a number (a mark names the row by it). */
    canMark: !!rowKey,
    markNew,
    errorOf: (field: keyof RowForm) => errors.find((e) => e.field === field)?.message,
    set: (patch: Partial<RowForm>) => setForm((f) => (f ? { ...f, ...patch } : f)),
    save,
    reload: () => (form ? load(layouts, form.sheet, form.sheetRow) : Promise.resolve()),
    cancel: () => original && setForm(original),
  };
}
