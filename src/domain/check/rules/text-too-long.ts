import { MAX_CELL_CHARS } from "../../cellText";
import type { Finding } from "../../findings";
import type { RegisterKind } from "../../settings";
import { textKeys, textKeysOf } from "../rows";
import type { Rule } from "../rule";

const kinds: readonly RegisterKind[] = ["risk", "issue"];

export const textTooLong: Rule = {
  id: "text-too-long",
  severity: "error",
  description: "A text cell holds more than the 32,767 characters Excel keeps in a cell.",
  kinds,
  columns: textKeysOf(kinds),
  check({ view, rows, finding }) {
    const keys = textKeys(view.snapshot.def.kind).filter((k) => view.mapping.columns[k] !== undefined);
    const out: Finding[] = [];
    for (const r of rows)
      for (const key of keys) {
        const v = view.value(r, key);
        if (typeof v === "string" && v.length > MAX_CELL_CHARS)
          out.push(
            finding({
              row: r,
              key,
              message: `The text has ${v.length.toLocaleString("en-GB")} characters; Excel keeps at most 32,767 in a cell.`,
              fix: "Shorten it, or move detail to a linked document.",
            }),
          );
      }
    return out;
  },
};
