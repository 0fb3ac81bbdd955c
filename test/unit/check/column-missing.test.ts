import { columnMissing } from "../../../src/domain/check/rules/column-missing";
import { PANEL_RISKS } from "../../../src/domain/settings";
import { brief, findingsOf, riskRow, risks, RISK_HEADERS, snapshot } from "./registers";

test("reports each essential column the register lacks, at the header row", () => {
  const headers: string[] = RISK_HEADERS.filter((h) => h !== "RAG Rationale" && h !== "Severity Band");
  const rows = [riskRow(1)].map((r) => r.filter((_, i) => headers.includes(RISK_HEADERS[i]!)));
  const found = findingsOf(columnMissing, snapshot(PANEL_RISKS, headers, rows));
  expect(brief(found)).toEqual([
    'A1 SEC Panel risks has no "Severity Band" column.',
    'A1 SEC Panel risks has no "RAG Rationale" column.',
  ]);
  expect(found[0]).toMatchObject({ column: "Severity Band", rowLabel: null, severity: "error" });
});

test("is quiet when every essential column is there", () => {
  expect(findingsOf(columnMissing, risks([riskRow(1)]))).toEqual([]);
});
