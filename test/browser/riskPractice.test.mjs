// Issue 14 items 1 and 2 as a person sees them in a 270 px pane (Excel on Mac): turn on a register's
// inherent and target scores in Settings and edit a risk's three scores in Edit; set an appetite for
// a category and see Check report a risk above it without a planned mitigation. Each view axe-clean,
// with no sideways scroll, and screenshots saved under artifacts/.
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
  riskCell,
} from "./harness.mjs";

const session = browserSession();

async function saveSettingsView(page) {
  const main = pane(page);
  await main.getByRole("button", { name: "Save settings" }).click();
  await main.getByText("Settings saved").waitFor();
}

async function clean(page, where) {
  await noSidewaysScroll(page, where);
  const found = await axe(page);
  if (found.length && process.env.PROBE)
    console.log(
      await page.evaluate(async () => {
        const r = await window.axe.run(
          { include: [["body"]], exclude: [["[data-tabster-dummy]"]] },
          { resultTypes: ["violations"] },
        );
        return JSON.stringify(
          r.violations.flatMap((v) => v.nodes.map((n) => n.html + " :: " + n.failureSummary)),
        );
      }),
    );
  assert.deepEqual(found, [], `${where}: axe`);
}

test("three scores: turned on in Settings at 270 px, and a risk's three scores edited in Edit", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  const main = pane(page);
  await openView(page, "Settings");
  const shows = main.getByRole("group", { name: "Scores SEC Panel risks shows" });
  await shows.getByRole("checkbox", { name: "Inherent (before controls)" }).check();
  await shows.getByRole("checkbox", { name: "Target" }).check();
  await main
    .getByRole("group", { name: "Scores SEC Panel risks's paper prints" })
    .getByRole("checkbox", { name: "Target (printed)" })
    .waitFor();
  await saveSettingsView(page);
  await clean(page, "settings");
  await main.getByRole("group", { name: "Scores SEC Panel risks shows" }).scrollIntoViewIfNeeded();
  await paneShot(page, "risk-practice-settings-270");
  assert.equal(await riskCell(page, 1, "Inherent Impact"), null, "the column was added, blank");

  await page.evaluate(() => window.workbench.simulator.userSelect("Panel Risks", "B2")); // SEC Panel risk 1
  await openView(page, "Edit");
  await main.getByRole("heading", { name: "SEC Panel risks 1" }).waitFor();
  const pick = (group, score) =>
    main
      .getByRole("radiogroup", { name: group })
      .getByRole("radio", { name: new RegExp(`^${score} `) })
      .check();
  await pick("Inherent Impact (1–5)", 5);
  await pick("Inherent Likelihood (1–5)", 4);
  await pick("Target Impact (1–5)", 2);
  await pick("Target Likelihood (1–5)", 2);
  await main.getByText("Inherent severity 20 · Critical").waitFor();
  await main.getByText("Target severity 4 · Low").waitFor();
  await main.getByRole("textbox", { name: "Target Date" }).fill("31 March 2027");
  await clean(page, "edit");
  await paneShot(page, "risk-practice-edit-270");
  await main.getByRole("button", { name: "Save", exact: true }).click();
  await main
    .getByText(/^(Saved SEC Panel risks 1|Not saved)/)
    .first()
    .waitFor();
  assert.equal(await main.getByText("Not saved").count(), 0, await main.innerText());
  assert.equal(await riskCell(page, 1, "Inherent Severity"), 20);
  assert.equal(await riskCell(page, 1, "Target Band"), "Low");
  assert.equal(await riskCell(page, 1, "Target Date"), 46477);
  assert.deepEqual(errors, []);
});

test("appetite: set for a category; Check reports a risk above it without a planned mitigation", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  const main = pane(page);
  await openView(page, "Settings");
  await main.getByRole("combobox", { name: "Appetite for Asset" }).selectOption("Low");
  await main.getByRole("switch", { name: "The paper lists risks outside appetite" }).check();
  await saveSettingsView(page);
  await clean(page, "settings-appetite");
  await main.getByRole("combobox", { name: "Appetite for Asset" }).scrollIntoViewIfNeeded();
  await paneShot(page, "risk-practice-appetite-270");

  await page.evaluate(() => window.workbench.simulator.userSelect("Panel Risks", "B2")); // SEC Panel risk 1
  await openView(page, "Edit");
  await main.getByRole("heading", { name: "SEC Panel risks 1" }).waitFor();
  await main
    .getByRole("combobox", { name: "Impact Category (appetite is judged by it)" })
    .selectOption("Asset");
  await main.getByRole("button", { name: "Save", exact: true }).click();
  await main
    .getByText(/^(Saved SEC Panel risks 1|Not saved)/)
    .first()
    .waitFor();
  assert.equal(await main.getByText("Not saved").count(), 0, await main.innerText());

  await openView(page, "Health");
  await main.getByRole("button", { name: "Check register" }).click();
  await main
    .getByRole("button", { name: /Risk above its category's appetite with no planned or ongoing mitigation/ })
    .click();
  await main
    .getByText(/is above the Asset appetite \(Low\), and every mitigation recorded is already in place/)
    .waitFor();
  // The findings fade in (Fluent's MessageBar and list motion): axe judges the colours once they are still.
  await page.waitForTimeout(600);
  await clean(page, "health-appetite");
  await paneShot(page, "risk-practice-check-270");
  assert.deepEqual(errors, []);
});
