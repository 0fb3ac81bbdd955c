// "Print the paper only" (issue 12 item 1): Excel prints every visible sheet of a workbook, so the
// sheets that are not the paper's are hidden, and shown again afterwards, exactly those.
// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.sheetvisibility (a very hidden
// sheet must be unhidden before it is deleted; a workbook keeps one visible sheet).
import { buildPaper } from "../../src/excel/paper";
import {
  PRINT_SCOPE_SHEET,
  printPaperOnly,
  readPrintScope,
  showEverySheet,
} from "../../src/excel/printScope";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const visible = (sim: Simulator) =>
  sim.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);

async function builtWithOwnHiddenSheet(): Promise<Simulator> {
  const sim = await adoptedSeeds();
  const r = await buildPaper(sim.host, null, NOW, { warnings: "build" });
  if ("error" in r) throw new Error(r.error);
  // A sheet the user hid themselves, which "Show every sheet" must leave hidden.
  await sim.host.run(async (context) => {
    context.workbook.worksheets.add("My notes").visibility = "Hidden";
    await context.sync();
  });
  return sim;
}

test("only the paper's sheets stay visible, in the paper's order; the registers are hidden, not touched", async () => {
  const sim = await builtWithOwnHiddenSheet();
  const before = JSON.stringify(sim.model.sheetByName("Panel Risks")!.cells.size);
  const result = await printPaperOnly(sim.host);
  expect(result).toEqual({
    ok: true,
    hid: expect.arrayContaining(["Panel Risks", "Panel Issues", "OPSG Risks"]),
  });
  expect(visible(sim)).toEqual(["Cover Note", "Risk Matrix", "Appendix A", "Appendix B", "Appendix C"]);
  expect(sim.model.sheetByName(PRINT_SCOPE_SHEET)!.visibility).toBe("VeryHidden");
  expect(JSON.stringify(sim.model.sheetByName("Panel Risks")!.cells.size)).toBe(before);
  expect((await readPrintScope(sim.host)).hidden).toEqual(expect.arrayContaining(["Panel Risks"]));
});

test("show every sheet brings back exactly the sheets it hid, and leaves the user's own hidden one hidden", async () => {
  const sim = await builtWithOwnHiddenSheet();
  const was = visible(sim);
  await printPaperOnly(sim.host);
  const shown = await showEverySheet(sim.host);
  expect(shown.shown.sort()).toEqual(
    was.filter((n) => !n.startsWith("Appendix") && !["Cover Note", "Risk Matrix"].includes(n)).sort(),
  );
  expect(visible(sim).sort()).toEqual(was.sort());
  expect(sim.model.sheetByName("My notes")!.visibility).toBe("Hidden");
  expect(sim.model.sheetByName(PRINT_SCOPE_SHEET)).toBeUndefined();
  expect(await showEverySheet(sim.host)).toEqual({ shown: [] });
});

test("twice in a row hides nothing more and remembers everything it hid", async () => {
  const sim = await builtWithOwnHiddenSheet();
  await printPaperOnly(sim.host);
  const again = await printPaperOnly(sim.host);
  expect(again).toEqual({ ok: true, hid: [] });
  expect((await readPrintScope(sim.host)).hidden).toEqual(
    expect.arrayContaining(["Panel Risks", "Panel Issues", "OPSG Risks"]),
  );
});

test("before any build there is no paper to print: nothing is hidden", async () => {
  const sim = await adoptedSeeds();
  const was = visible(sim);
  expect(await printPaperOnly(sim.host)).toEqual({
    ok: false,
    error: expect.stringMatching(/build the appendices first/),
  });
  expect(visible(sim)).toEqual(was);
});
