import { appetiteState } from "../../appetite";
import type { Rule } from "../rule";

export const outsideAppetite: Rule = {
  id: "outside-appetite",
  severity: "warning",
  description:
    "A live risk's current band is above its impact category's appetite and no planned or ongoing mitigation is recorded.",
  kinds: ["risk"],
  columns: ["riskCategory", "band", "mitigations", "status"],
  check({ view, rows, settings, finding }) {
    if (view.mapping.columns.riskCategory === undefined || Object.keys(settings.appetite).length === 0)
      return [];
    return rows.flatMap((r) => {
      const status = String(view.value(r, "status") ?? "")
        .trim()
        .toLowerCase();
      if (status === "closed" || status === "became issue") return [];
      const s = appetiteState(
        {
          category: view.value(r, "riskCategory"),
          band: view.value(r, "band"),
          mitigations: view.value(r, "mitigations"),
        },
        settings,
      );
      if (!s.unmitigated) return [];
      return [
        finding({
          row: r,
          key: view.mapping.columns.mitigations !== undefined ? "mitigations" : "band",
          message: `${s.band} is above the ${s.category} appetite (${s.appetite}), and ${
            s.mitigation === "none"
              ? "no mitigation is recorded"
              : "every mitigation recorded is already in place"
          }.`,
          fix: "Record a planned or ongoing action to bring the risk within appetite, or review the appetite in Settings.",
        }),
      ];
    });
  },
};
