// A colleague edits the workbook between the Escalate view's preview and Confirm: at 270 px the pane
// shows what changed, marked, to confirm again; a re-sync over their edit of the Panel copy asks, per
// field, whether to keep their value or take the sub-committee's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { axe, browserSession, cell, openWorkbench, shot } from "./harness.mjs";

const session = browserSession();

/** A person typing in the grid of the simulated workbook (as Simulator.userEdit). */
const colleagueTypes = (page, sheet, address, value) =>
  page.evaluate(([s, a, v]) => window.workbench.simulator.userEdit(s, a, [[v]]), [sheet, address, value]);

async function narrowPane(page) {
  // Excel on Mac opens a task pane 270 px wide (Office.TaskPane reference): the workbench's control.
  await page.getByRole("combobox", { name: "Pane width" }).selectOption("270");
}

/** Nothing in the Escalate view reaches past the pane's right edge (the tab list is the App's, not this view's). */
async function noSidewaysScroll(page) {
  const over = await page.locator(".wb-pane").evaluate((pane) => {
    const right = pane.getBoundingClientRect().left + pane.clientWidth;
    const view = pane.querySelector("section[aria-labelledby=escalate-title]");
    return [...view.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > right + 1)
      .map((e) => `${e.tagName} ${(e.textContent ?? "").slice(0, 40)}`);
  });
  assert.deepEqual(over, [], "the Escalate view is wider than 270 px");
}

test("a change to the sub-committee row after the preview is shown, marked, and confirmed again", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await page.getByRole("tab", { name: "Escalate" }).click();
  await narrowPane(page); // after the tab: at 270 px it would be in the tabs' "More" menu
  await page.getByRole("button", { name: "Escalate OPSG-008" }).click();
  await page.getByRole("heading", { name: "Preview: Panel risk 18" }).waitFor();
  // The workbench's governed workbook: OPSG-008 on row 3 (Likelihood in E); Panel risk 18 will be row 19.
  await colleagueTypes(page, "OPSG Risks", "E3", 3); // OPSG-008's Likelihood 4 → 3
  await page.getByRole("button", { name: "Confirm escalation" }).click();
  await page.getByRole("list", { name: "Changes since the preview" }).waitFor();
  assert.equal(await page.locator(".wb-pane mark").filter({ hasText: "Likelihood 3" }).count(), 1);
  assert.equal(await cell(page, "Panel Risks", "A19"), null, "nothing was written");
  await noSidewaysScroll(page);
  assert.deepEqual(await axe(page), []);
  await shot(page, "coauthor-escalate-changed-270");
  await page.getByRole("button", { name: "Confirm escalation" }).click();
  await page.getByText("OPSG-008 escalated as Panel risk 18").waitFor();
  assert.equal((await cell(page, "Panel Risks", "D19")).value, 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a re-sync over a colleague's edit of the Panel copy asks per field, then writes only what was chosen", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await page.getByRole("tab", { name: "Escalate" }).click();
  await narrowPane(page); // after the tab: at 270 px it would be in the tabs' "More" menu
  await page.getByRole("button", { name: "Escalate OPSG-008" }).click();
  await page.getByRole("button", { name: "Confirm escalation" }).click();
  await page.getByText("OPSG-008 escalated as Panel risk 18").waitFor();
  await colleagueTypes(page, "OPSG Risks", "E3", 2); // the sub-committee lowers its Likelihood
  await page.getByRole("button", { name: "Re-sync OPSG-008" }).click();
  await page.getByRole("button", { name: "Apply re-sync" }).waitFor();
  await colleagueTypes(page, "Panel Risks", "D19", 5); // meanwhile a Panel colleague raises theirs
  await page.getByRole("button", { name: "Apply re-sync" }).click();
  await page.getByRole("heading", { name: "Someone changed Panel risk 18 since the preview" }).waitFor();
  const apply = page.getByRole("button", { name: "Apply my choices" });
  assert.equal(await apply.isDisabled(), true, "nothing can be applied before every field has a choice");
  assert.equal((await cell(page, "Panel Risks", "D19")).value, 5, "nothing was written");
  await noSidewaysScroll(page);
  assert.deepEqual(await axe(page), []);
  await shot(page, "coauthor-resync-conflict-270");
  const likelihood = page.getByRole("radiogroup", { name: "Likelihood" });
  await likelihood.getByRole("radio", { name: "Keep theirs: 5" }).check();
  await apply.click();
  await page.getByText("Panel risk 18 re-synced").waitFor();
  assert.equal((await cell(page, "Panel Risks", "D19")).value, 5, "their value was kept");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Escape on the re-sync conflict card cancels it and writes nothing", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await page.getByRole("tab", { name: "Escalate" }).click();
  await page.getByRole("button", { name: "Escalate OPSG-008" }).click();
  await page.getByRole("button", { name: "Confirm escalation" }).click();
  await page.getByText("OPSG-008 escalated as Panel risk 18").waitFor();
  await colleagueTypes(page, "OPSG Risks", "E3", 2);
  await page.getByRole("button", { name: "Re-sync OPSG-008" }).click();
  await page.getByRole("button", { name: "Apply re-sync" }).waitFor();
  await colleagueTypes(page, "Panel Risks", "D19", 5);
  await page.getByRole("button", { name: "Apply re-sync" }).click();
  const heading = page.getByRole("heading", { name: "Someone changed Panel risk 18 since the preview" });
  await heading.waitFor();
  await page.getByRole("radiogroup", { name: "Likelihood" }).getByRole("radio").first().focus();
  await page.keyboard.press("Escape");
  await heading.waitFor({ state: "detached" });
  assert.equal((await cell(page, "Panel Risks", "D19")).value, 5, "nothing was written");
  await page.getByRole("button", { name: "Re-sync OPSG-008" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
