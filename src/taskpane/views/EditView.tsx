// The selected register row as a form: it follows the selection, chooses scores with the
// classification at hand, edits the mitigation list, records a RAG judgement, and saves in one batch.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  Textarea,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { newBullets } from "../../domain/changes";
import { statusesFor } from "../../domain/columns";
import { IMPACT_CLASSIFICATION } from "../../domain/impactClassification";
import { numberKey } from "../../domain/numbering";
import type { Baseline } from "../../domain/baseline";
import { computedOf, mitigationOps, validateForm, type RowForm } from "../../domain/rowForm";
import { SCALE_LEVELS, type Score } from "../../domain/scales";
import type { Rag, Settings } from "../../domain/settings";
import { loadBaseline } from "../../excel/baselineStore";
import { readWorkbookState } from "../../excel/readRegisters";
import { layoutsOf, readRow, saveRow, watchSelection, type RegisterLayout } from "../../excel/rowEditor";
import { currentSelection } from "../../excel/selection";
import { errorText, useHost } from "../HostContext";
import { NoticeBar, type Notice } from "../NoticeBar";
import { settle } from "../settle";

/** Holding an arrow key moves the selection many times a second: read only once it settles. */
const SETTLE_MS = 300;

export function EditView() {
  const host = useHost();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [layouts, setLayouts] = useState<RegisterLayout[]>([]);
  const [baseline, setBaseline] = useState<Baseline | null>(null);
  const [form, setForm] = useState<RowForm | null>(null);
  const [original, setOriginal] = useState<RowForm | null>(null);
  const [layout, setLayout] = useState<RegisterLayout | null>(null);
  const [note, setNote] = useState<string>("Select a cell in a register row.");
  const [message, setMessage] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [category, setCategory] = useState(IMPACT_CLASSIFICATION[0]!.category);
  const [hovered, setHovered] = useState<Score | null>(null);
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
        setForm(null);
        setOriginal(null);
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

  if (!settings) return <Spinner size="tiny" label="Reading the registers…" />;

  const save = async (overwrite = false) => {
    if (!form || !layout) return;
    const errors = validateForm(form, settings);
    if (errors.length) {
      setMessage({ intent: "error", title: "Not saved", body: errors.map((e) => e.message).join(" ") });
      return;
    }
    setBusy(true);
    try {
      const r = await saveRow(host, layout, form, overwrite);
      if (r.status === "saved" || r.status === "unchanged") {
        // Reload first (it clears messages), then say what was saved.
        await load(layouts, form.sheet, form.sheetRow);
        setMessage({
          intent: "success",
          title: r.status === "saved" ? `Saved ${layout.def.name} ${form.id}` : "Nothing to save",
          body:
            r.status === "saved"
              ? `${r.written} cell(s) written; the formulas follow.`
              : "The row already says this.",
        });
      } else if (r.status === "conflict") setConflict(r.changed);
      else setMessage({ intent: "error", title: "Not saved", body: r.message });
    } finally {
      setBusy(false);
    }
  };

  const errors = form ? validateForm(form, settings) : [];
  const errorOf = (field: keyof RowForm) => errors.find((e) => e.field === field)?.message;
  const computed = form ? computedOf(form, settings) : null;
  const baselineRow =
    form && layout
      ? baseline?.registers
          .find((r) => r.id === layout.def.id)
          ?.rows.find((r) => r.key === numberKey(form.loaded.number, layout.def.numberFormat))
      : undefined;
  const fresh = form && baselineRow ? newBullets(form.mitigations, baselineRow) : new Set<number>();
  const set = (patch: Partial<RowForm>) => setForm((f) => (f ? { ...f, ...patch } : f));
  const level = (s: Score) => SCALE_LEVELS[s - 1]!.name;
  const descriptor = (s: Score | null) =>
    s
      ? IMPACT_CLASSIFICATION.find((c) => c.category === category)?.levels[s - 1] ||
        "(no descriptor at this level)"
      : "";

  return (
    <section aria-labelledby="edit-title" className="rs-stack">
      <Subtitle2 as="h2" id="edit-title">
        {form && layout ? `${layout.def.name} ${form.id}` : "Edit a register row"}
      </Subtitle2>
      <NoticeBar notice={message} />
      {conflict && form && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The row changed in the workbook since you opened it</MessageBarTitle>
            {`Changed: ${conflict.join(", ")}. Keep your version, or reload the row and lose your edits.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void save(true)}>Overwrite with my changes</Button>
            <Button onClick={() => void load(layouts, form.sheet, form.sheetRow)}>Reload the row</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!form && <Body1>{note}</Body1>}
      {form && dirty && note.startsWith("The selection moved") && <Caption1>{note}</Caption1>}
      {form && computed && (
        <>
          <Field
            label={form.kind === "risk" ? "There is a risk that…" : "There is an issue that…"}
            validationMessage={errorOf("description")}
            validationState={errorOf("description") ? "error" : "none"}
          >
            <Textarea
              value={form.description}
              onChange={(_, d) => set({ description: d.value })}
              rows={3}
              resize="vertical"
            />
          </Field>
          <Field label="Classification category (for the level descriptors)">
            <Select value={category} onChange={(_, d) => setCategory(d.value)}>
              {IMPACT_CLASSIFICATION.map((c) => (
                <option key={c.category}>{c.category}</option>
              ))}
            </Select>
          </Field>
          <Field
            label="Impact (1–5)"
            validationMessage={errorOf("impact")}
            validationState={errorOf("impact") ? "error" : "none"}
          >
            <RadioGroup
              layout="horizontal"
              value={form.impact ? String(form.impact) : ""}
              onChange={(_, d) => set({ impact: Number(d.value) })}
            >
              {SCALE_LEVELS.map((l) => (
                <Radio
                  key={l.score}
                  value={String(l.score)}
                  label={`${l.score} ${l.name}`}
                  onFocus={() => setHovered(l.score)}
                  onMouseEnter={() => setHovered(l.score)}
                  onMouseLeave={() => setHovered(null)}
                />
              ))}
            </RadioGroup>
          </Field>
          <Caption1 aria-live="polite">{`${category}, ${hovered ?? form.impact ?? "–"} ${hovered || form.impact ? level((hovered ?? form.impact) as Score) : ""}: ${descriptor((hovered ?? form.impact) as Score | null)}`}</Caption1>
          {form.kind === "risk" && (
            <Field
              label="Likelihood (1–5)"
              validationMessage={errorOf("likelihood")}
              validationState={errorOf("likelihood") ? "error" : "none"}
            >
              <RadioGroup
                layout="horizontal"
                value={form.likelihood ? String(form.likelihood) : ""}
                onChange={(_, d) => set({ likelihood: Number(d.value) })}
              >
                {SCALE_LEVELS.map((l) => (
                  <Radio key={l.score} value={String(l.score)} label={`${l.score} ${l.name}`} />
                ))}
              </RadioGroup>
            </Field>
          )}
          <Body1 aria-live="polite">
            {form.kind === "risk"
              ? `Severity ${computed.severity ?? "–"} · ${computed.band ?? "no band"} · policy RAG ${computed.computedRag ?? "–"}`
              : `Policy RAG ${computed.computedRag ?? "–"}`}
          </Body1>
          <fieldset className="rs-fieldset">
            <legend>Mitigations</legend>
            {form.mitigations.map((m, i) => (
              <div key={i} className="rs-mitigation">
                <Field
                  label={`Mitigation ${i + 1}`}
                  validationMessage={!m.text.trim() ? "Write the action or remove it." : undefined}
                  validationState={!m.text.trim() ? "error" : "none"}
                >
                  <Textarea
                    value={m.text}
                    onChange={(_, d) =>
                      set({ mitigations: mitigationOps.edit(form.mitigations, i, d.value) })
                    }
                    rows={2}
                    resize="vertical"
                    className={m.state === "planned" ? "rs-planned" : undefined}
                  />
                </Field>
                <div className="rs-row">
                  <Switch
                    label="Planned / ongoing"
                    checked={m.state === "planned"}
                    onChange={(_, d) =>
                      set({
                        mitigations: mitigationOps.setState(
                          form.mitigations,
                          i,
                          d.checked ? "planned" : "inPlace",
                        ),
                      })
                    }
                  />
                  {fresh.has(i) && baseline && (
                    <Badge color="danger" appearance="tint">{`New since ${baseline.label}`}</Badge>
                  )}
                  <Button
                    size="small"
                    aria-label={`Move mitigation ${i + 1} up`}
                    disabled={i === 0}
                    onClick={() => set({ mitigations: mitigationOps.move(form.mitigations, i, -1) })}
                  >
                    Up
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Move mitigation ${i + 1} down`}
                    disabled={i === form.mitigations.length - 1}
                    onClick={() => set({ mitigations: mitigationOps.move(form.mitigations, i, 1) })}
                  >
                    Down
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Remove mitigation ${i + 1}`}
                    onClick={() => set({ mitigations: mitigationOps.remove(form.mitigations, i) })}
                  >
                    Remove
                  </Button>
                </div>
              </div>
            ))}
            <Button onClick={() => set({ mitigations: mitigationOps.add(form.mitigations) })}>
              Add mitigation
            </Button>
          </fieldset>
          <Field label="RAG status">
            <Select
              value={form.ragOverride ?? ""}
              onChange={(_, d) => set({ ragOverride: (d.value || null) as Rag | null })}
            >
              <option value="">{`Use the policy (${computed.computedRag ?? "–"})`}</option>
              <option value="RED">RED</option>
              <option value="AMBER">AMBER</option>
              <option value="GREEN">GREEN</option>
            </Select>
          </Field>
          <Field
            label="RAG rationale"
            required={!!form.ragOverride && form.ragOverride !== computed.computedRag}
            validationMessage={errorOf("ragRationale")}
            validationState={errorOf("ragRationale") ? "error" : "none"}
          >
            <Textarea
              value={form.ragRationale}
              onChange={(_, d) => set({ ragRationale: d.value })}
              rows={2}
              resize="vertical"
            />
          </Field>
          <Field label="Status">
            <Select value={form.status || "Open"} onChange={(_, d) => set({ status: d.value })}>
              {statusesFor(form.kind).map((s) => (
                <option key={s}>{s}</option>
              ))}
            </Select>
          </Field>
          <Field label="Owner">
            <Input value={form.owner} onChange={(_, d) => set({ owner: d.value })} />
          </Field>
          {"lastReviewed" in form.loaded && (
            <Field
              label="Last reviewed"
              hint="A date, e.g. 14 July 2019: saved as a date, shown as the paper prints it."
              validationMessage={errorOf("lastReviewed")}
              validationState={errorOf("lastReviewed") ? "error" : "none"}
            >
              <Input value={form.lastReviewed} onChange={(_, d) => set({ lastReviewed: d.value })} />
            </Field>
          )}
          <div className="rs-row">
            <Button appearance="primary" onClick={() => void save(false)} disabled={busy || !dirty}>
              Save
            </Button>
            <Button onClick={() => original && setForm(original)} disabled={busy || !dirty}>
              Cancel
            </Button>
            {busy && <Spinner size="tiny" label="Saving…" />}
          </div>
        </>
      )}
    </section>
  );
}
