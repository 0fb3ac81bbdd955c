// Source: https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangetextrun (textRuns of
// setCellProperties and getCellProperties, ExcelApi 1.18)
import { richTextRunsReadBack } from "../../src/excel/contracts/richTextRunsReadBack";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("rich text runs read back with their colour and italics", async () => {
  const result = await runOnSimulator(richTextRunsReadBack);
  expect(result.observed).toBe(
    'read back 2 run(s): "• New bullet" #FF0000; "• Planned bullet" #000000 italic',
  );
  expect(result.outcome).toBe("held");
});

test("a host that drops each run's font is told apart (the simulator's richTextDropsRunFormatting)", async () => {
  const sim = new Simulator();
  sim.richTextDropsRunFormatting = true;
  const result = await runOnSimulator(richTextRunsReadBack, sim);
  expect(result.outcome).toBe("differs");
  expect(result.observed).toMatch(/no colour/);
});

test("a host that leaves the cell empty is told apart too", async () => {
  const sim = new Simulator();
  sim.richTextLeavesCellsEmpty = true;
  expect((await runOnSimulator(richTextRunsReadBack, sim)).outcome).toBe("differs");
});

test("without ExcelApi 1.18 it is not run", async () => {
  expect((await runOnSimulator(richTextRunsReadBack, new Simulator({ apiVersion: "1.17" }))).outcome).toBe(
    "not-run",
  );
});
