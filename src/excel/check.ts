// "Check register": read everything (two syncs), run the rules, change nothing.
import {
  countBySeverity,
  groupFindings,
  type Finding,
  type FindingGroup,
  type FindingSeverity,
} from "../domain/findings";
import { localDateOf } from "../domain/dates";
import { checkRegisters } from "../domain/validation";
import type { ExcelHost } from "./host";
import { readWorkbookState, type WorkbookState } from "./readRegisters";

export interface CheckResult {
  findings: Finding[];
  groups: FindingGroup[];
  counts: Record<FindingSeverity, number>;
  state: WorkbookState;
  checkedRows: number;
}

/**
 * `now`: the moment Check runs, for the overdue rules (its local day, as Excel's TODAY() is). The pane
 * passes new Date(); tests pass a fixed date; without it the overdue rules are quiet.
 */
export async function checkWorkbook(host: ExcelHost, now?: Date): Promise<CheckResult> {
  const state = await readWorkbookState(host);
  const findings = checkRegisters(
    state.registers,
    state.settings.settings,
    now ? localDateOf(now) : undefined,
  );
  return {
    findings,
    groups: groupFindings(findings),
    counts: countBySeverity(findings),
    state,
    checkedRows: state.registers.reduce((n, r) => n + r.values.length, 0),
  };
}
