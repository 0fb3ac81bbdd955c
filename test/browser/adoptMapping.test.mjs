// Issue 11 items 1 and 3 in the pane: a register kept under other names, imported as an .xlsx built
// with ExcelJS, is previewed with every header and the register column it maps to; the user changes a
// mapping and the number a written score ("High", "Medium", "Low") becomes, then adopts.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { artifacts, axe, browserSession, cell, openWorkbench, shot } from "./harness.mjs";

const session = browserSession();

/** A register as a secretariat keeps it: title on row 1, its own headers, scores as words. */
async function registerXlsx() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Risks");
  ws.addRow(["Events risk register"]);
  ws.addRow(["Ref", "Title", "Likelihood", "Consequence", "Risk Score", "Lead", "Notes"]);
  ws.addRow(["E1", "Venue unavailable", "High", "Medium", 12, "Sam", "Booked twice"]);
  ws.addRow(["E2", "Speaker cancels", "Low", "High", 8, "Jo", ""]);
  ws.addRow(["E3", "Catering fails", "Medium", "Low", 6, "Ali", "New supplier"]);
  const file = join(artifacts, "adopt-mapping-register.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("Adopt preview: mapping and written scores", () => {
  test("change a mapping and a written score's number, then adopt", async () => {
    const file = await registerXlsx();
    const { page, errors } = await openWorkbench(session.browser, session.server.url, "blank");
    await page.getByLabel("Import .xlsx").setInputFiles(file);
    await page.waitForFunction(() => window.workbench.snapshot().sheets.some((s) => s.name === "Risks"));
    await page.getByLabel("Sheet holding the register").selectOption("Risks");
    await page.getByLabel("Adopt it as").selectOption({ label: "SEC Panel risks" });
    await page.getByRole("button", { name: "Preview adoption" }).click();
    await page.getByRole("heading", { name: "Preview: Risks as SEC Panel risks" }).waitFor();

    // Every header with its register column; Consequence is Impact, Lead is not a register column.
    const mapping = page.getByRole("table", { name: "Column mapping" });
    const picker = (header) => mapping.getByRole("combobox", { name: `Register column for ${header}` });
    assert.equal(await picker("Consequence").inputValue(), "impact");
    assert.equal(await picker("Risk Score").inputValue(), "severity");
    assert.equal(await picker("Lead").inputValue(), "");
    await page.getByText("Columns added:").waitFor();
    assert.match(await page.getByText("Columns added:").innerText(), /Owner/);

    // Written scores: each distinct one with the number it would become.
    const scores = page.getByRole("table", { name: "Scores written as text" });
    const becomes = (column, text) => scores.getByRole("combobox", { name: `${column} "${text}" becomes` });
    assert.equal(await becomes("Likelihood", "High").inputValue(), "4");
    assert.equal(await becomes("Consequence", "Medium").inputValue(), "3");
    assert.equal(await becomes("Consequence", "Low").inputValue(), "2");
    assert.deepEqual(await axe(page), []);
    await shot(page, "adopt-mapping-01-preview");

    // Lead is the Owner; Consequence "Low" becomes 1; Likelihood "Low" is left as it is.
    await picker("Lead").selectOption("owner");
    await page.waitForFunction(
      () => !/Owner/.test(document.body.innerText.match(/Columns added:[^\n]*/)?.[0] ?? ""),
    );
    await becomes("Consequence", "Low").selectOption("1");
    await becomes("Likelihood", "Low").selectOption("");
    await page.getByText("Scores left as they are stay text: Check reports each one.").waitFor();
    // E2's 8 has no Likelihood number now and E3's 6 is not 3 × 1: the preview says both are kept.
    await page
      .getByText(
        "Risk Score: 2 value(s) differ from what the formula gives and are kept for you to review (rows E2, E3).",
      )
      .waitFor();
    assert.deepEqual(await axe(page), []);
    await shot(page, "adopt-mapping-02-changed");

    await page.getByRole("button", { name: "Adopt register" }).click();
    await page.getByText("Adopted as SEC Panel risks").waitFor();
    // Likelihood C, Consequence D, Risk Score E (rows 3–5).
    assert.deepEqual(
      await Promise.all(
        ["C3", "D3", "C4", "D4", "C5", "D5"].map(async (a) => (await cell(page, "Risks", a)).value),
      ),
      [4, 3, "Low", 4, 3, 1],
    );
    assert.equal((await cell(page, "Risks", "E3")).formula, '=IF(AND(ISNUMBER(D3),ISNUMBER(C3)),D3*C3,"")');
    assert.equal((await cell(page, "Risks", "E5")).value, 6);
    assert.equal((await cell(page, "Risks", "E5")).formula, undefined);
    assert.equal((await cell(page, "Risks", "F3")).value, "Sam");
    await shot(page, "adopt-mapping-03-adopted");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("two headers for one column: Adopt waits until the user chooses", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Twice");
    ws.addRow(["Risk ID", "Risk Description", "Impact", "Likelihood", "Risk Score", "Rating"]);
    ws.addRow(["T1", "Two scores", 2, 2, 4, 4]);
    const file = join(artifacts, "adopt-mapping-question.xlsx");
    await wb.xlsx.writeFile(file);
    const { page, errors } = await openWorkbench(session.browser, session.server.url, "blank");
    // At the narrowest host width (270 px), where the pickers must still fit.
    await page.getByRole("combobox", { name: "Pane width" }).selectOption({ index: 0 });
    await page.getByLabel("Import .xlsx").setInputFiles(file);
    await page.waitForFunction(() => window.workbench.snapshot().sheets.some((s) => s.name === "Twice"));
    await page.getByLabel("Sheet holding the register").selectOption("Twice");
    await page.getByRole("button", { name: "Preview adoption" }).click();
    await page.getByText('"Risk Score" and "Rating" both read as Severity').waitFor();
    const adopt = page.getByRole("button", { name: "Adopt register" });
    assert.equal(await adopt.isDisabled(), true);
    // Neither header shows an answer until the user gives one.
    assert.equal(await page.getByRole("combobox", { name: "Register column for Rating" }).inputValue(), "?");
    assert.equal(
      await page.getByRole("combobox", { name: "Register column for Risk Score" }).inputValue(),
      "?",
    );
    await shot(page, "adopt-mapping-04-question");
    await page.getByRole("combobox", { name: "Register column for Rating" }).selectOption("");
    await page.waitForFunction(() => !document.body.innerText.includes("both read as Severity"));
    assert.equal(await adopt.isDisabled(), false);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
