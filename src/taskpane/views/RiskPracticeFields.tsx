// The risk practice in the Settings view: which of the three scores each risk register shows and the
// paper prints, the risk appetite of each impact category, and whether the paper lists the risks
// outside appetite. Only renders; useSettingsDraft keeps the draft.
import { Caption1, Checkbox, Field, Select, Switch } from "@fluentui/react-components";
import { bandOrder, IMPACT_CATEGORIES } from "../../domain/appetite";
import type { ScoreSet } from "../../domain/columns";
import { KINDS, SCORE_SET_LABELS } from "../../domain/registerKinds";
import type { Settings } from "../../domain/settings";

export function ScoreSetFields({
  draft,
  onScores,
}: {
  draft: Settings;
  onScores: (id: string, what: "shown" | "printed", set: ScoreSet, on: boolean) => void;
}) {
  const registers = draft.registers.filter((r) => KINDS[r.kind].scoreSets.length > 1);
  return (
    <>
      {registers.map((r) => {
        const shown = r.scoreSets ?? ["current"];
        const printed = r.printedScores ?? ["current"];
        const sets = KINDS[r.kind].scoreSets;
        return (
          <fieldset key={r.id} className="rs-fieldset">
            <legend>{r.name}: scores</legend>
            <div role="group" aria-label={`Scores ${r.name} shows`}>
              <Caption1 as="p">Scores this register shows</Caption1>
              {sets.map((set) => (
                <div key={set}>
                  <Checkbox
                    key={set}
                    label={SCORE_SET_LABELS[set]}
                    checked={shown.includes(set)}
                    disabled={set === "current"}
                    onChange={(_, d) => onScores(r.id, "shown", set, !!d.checked)}
                  />
                </div>
              ))}
            </div>
            <div role="group" aria-label={`Scores ${r.name}'s paper prints`}>
              <Caption1 as="p">The paper prints</Caption1>
              {sets
                .filter((set) => shown.includes(set))
                .map((set) => (
                  <div key={set}>
                    <Checkbox
                      key={set}
                      label={`${SCORE_SET_LABELS[set]} (printed)`}
                      checked={printed.includes(set)}
                      disabled={set === "current"}
                      onChange={(_, d) => onScores(r.id, "printed", set, !!d.checked)}
                    />
                  </div>
                ))}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

export function AppetiteFields({
  draft,
  onAppetite,
  onOutside,
}: {
  draft: Settings;
  onAppetite: (category: string, band: string) => void;
  onOutside: (on: boolean) => void;
}) {
  const bands = bandOrder(draft);
  return (
    <fieldset className="rs-fieldset">
      <legend>Risk appetite: the highest band accepted in each impact category</legend>
      {IMPACT_CATEGORIES.map((category) => (
        <Field key={category} label={`Appetite for ${category}`}>
          <Select
            size="small"
            value={draft.appetite[category] ?? ""}
            onChange={(_, d) => onAppetite(category, d.value)}
          >
            <option value="">No appetite set</option>
            {bands.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Switch
        label="The paper lists risks outside appetite"
        checked={draft.paper.outsideAppetite}
        onChange={(_, d) => onOutside(d.checked)}
      />
    </fieldset>
  );
}
