// What a Check rule is. Each rule lives in rules/<id>.ts and is listed, in order, in rules/index.ts; the
// engine (index.ts) runs the rules for the register's kind and puts their findings in order.
import type { ColumnKey } from "../columns";
import type { Finding, FindingRule, FindingSeverity } from "../findings";
import type { RegisterView } from "../register";
import type { RegisterKind, Settings } from "../settings";
import type { CheckFacts } from "./facts";

/** One problem a rule reports, in the rule's words; the context makes it a Finding. */
export interface Report {
  /** The data row (0-based), or -1 for the header row. */
  row: number;
  /** The column the finding points at: its cell is the finding's address. */
  key: ColumnKey;
  message: string;
  fix?: string;
  /** Where it differs from the rule's own severity. */
  severity?: FindingSeverity;
  /** The column's name as shown, where it is not the register's header (a column the register lacks). */
  column?: string;
  restoreFormula?: Finding["restoreFormula"];
}

export interface RuleContext {
  /** The register being checked, as read, with its columns found. */
  view: RegisterView;
  settings: Settings;
  /** What the rules may know beyond this register: other registers, the date (see facts.ts). */
  facts: CheckFacts;
  /** The data rows to check: every row but the empty ones, in order. */
  rows: readonly number[];
  /** The register's header of a column, with runs of spaces and line breaks as one space. */
  header(key: ColumnKey): string;
  /** A finding of this rule: its register, sheet, address, row label and column filled in. */
  finding(report: Report): Finding;
}

export interface Rule {
  id: FindingRule;
  /** The severity of its findings (a finding may say otherwise, e.g. a lesser form of the problem). */
  severity: FindingSeverity;
  /** One line, plain English: what the rule looks for. */
  description: string;
  /** The kinds of register it applies to; the engine runs it on no others. */
  kinds: readonly RegisterKind[];
  /** The columns it reads. */
  columns: readonly ColumnKey[];
  /** Its findings on the register, each made with ctx.finding, in sheet order. */
  check(ctx: RuleContext): Finding[];
}
