// Issue 14 item 4 as a person sees it in a 270 px pane (Excel on Mac): the seed registers governed, the
// action log created beside them, the August 2017 Panel minutes pasted into the Actions view (the seed's
// text, read from ../shared/seeds/002_2bd199d1195febd0.txt), previewed, confirmed into the Panel Actions
// sheet, and one action linked as a Panel risk's mitigation. Axe-clean, no sideways scroll, screenshots
// saved under artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  at270,
  axe,
  browserSession,
  cell,
  openView,
  openWorkbench,
  pane,
  paneShot,
  riskCell,
} from "./harness.mjs";
import { assertFits, hasFocus } from "./pane.mjs";

const MINUTES = readFileSync(
  new URL("../../../shared/seeds/002_2bd199d1195febd0.txt", import.meta.url),
  "utf8",
);
/** The four actions as the minutes print them (seed lines 190–192, 194–195, 275–277, 509–510), joined. */
const SEED_ACTIONS = [
  [
    "SECP47/02",
    "SECAS to provide a paper clarifying the activities and processes associated with the delegation of " +
      "the setting of the scope and frequency of the DCC’s Total System Assessment to enable a decision to " +
      "be made on the delegation of this activity, to the SSC.",
  ],
  [
    "SECP47/03",
    "SECAS to publish the Delegation register on the SEC Website, including details of dispute and referral routes.",
  ],
  [
    "SECP47/04",
    "SECAS to provide a paper, following DCC input, that gives greater clarity and certainty about potential " +
      "DCC impacts on the Modification Proposals timetables. Specially SECMP0010, SECMP0012, SECMP0013 and SECMP0015.",
  ],
  [
    "SECP47/05",
    "SECAS to provide the Panel with proposed SEC Panel meeting dates for 2018, for discussion at the " +
      "September 2017 meeting.",
  ],
];

const session = browserSession();

async function clean(page, where) {
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
  await assertFits(page, where);
  assert.deepEqual(await axe(page), [], `${where}: axe`);
}

test("minutes pasted into the Actions view at 270 px: preview, confirm, then link an action to a Panel risk", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  const main = pane(page);
  // The governed seed registers have no action log yet: Create registers makes it (and only it).
  await main.getByRole("button", { name: "Create registers" }).click();
  await main.getByText("Created SEC Panel actions").waitFor();

  await openView(page, "Actions");
  await main.getByRole("heading", { name: "SEC Panel actions", exact: true }).waitFor();
  await main.getByRole("textbox", { name: "Paste the minutes" }).fill(MINUTES);
  await main.getByLabel("Meeting date (if the minutes do not give it)").fill("2017-08-11");
  await main.getByRole("button", { name: "Preview actions" }).click();

  const card = main.getByRole("group", { name: "Preview: 4 new actions" });
  await card.waitFor();
  assert.ok(await hasFocus(card), "the preview takes focus");
  const listed = card.getByRole("list", { name: "New actions" }).getByRole("listitem");
  assert.equal(await listed.count(), 4);
  for (const [i, [number, text]] of SEED_ACTIONS.entries()) {
    const item = listed.nth(i);
    await item.getByText(number, { exact: true }).waitFor();
    await item.getByText(text, { exact: true }).waitFor();
  }
  await card.getByText("Owner: SECAS · Due: September 2017").waitFor();
  // The update to SECP46/01, which this log does not have, is reported, not added.
  await card.getByRole("group", { name: "Mentions of actions not in the log" }).waitFor();
  await clean(page, "actions preview");
  await paneShot(page, "actions-preview-270");

  // Escape cancels the preview; a second preview is confirmed.
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "detached" });
  await main.getByRole("button", { name: "Preview actions" }).click();
  await card.waitFor();
  await card.getByRole("button", { name: "Confirm" }).click();
  const done = main.getByText("4 actions added to SEC Panel actions");
  await done.waitFor();
  assert.ok(
    await main
      .locator(".rs-result")
      .first()
      .evaluate((el) => el.contains(document.activeElement)),
    "focus moves to the result",
  );
  // The grid's Panel Actions sheet has them, row 2 on (the created log's first row holds the first).
  for (const [i, [number, text]] of SEED_ACTIONS.entries()) {
    assert.equal((await cell(page, "Panel Actions", `A${i + 2}`))?.value, number);
    assert.equal((await cell(page, "Panel Actions", `E${i + 2}`))?.value, text);
    assert.equal((await cell(page, "Panel Actions", `G${i + 2}`))?.value, "Open");
  }
  await page
    .getByRole("table", { name: "Sheet Panel Actions" })
    .getByText("SECP47/02", { exact: true })
    .waitFor();

  // Link SECP47/02 to Panel risk 1: its Mitigation cell gains the bullet after its own text.
  const before = await riskCell(page, 1, "Mitigation (Planned and/or ongoing actions in italics)");
  assert.equal(typeof before, "string");
  const open = main.getByRole("list", { name: "Open actions" }).getByRole("listitem");
  assert.equal(await open.count(), 4);
  const linkButton = open.first().getByRole("button", { name: "Link to a risk" });
  await linkButton.click();
  const picker = main.getByRole("group", { name: "Link SECP47/02 to a risk" });
  await picker.waitFor();
  assert.ok(await hasFocus(picker), "the risk picker takes focus");
  // Escape closes the picker and gives focus back to its button.
  await page.keyboard.press("Escape");
  await picker.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement?.textContent === "Link to a risk");
  await linkButton.press("Enter");
  await picker.waitFor();
  await picker.getByRole("combobox", { name: "Risk register" }).selectOption("panelRisks");
  await picker.getByRole("combobox", { name: "Risk", exact: true }).selectOption("1");
  await clean(page, "actions link picker");
  await paneShot(page, "actions-link-270");
  await picker.getByRole("button", { name: "Link", exact: true }).click();
  await main.getByText("SECP47/02 linked to risk 1").waitFor();
  assert.equal(
    await riskCell(page, 1, "Mitigation (Planned and/or ongoing actions in italics)"),
    `${before}\n◦ Action SECP47/02 (SECAS): ${SEED_ACTIONS[0][1]}`,
  );
  assert.equal((await cell(page, "Panel Actions", "H2"))?.value, "1");
  await open.first().getByText("Linked risks: 1").waitFor();
  await clean(page, "actions linked");
  await paneShot(page, "actions-linked-270");
  assert.deepEqual(errors, []);
});
