import { gatherFacts, runRules } from "../../../src/domain/check";
import { outsideAppetite } from "../../../src/domain/check/rules/outside-appetite";
import { viewRegister, type CellValue } from "../../../src/domain/register";
import { PANEL_RISKS } from "../../../src/domain/settings";
import { brief, settings, snapshot } from "./registers";

const HEADERS = ["#", "There is a risk that…", "Impact Category", "Severity Band", "Mitigation", "Status"];
const row = (
  n: number,
  category: CellValue,
  band: CellValue,
  mitigations: CellValue,
  status: CellValue = "Open",
) => [n, `Risk ${n}`, category, band, mitigations, status];

function run(rows: CellValue[][], appetite: Record<string, string>) {
  const view = viewRegister(snapshot(PANEL_RISKS, HEADERS, rows));
  return runRules(view, { ...settings, appetite }, gatherFacts([view]), [[outsideAppetite]]);
}

test("reports a live risk above its category's appetite with no planned or ongoing mitigation", () => {
  const found = run(
    [
      row(1, "Asset", "High", "• Second supplier"),
      row(2, "Asset", "High", "• Second supplier\n• Review supplier list – Ongoing"),
      row(3, "Asset", "Moderate", null),
      row(4, "Safety", "Critical", null),
      row(5, "asset", "Critical", null),
      row(6, "Asset", "Critical", null, "Closed"),
    ],
    { Asset: "Moderate" },
  );
  expect(brief(found)).toEqual([
    "E2 High is above the Asset appetite (Moderate), and every mitigation recorded is already in place.",
    "E6 Critical is above the Asset appetite (Moderate), and no mitigation is recorded.",
  ]);
  expect(found.every((f) => f.severity === "warning" && f.rule === "outside-appetite")).toBe(true);
});

test("is quiet with no appetite set, or no Impact Category column", () => {
  expect(run([row(1, "Asset", "Critical", null)], {})).toEqual([]);
  const view = viewRegister(
    snapshot(PANEL_RISKS, ["#", "There is a risk that…", "Severity Band"], [[1, "Risk", "Critical"]]),
  );
  expect(
    runRules(view, { ...settings, appetite: { Asset: "Low" } }, gatherFacts([view]), [[outsideAppetite]]),
  ).toEqual([]);
});
