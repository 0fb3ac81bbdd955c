// The settings and baseline sheets are very hidden: the sheet-tab menu's Unhide does not list them.
// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.sheetvisibility
// https://learn.microsoft.com/en-us/office/vba/api/excel.xlsheetvisibility
import { publishBaseline } from "../../src/excel/baselineStore";
import { createRegisters } from "../../src/excel/createRegisters";
import { saveSettings } from "../../src/excel/settingsSave";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { sheetsUserCanUnhide } from "../../src/workbench/simulator/sheets";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

describe("Very hidden settings and baselines", () => {
  test("a new workbook's settings and baseline sheets are very hidden, so Unhide does not offer them", async () => {
    const sim = new Simulator();
    await createRegisters(sim.host, NOW);
    expect((await publishBaseline(sim.host, NOW)).status).toBe("published");
    expect(sim.model.sheetByName("RS Settings")!.visibility).toBe("VeryHidden");
    expect(sim.model.sheetByName("RS Baselines")!.visibility).toBe("VeryHidden");
    expect(sheetsUserCanUnhide(sim.model)).toEqual([]);
  });

  test("a workbook whose settings sheet is merely Hidden is upgraded by the next settings write", async () => {
    const sim = await adoptedSeeds();
    const settingsSheet = sim.model.sheetByName("RS Settings")!;
    settingsSheet.visibility = "Hidden"; // as an older version of the add-in left it
    const state = await readWorkbookState(sim.host);
    expect(await saveSettings(sim.host, state.settings.settings, NOW)).toMatchObject({ status: "saved" });
    expect(settingsSheet.visibility).toBe("VeryHidden");
  });

  test("a workbook whose baseline sheet is merely Hidden is upgraded by the next publish", async () => {
    const sim = await adoptedSeeds();
    expect((await publishBaseline(sim.host, new Date("2026-10-20T09:00:00Z"))).status).toBe("published");
    const baselines = sim.model.sheetByName("RS Baselines")!;
    baselines.visibility = "Hidden"; // as an older version of the add-in left it
    expect(sheetsUserCanUnhide(sim.model)).toEqual([baselines]);
    expect((await publishBaseline(sim.host, NOW)).status).toBe("published");
    expect(baselines.visibility).toBe("VeryHidden");
    expect(sheetsUserCanUnhide(sim.model)).toEqual([]);
  });
});
