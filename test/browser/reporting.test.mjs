// Issue 15 as a person sees it in a 270 px pane (Excel on Mac): the DCC reporting tracker created from
// the Reporting view, July 2018's rows typed on its sheet (the obligations of the Sub-Committee Report's
// "2.1 DCC reporting" table, ../shared/seeds/001_00ee6edd6f4261a8.txt lines 17–165, each cell's lines
// joined), August 2018 added in one click (a second click adds nothing), the CSR Variance Report for
// August 2018 recorded as received on Monday 17 September 2018, one Working Day after it was due on
// Friday 14 September 2018, and the report's table built. The page's clock is fixed, so every date is
// known. Axe-clean, nothing wider than the pane, screenshots under artifacts/ (reporting-*-270).
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
  shot,
  xlsxToPdfPages,
} from "./harness.mjs";
import { assertFits } from "./pane.mjs";

const session = browserSession();

const SHEET = "DCC Reporting";
const TABLE_SHEET = "DCC Reporting Table";
const CSR = "Certificate Signing Request (CSR) Variance Report";
const CSR_DELIVERY = "SEC L8.9 – 10th Working Day following month end.";
/** The seed's obligations (001 lines 23–36, 45–58, 127–145, 152–165): report, frequency, delivery, content reference. */
const OBLIGATIONS = [
  [
    "Performance Measurement Report",
    "Monthly",
    "SEC H13.4 – Monthly 25 working days following end of month.",
    "Per SEC H13.1. & L8.6",
  ],
  [
    "DCC Responsible Communications Hub Returns Report",
    "Quarterly",
    "SEC F9.15– Quarterly. The SEC does not prescribe when after end of quarter, the report is provided.",
    "n/a",
  ],
  [CSR, "Monthly", CSR_DELIVERY, "Per SEC L8.9(a),"],
  [
    "Service Request (SR) Variance Reporting",
    "Monthly",
    "SEC H3.24 – 10th working day of month",
    "Per SEC H3.24.",
  ],
];
/** The CSR report's content and observations for August 2018, as the paper prints them (001 lines 146–151). */
const CSR_CONTENT = "407,397 requests were sent versus a forecast of 868,301";
const CSR_OBSERVATIONS = "None";

/** Excel's serial of a day (1900 date system). */
const serial = (y, m, d) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

/** A person typing into the grid of the simulated workbook (as Simulator.userEdit); fails if refused. */
async function type(page, address, row) {
  const refused = await page.evaluate(
    ([s, a, v]) => window.workbench.simulator.userEdit(s, a, [v]),
    [SHEET, address, row],
  );
  assert.equal(refused, null, `typing in ${address} was refused`);
}

/** Status badges whose words spill out of them (a long status in a fixed-height pill), as their text. */
const spilledBadges = (page) =>
  pane(page)
    .locator(".fui-Badge")
    .evaluateAll((els) =>
      els
        .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        .map(
          (el) =>
            `${el.textContent} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        ),
    );

async function clean(page, where) {
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
  await assertFits(page, where);
  assert.deepEqual(await spilledBadges(page), [], `${where}: a status spills out of its badge`);
  assert.deepEqual(await axe(page), [], `${where}: axe`);
}

test("DCC reporting at 270 px: create the tracker, add August 2018 once, record the CSR report late, build the table", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  // Tuesday 18 September 2018: August has ended, September has not.
  await page.clock.setFixedTime(new Date("2018-09-18T10:00:00Z"));
  await at270(page);
  const main = pane(page);

  await openView(page, "Reporting");
  await main.getByRole("heading", { name: "DCC reporting", exact: true }).waitFor();
  await main.getByText("This workbook has no DCC reporting tracker yet.", { exact: false }).waitFor();
  await clean(page, "reporting empty");
  await paneShot(page, "reporting-empty-270");

  // Create: the sheet and its bank holidays; the pane asks for the first month's rows.
  await main.getByRole("button", { name: "Create the tracker" }).click();
  await main.getByText("DCC reporting tracker created").waitFor();
  await main.getByText("No reports yet: add the first month's rows on the DCC Reporting sheet.").waitFor();
  assert.equal((await cell(page, SHEET, "A1"))?.value, "Report");
  assert.equal((await cell(page, SHEET, "L1"))?.value, "Actions");
  assert.equal((await cell(page, "Bank Holidays", "A1"))?.value, "Date");
  await clean(page, "reporting created");
  await paneShot(page, "reporting-created-270");

  // July 2018's rows typed on the sheet, the first in the table's blank row, the rest below it (the
  // table grows to take each). The Period is typed as a date, as a person would.
  for (const [i, [report, frequency, delivery, reference]] of OBLIGATIONS.entries()) {
    const r = i + 2;
    await type(page, `A${r}:D${r}`, [report, "01/07/2018", frequency, delivery]);
    await type(page, `I${r}`, [reference]);
  }
  assert.equal((await cell(page, SHEET, "B5"))?.value, serial(2018, 7, 1));

  // A new month in one click: August 2018 for each report, below July's.
  const add = main.getByRole("button", { name: "Add the new month" });
  await add.click();
  await main.getByText("New month added").waitFor();
  for (const [i, [report]] of OBLIGATIONS.entries()) {
    assert.equal((await cell(page, SHEET, `A${i + 6}`))?.value, report);
    assert.equal((await cell(page, SHEET, `B${i + 6}`))?.value, serial(2018, 8, 1));
  }
  assert.equal(await cell(page, SHEET, "A10"), null);
  // The CSR report for August is due on Friday 14 September 2018, the 10th Working Day of September.
  assert.equal((await cell(page, SHEET, "E8"))?.value, serial(2018, 9, 14));
  const latest = main.getByRole("list", { name: "Latest reports" }).getByRole("listitem");
  assert.equal(await latest.count(), 4);
  const csrItem = latest.filter({ hasText: CSR });
  await csrItem.getByText("August 2018 · Due: 14 September 2018 · Received: not yet").waitFor();
  await csrItem.scrollIntoViewIfNeeded();
  await clean(page, "reporting month added");
  await paneShot(page, "reporting-month-270");

  // A second click adds nothing: September 2018 has not ended.
  await add.click();
  await main.getByText("Nothing to add").waitFor();
  await main
    .getByText(
      "Every report has its latest month already: a new month can be added once September 2018 has ended.",
    )
    .waitFor();
  assert.equal(await cell(page, SHEET, "A10"), null);
  assert.equal(await latest.count(), 4);
  await clean(page, "reporting nothing to add");
  await paneShot(page, "reporting-nothing-270");

  // The CSR report for August 2018 received on Monday 17 September 2018: one Working Day late.
  const record = main.getByRole("group", { name: "Record a report received" });
  await record.getByRole("combobox", { name: "Report" }).selectOption({ label: `${CSR} (August 2018)` });
  await record.getByLabel("Received on").fill("2018-09-17");
  await record.getByRole("button", { name: "Record", exact: true }).scrollIntoViewIfNeeded();
  await clean(page, "reporting record filled");
  await paneShot(page, "reporting-record-270");
  await record.getByRole("button", { name: "Record", exact: true }).click();
  await main.getByText(`${CSR} (August 2018) received`).waitFor();
  await csrItem.getByText("Received one Working Day late", { exact: true }).waitFor();
  await csrItem.getByText("August 2018 · Due: 14 September 2018 · Received: 17 September 2018").waitFor();
  assert.equal((await cell(page, SHEET, "F8"))?.value, serial(2018, 9, 17));
  assert.equal((await cell(page, SHEET, "G8"))?.value, "Received one Working Day late");
  // The other August reports are not touched: still awaited or nothing to review.
  assert.equal(await cell(page, SHEET, "F6").then((c) => c?.value ?? null), null);
  await main.getByRole("heading", { name: "Latest reports" }).scrollIntoViewIfNeeded();
  await clean(page, "reporting recorded late");
  await paneShot(page, "reporting-late-270");

  // The group's content and observations typed on the sheet, then the report's table built.
  await type(page, "J8:K8", [CSR_CONTENT, CSR_OBSERVATIONS]);
  await main.getByRole("button", { name: "Build the report's table" }).click();
  await main.getByText(/^"DCC Reporting Table" built: 4 report\(s\)/).waitFor();
  // What is late or overdue, for the highlights: SR (due the 10th working day of September) and CSR.
  // The notice's body follows its title in one element: its text is matched to its end.
  const late = main.locator(".fui-MessageBarBody").filter({ hasText: "DCC Reporting Table" });
  assert.equal(
    await late.textContent(),
    '"DCC Reporting Table" built: 4 report(s)' +
      "Late or overdue: The SR Variance Reporting – August 2018 has not been received; it was due two Working Days ago. The CSR Variance Report – August 2018 was received one Working Day late.",
  );
  assert.equal((await cell(page, TABLE_SHEET, "A1"))?.value, "2.1 DCC reporting");
  assert.deepEqual(
    await Promise.all(["A3", "B3", "C3", "D3"].map((a) => cell(page, TABLE_SHEET, a).then((c) => c?.value))),
    ["Report", "Delivery per SEC", "Content", "Observations"],
  );
  // The late line, as the paper prints it: its status above its obligation.
  const line = await Promise.all(
    ["A6", "B6", "C6", "D6"].map((a) => cell(page, TABLE_SHEET, a).then((c) => c?.value)),
  );
  assert.deepEqual(line, [
    `${CSR} August 2018`,
    `Received one Working Day late\n\n${CSR_DELIVERY}`,
    `Per SEC L8.9(a),\n\n${CSR_CONTENT}`,
    CSR_OBSERVATIONS,
  ]);
  await clean(page, "reporting table built");
  await paneShot(page, "reporting-built-270");
  await shot(page, "reporting-table-sheet");

  // Printed as a colleague without Excel would (LibreOffice → PDF): every word of the late line's
  // cells and of the highlights is on the page, none clipped by a row too short for it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export .xlsx" }).click(),
  ]);
  const xlsx = join(artifacts, "reporting-table.xlsx");
  await download.saveAs(xlsx);
  const printed = xlsxToPdfPages(xlsx, "2.1 DCC reporting")
    .filter((t) => t.includes("Delivery per SEC"))
    .join("\n")
    .replace(/\s+/g, " ");
  copyFileSync(join(artifacts, "paper-appendix-a.png"), join(artifacts, "reporting-table-printed.png"));
  const words = (text) => text.split(/\s+/).filter(Boolean);
  for (const w of words(`${CSR_DELIVERY} ${CSR_CONTENT} Received one Working Day late`))
    assert.ok(printed.includes(w), `"${w}" is not on the printed page`);
  assert.match(printed, /The CSR Variance Report – August 2018 was received one Working Day late\./);
  assert.deepEqual(errors, []);
  await page.close();
});
