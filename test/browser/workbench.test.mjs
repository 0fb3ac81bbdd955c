// The task pane as a person uses it, in a real Chromium, against the workbench's simulated workbook.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  artifacts,
  axe,
  browserSession,
  cell,
  openView,
  openWorkbench,
  shot,
  xlsxToPdfPages,
} from "./harness.mjs";

const session = browserSession();

const selectCell = async (page, address) => page.locator(`td[data-address="${address}"]`).click();

describe("workbench", () => {
  test("opens preloaded with the seed registers, says it is simulated, no console errors, no axe violations", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await page.getByText("Simulated workbook").waitFor();
    for (const tab of ["Panel Risks", "Panel Issues", "OPSG Risks", "Audit Log"])
      await page.getByRole("navigation", { name: "Sheets" }).getByRole("button", { name: tab }).waitFor();
    assert.equal((await cell(page, "Panel Risks", "A2")).value, 1);
    assert.deepEqual(await axe(page), []);
    await shot(page, "01-workbench-governed");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("create registers in a blank workbook", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url, "blank");
    await page.getByRole("heading", { name: "Set up this workbook" }).waitFor();
    assert.deepEqual(await axe(page), []);
    await shot(page, "02-first-run");
    await page.getByRole("button", { name: "Create registers" }).click();
    await page.getByText("Created SEC Panel risks, SEC Panel issues, OPSG risks").waitFor();
    const snapshot = await page.evaluate(() => window.workbench.snapshot());
    assert.deepEqual(
      snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name)),
      ["PanelRisks", "PanelIssues", "OPSGRisks", "PanelActions", "AuditLog"],
    );
    assert.equal(snapshot.sheets.find((s) => s.name === "RS Settings").visibility, "VeryHidden");
    await shot(page, "03-created");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("adopt a pasted register, with a preview first", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url, "pasted");
    await page.getByLabel("Sheet holding the register").selectOption("Panel Risks");
    await page.getByLabel("Adopt it as").selectOption({ label: "SEC Panel risks" });
    await page.getByRole("button", { name: "Preview adoption" }).click();
    await page.getByRole("heading", { name: "Preview: Panel Risks as SEC Panel risks" }).waitFor();
    await page.getByText("7 RAG judgement(s) differ from the policy").waitFor();
    assert.deepEqual(await axe(page), []);
    await shot(page, "04-adopt-preview");
    await page.getByRole("button", { name: "Adopt register" }).click();
    await page.getByText("Adopted as SEC Panel risks").waitFor();
    assert.equal(
      (await cell(page, "Panel Risks", "E2")).formula,
      '=IF(AND(ISNUMBER(C2),ISNUMBER(D2)),C2*D2,"")',
    );
    assert.equal((await cell(page, "Panel Risks", "E2")).value, 12);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("check, then select a finding: the grid selects its cell", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await page.getByRole("tab", { name: "Health" }).click();
    await page.getByRole("main").getByRole("button", { name: "Check register" }).click();
    await page.getByText("0 error(s) and 7 warning(s) in 34 rows.").waitFor();
    await page.getByRole("button", { name: /RAG differs from the policy without a rationale/ }).click();
    await page.getByRole("button", { name: /^Panel Risks!L3 / }).click();
    await page.waitForFunction(() => document.querySelector(".wb-name-box")?.textContent === "L3");
    assert.deepEqual(await axe(page), []);
    await shot(page, "05-health");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("change a score: severity, band and RAG follow, coloured; a typed bad score is refused", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await selectCell(page, "C2"); // risk 1's Impact (3 × 4 = 12, Moderate, AMBER)
    const input = page.getByLabel("Cell contents");
    await input.fill("7");
    await input.press("Enter");
    await page.getByText("Impact is a whole number from 1 (Negligible) to 5 (Major).").waitFor();
    assert.equal((await cell(page, "Panel Risks", "C2")).value, 3);
    await input.fill("5");
    await input.press("Enter");
    await page.waitForFunction(() => window.workbench.snapshot().sheets[0].cells.E2.value === 20);
    assert.equal((await cell(page, "Panel Risks", "J2")).value, "Critical");
    assert.equal((await cell(page, "Panel Risks", "G2")).value, "RED");
    assert.equal((await cell(page, "Panel Risks", "G2")).fill, "#FF0000");
    const bg = await page
      .locator('td[data-address="G2"]')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, "rgb(255, 0, 0)");
    await shot(page, "06-score-changed");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a pasted out-of-range score is caught and reported in the pane", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await selectCell(page, "D3"); // risk 3's Likelihood
    await page.getByLabel("Cell contents").fill("9");
    await page.getByRole("button", { name: "Paste" }).click();
    await page.getByRole("alert").getByText("Scores outside 1–5 pasted into SEC Panel risks").waitFor();
    await page
      .getByRole("alert")
      .getByText("Panel Risks!D3: Likelihood 9 is not a whole number from 1 to 5.")
      .waitFor();
    assert.deepEqual(await axe(page), []);
    await shot(page, "07-paste-caught");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("escalate OPSG-008 from the Escalate view: preview, confirm, Panel risk 18", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await page.getByRole("tab", { name: "Escalate" }).click();
    await page.getByRole("button", { name: "Escalate OPSG-008" }).click();
    await page.getByRole("heading", { name: "Preview: Panel risk 18" }).waitFor();
    assert.deepEqual(await axe(page), []);
    await shot(page, "08-escalate-preview");
    await page.getByRole("button", { name: "Confirm escalation" }).click();
    await page.getByText("OPSG-008 escalated as Panel risk 18").waitFor();
    await page.getByRole("button", { name: "Re-sync OPSG-008" }).waitFor();
    const snap = await page.evaluate(() => window.workbench.snapshot());
    const panel = snap.sheets.find((s) => s.name === "Panel Risks").cells;
    const row = Object.entries(panel)
      .find(([a, c]) => /^A\d+$/.test(a) && c.value === 18)[0]
      .slice(1);
    assert.match(panel[`B${row}`].value, /^Users and the DCC will be unable to deploy firmware/);
    assert.equal(panel[`E${row}`].value, 16);
    await page
      .getByRole("button", { name: "Escalate OPSG-008" })
      .count()
      .then((n) => assert.equal(n, 0));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the ribbon's Raise as issue acts on the selected row, or says why not", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await page
      .getByRole("toolbar", { name: "Ribbon" })
      .getByRole("button", { name: "Raise as issue" })
      .click();
    await page.getByText("Not a register row").waitFor(); // A1 is the header row
    await page.locator('td[data-address="B14"]').click(); // Panel risk 16
    await page
      .getByRole("toolbar", { name: "Ribbon" })
      .getByRole("button", { name: "Raise as issue" })
      .click();
    await page.getByRole("heading", { name: "Preview: Issue 4" }).waitFor();
    await page.getByRole("button", { name: "Raise the issue" }).click();
    await page.getByText("Issue 4 raised").waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("publish, add a mitigation, build the appendices: the new bullet is red", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await page.getByRole("tab", { name: "Paper" }).click();
    await page.getByRole("button", { name: "Publish this month's registers" }).click();
    await page.getByText(/^Published the .* baseline$/).waitFor();
    await page.getByText("Nothing has changed since that baseline.").waitFor();
    // Risk 4 (row 4) gets a new mitigation, typed into its cell with Shift+Enter for the new line.
    await page.locator('td[data-address="F4"]').click();
    const input = page.getByLabel("Cell contents");
    await input.press("End");
    await input.press("Control+End");
    await input.press("Shift+Enter");
    await input.pressSequentially("• Post-release lessons learnt exercises undertaken.");
    await input.press("Enter");
    await page.getByRole("combobox", { name: "Compare with the baseline of" }).selectOption({ index: 0 });
    await page.getByRole("tab", { name: "Health" }).click();
    await page.getByRole("tab", { name: "Paper" }).click();
    await page.getByText(/SEC Panel risks 4: mitigation added: Post-release lessons learnt/).waitFor();
    await page.getByRole("button", { name: "Build the appendices" }).click();
    // The seed's GREEN RAGs at Moderate severity are Check warnings: shown, then built anyway.
    await page.getByRole("button", { name: "Build anyway" }).click();
    await page.getByText(/^Built Appendix A, Appendix B, Appendix C, Risk Matrix, Cover Note$/).waitFor();
    const runs = await page.evaluate(() => {
      const a = window.workbench.snapshot().sheets.find((s) => s.name === "Appendix A").cells;
      return Object.values(a)
        .flatMap((c) => c.textRuns ?? [])
        .filter((r) => r.color === "#FF0000")
        .map((r) => r.text.trim());
    });
    assert.deepEqual(runs, ["• Post-release lessons learnt exercises undertaken."]);
    assert.match(
      await page.getByLabel("Cover note draft").inputValue(),
      /AGREE the amendments made to SEC Panel Risk 4\./,
    );
    assert.deepEqual(await axe(page), []);
    await shot(page, "09-paper-built");
    await page
      .getByRole("navigation", { name: "Sheets" })
      .getByRole("button", { name: "Appendix A" })
      .click();
    await shot(page, "10-appendix-a");
    // Export the workbook with its appendices for the LibreOffice check.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .xlsx" }).click(),
    ]);
    await download.saveAs(join(artifacts, "paper.xlsx"));
    // Opened in LibreOffice and printed to PDF, the appendix reads as the paper does.
    const pages = xlsxToPdfPages(join(artifacts, "paper.xlsx"), "Appendix A - SEC Panel Risks");
    const appendix = pages
      .filter((t) => t.includes("Appendix A - SEC Panel Risks") || t.includes("Table 2: SEC Panel Risks"))
      .join("\n")
      .replace(/\s+/g, " ");
    assert.match(appendix, /Appendix A - SEC Panel Risks/);
    assert.match(appendix, /Post-release lessons learnt exercises undertaken\./);
    assert.match(appendix, /Development of the enduring Release Management documentations \(ongoing\)\./);
    assert.match(appendix, /Table 2: SEC Panel Risks/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("edit a row in the form: it follows the selection, saves in one batch, the grid changes", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await page.locator('td[data-address="B4"]').click(); // risk 4
    await page.getByRole("tab", { name: "Edit" }).click();
    await page.getByRole("heading", { name: "SEC Panel risks 4" }).waitFor();
    await page.locator('td[data-address="B3"]').click(); // the form follows the selection to risk 3
    await page.getByRole("heading", { name: "SEC Panel risks 3" }).waitFor();
    await page.locator('td[data-address="B4"]').click();
    await page.getByRole("heading", { name: "SEC Panel risks 4" }).waitFor();
    await page
      .getByRole("radiogroup", { name: "Likelihood (1–5)" })
      .getByRole("radio", { name: "4 Likely" })
      .check();
    await page.getByText("Severity 12 · Moderate · policy RAG AMBER").waitFor();
    await page.getByRole("button", { name: "Add mitigation" }).click();
    await page
      .getByRole("textbox", { name: "Mitigation 6" })
      .fill("Quarterly regression review with the TAG.");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Not saved").waitFor();
    await page
      .getByRole("alert")
      .getByText("RAG GREEN differs from the policy's AMBER: record why.", { exact: true })
      .waitFor();
    await page.getByLabel("RAG rationale").fill("Testing controls have held for three releases.");
    assert.deepEqual(await axe(page), []);
    await shot(page, "11-edit-form");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved SEC Panel risks 4").waitFor();
    assert.equal((await cell(page, "Panel Risks", "D4")).value, 4);
    assert.equal((await cell(page, "Panel Risks", "E4")).value, 12);
    assert.match(
      (await cell(page, "Panel Risks", "F4")).value,
      /\n◦ Quarterly regression review with the TAG\.$/, // the Panel's words; the marker says ongoing
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the settings view validates bands and rewrites the registers", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await openView(page, "Settings"); // in More when the tabs do not fit
    await page.getByLabel("Band 2 to").fill("11");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("alert").getByText("No band covers severity 12–12.").waitFor();
    await page.getByLabel("Band 3 from").fill("12");
    assert.deepEqual(await axe(page), []);
    await shot(page, "12-settings");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved").waitFor();
    assert.equal((await cell(page, "Panel Risks", "J2")).value, "High"); // risk 1, severity 12
    assert.equal((await cell(page, "Panel Risks", "G2")).value, "RED");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a severity typed over its formula is found and its formula restored in one click", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await selectCell(page, "E2");
    await page.getByLabel("Cell contents").fill("15");
    await page.getByRole("button", { name: "Paste" }).click();
    await page.getByRole("tab", { name: "Health" }).click();
    await page.getByRole("main").getByRole("button", { name: "Check register" }).click();
    await page.getByText("1 error(s) and 7 warning(s) in 34 rows.").waitFor();
    await page.getByRole("button", { name: /Computed value disagrees with the scores/ }).click();
    await page.getByRole("button", { name: "Restore the formula in Panel Risks!E2" }).click();
    await page.getByText("0 error(s) and 7 warning(s) in 34 rows.").waitFor();
    assert.equal(
      (await cell(page, "Panel Risks", "E2")).formula,
      '=IF(AND(ISNUMBER(C2),ISNUMBER(D2)),C2*D2,"")',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("export to .xlsx and import it back", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .xlsx" }).click(),
    ]);
    const file = join(artifacts, "workbench-export.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    assert.equal(
      wb.getWorksheet("Panel Risks").getCell("E2").value.formula,
      'IF(AND(ISNUMBER(C2),ISNUMBER(D2)),C2*D2,"")',
    );
    // Settings are very hidden (Excel's Unhide list leaves them out), and an .xlsx keeps that state.
    assert.equal(wb.getWorksheet("RS Settings").state, "veryHidden");
    await page.getByRole("combobox", { name: "Workbook" }).selectOption("blank");
    await page.getByRole("button", { name: "Reset" }).click();
    await page.getByLabel("Import .xlsx").setInputFiles(file);
    await page.waitForFunction(() =>
      window.workbench.snapshot().sheets.some((s) => s.name === "Panel Risks"),
    );
    assert.equal((await cell(page, "Panel Risks", "E2")).value, 12);
    const settings = await page.evaluate(() =>
      window.workbench.snapshot().sheets.find((s) => s.name === "RS Settings"),
    );
    assert.equal(settings.visibility, "VeryHidden");
    await page
      .getByRole("navigation", { name: "Sheets" })
      .getByRole("button", { name: "Audit Log" })
      .waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("window.workbench loads and snapshots the documented JSON shape", async () => {
    const { page } = await openWorkbench(session.browser, session.server.url);
    const snap = await page.evaluate(() => {
      window.workbench.load({
        sheets: [{ name: "S", cells: { A1: { value: 2 }, B1: { value: null, formula: "=A1*21" } } }],
      });
      return window.workbench.snapshot();
    });
    assert.deepEqual(snap.sheets[0].cells.B1, { value: 42, formula: "=A1*21" });
    await page.close();
  });
});
