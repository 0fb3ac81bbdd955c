// What the rules know beyond the register they check, gathered once for all registers. A new fact (the
// date, for overdue rules; the other registers' views) is a field here and a line in gatherFacts: the
// rules that do not use it do not change.
import type { CalendarDate } from "../dates";
import { numberKey } from "../numbering";
import type { RegisterView } from "../register";

export interface CheckFacts {
  /** The numbers of the Panel risk register's rows (as numberKey gives them), or null when there is none. */
  panelRiskKeys: ReadonlySet<string> | null;
  /** The day Check runs (the user's local day), for the overdue rules; absent, those rules are quiet. */
  today?: CalendarDate;
}

export function gatherFacts(views: readonly RegisterView[], today?: CalendarDate): CheckFacts {
  const panelRisks = views.find((v) => v.snapshot.def.kind === "risk" && v.snapshot.def.role === "panel");
  return { panelRiskKeys: panelRisks ? numberKeys(panelRisks) : null, ...(today ? { today } : {}) };
}

function numberKeys(view: RegisterView): Set<string> {
  const keys = new Set<string>();
  for (let r = 0; r < view.rowCount; r++) {
    const k = numberKey(view.value(r, "number"), view.snapshot.def.numberFormat);
    if (k) keys.add(k);
  }
  return keys;
}
