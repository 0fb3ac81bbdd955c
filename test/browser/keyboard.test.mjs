// Issue 13: every task with the keyboard alone (Tab, Shift+Tab, Enter, Space, Escape, arrow keys; no
// clicks once the page is open), at 270 px (Excel on Mac), where most tabs are in the "More" menu. A
// preview or result is scrolled into view and takes focus; Escape cancels a preview and focus returns
// to the button that opened it.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { artifacts, browserSession, cell } from "./harness.mjs";
import { assertInView, focused, openAtWidth, openViewByKeyboard, pressUntil, waitForFocus } from "./pane.mjs";

const session = browserSession();

const WIDTH = 270;
const shot = (page, name) =>
  page.locator(".wb-pane").screenshot({ path: join(artifacts, `keyboard-${name}.png`) });
/** The view's result message (the wrapper that takes focus), by its text. */
const result = (main, text) => main.locator(".rs-result").filter({ hasText: text });

describe(`keyboard only, pane at ${WIDTH} px`, () => {
  test("the tab strip: one Tab stop (the selected tab); arrows, Home and End move along it, More included; Enter chooses", async () => {
    // The WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/), as src/taskpane/PaneTabs.tsx draws it.
    const { page, errors } = await openAtWidth(session.browser, session.server.url, WIDTH);
    const tabs = page.locator(".wb-pane").getByRole("tablist", { name: "Views" });
    const selected = tabs.getByRole("tab", { name: "Registers", selected: true });
    await selected.waitFor();
    await pressUntil(page, "Tab", selected);
    const visible = await tabs
      .getByRole("tab")
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => e.textContent));
    assert.equal(visible.at(-1), "More", `the strip at ${WIDTH} px: ${visible}`);
    assert.ok(visible.length >= 2 && visible.length < 9, `the strip at ${WIDTH} px: ${visible}`);
    const names = [];
    for (let i = 0; i < visible.length; i++) {
      await page.keyboard.press("ArrowRight");
      names.push(await page.evaluate(() => document.activeElement?.textContent));
    }
    // Round the strip and back to the start: hidden tabs are not stops.
    assert.deepEqual(names, [...visible.slice(1), visible[0]]);
    await page.keyboard.press("ArrowLeft");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "More");
    await page.keyboard.press("Home");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), visible[0]);
    await page.keyboard.press("End");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "More");
    // Moving does not choose; Enter does, and the chosen tab is the strip's one Tab stop.
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    const second = visible[1];
    assert.equal(
      await tabs.getByRole("tab", { name: second, exact: true }).getAttribute("aria-selected"),
      "false",
    );
    await page.keyboard.press("Enter");
    await tabs.getByRole("tab", { name: second, selected: true, exact: true }).waitFor();
    const stops = await tabs
      .getByRole("tab")
      .evaluateAll((els) => els.filter((e) => e.tabIndex === 0).map((e) => e.textContent));
    assert.deepEqual(stops, [second]);
    await page.keyboard.press("Shift+Tab");
    assert.equal(
      await tabs.evaluate((el) => el.contains(document.activeElement)),
      false,
      "Shift+Tab from the strip stayed in it",
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("Check: run it, move to a finding, select it (the grid selects its cell)", async () => {
    const { page, errors } = await openAtWidth(session.browser, session.server.url, WIDTH);
    const main = page.locator(".wb-pane main");
    await openViewByKeyboard(page, "Health");
    await pressUntil(page, "Tab", main.getByRole("button", { name: "Check register" }), 5);
    await page.keyboard.press("Enter");
    const summary = result(main, "0 error(s) and 7 warning(s) in 34 rows.");
    await summary.waitFor();
    await waitForFocus(page, summary, "Check's summary");
    await assertInView(page, summary, "Check's summary");
    await pressUntil(
      page,
      "Tab",
      main.getByRole("button", { name: /RAG differs from the policy without a rationale/ }),
      5,
    );
    await page.keyboard.press("Enter");
    await pressUntil(page, "Tab", main.getByRole("button", { name: /^Panel Risks!L3 / }), 5);
    await page.keyboard.press("Space");
    await page.waitForFunction(() => document.querySelector(".wb-name-box")?.textContent === "L3");
    await shot(page, "check");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("Edit: change a score with the arrow keys and save; focus moves to what was saved", async () => {
    const { page, errors } = await openAtWidth(session.browser, session.server.url, WIDTH);
    const main = page.locator(".wb-pane main");
    // Excel's side: the user has selected risk 1's row in the sheet (the grid has no keyboard of its own).
    await page.evaluate(() => window.workbench.simulator.userSelect("Panel Risks", "B2"));
    await openViewByKeyboard(page, "Edit");
    await main.getByRole("heading", { name: "SEC Panel risks 1" }).waitFor();
    const impact = main.getByRole("radiogroup", { name: "Impact (1–5)" });
    await pressUntil(page, "Tab", impact.getByRole("radio", { name: /^3 / }), 10);
    await page.keyboard.press("ArrowRight");
    assert.ok(
      await impact.getByRole("radio", { name: /^4 / }).isChecked(),
      `4 not chosen: ${await focused(page)}`,
    );
    await main.getByText(/^Severity 16 /).waitFor();
    await pressUntil(page, "Tab", main.getByRole("button", { name: "Save", exact: true }), 60);
    await page.keyboard.press("Enter");
    const saved = result(main, "Saved SEC Panel risks 1");
    await saved.waitFor();
    await waitForFocus(page, saved, "Save's result");
    await assertInView(page, saved, "Save's result");
    assert.equal((await cell(page, "Panel Risks", "C2")).value, 4);
    await shot(page, "edit-saved");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("Escalate: preview OPSG-008 (focus on it, one Tab to Confirm), confirm (focus on the result); Escape cancels", async () => {
    const { page, errors } = await openAtWidth(session.browser, session.server.url, WIDTH);
    const main = page.locator(".wb-pane main");
    await openViewByKeyboard(page, "Escalate");
    await pressUntil(page, "Tab", main.getByRole("button", { name: "Escalate OPSG-008" }), 40);
    await page.keyboard.press("Enter");
    const preview = main.locator('[aria-labelledby="escalation-preview-title"]');
    await preview.waitFor();
    await waitForFocus(page, preview, "The escalation preview");
    await assertInView(page, preview, "The escalation preview");
    await shot(page, "escalate-preview");
    assert.equal(
      await pressUntil(page, "Tab", preview.getByRole("button", { name: "Confirm escalation" }), 5),
      1,
    );
    await page.keyboard.press("Enter");
    const done = result(main, "OPSG-008 escalated as Panel risk 18");
    await done.waitFor();
    await waitForFocus(page, done, "The escalation's result");
    await assertInView(page, done, "The escalation's result");
    await shot(page, "escalate-done");

    // Escape cancels a preview; focus goes back to the button that opened it.
    const opener = main.getByRole("button", { name: "Escalate OPSG-006" });
    await pressUntil(page, "Tab", opener, 40);
    await page.keyboard.press("Enter");
    await waitForFocus(page, preview, "The OPSG-006 preview");
    await page.keyboard.press("Escape");
    await preview.waitFor({ state: "detached" });
    await waitForFocus(page, opener, "Escalate OPSG-006 after Escape");

    // Raise as issue: its preview opens under its button and takes focus; Escape returns to the button.
    const raise = main.getByRole("button", { name: "Preview the issue" });
    await pressUntil(page, "Tab", raise, 20);
    await page.keyboard.press("Enter");
    const raisePreview = main.locator('[aria-labelledby="raise-preview-title"]');
    await waitForFocus(page, raisePreview, "The raise-as-issue preview");
    await assertInView(page, raisePreview, "The raise-as-issue preview");
    await page.keyboard.press("Escape");
    await raisePreview.waitFor({ state: "detached" });
    await waitForFocus(page, raise, "Preview the issue after Escape");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("Build: build the appendices; focus moves to what was built", async () => {
    const { page, errors } = await openAtWidth(session.browser, session.server.url, WIDTH);
    const main = page.locator(".wb-pane main");
    await openViewByKeyboard(page, "Paper");
    await pressUntil(page, "Tab", main.getByRole("button", { name: "Build the appendices" }), 10);
    await page.keyboard.press("Enter");
    // Check's warnings take focus first; Tab goes on through them to Build anyway.
    const anyway = main.getByRole("button", { name: "Build anyway" });
    await anyway.waitFor({ timeout: 20000 });
    await pressUntil(page, "Tab", anyway, 20);
    await page.keyboard.press("Enter");
    const built = result(main, /^Built Appendix A/);
    await built.waitFor({ timeout: 20000 });
    await waitForFocus(page, built, "Build's result");
    await assertInView(page, built, "Build's result");
    assert.ok(
      await page.evaluate(() => window.workbench.snapshot().sheets.some((s) => s.name === "Appendix A")),
    );
    await shot(page, "build");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("Adopt: the preview takes focus, Tab through its column pickers to Adopt register, focus on the result", async () => {
    const { page, errors } = await openAtWidth(session.browser, session.server.url, WIDTH, "pasted");
    const main = page.locator(".wb-pane main");
    await pressUntil(page, "Tab", main.getByRole("button", { name: "Preview adoption" }), 60);
    await page.keyboard.press("Enter");
    const preview = main.locator('[aria-labelledby="adopt-preview-title"]');
    await waitForFocus(page, preview, "The adoption preview");
    await assertInView(page, preview, "The adoption preview");
    // One stop per header's column picker (issue 11), then Adopt register: no stray stops.
    const pickers = await preview.getByRole("combobox").count();
    assert.equal(
      await pressUntil(page, "Tab", preview.getByRole("button", { name: "Adopt register" }), pickers + 5),
      pickers + 1,
    );
    await page.keyboard.press("Enter");
    const adopted = main.locator(".fui-MessageBar", { hasText: /^Adopted as / });
    await adopted.waitFor();
    await waitForFocus(page, adopted, "Adoption's result");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
