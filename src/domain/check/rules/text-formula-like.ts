import { asText, looksLikeFormula } from "../../cellText";
import type { Finding } from "../../findings";
import type { RegisterKind } from "../../settings";
import { show, textKeys, textKeysOf } from "../rows";
import type { Rule } from "../rule";

const kinds: readonly RegisterKind[] = ["risk", "issue"];

export const textFormulaLike: Rule = {
  id: "text-formula-like",
  severity: "error",
  description:
    "A text cell holds a formula (an error), or text starting with =, +, - or @ that Excel would read as one (a warning).",
  kinds,
  columns: textKeysOf(kinds),
  check({ view, rows, header, finding }) {
    const keys = textKeys(view.snapshot.def.kind).filter((k) => view.mapping.columns[k] !== undefined);
    const out: Finding[] = [];
    for (const r of rows)
      for (const key of keys) {
        const v = view.value(r, key);
        if (view.isFormula(r, key))
          out.push(
            finding({
              row: r,
              key,
              message: `${header(key)} holds a formula where text is expected.`,
              fix: "Re-enter the text with the column formatted as Text.",
            }),
          );
        else if (looksLikeFormula(v))
          out.push(
            finding({
              row: r,
              key,
              severity: "warning",
              message: `${show(v)} starts with "${asText(v)[0]}": Excel would read it as a formula if it were typed in again.`,
              fix: "Start the text with a word, or keep the column formatted as Text.",
            }),
          );
      }
    return out;
  },
};
