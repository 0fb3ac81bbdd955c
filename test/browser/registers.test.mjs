// Issue 11 item 5, as a person does it in a 270 px pane: add a TABASC risk register in Settings, type a
// risk into its sheet, escalate it from the Escalate view choosing TABASC, see the Panel row and where it
// came from; then remove the register and find its sheet and rows still there.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  at270,
  axe,
  browserSession,
  noSidewaysScroll,
  openView,
  openWorkbench,
  pane,
  paneShot,
} from "./harness.mjs";

const session = browserSession();

/** Types into a cell of the sheet shown, as a person does: select it, type, Enter. */
async function typeCell(page, address, text) {
  await page.locator(`td[data-address="${address}"]`).click();
  const input = page.getByLabel("Cell contents");
  await input.fill(text);
  await input.press("Enter");
}

const sheetCells = (page, name) =>
  page.evaluate((n) => window.workbench.snapshot().sheets.find((s) => s.name === n)?.cells ?? null, name);

test("add a TABASC risk register in Settings, escalate one of its risks, remove it: its sheet stays", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  await openView(page, "Settings");
  const registers = pane(page).getByRole("group", { name: "Registers" });
  await registers.getByRole("list", { name: "Registers" }).waitFor();

  // The name suggests the sheet and the number format; the example follows the format as it is typed.
  await registers.getByLabel("Name", { exact: true }).fill("TABASC risks");
  assert.equal(await registers.getByLabel("Sheet name").inputValue(), "TABASC Risks");
  const format = registers.getByLabel("Number format");
  assert.equal(await format.inputValue(), "TABASC-000");
  await registers.getByText("Numbers read TABASC-001, TABASC-002…").waitFor();
  await format.fill("OPSG-000");
  await registers
    .getByText('OPSG risks already numbers its risks "OPSG-…": choose another prefix.')
    .waitFor();
  await format.fill("TABASC");
  await registers.getByText(/A number format is an optional prefix followed by zeros/).waitFor();
  await format.fill("TABASC-000");
  await noSidewaysScroll(page, "Settings, add a register");
  assert.deepEqual(await axe(page), []);
  await registers.getByText("Add a register").scrollIntoViewIfNeeded();
  await paneShot(page, "registers-add-form-270");

  await registers.getByRole("button", { name: "Preview the new register" }).click();
  const plan = registers.getByRole("group", { name: "The new register" });
  await plan.getByText(/a new sheet "TABASC Risks" gets the register's table \(TABASCRisks\)/).waitFor();
  assert.ok(await plan.evaluate((el) => el.contains(document.activeElement)), "the plan takes focus");
  await paneShot(page, "registers-add-preview-270");
  await plan.getByRole("button", { name: "Add the register" }).click();
  await registers.getByText("TABASC risks added").waitFor();
  await registers
    .getByText(/A sub-committee's risk register; sheet "TABASC Risks"; numbered TABASC-001, TABASC-002…/)
    .waitFor();
  const header = await sheetCells(page, "TABASC Risks");
  assert.equal(header.A1.value, "#");
  // The created layout's columns, found by their headers (which columns a risk register has is a setting).
  const col = (name) => {
    const found = Object.entries(header).find(([a, c]) => /^[A-Z]+1$/.test(a) && c.value === name);
    assert.ok(found, `TABASC Risks has a "${name}" column`);
    return found[0].slice(0, -1);
  };
  const [impact, likelihood, severity] = ["Impact (1-5)", "Likelihood (1-5)", "Severity"].map(col);

  // A TABASC risk, typed into its sheet (the add-in activated it).
  await page
    .getByRole("navigation", { name: "Sheets" })
    .getByRole("button", { name: "TABASC Risks" })
    .click();
  await typeCell(page, "A2", "TABASC-001");
  await typeCell(page, "B2", "There is a risk that the test laboratory is unavailable for release testing");
  await typeCell(page, `${impact}2`, "4");
  await typeCell(page, `${likelihood}2`, "4");
  await page.waitForFunction(
    (a) => window.workbench.snapshot().sheets.find((s) => s.name === "TABASC Risks").cells[a].value === 16,
    `${severity}2`,
  );

  // Escalate, choosing TABASC as the source.
  await openView(page, "Escalate");
  const source = pane(page).getByRole("combobox", { name: "Escalate from" });
  await source.selectOption({ label: "TABASC risks" });
  await pane(page).getByRole("button", { name: "Escalate TABASC-001" }).click();
  const preview = pane(page).getByRole("heading", { name: "Preview: Panel risk 18" });
  await preview.waitFor();
  await pane(page)
    .getByText(/^Escalated from TABASC-001 on .*: a new row of SEC Panel risks from TABASC risks\.$/)
    .waitFor();
  await noSidewaysScroll(page, "Escalate, TABASC preview");
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "registers-escalate-tabasc-preview-270");
  await pane(page).getByRole("button", { name: "Confirm escalation" }).click();
  await pane(page).getByText("TABASC-001 escalated as Panel risk 18").waitFor();

  // The Panel's row 18, and its provenance; the TABASC row's back-link.
  const panel = await sheetCells(page, "Panel Risks");
  const rowOf18 = Object.entries(panel)
    .find(([a, c]) => /^A\d+$/.test(a) && c.value === 18)?.[0]
    .slice(1);
  assert.ok(rowOf18, "Panel risk 18 is in the Panel register");
  const provenance = Object.entries(panel).filter(
    ([a, c]) => a.replace(/^[A-Z]+/, "") === rowOf18 && /^Escalated from/.test(String(c.value)),
  );
  assert.equal(provenance.length, 1);
  assert.match(String(provenance[0][1].value), /^Escalated from TABASC-001 on \d+ \w+ \d{4}$/);
  assert.equal(
    Object.entries(panel).find(([a]) => a === `B${rowOf18}`)?.[1].value,
    "The test laboratory is unavailable for release testing",
  );
  const tabasc = await sheetCells(page, "TABASC Risks");
  assert.match(String(tabasc[`${col("Escalated To")}2`].value), /^Escalated to Panel risk 18 on /);
  assert.equal(tabasc[`${col("Status")}2`].value, "Escalated");
  await paneShot(page, "registers-escalated-tabasc-270");

  // The choice is remembered for the session: another view and back, TABASC is still the source.
  await openView(page, "Settings");
  await openView(page, "Escalate");
  await pane(page).getByRole("button", { name: "Re-sync TABASC-001" }).waitFor();
  assert.equal(await pane(page).getByRole("combobox", { name: "Escalate from" }).inputValue(), "tabascRisks");

  // Renaming: the list, the Escalate view's choice and the audit log follow.
  await openView(page, "Settings");
  const list = pane(page).getByRole("group", { name: "Registers" });
  await list.getByRole("button", { name: "Rename OPSG risks" }).click();
  const rename = list.getByRole("group", { name: "Rename OPSG risks" });
  assert.ok(await rename.getByLabel("New name").evaluate((el) => el === document.activeElement));
  await rename.getByLabel("New name").fill("TABASC risks");
  await rename.getByText('There is already a register named "TABASC risks".').waitFor();
  await rename.getByLabel("New name").fill("Operations Group risks");
  await paneShot(page, "registers-rename-270");
  await rename.getByRole("button", { name: "Save the register" }).click();
  await list.getByText("Register saved").waitFor();
  await list.getByText("Operations Group risks", { exact: true }).waitFor();

  // Removing: the Panel's risk register is refused; TABASC goes, its sheet and row stay.
  await list.getByRole("button", { name: "Remove SEC Panel risks" }).click();
  await list.getByText(/SEC Panel risks is the Panel's only risk register/).waitFor();
  await list.getByRole("button", { name: "Remove TABASC risks" }).click();
  const confirm = list.getByRole("group", { name: "Remove TABASC risks?" });
  await confirm
    .getByText(/Sheet "TABASC Risks" and every row on it stay in the workbook, unchanged/)
    .waitFor();
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "registers-remove-confirm-270");
  await confirm.getByRole("button", { name: "Remove from the settings" }).click();
  await list.getByText("TABASC risks removed").waitFor();
  await list.getByText(/Sheet "TABASC Risks" and its rows are still in the workbook/).waitFor();
  assert.equal(await list.getByRole("button", { name: "Remove TABASC risks" }).count(), 0);
  assert.deepEqual(await sheetCells(page, "TABASC Risks"), tabasc);
  await noSidewaysScroll(page, "Settings after removing");
  await paneShot(page, "registers-removed-270");
  assert.deepEqual(errors, []);
  await page.close();
});
