// Sources: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation#remove-data-validation-from-a-range
// ("only the overlapping cells, if any, of the two ranges are cleared")
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationtype
import { dataValidationClearOverlap } from "../../src/excel/contracts/dataValidationClearOverlap";
import { runOnSimulator } from "./helpers";

test("clear removes validation from the overlapping cells only; the rule's other cells keep it", async () => {
  const result = await runOnSimulator(dataValidationClearOverlap);
  expect(result.observed).toBe("A1:A2 List; A3:A4 None; A1:A4 MixedCriteria");
  expect(result.outcome).toBe("held");
});
