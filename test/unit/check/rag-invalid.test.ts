import { ragInvalid } from "../../../src/domain/check/rules/rag-invalid";
import { brief, findingsOf, riskRow, risks } from "./registers";

test("reports an override that is not RED, AMBER or GREEN", () => {
  expect(brief(findingsOf(ragInvalid, risks([riskRow(1, { "RAG Override": "Purple" })])))).toEqual([
    'H2 RAG override "Purple" is not RED, AMBER or GREEN.',
  ]);
});

test("is quiet on a blank override or a RAG in any case", () => {
  const rows = [
    riskRow(1),
    riskRow(2, { "RAG Override": " red ", "RAG Rationale": "Why.", "RAG Status": "RED" }),
  ];
  expect(findingsOf(ragInvalid, risks(rows))).toEqual([]);
});
