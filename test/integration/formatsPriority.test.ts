// Conditional formats and validation as Excel applies them, and the add-in's governance under that.
// A format added later takes the top priority, and the highest-priority match sets the fill:
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#multiple-formats-and-priority
// DataValidation.clear clears only the overlapping cells:
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation#remove-data-validation-from-a-range
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { beginsWithAddOrder } from "../../src/excel/layout";
import { saveSettings } from "../../src/excel/settingsSave";
import { adoptedSeeds, NOW, pasted } from "../helpers/workbooks";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";

const BANDS_HIGHEST_FIRST = [
  { name: "Highest", min: 20, max: 25, color: "#7030A0" },
  { name: "High", min: 13, max: 19, color: "#FF6600" },
  { name: "Moderate", min: 6, max: 12, color: "#FFC000" },
  { name: "Low", min: 1, max: 5, color: "#00B050" },
];

describe("Band colours under Excel's priority order", () => {
  test("a band whose name begins with another band's name still shows its own colour", async () => {
    const sim = await adoptedSeeds();
    const settings = {
      ...DEFAULT_SETTINGS,
      bands: BANDS_HIGHEST_FIRST,
      riskRag: { Highest: "RED", High: "RED", Moderate: "AMBER", Low: "GREEN" },
    };
    expect(await saveSettings(sim.host, settings, NOW)).toMatchObject({ status: "saved" });
    // Risk 1 on row 4: Impact C, Likelihood D. 5 × 5 = 25 is Highest; risk 2 (row 5) 4 × 4 = 16 is High.
    expect(sim.userEdit("Panel Risks", "C4:D4", [[5, 5]])).toBeNull();
    expect(sim.userEdit("Panel Risks", "C5:D5", [[4, 4]])).toBeNull();
    const panel = sim.model.sheetByName("Panel Risks")!;
    const bandCol = [...Array(30).keys()].find((c) => panel.cell(2, c)?.value === "Severity Band")!;
    expect([panel.cell(3, bandCol)?.value, panel.cell(4, bandCol)?.value]).toEqual(["Highest", "High"]);
    expect(sim.model.displayFormat(panel, 3, bandCol).fill).toBe("#7030A0");
    expect(sim.model.displayFormat(panel, 4, bandCol).fill).toBe("#FF6600");
  });

  test("shorter texts are added first, so the longest matching text has the top priority", () => {
    expect(beginsWithAddOrder(BANDS_HIGHEST_FIRST, (b) => b.name).map((b) => b.name)).toEqual([
      "Low",
      "High",
      "Highest",
      "Moderate",
    ]);
  });
});

describe("Validation re-applied by the add-in", () => {
  test("a user's validation around a governed column keeps its cells; the column gets the add-in's rule", async () => {
    const sim = pasted();
    const panel = sim.model.sheetByName("Panel Risks")!;
    // The user's own rule on the whole of column D (Likelihood), and on a cell beside the register.
    const mine = { list: { inCellDropDown: true, source: "x,y" } };
    panel.validations.push({ range: { top: 0, bottom: 1048575, left: 3, right: 3 }, rule: mine });
    panel.validations.push({ range: { top: 3, bottom: 3, left: 25, right: 25 }, rule: mine });
    const preview = await previewAdoption(sim.host, "panelRisks", "Panel Risks");
    if (!preview.ok) throw new Error(preview.message);
    expect((await adoptRegister(sim.host, preview.preview, NOW)).status).toBe("adopted");
    const ruleAt = (row: number, col: number) =>
      panel.validations.filter(
        (v) => row >= v.range.top && row <= v.range.bottom && col >= v.range.left && col <= v.range.right,
      );
    // Inside the register: exactly one rule, the add-in's whole number 1–5.
    expect(ruleAt(5, 3).map((v) => Object.keys(v.rule))).toEqual([["wholeNumber"]]);
    expect(sim.userEdit("Panel Risks", "D6", [[9]])).toMatch(/Likelihood is a whole number/);
    // Outside it: the user's rule, untouched.
    expect(ruleAt(40, 3).map((v) => v.rule)).toEqual([mine]);
    expect(ruleAt(0, 3).map((v) => v.rule)).toEqual([mine]);
    expect(ruleAt(3, 25).map((v) => v.rule)).toEqual([mine]);
    // Saving settings re-applies governance: still one rule per cell, the user's cells still theirs.
    expect(await saveSettings(sim.host, DEFAULT_SETTINGS, NOW)).toMatchObject({ status: "saved" });
    expect(ruleAt(5, 3).map((v) => Object.keys(v.rule))).toEqual([["wholeNumber"]]);
    expect(ruleAt(40, 3).map((v) => v.rule)).toEqual([mine]);
  });
});
