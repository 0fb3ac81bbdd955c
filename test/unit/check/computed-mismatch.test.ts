import { computedMismatch } from "../../../src/domain/check/rules/computed-mismatch";
import { brief, findingsOf, issueRow, issues, riskRow, risks } from "./registers";

test("reports a computed cell disagreeing with the cell it is computed from", () => {
  // Severity 16 typed over 4 × 3: only Severity is wrong, the band is judged against the 16 shown.
  const rows = [
    riskRow(1, { Severity: 16, "Severity Band": "High", "Computed RAG": "RED", "RAG Status": "RED" }),
  ];
  const typed = findingsOf(computedMismatch, risks(rows, rows));
  expect(brief(typed)).toEqual(["E2 Severity is 16 but should be 12."]);
  expect(typed[0]).toMatchObject({
    fix: "Restore the formula.",
    restoreFormula: { key: "severity", sheetRow: 1 },
  });
  // A formula showing the wrong RAG: the settings changed since it was written.
  const stale = findingsOf(
    computedMismatch,
    issues([issueRow(1, { "Computed RAG": "GREEN", "RAG Status": "GREEN" })]),
  );
  expect(brief(stale)).toEqual(['E2 Computed RAG shows "GREEN" but should be "AMBER".']);
  expect(stale[0]!.fix).toBe("Restore the formula (the settings may have changed since it was written).");
});

test("is quiet when the computed cells agree (case aside)", () => {
  expect(findingsOf(computedMismatch, risks([riskRow(1, { "Severity Band": "moderate" })]))).toEqual([]);
});
