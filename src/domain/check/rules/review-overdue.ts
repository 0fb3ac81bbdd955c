import type { ColumnKey } from "../../columns";
import { KINDS } from "../../registerKinds";
import { recordsOf } from "../../records";
import { overdueReviews, overdueSentence } from "../../reviews";
import type { Rule } from "../rule";

/** The cell a finding points at: Next Review where the register has it, else the date it is worked from. */
const WHERE: readonly ColumnKey[] = ["nextReview", "lastReviewed", "dateRaised", "number"];

export const reviewOverdue: Rule = {
  id: "review-overdue",
  severity: "warning",
  description:
    "A live risk's review is overdue: its Next Review (Last Reviewed plus its band's cadence; Date Raised plus the cadence if never reviewed) is before today.",
  kinds: ["risk"],
  columns: ["number", "owner", "band", "lastReviewed", "nextReview", "dateRaised", "status"],
  check({ view, settings, facts, finding }) {
    const today = facts.today;
    if (!today || !KINDS[view.snapshot.def.kind].reviewed) return [];
    const key = WHERE.find((k) => view.mapping.columns[k] !== undefined) ?? "number";
    const entry = KINDS[view.snapshot.def.kind].entry;
    return overdueReviews(recordsOf(view.snapshot), settings, today).map((o) =>
      finding({
        row: o.index,
        key,
        message: overdueSentence(o, today, entry),
        fix: "Review the risk with its owner and enter the date in Last Reviewed (Publish can mark the open risks reviewed).",
      }),
    );
  },
};
