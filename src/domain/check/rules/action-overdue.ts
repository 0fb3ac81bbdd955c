import type { ColumnKey } from "../../columns";
import { overdueActionSentence, overdueActions } from "../../actionsOutstanding";
import { recordsOf } from "../../records";
import type { Rule } from "../rule";

/** The cell a finding points at: Due Date where the log has it (it always does when one is overdue). */
const WHERE: readonly ColumnKey[] = ["dueDate", "number"];

export const actionOverdue: Rule = {
  id: "action-overdue",
  severity: "warning",
  description:
    "An action of the action log that is not Closed has a due date before today: its owner and how late it is.",
  kinds: ["action"],
  columns: ["number", "owner", "dueDate", "status"],
  check({ view, facts, finding }) {
    const today = facts.today;
    if (!today) return [];
    const key = WHERE.find((k) => view.mapping.columns[k] !== undefined) ?? "number";
    return overdueActions(recordsOf(view.snapshot), today).map((o) =>
      finding({
        row: o.index,
        key,
        message: overdueActionSentence(o, today),
        fix: "Ask the owner for an update: agree a new due date, or set the status to Closed once it is done.",
      }),
    );
  },
};
