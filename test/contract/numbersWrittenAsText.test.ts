// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member,
// https://github.com/OfficeDev/office-js/issues/1559
import { numbersWrittenAsText } from "../../src/excel/contracts/numbersWrittenAsText";
import { runOnSimulator } from "./helpers";

test("text that looks like a number becomes a number: 08 loses its zero", async () => {
  const result = await runOnSimulator(numbersWrittenAsText);
  expect(result.observed).toBe("read back [3,8,1000,0.5,2019] (Double, Double, Double, Double, Double)");
  expect(result.outcome).toBe("held");
});
