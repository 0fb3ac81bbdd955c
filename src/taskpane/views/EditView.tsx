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
import { useState } from "react";
import { statusesFor } from "../../domain/columns";
import { fieldName } from "../../domain/fieldNames";
import { IMPACT_CLASSIFICATION } from "../../domain/impactClassification";
import { mitigationOps } from "../../domain/rowForm";
import { scaleLevels, SCALE_LEVELS, type Score } from "../../domain/scales";
import type { Rag } from "../../domain/settings";
import { NoticeBar } from "../NoticeBar";
import { useRevealAndFocus } from "../useRevealAndFocus";
import { OtherScoreFields, RiskCategoryField } from "./RiskScoreFields";
import { RiskTrendSection } from "./RiskTrendSection";
import { useEditRow } from "./useEditRow";
import { useRiskTrend } from "./useRiskTrend";

export function EditView() {
  const edit = useEditRow();
  const { settings, form, layout, baseline, note, message, conflict, busy, dirty } = edit;
  const { computed, fresh, errorOf, set, save } = edit;
  // The risk's score and RAG in each published paper: read once per risk shown, the saved row as "Now".
  const trend = useRiskTrend(form && layout ? layout.def : null, form?.loaded ?? null, settings);
  const [category, setCategory] = useState(IMPACT_CLASSIFICATION[0]!.category);
  const [hovered, setHovered] = useState<Score | null>(null);
  // Save's outcome takes focus (Save itself is disabled once the row is saved); so does a conflict.
  const resultRef = useRevealAndFocus<HTMLDivElement>(edit.outcome);
  const conflictRef = useRevealAndFocus<HTMLDivElement>(conflict);

  if (!settings) return <Spinner size="tiny" label="Reading the registers…" />;

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
      <div ref={resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={message} />
      </div>
      {conflict && form && (
        <MessageBar intent="warning" role="alert" ref={conflictRef} tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>The row changed in the workbook since you opened it</MessageBarTitle>
            {`Changed: ${conflict.map(fieldName).join(", ")}. Keep your version, or reload the row and lose your edits.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void save(true)}>Overwrite with my changes</Button>
            <Button onClick={() => void edit.reload()}>Reload the row</Button>
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
              className="rs-scores"
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
                className="rs-scores"
                value={form.likelihood ? String(form.likelihood) : ""}
                onChange={(_, d) => set({ likelihood: Number(d.value) })}
              >
                {scaleLevels("Likelihood", settings.likelihoodLevels).map((l) => (
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
          {layout && settings && (
            <OtherScoreFields form={form} def={layout.def} settings={settings} set={set} errorOf={errorOf} />
          )}
          <RiskCategoryField form={form} set={set} />
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
                    // On the textarea itself: a form control does not inherit the italics.
                    textarea={{ className: m.state === "planned" ? "rs-planned" : undefined }}
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
                  {edit.canMark && (
                    // Stored beside the baselines (the cell's words are not changed): the paper prints it red.
                    <Switch
                      label="New this month"
                      checked={fresh.has(i)}
                      disabled={busy || !m.text.trim()}
                      onChange={(_, d) => void edit.markNew(i, d.checked)}
                    />
                  )}
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
            <Button onClick={edit.cancel} disabled={busy || !dirty}>
              Cancel
            </Button>
            {busy && <Spinner size="tiny" label="Saving…" />}
          </div>
          <RiskTrendSection trend={trend} />
        </>
      )}
    </section>
  );
}
