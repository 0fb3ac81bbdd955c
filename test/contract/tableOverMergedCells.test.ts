// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
// and https://github.com/OfficeDev/office-js/issues/3611. No Microsoft page found states the refusal itself:
// the simulator follows issue 10's reading, and the Diagnostics view confirms or refutes it.
import { tableOverMergedCells } from "../../src/excel/contracts/tableOverMergedCells";
import { runOnSimulator } from "./helpers";

test("tables.add over merged cells is refused", async () => {
  const result = await runOnSimulator(tableOverMergedCells);
  expect(result.observed).toBe("tables.add refused: InvalidOperation");
  expect(result.outcome).toBe("held");
});
