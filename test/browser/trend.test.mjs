// Issue 14 item 5 as a person sees it in a 270 px pane (Excel on Mac): three months' papers published
// (the page's clock set to each month), a Panel risk's score changed between them; the Edit view shows
// that risk's trend as a chart with its history in words, and follows the selection to another risk;
// a risk that turns RED is named in the cover note as having become RED since the last paper;
// with the movement arrows turned on in Settings, Build prints the risk's arrow in Appendix A, and the
// exported workbook printed through LibreOffice shows the Trend column. Axe-clean, nothing wider than
// the pane, screenshots under artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import {
  artifacts,
  at270,
  axe,
  browserSession,
  cell,
  openView,
  openWorkbench,
  pane,
  paneShot,
  riskCellAt,
  shot,
  xlsxToPdfPages,
} from "./harness.mjs";
import { assertFits } from "./pane.mjs";

const session = browserSession();

/** The address of Panel risk `n`'s cell under `header` in the simulated workbook. */
async function riskAddress(page, n, header) {
  const found = await riskCellAt(page, n, header);
  if (found.missing) throw new Error(`Panel risk ${n}, ${header}: ${found.missing}`);
  return found.address;
}

/** Types a score into Panel risk `n`'s cell, as a person editing the register. */
async function setScore(page, n, header, value) {
  const address = await riskAddress(page, n, header);
  await page.evaluate(
    ([a, v]) => window.workbench.simulator.userEdit("Panel Risks", a, [[v]]),
    [address, value],
  );
}

/** Publishes with the page's clock at `iso` (the baseline's month is the publishing date's). */
async function publishOn(page, iso, label) {
  await page.clock.setFixedTime(new Date(iso));
  const publish = pane(page).getByRole("button", { name: "Publish this month's registers" });
  if (!(await publish.isVisible())) await openView(page, "Paper");
  await publish.click();
  await pane(page).getByText(`Published the ${label} baseline`).waitFor();
}

async function clean(page, where) {
  await assertFits(page, where);
  assert.deepEqual(await axe(page), [], `${where}: axe`);
}

test("a risk's trend in Edit over three papers; the movement arrow in Appendix A, printed", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  const main = pane(page);

  // Panel risk 1 (3 × 4 = 12, AMBER) in September's paper, 4 × 4 = 16 (RED) in October's, 4 × 2 = 8
  // (AMBER) in November's, and 4 × 3 = 12 since.
  await publishOn(page, "2026-09-10T10:00:00Z", "September 2026");
  await setScore(page, 1, "Impact (1-5)", 4);
  await publishOn(page, "2026-10-08T10:00:00Z", "October 2026");
  await setScore(page, 1, "Likelihood (1-5)", 2);
  await publishOn(page, "2026-11-12T10:00:00Z", "November 2026");
  await setScore(page, 1, "Likelihood (1-5)", 3);

  await page.clock.setFixedTime(new Date("2026-11-30T09:00:00Z"));
  await page.evaluate(() => window.workbench.simulator.userSelect("Panel Risks", "B2")); // risk 1
  await openView(page, "Edit");
  await main.getByRole("heading", { name: "SEC Panel risks 1" }).waitFor();
  const chart = main.getByRole("img", { name: /^Score \(1 to 25\) and RAG in each paper/ });
  await chart.waitFor();
  assert.equal(
    await chart.getAttribute("aria-label"),
    "Score (1 to 25) and RAG in each paper: September 2026: score 12, AMBER; October 2026: score 16, RED; November 2026: score 8, AMBER; Now: score 12, AMBER.",
  );
  // A point per paper and one for now, each in its RAG's colour.
  assert.deepEqual(await chart.locator("circle").evaluateAll((cs) => cs.map((c) => c.getAttribute("fill"))), [
    "#FFC000",
    "#FF0000",
    "#FFC000",
    "#FFC000",
  ]);
  await main
    .getByText(
      "Since the last paper (November 2026): higher. November 2026: score 8, AMBER; Now: score 12, AMBER.",
    )
    .waitFor();
  const box = await chart.boundingBox();
  assert.ok(box.width <= 270, `the chart is ${box.width} px wide`);
  // Read once for the risk shown, not on each render: typing in the form reads nothing more.
  const syncs = () => page.evaluate(() => window.workbench.simulator.syncCount);
  const before = await syncs();
  const description = main.getByRole("textbox", { name: "There is a risk that…" });
  await description.press("End");
  await description.pressSequentially(" More.");
  await page.waitForTimeout(500);
  assert.equal(await syncs(), before, "typing in the form read the workbook");
  await main.getByRole("button", { name: "Cancel" }).click();
  await chart.waitFor();

  // The selection moves to risk 3: its own history, never risk 1's.
  await page.evaluate(() => window.workbench.simulator.userSelect("Panel Risks", "B3"));
  await main.getByRole("heading", { name: "SEC Panel risks 3" }).waitFor();
  await main
    .getByRole("img", {
      name: "Score (1 to 25) and RAG in each paper: September 2026: score 9, GREEN; October 2026: score 9, GREEN; November 2026: score 9, GREEN; Now: score 9, GREEN.",
    })
    .waitFor();
  // And straight back, then to risk 3 and back before its history can arrive: risk 1's stays shown.
  const risk1 =
    "Score (1 to 25) and RAG in each paper: September 2026: score 12, AMBER; October 2026: score 16, RED; November 2026: score 8, AMBER; Now: score 12, AMBER.";
  await page.evaluate(() => window.workbench.simulator.userSelect("Panel Risks", "B2"));
  await main.getByRole("heading", { name: "SEC Panel risks 1" }).waitFor();
  await main.getByRole("img", { name: risk1 }).waitFor();
  await page.evaluate(() => window.workbench.simulator.userSelect("Panel Risks", "B3"));
  await main.getByRole("heading", { name: "SEC Panel risks 3" }).waitFor();
  await page.evaluate(() => window.workbench.simulator.userSelect("Panel Risks", "B2"));
  await main.getByRole("heading", { name: "SEC Panel risks 1" }).waitFor();
  await main.getByRole("img", { name: risk1 }).waitFor();
  await page.waitForTimeout(600);
  assert.equal(await chart.getAttribute("aria-label"), risk1);
  await main.getByRole("heading", { name: "Trend" }).scrollIntoViewIfNeeded();
  await clean(page, "edit-trend");
  await paneShot(page, "trend-edit-270");

  // Settings: Appendix A shows each risk's movement.
  await openView(page, "Settings");
  const arrows = main.getByRole("switch", { name: "Appendix A shows each risk's movement" });
  await arrows.check();
  await main.getByRole("button", { name: "Save settings" }).click();
  await main.getByText("Settings saved").waitFor();
  await arrows.scrollIntoViewIfNeeded();
  await clean(page, "settings-arrows");
  await paneShot(page, "trend-settings-270");

  // Risk 1 goes on to 4 × 5 = 20, RED (it was AMBER in November's paper): the cover note names it.
  await setScore(page, 1, "Likelihood (1-5)", 5);

  await openView(page, "Paper");
  await main.getByRole("button", { name: "Build the appendices" }).click();
  await main.getByRole("button", { name: "Build anyway" }).click();
  await main.getByText(/^Built Appendix A/).waitFor();
  assert.equal((await cell(page, "Appendix A", "F4")).value, "Trend");
  // Risk 1's mark against November's paper (8 then, 20 now); every other risk unchanged.
  const rows = await page.evaluate(() => {
    const cells = window.workbench.snapshot().sheets.find((s) => s.name === "Appendix A").cells;
    const out = [];
    for (let r = 5; cells[`A${r}`]; r++) out.push([cells[`A${r}`].value, cells[`F${r}`]?.value ?? null]);
    return out;
  });
  assert.deepEqual(
    rows.find(([n]) => n === 1),
    [1, "↑"],
  );
  assert.ok(
    rows.filter(([n]) => n !== 1).every(([, mark]) => mark === "→"),
    JSON.stringify(rows),
  );
  // The cover note names the risk that became RED since November's paper, and what it was then.
  assert.match(
    await main.getByLabel("Cover note draft").inputValue(),
    /SEC Panel Risk 1 has become RED since the last paper \(it was AMBER\)\./,
  );
  const legendAt = `A${4 + rows.length + 3}`;
  assert.equal(
    (await cell(page, "Appendix A", legendAt)).value,
    "↑ higher, ↓ lower, → unchanged since the last paper; New: not in it.",
  );
  await clean(page, "paper-built-arrows");
  await paneShot(page, "trend-paper-built-270");
  await page.getByRole("navigation", { name: "Sheets" }).getByRole("button", { name: "Appendix A" }).click();
  await shot(page, "trend-appendix-a-sheet");

  // Printed as a colleague without Excel would: the Trend column and its legend are on the page.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export .xlsx" }).click(),
  ]);
  const xlsx = join(artifacts, "trend-paper.xlsx");
  await download.saveAs(xlsx);
  const pages = xlsxToPdfPages(xlsx, "Appendix A - SEC Panel Risks");
  copyFileSync(join(artifacts, "paper-appendix-a.png"), join(artifacts, "trend-appendix-a-printed.png"));
  const appendix = pages
    .filter((t) => t.includes("Appendix A - SEC Panel Risks") || t.includes("Table 2: SEC Panel Risks"))
    .join("\n");
  assert.match(appendix, /Trend/);
  assert.match(
    appendix.replace(/\s+/g, " "),
    /↑ higher, ↓ lower, → unchanged since the last paper; New: not in it\./,
  );
  assert.match(appendix, /↑/);
  assert.deepEqual(errors, []);
  await page.close();
});
