import { parseNumber, splitReferences } from "../../numbering";
import type { Rule } from "../rule";

export const associatedRiskMissing: Rule = {
  id: "associated-risk-missing",
  severity: "warning",
  description: "An issue's associated risk number is not in the Panel risk register.",
  kinds: ["issue"],
  columns: ["associatedRisks"],
  check({ view, rows, facts, finding }) {
    const keys = facts.panelRiskKeys;
    if (!keys) return [];
    return rows.flatMap((r) =>
      splitReferences(view.value(r, "associatedRisks"))
        // Only plain numbers name Panel risks; "TABASC 10" is another register's risk.
        .filter((ref) => {
          const n = parseNumber(ref, "0");
          return n !== null && !keys.has(String(n));
        })
        .map((ref) =>
          finding({
            row: r,
            key: "associatedRisks",
            message: `Associated risk ${ref} is not in the Panel risk register.`,
            fix: "Correct the number, or keep the risk in the register as closed.",
          }),
        ),
    );
  },
};
