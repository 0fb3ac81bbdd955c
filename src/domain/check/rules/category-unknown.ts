import { categoryOf, IMPACT_CATEGORIES } from "../../appetite";
import type { Rule } from "../rule";

export const categoryUnknown: Rule = {
  id: "category-unknown",
  severity: "warning",
  description:
    "A risk's Impact Category is not one of Appendix C's ten categories, so no appetite applies to it.",
  kinds: ["risk"],
  columns: ["riskCategory"],
  check({ view, rows, header, finding }) {
    if (view.mapping.columns.riskCategory === undefined) return [];
    return rows.flatMap((r) => {
      const v = view.value(r, "riskCategory");
      if (v === null || String(v).trim() === "" || categoryOf(v) !== null) return [];
      return [
        finding({
          row: r,
          key: "riskCategory",
          message: `${header("riskCategory")} "${String(v).trim()}" is not one of Appendix C's categories.`,
          fix: `Choose one of: ${IMPACT_CATEGORIES.join(", ")}.`,
        }),
      ];
    });
  },
};
