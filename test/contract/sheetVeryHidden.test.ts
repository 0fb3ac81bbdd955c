// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.sheetvisibility
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
// https://learn.microsoft.com/en-us/office/vba/api/excel.xlsheetvisibility ("the user cannot make the object visible")
import { sheetVeryHidden } from "../../src/excel/contracts/sheetVeryHidden";
import { sheetsUserCanUnhide } from "../../src/workbench/simulator/sheets";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("VeryHidden reads back VeryHidden, and a very hidden sheet cannot be deleted", async () => {
  const result = await runOnSimulator(sheetVeryHidden);
  expect(result.observed).toBe("read back VeryHidden; delete while very hidden: InvalidOperation");
  expect(result.outcome).toBe("held");
});

test("the sheet-tab menu's Unhide offers hidden sheets, never very hidden ones", () => {
  const sim = new Simulator();
  sim.model.addSheet("Plain hidden").visibility = "Hidden";
  sim.model.addSheet("Very hidden").visibility = "VeryHidden";
  expect(sheetsUserCanUnhide(sim.model).map((s) => s.name)).toEqual(["Plain hidden"]);
  expect(() => sim.userUnhide("Very hidden")).toThrow(/very hidden/i);
  sim.userUnhide("Plain hidden");
  expect(sim.model.sheetByName("Plain hidden")!.visibility).toBe("Visible");
});
