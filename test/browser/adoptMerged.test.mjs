// Issue 11 item 4 in the pane: a register pasted from Word (a merged title, each risk's cells merged
// down over its bullets' rows, a totals row), imported as an .xlsx built with ExcelJS, previewed at the
// narrowest host width (270 px): the preview says what is unmerged, which rows join which risk and what
// stays below the table; then adopted, every bullet in its risk's first row.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { artifacts, axe, browserSession, cell, openWorkbench, shot } from "./harness.mjs";
import { assertFits } from "./pane.mjs";

const session = browserSession();

async function mergedXlsx() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Board");
  ws.addRow(["Board risk register (pasted from the paper)"]);
  ws.addRow(["Ref", "Risk description", "Impact", "Likelihood", "Mitigating actions", "Owner"]);
  ws.addRow([1, "Cyber attack on the portal", 4, 3, "• Firewall upgrade", "IT"]);
  ws.addRow([null, null, null, null, "• Staff phishing training", null]);
  ws.addRow([null, null, null, null, "• Annual pen test", null]);
  ws.addRow([2, "Loss of a key supplier", 3, 2, "• Second supplier", "Procurement"]);
  ws.addRow([null, null, null, null, "• Escrow agreement", null]);
  ws.addRow(["Total", 2]);
  for (const m of [
    "A1:F1",
    "A3:A5",
    "B3:B5",
    "C3:C5",
    "D3:D5",
    "F3:F5",
    "A6:A7",
    "B6:B7",
    "C6:C7",
    "D6:D7",
    "F6:F7",
  ])
    ws.mergeCells(m);
  const file = join(artifacts, "adopt-merged-register.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

const merges = (page) =>
  page.evaluate(() =>
    window.workbench.simulator.model
      .sheetByName("Board")
      .merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`),
  );

describe("Adopt preview: merged cells", () => {
  test("a register with merged cells is previewed and adopted at 270 px, every value kept", async () => {
    const file = await mergedXlsx();
    const { page, errors } = await openWorkbench(session.browser, session.server.url, "blank");
    await page.getByRole("combobox", { name: "Pane width" }).selectOption({ index: 0 });
    await page.getByLabel("Import .xlsx").setInputFiles(file);
    await page.waitForFunction(() => window.workbench.snapshot().sheets.some((s) => s.name === "Board"));
    assert.equal((await merges(page)).length, 11);
    await page.getByLabel("Sheet holding the register").selectOption("Board");
    await page.getByLabel("Adopt it as").selectOption({ label: "SEC Panel risks" });
    await page.getByRole("button", { name: "Preview adoption" }).click();
    await page.getByRole("heading", { name: "Preview: Board as SEC Panel risks" }).waitFor();

    // What happens to the layout, in words, before anything is written.
    const notes = page.getByRole("list", { name: "How the sheet is read" });
    const text = await notes.innerText();
    assert.match(
      text,
      /Merged cells A3:A5, B3:B5, .* and F6:F7 are unmerged: each value stays in the first cell/,
    );
    assert.match(text, /Risk 1 continues on rows 4 and 5: their Mitigating actions text joins row 3/);
    assert.match(text, /Risk 2 continues on row 7: their Mitigating actions text joins row 6/);
    assert.match(text, /Row 8 \("Total 2"\) is not a risk: it stays as it is, below the table/);
    assert.match(await page.getByText("Header on row 2").innerText(), /5 rows \(2 with entries\)/);
    // Nothing written yet: the merges are all there.
    assert.equal((await merges(page)).length, 11);
    // Nothing wider than the pane at 270 px.
    await assertFits(page, "the merged register's preview at 270 px");
    assert.deepEqual(await axe(page), []);
    await shot(page, "adopt-merged-01-preview");

    await page.getByRole("button", { name: "Adopt register" }).click();
    await page.getByText("Adopted as SEC Panel risks").waitFor();
    // Only the title's merge is left (it is above the table); each risk's bullets are in its first row.
    assert.deepEqual(await merges(page), ["0,0,0,5"]);
    assert.equal(
      (await cell(page, "Board", "E3")).value,
      "• Firewall upgrade\n• Staff phishing training\n• Annual pen test",
    );
    assert.equal((await cell(page, "Board", "E4"))?.value ?? "", "");
    assert.equal((await cell(page, "Board", "E6")).value, "• Second supplier\n• Escrow agreement");
    assert.equal((await cell(page, "Board", "B3")).value, "Cyber attack on the portal");
    assert.equal((await cell(page, "Board", "A8")).value, "Total");
    const table = await page.evaluate(() => {
      const t = window.workbench.simulator.model.tableByName("PanelRisks");
      return [t.range.top, t.range.bottom];
    });
    assert.deepEqual(table, [1, 6]); // rows 2–7: the totals row stays below
    assert.deepEqual(await axe(page), []);
    await shot(page, "adopt-merged-02-adopted");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
