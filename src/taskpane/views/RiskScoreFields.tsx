// The Edit view's inherent and target scores, target date and impact category, for the sets the
// register shows (and the columns its table has). The same Impact/Likelihood picker as the current
// score's, with the severity and band each gives.
import { Body1, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { IMPACT_CATEGORIES } from "../../domain/appetite";
import type { ColumnKey } from "../../domain/columns";
import { SCORE_SET_LABELS, shownScoreSets } from "../../domain/registerKinds";
import { scoreOf, type RowForm } from "../../domain/rowForm";
import { scaleLevels, SCALE_LEVELS } from "../../domain/scales";
import type { RegisterDefinition, Settings } from "../../domain/settings";

/** A 1–5 picker, as the current Impact and Likelihood are chosen. */
export function ScorePicker({
  label,
  value,
  levels,
  error,
  onChange,
}: {
  label: string;
  value: number | null;
  levels: ReadonlyArray<{ score: number; name: string }>;
  error?: string | undefined;
  onChange: (score: number) => void;
}) {
  return (
    <Field label={label} validationMessage={error} validationState={error ? "error" : "none"}>
      <RadioGroup
        layout="horizontal"
        className="rs-scores"
        value={value ? String(value) : ""}
        onChange={(_, d) => onChange(Number(d.value))}
      >
        {levels.map((l) => (
          <Radio key={l.score} value={String(l.score)} label={`${l.score} ${l.name}`} />
        ))}
      </RadioGroup>
    </Field>
  );
}

export function RiskCategoryField({ form, set }: { form: RowForm; set: (patch: Partial<RowForm>) => void }) {
  if (!("riskCategory" in form.loaded)) return null;
  const known = IMPACT_CATEGORIES.includes(form.riskCategory) || form.riskCategory === "";
  return (
    <Field label="Impact Category (appetite is judged by it)">
      <Select value={form.riskCategory} onChange={(_, d) => set({ riskCategory: d.value })}>
        <option value="">Not set</option>
        {!known && (
          <option value={form.riskCategory}>{`${form.riskCategory} (not an Appendix C category)`}</option>
        )}
        {IMPACT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function OtherScoreFields({
  form,
  def,
  settings,
  set,
  errorOf,
}: {
  form: RowForm;
  def: RegisterDefinition;
  settings: Settings;
  set: (patch: Partial<RowForm>) => void;
  errorOf: (field: keyof RowForm) => string | undefined;
}) {
  const sets = shownScoreSets(def.kind, def.scoreSets).filter(
    (s): s is "inherent" | "target" =>
      s !== "current" && `${s}Impact` in form.loaded && `${s}Likelihood` in form.loaded,
  );
  return (
    <>
      {sets.map((s) => {
        const { severity, band } = scoreOf(form, s, settings);
        const impact = `${s}Impact` as const;
        const likelihood = `${s}Likelihood` as const;
        return (
          <fieldset key={s} className="rs-fieldset">
            <legend>{`${SCORE_SET_LABELS[s]} score`}</legend>
            <ScorePicker
              label={`${s === "inherent" ? "Inherent" : "Target"} Impact (1–5)`}
              value={form[impact]}
              levels={SCALE_LEVELS}
              error={errorOf(impact)}
              onChange={(v) => set({ [impact]: v } as Partial<RowForm>)}
            />
            <ScorePicker
              label={`${s === "inherent" ? "Inherent" : "Target"} Likelihood (1–5)`}
              value={form[likelihood]}
              levels={scaleLevels("Likelihood", settings.likelihoodLevels)}
              error={errorOf(likelihood)}
              onChange={(v) => set({ [likelihood]: v } as Partial<RowForm>)}
            />
            <Body1 aria-live="polite">{`${s === "inherent" ? "Inherent" : "Target"} severity ${severity ?? "–"} · ${band ?? "no band"}`}</Body1>
            {s === "target" && ("targetDate" as ColumnKey) in form.loaded && (
              <Field
                label="Target Date"
                hint="e.g. 31 March 2027"
                validationMessage={errorOf("targetDate")}
                validationState={errorOf("targetDate") ? "error" : "none"}
              >
                <Input value={form.targetDate} onChange={(_, d) => set({ targetDate: d.value })} />
              </Field>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
