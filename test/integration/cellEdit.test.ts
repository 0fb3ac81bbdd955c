// Cell-edit mode (https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions;
// the error: https://github.com/OfficeDev/office-js/issues/3388): the simulator refuses or delays
// batches while a person edits a cell, and the add-in waits instead of failing.
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { restoreFormula } from "../../src/excel/applyFix";
import { publishBaseline } from "../../src/excel/baselineStore";
import { CELL_EDIT_ERROR_CODE, isCellEditError, waitingForCellEdit } from "../../src/excel/cellEdit";
import { checkWorkbook } from "../../src/excel/check";
import { createRegisters } from "../../src/excel/createRegisters";
import { applyEscalation, previewEscalation } from "../../src/excel/escalate";
import type { ExcelHost } from "../../src/excel/host";
import { buildPaper } from "../../src/excel/paper";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { layoutsOf, readRow, saveRow, watchSelection } from "../../src/excel/rowEditor";
import { checkChangedScores, watchScales } from "../../src/excel/scaleWatcher";
import { saveSettings } from "../../src/excel/settingsSave";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW, pasted } from "../helpers/workbooks";

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a promise has settled yet, without waiting for it. */
function track<T>(p: Promise<T>) {
  const state = { settled: false, value: undefined as T | undefined, error: undefined as unknown };
  p.then(
    (v) => Object.assign(state, { settled: true, value: v }),
    (e) => Object.assign(state, { settled: true, error: e }),
  );
  return state;
}

const readA1 = (sheet: string) => async (context: Excel.RequestContext) => {
  const r = context.workbook.worksheets.getItem(sheet).getRange("A1");
  r.load("values");
  await context.sync();
  return r.values[0]?.[0];
};

describe("The simulator in cell-edit mode", () => {
  test("a batch fails at once with InvalidOperationInCellEditMode and applies nothing", async () => {
    const sim = pasted();
    sim.userSelect("Panel Risks", "B5");
    sim.beginCellEdit("typing");
    const write = sim.host.run(async (context) => {
      context.workbook.worksheets.getItem("Panel Issues").getRange("Z1").values = [["x"]];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: CELL_EDIT_ERROR_CODE });
    expect(sim.model.sheetByName("Panel Issues")!.cell(0, 25)?.value ?? null).toBeNull();
    await expect(write.catch((e) => isCellEditError(e))).resolves.toBe(true);
  });

  test("with delayForCellEdit it waits until the edit ends, then runs and reads the committed value", async () => {
    const sim = pasted();
    sim.userSelect("Panel Issues", "A1");
    sim.beginCellEdit();
    sim.updateCellEdit("typed");
    const read = track(sim.host.run(readA1("Panel Issues"), { delayForCellEdit: true }));
    await tick();
    expect(read.settled).toBe(false);
    expect(sim.endCellEdit("commit")).toBeNull();
    await tick();
    expect(read).toMatchObject({ settled: true, value: "typed" });
  });

  test("no selection event while editing; commit raises the change event; Esc writes nothing", async () => {
    const sim = pasted();
    const seen: string[] = [];
    await sim.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Panel Issues");
      ws.onChanged.add(async (a) => void seen.push(`changed ${a.address}`));
      ws.onSelectionChanged.add(async (a) => void seen.push(`selected ${a.address}`));
      await context.sync();
    });
    sim.userSelect("Panel Issues", "C3");
    await sim.settle();
    seen.length = 0;
    sim.beginCellEdit("first");
    sim.endCellEdit("cancel");
    await sim.settle();
    expect(seen).toEqual([]);
    sim.beginCellEdit("second");
    sim.userSelect("Panel Issues", "D4"); // selecting another cell commits, as in Excel
    await sim.settle();
    expect(seen).toEqual(["changed C3", "selected D4"]);
    expect(sim.model.sheetByName("Panel Issues")!.cell(2, 2)?.value).toBe("second");
  });
});

test("a typed value that stop-style validation refuses keeps the edit open, as Excel's Retry does", async () => {
  const sim = await adoptedSeeds();
  sim.userSelect("Panel Risks", "C4"); // an Impact cell: whole numbers 1–5
  sim.beginCellEdit("9");
  expect(sim.endCellEdit("commit")).toMatch(/./);
  expect(sim.cellEditing).toBe(true);
  await expect(sim.host.run(readA1("Panel Risks"))).rejects.toMatchObject({ code: CELL_EDIT_ERROR_CODE });
  sim.updateCellEdit("4");
  expect(sim.endCellEdit("commit")).toBeNull();
  expect(sim.model.sheetByName("Panel Risks")!.cell(3, 2)?.value).toBe(4);
});

describe("The add-in while a cell is being edited", () => {
  test("the selection follower's read waits for the edit and then reads the row, with no error", async () => {
    const sim = await adoptedSeeds();
    const layouts = layoutsOf((await readWorkbookState(sim.host)).registers);
    const rows: number[] = [];
    const stop = await watchSelection(sim.host, layouts, (_sheet, row) => rows.push(row));
    sim.userSelect("Panel Risks", "B6");
    await sim.settle();
    sim.beginCellEdit(); // the person starts typing before the settled selection is read
    const read = track(readRow(sim.host, layouts, "Panel Risks", rows[0]!));
    await tick();
    expect(read.settled).toBe(false);
    sim.endCellEdit("cancel");
    await tick();
    expect(read.error).toBeUndefined();
    expect(read.value).toMatchObject({ status: "row", form: { id: "4" } });
    await stop();
  });

  test("the selection follower and the paste watcher can start while a cell is edited", async () => {
    const sim = await adoptedSeeds();
    const state = await readWorkbookState(sim.host);
    sim.userSelect("Panel Risks", "Z99");
    sim.beginCellEdit();
    const follower = track(watchSelection(sim.host, layoutsOf(state.registers), () => undefined));
    const watcher = track(
      watchScales(
        sim.host,
        state.registers.map((r) => ({ def: r.def, sheet: r.sheet })),
        () => undefined,
      ),
    );
    await tick();
    expect([follower.settled, watcher.settled]).toEqual([false, false]);
    sim.endCellEdit("cancel");
    await tick();
    expect([follower.error, watcher.error]).toEqual([undefined, undefined]);
    expect(typeof follower.value).toBe("function");
    expect(typeof watcher.value).toBe("function");
  });

  test("a paste re-checked while the person is already typing elsewhere is reported after the edit", async () => {
    const sim = await adoptedSeeds();
    const state = await readWorkbookState(sim.host);
    const reports: string[] = [];
    await watchScales(
      sim.host,
      state.registers.map((r) => ({ def: r.def, sheet: r.sheet })),
      (r) => reports.push(r.problems.map((p) => p.address).join()),
    );
    sim.userEdit("Panel Risks", "C4", [[9]], "paste");
    sim.userSelect("Panel Risks", "B20");
    sim.beginCellEdit(); // before the change handler has read the pasted cell
    await tick();
    expect(reports).toEqual([]);
    sim.endCellEdit("cancel");
    await sim.settle();
    await tick();
    expect(reports).toEqual(["C4"]);
  });

  test("checkChangedScores waits for the edit instead of throwing", async () => {
    const sim = await adoptedSeeds();
    const def = DEFAULT_SETTINGS.registers.find((r) => r.id === "panelRisks")!;
    sim.userEdit("Panel Risks", "C4", [[9]], "paste");
    sim.beginCellEdit();
    const report = track(checkChangedScores(sim.host, { def, sheet: "Panel Risks" }, "C4"));
    await tick();
    expect(report.settled).toBe(false);
    sim.endCellEdit("cancel");
    await tick();
    expect(report.value).toMatchObject({ problems: [{ address: "C4" }] });
  });
});

/** Every button of the pane, run the way the pane runs it: through the cell-edit-aware host. */
const BUTTONS: Array<{
  name: string;
  setup: () => Promise<Simulator>;
  press: (host: ExcelHost) => Promise<unknown>;
}> = [
  { name: "Create", setup: async () => new Simulator(), press: (h) => createRegisters(h, NOW) },
  {
    name: "Adopt",
    setup: async () => pasted(),
    press: async (h) => {
      const p = await previewAdoption(h, "panelRisks", "Panel Risks");
      if (!p.ok) throw new Error(p.message);
      return adoptRegister(h, p.preview, NOW);
    },
  },
  { name: "Check", setup: adoptedSeeds, press: (h) => checkWorkbook(h) },
  {
    name: "Escalate",
    setup: adoptedSeeds,
    press: async (h) => {
      const p = await previewEscalation(h, "opsgRisks", "8", NOW);
      if ("error" in p) throw new Error(p.error);
      return applyEscalation(h, p, NOW);
    },
  },
  { name: "Publish", setup: adoptedSeeds, press: (h) => publishBaseline(h, NOW) },
  { name: "Build", setup: adoptedSeeds, press: (h) => buildPaper(h, null, NOW) },
  {
    name: "Save",
    setup: adoptedSeeds,
    press: async (h) => {
      const layouts = layoutsOf((await readWorkbookState(h)).registers);
      const read = await readRow(h, layouts, "Panel Risks", 5);
      if (read.status !== "row") throw new Error(read.status);
      return saveRow(h, read.layout, { ...read.form, likelihood: 4, ragOverride: null }, false, NOW);
    },
  },
  {
    name: "Save settings",
    setup: adoptedSeeds,
    press: async (h) => saveSettings(h, (await readWorkbookState(h)).settings.settings, NOW),
  },
  {
    name: "Apply fix",
    setup: async () => {
      const sim = await adoptedSeeds();
      sim.userEdit("Panel Risks", "E4", [[15]], "paste");
      return sim;
    },
    press: async (h) => {
      const finding = (await checkWorkbook(h)).findings.find((f) => f.rule === "computed-mismatch");
      if (!finding) throw new Error("no finding");
      return restoreFormula(h, finding, NOW);
    },
  },
];

describe.each(BUTTONS)("$name pressed while a cell is being edited", ({ setup, press }) => {
  test("says it is waiting, then does its job once the edit ends", async () => {
    const sim = await setup();
    const waiting: boolean[] = [];
    const host = waitingForCellEdit(sim.host, (w) => waiting.push(w));
    sim.userSelect(sim.model.sheets.find((s) => s.visibility === "Visible")!.name, "Z99");
    sim.beginCellEdit();
    const pressed = track(press(host));
    await tick();
    expect(pressed.settled).toBe(false);
    expect(waiting).toEqual([true]);
    sim.endCellEdit("cancel");
    for (let i = 0; i < 100 && !pressed.settled; i++) await tick(20);
    expect(pressed.error).toBeUndefined();
    expect(JSON.stringify(pressed.value)).not.toMatch(/"status":"(failed|conflict|invalid)"|^\{"error"/);
    expect(waiting).toEqual([true, false]);
  });
});

test("on a build that ignores delayForCellEdit, a button retries until the edit ends", async () => {
  const sim = await adoptedSeeds();
  sim.cellEdit.honoursDelay = false;
  const waiting: boolean[] = [];
  const host = waitingForCellEdit(sim.host, (w) => waiting.push(w));
  sim.userSelect("Panel Risks", "Z99");
  sim.beginCellEdit();
  const pressed = track(checkWorkbook(host));
  await tick(1200); // at least one refused retry
  expect(pressed.settled).toBe(false);
  sim.endCellEdit("cancel");
  for (let i = 0; i < 100 && !pressed.settled; i++) await tick(20);
  expect(pressed.error).toBeUndefined();
  expect(waiting).toEqual([true, false]);
});
