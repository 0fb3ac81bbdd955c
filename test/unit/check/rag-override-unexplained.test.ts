import { ragOverrideUnexplained } from "../../../src/domain/check/rules/rag-override-unexplained";
import { brief, findingsOf, issueRow, issues, riskRow, risks } from "./registers";

test("reports an override that differs from the policy with no rationale", () => {
  expect(
    brief(
      findingsOf(ragOverrideUnexplained, risks([riskRow(1, { "RAG Override": "RED", "RAG Status": "RED" })])),
    ),
  ).toEqual([
    "H2 RAG is RED but the policy gives AMBER for severity 12 (Moderate), and no rationale is recorded.",
  ]);
  expect(
    brief(
      findingsOf(
        ragOverrideUnexplained,
        issues([issueRow(1, { "RAG Override": "green", "RAG Status": "GREEN" })]),
      ),
    ),
  ).toEqual(["F2 RAG is GREEN but the policy gives AMBER for Impact 2, and no rationale is recorded."]);
});

test("is quiet with a rationale, or an override the policy agrees with", () => {
  const rows = [
    riskRow(1, { "RAG Override": "RED", "RAG Rationale": "Board asked.", "RAG Status": "RED" }),
    riskRow(2, { "RAG Override": "AMBER" }),
  ];
  expect(findingsOf(ragOverrideUnexplained, risks(rows))).toEqual([]);
});
