// The ribbon with the task pane already open (issue 10, behaviour 5), and a command while a cell is
// being edited (behaviour 4). The workbench delivers a ribbon command to the mounted pane as Excel's
// shared runtime does (src/commands/paneChannel.ts), so the pane must act on it without remounting.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { browserSession, openWorkbench, shot } from "./harness.mjs";

const session = browserSession();

const ribbon = (page, name) =>
  page.getByRole("toolbar", { name: "Ribbon" }).getByRole("button", { name }).click();
/** Selects the description cell of that OPSG risk (its number is in column A), as a person would. */
const selectOpsgRow = async (page, id) => {
  await page.getByRole("navigation", { name: "Sheets" }).getByRole("button", { name: "OPSG Risks" }).click();
  const address = await page
    .locator('td[data-address^="A"]', { hasText: new RegExp(`^${id}$`) })
    .getAttribute("data-address");
  const row = address.slice(1);
  await page.locator(`td[data-address="C${row}"]`).click();
};
/** Marks the mounted pane, to tell afterwards whether it is still the same one. */
const markPane = (page) =>
  page.evaluate(() => (document.querySelector(".wb-pane main").dataset.mark = "mounted"));
const paneMark = (page) => page.evaluate(() => document.querySelector(".wb-pane main")?.dataset.mark ?? null);

describe("ribbon buttons with the pane open", () => {
  test("Escalate to Panel with the Escalate view open previews the newly selected row, pane not remounted", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await page.getByRole("tab", { name: "Escalate" }).click();
    await selectOpsgRow(page, "OPSG-008");
    await ribbon(page, "Escalate to Panel");
    const preview = page.locator('[aria-labelledby="escalation-preview-title"]');
    await preview.getByText(/Users and the DCC will be unable to deploy firmware/).waitFor();
    await markPane(page);
    await selectOpsgRow(page, "OPSG-006"); // with the pane open at OPSG-008's preview
    await ribbon(page, "Escalate to Panel");
    await preview.getByText(/CSP N will fail to meet SEC requirements/).waitFor();
    assert.match(await preview.innerText(), /OPSG-006/);
    assert.doesNotMatch(await preview.innerText(), /OPSG-008|deploy firmware/);
    assert.equal(await paneMark(page), "mounted");
    await shot(page, "ribbon-01-escalate-pane-open");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("Check register with the pane open switches to Health; with it closed, shows it there", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await markPane(page);
    await ribbon(page, "Check register");
    await page.getByRole("tab", { name: "Health", selected: true }).waitFor();
    await page.getByRole("button", { name: "Close task pane" }).click();
    assert.equal(await page.locator(".wb-pane-frame").isHidden(), true);
    await page.getByRole("tab", { name: "Edit" }).count(); // hidden, still mounted
    await ribbon(page, "Raise as issue");
    await page.locator(".wb-pane-frame").waitFor({ state: "visible" });
    await page.getByText("Not a register row").waitFor();
    assert.equal(await paneMark(page), "mounted");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a pane button pressed while a cell is being edited waits, says so, then does its job", async () => {
    const { page, errors } = await openWorkbench(session.browser, session.server.url);
    await page.getByRole("tab", { name: "Escalate" }).click();
    await page.getByRole("button", { name: "Escalate OPSG-008" }).waitFor();
    await page.locator('td[data-address="L20"]').click();
    const input = page.getByLabel("Cell contents");
    await input.pressSequentially("note"); // Excel is now in cell-edit mode
    await page.getByRole("status").getByText("Edit", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Escalate OPSG-008" }).click();
    await page.getByText("Finish editing the cell to continue").waitFor();
    assert.equal(await page.getByRole("heading", { name: "Preview: Panel risk 18" }).count(), 0);
    await shot(page, "ribbon-02-waiting-for-cell-edit");
    await input.press("Escape"); // the edit ends, nothing typed is kept
    await page.getByRole("heading", { name: "Preview: Panel risk 18" }).waitFor();
    assert.equal(await page.getByText("Finish editing the cell to continue").count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
