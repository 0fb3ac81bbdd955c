// Issue 13, items 3–5, as a person sees them in a 270 px pane (Excel on Mac): Likelihood's own level
// names in the Edit view, a notice dismissed and kept to its view, a selection outside every register
// said plainly, the Registers summary current after an escalation, and the ongoing switch on a Panel
// mitigation leaving its words unchanged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  artifacts,
  at270,
  axe,
  browserSession,
  cell,
  noSidewaysScroll,
  openView,
  openWorkbench,
  pane,
  paneShot,
} from "./harness.mjs";

const session = browserSession();

const summary = (page) => pane(page).getByText(/^Governed: /);

test("after an escalation the Registers summary counts the new Panel row; the notice can be dismissed", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  assert.match(await summary(page).innerText(), /SEC Panel risks \(17 rows/);
  await openView(page, "Escalate");
  await page.getByRole("button", { name: "Escalate OPSG-008" }).click();
  await page.getByRole("button", { name: "Confirm escalation" }).click();
  const done = pane(page).getByText("OPSG-008 escalated as Panel risk 18");
  await done.waitFor();
  const dismiss = pane(page)
    .getByRole("status")
    .filter({ hasText: "OPSG-008 escalated as Panel risk 18" })
    .getByRole("button", { name: "Dismiss", exact: true });
  assert.equal((await dismiss.getAttribute("aria-describedby")) !== null, true);
  await dismiss.focus();
  await page.keyboard.press("Enter");
  await done.waitFor({ state: "detached" });
  // Focus goes on to what followed the notice inside the pane, not to the page.
  await page.waitForFunction(() => document.activeElement?.closest(".wb-pane main") != null);
  await noSidewaysScroll(page, "Escalate");
  await openView(page, "Registers");
  await page.waitForFunction(() =>
    /SEC Panel risks \(18 rows/.test(document.querySelector(".wb-pane")?.textContent ?? ""),
  );
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "trust-registers-after-escalation-270");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a ribbon command's notice belongs to the view that showed it, and can be dismissed", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  await openView(page, "Health");
  await page
    .getByRole("toolbar", { name: "Ribbon" })
    .getByRole("button", { name: "Build appendices" })
    .click();
  const built = pane(page)
    .getByText(/^Built /)
    .first();
  await built.waitFor();
  await openView(page, "Paper");
  await page.getByRole("heading", { name: /paper/i }).first().waitFor();
  assert.equal(
    await pane(page)
      .getByText(/^Built /)
      .count(),
    0,
    "the Health view's notice stayed on the Paper tab",
  );
  await openView(page, "Health");
  await built.waitFor();
  await pane(page)
    .getByRole("button", { name: /^Dismiss/ })
    .first()
    .click();
  await built.waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the Edit view: Likelihood's own names, a selection outside every register, and ongoing keeps the words", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  await page.locator('td[data-address="B4"]').click(); // Panel risk 4
  await openView(page, "Edit");
  await page.getByRole("heading", { name: "SEC Panel risks 4" }).waitFor();
  const likelihood = page.getByRole("radiogroup", { name: "Likelihood (1–5)" });
  const names = await likelihood
    .getByRole("radio")
    .evaluateAll((radios) =>
      radios.map((r) => document.querySelector(`label[for="${r.id}"]`)?.textContent ?? ""),
    );
  assert.deepEqual(names, ["1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain"]);
  assert.equal(await likelihood.getByRole("radio", { name: "5 Major" }).count(), 0);
  await noSidewaysScroll(page, "Edit");
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "trust-edit-likelihood-270");

  // The ongoing switch on the first mitigation (in place): the words stay the paper's own.
  const before = (await cell(page, "Panel Risks", "F4")).value;
  const words =
    "The Testing Advisory Group (TAG) analyse and review outcomes and reports through the weekly testing updates and calls.";
  assert.ok(before.split("\n").includes(`• ${words}`));
  await page.getByRole("switch", { name: "Planned / ongoing" }).first().check();
  assert.equal(await page.getByRole("textbox", { name: "Mitigation 1" }).inputValue(), words);
  // The pane shows the state as the paper prints it: in italics.
  assert.equal(
    await page.getByRole("textbox", { name: "Mitigation 1" }).evaluate((e) => getComputedStyle(e).fontStyle),
    "italic",
  );
  await page.getByLabel("RAG rationale").fill("Testing controls have held for three releases.");
  await page.getByRole("button", { name: "Save" }).click();
  await pane(page).getByText("Saved SEC Panel risks 4").waitFor();
  const after = (await cell(page, "Panel Risks", "F4")).value;
  assert.ok(after.split("\n").includes(`◦ ${words}`), after);
  assert.doesNotMatch(after, /Ongoing/);
  assert.equal(await page.getByRole("textbox", { name: "Mitigation 1" }).inputValue(), words);
  assert.equal(await page.getByRole("switch", { name: "Planned / ongoing" }).first().isChecked(), true);
  const first = pane(page).locator(".rs-mitigation").first();
  await first.scrollIntoViewIfNeeded();
  await first.screenshot({ path: join(artifacts, "trust-edit-ongoing-270.png") });

  // A cell below the table: outside every register, not "an empty row".
  await page.locator('td[data-address="B20"]').click();
  await pane(page)
    .getByText(/^The selection \(Panel Risks row 20\) is outside every register/)
    .waitFor();
  assert.equal(
    await pane(page)
      .getByText(/empty row/)
      .count(),
    0,
  );
  // A sheet with no register: the form lets go of the last row and says so.
  await page.getByRole("navigation", { name: "Sheets" }).getByRole("button", { name: "Audit Log" }).click();
  await pane(page)
    .getByText("The selection (Audit Log row 1) is outside every register: Audit Log holds no register.", {
      exact: false,
    })
    .waitFor();
  assert.equal(await page.getByRole("heading", { name: "SEC Panel risks 4" }).count(), 0);
  assert.equal(await pane(page).getByText("Saved SEC Panel risks 4").count(), 0, "the row's notice stayed");
  await noSidewaysScroll(page, "Edit, outside");
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "trust-edit-outside-270");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Likelihood's names are edited in Settings and used by the Edit view", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  await openView(page, "Settings");
  const five = page.getByRole("textbox", { name: "Likelihood 5" });
  assert.equal(await five.inputValue(), "Almost certain");
  await five.fill("Expected");
  const levels = page.getByRole("group", { name: /^Likelihood levels/ });
  await noSidewaysScroll(page, "Settings");
  await page.getByRole("button", { name: "Save settings" }).click();
  await pane(page).getByText("Settings saved").waitFor();
  await levels.scrollIntoViewIfNeeded();
  await levels.screenshot({ path: join(artifacts, "trust-settings-likelihood-270.png") });
  assert.deepEqual(await axe(page), []);
  await page.locator('td[data-address="B4"]').click();
  await openView(page, "Edit");
  await page.getByRole("heading", { name: "SEC Panel risks 4" }).waitFor();
  await page
    .getByRole("radiogroup", { name: "Likelihood (1–5)" })
    .getByRole("radio", { name: "5 Expected" })
    .waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
