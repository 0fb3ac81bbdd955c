// "Check register": every rule, applied to registers as read. Pure: it reports and changes nothing.
// The rules are one module each (rules/); this runs those for the register's kind and orders their
// findings as a reader goes down the sheet: by row, then by the step of the list the rule is in, then,
// among the rules of one step, by column in the kind's column order.
import { asText } from "../cellText";
import { columnsFor, type ColumnKey } from "../columns";
import type { CalendarDate } from "../dates";
import type { Finding } from "../findings";
import { viewRegister, type CellValue, type RegisterSnapshot, type RegisterView } from "../register";
import type { Settings } from "../settings";
import { gatherFacts, type CheckFacts } from "./facts";
import type { Report, Rule, RuleContext } from "./rule";
import { RULE_STEPS } from "./rules";

export type { CheckFacts } from "./facts";
export type { Report, Rule, RuleContext } from "./rule";
export { RULES, RULE_STEPS } from "./rules";
export { gatherFacts } from "./facts";

export function checkRegisters(
  snapshots: readonly RegisterSnapshot[],
  settings: Settings,
  /** The day Check runs, for the overdue rules (src/excel/check.ts passes the user's today). */
  today?: CalendarDate,
): Finding[] {
  const views = snapshots.map(viewRegister);
  const facts = gatherFacts(views, today);
  return views.flatMap((v) => runRules(v, settings, facts));
}

export function checkRegister(
  view: RegisterView,
  settings: Settings,
  panelRiskKeys: Set<string> | null,
): Finding[] {
  return runRules(view, settings, { panelRiskKeys });
}

function isEmptyRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((c) => c === null || c === "");
}

interface Placed {
  finding: Finding;
  row: number;
  step: number;
  column: number;
  rule: number;
  seq: number;
}

/** The rules (all of them, unless a test names some) on one register. */
export function runRules(
  view: RegisterView,
  settings: Settings,
  facts: CheckFacts,
  steps: readonly (readonly Rule[])[] = RULE_STEPS,
): Finding[] {
  const { def, sheet } = view.snapshot;
  const order = new Map(columnsFor(def.kind).map((c, i) => [c.key, i]));
  const header = (key: ColumnKey) => {
    const i = view.mapping.columns[key];
    return (i === undefined ? key : (view.snapshot.headers[i] ?? key)).replace(/\s+/g, " ");
  };
  const rows: number[] = [];
  for (let r = 0; r < view.rowCount; r++) if (!isEmptyRow(view.snapshot.values[r])) rows.push(r);

  const placed: Placed[] = [];
  let ruleIndex = 0;
  steps.forEach((step, stepIndex) => {
    for (const rule of step) {
      const index = ruleIndex++;
      if (!rule.kinds.includes(def.kind)) continue;
      const where = new Map<Finding, Report>();
      const ctx: RuleContext = {
        view,
        settings,
        facts,
        rows,
        header,
        finding(report) {
          const label = report.row >= 0 ? view.value(report.row, "number") : null;
          const finding: Finding = {
            rule: rule.id,
            severity: report.severity ?? rule.severity,
            registerId: def.id,
            registerName: def.name,
            sheet,
            address: view.address(report.row, report.key),
            rowLabel: label === null ? null : asText(label),
            column: report.column ?? header(report.key),
            message: report.message,
            ...(report.fix ? { fix: report.fix } : {}),
            ...(report.restoreFormula ? { restoreFormula: report.restoreFormula } : {}),
          };
          where.set(finding, report);
          return finding;
        },
      };
      for (const finding of rule.check(ctx)) {
        const report = where.get(finding);
        if (!report) throw new Error(`Check rule ${rule.id} made a finding without ctx.finding.`);
        placed.push({
          finding,
          row: report.row,
          step: stepIndex,
          column: order.get(report.key) ?? -1,
          rule: index,
          seq: placed.length,
        });
      }
    }
  });
  placed.sort(
    (a, b) => a.row - b.row || a.step - b.step || a.column - b.column || a.rule - b.rule || a.seq - b.seq,
  );
  return placed.map((p) => p.finding);
}
