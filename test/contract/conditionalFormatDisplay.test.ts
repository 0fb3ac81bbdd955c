// Sources: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#multiple-formats-and-priority
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#mutually-exclusive-conditional-formats
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getdisplayedcellproperties-member(1)
import { conditionalFormatDisplay } from "../../src/excel/contracts/conditionalFormatDisplay";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("the higher priority sets the fill, the lower one's font still shows, and stopIfTrue stops it", async () => {
  const result = await runOnSimulator(conditionalFormatDisplay, new Simulator({ apiVersion: "1.19" }));
  expect(result.observed).toBe(
    "both match: fill #0000FF, font #FFFFFF; newer with stopIfTrue: fill #0000FF, font #000000",
  );
  expect(result.outcome).toBe("held");
});

test("a host below ExcelApi 1.19 does not run it", async () => {
  const result = await runOnSimulator(conditionalFormatDisplay, new Simulator({ apiVersion: "1.18" }));
  expect(result.outcome).toBe("not-run");
});
