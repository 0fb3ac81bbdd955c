// "Check register": read everything (two syncs), run the rules, change nothing.
import {
  countBySeverity,
  groupFindings,
  type Finding,
  type FindingGroup,
  type FindingSeverity,
} from "../domain/findings";
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

export async function checkWorkbook(host: ExcelHost): Promise<CheckResult> {
  const state = await readWorkbookState(host);
  const findings = checkRegisters(state.registers, state.settings.settings);
  return {
    findings,
    groups: groupFindings(findings),
    counts: countBySeverity(findings),
    state,
    checkedRows: state.registers.reduce((n, r) => n + r.values.length, 0),
  };
}
