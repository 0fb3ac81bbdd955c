// Issue 15 as a person sees it in a 270 px pane (Excel on Mac): the DCC reporting tracker created from
// the Reporting view, the August 2018 paper's rows typed on its sheet (the obligations of the Sub-Committee
// Report's "2.1 DCC reporting" table, ../shared/seeds/001_00ee6edd6f4261a8.txt lines 17–165, each cell's
// lines joined), September 2018's added in one click (a second click adds nothing), the CSR Variance Report for
// August 2018 recorded as received on Monday 17 September 2018, one Working Day after it was due on
// Friday 14 September 2018, and the report's table built. The page's clock is fixed, so every date is
// known. The report is chosen on its own line of the Latest reports list (its whole name there), by
// keyboard; each notice is short, its detail a list, and dismissible. In every state, at 350 and 270 px:
// axe-clean, nothing wider than the pane; screenshots at 270 px under artifacts/ (reporting-*-270), and
// in RS_SHOTS_DIR when it is set.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
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
import { assertFits, assertInView, waitForFocus } from "./pane.mjs";

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

/**
 * The tracker sheet's cell under `header` in sheet row `r` ("E8"), its column found by the header row
 * (the tracker's columns are its own; the test does not fix their letters).
 */
async function trackerCell(page, header, r) {
  const col = await page.evaluate(
    ([s, h]) => {
      const cells = window.workbench.snapshot().sheets.find((x) => x.name === s)?.cells ?? {};
      return (
        Object.keys(cells)
          .find((a) => /^[A-Z]+1$/.test(a) && cells[a].value === h)
          ?.slice(0, -1) ?? null
      );
    },
    [SHEET, header],
  );
  assert.ok(col, `the tracker has no "${header}" column`);
  return `${col}${r}`;
}
/** The value of the tracker's cell under `header` in sheet row `r` (null when empty). */
const trackerValue = async (page, header, r) =>
  (await cell(page, SHEET, await trackerCell(page, header, r)))?.value ?? null;
/** A person typing `values` ({ header: text }) into row `r` of the tracker, a cell at a time. */
async function typeRow(page, r, values) {
  for (const [header, value] of Object.entries(values))
    await type(page, await trackerCell(page, header, r), [value]);
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

/** The pane set to `px` with the workbench's Pane width control (as at270 does for 270). */
async function atWidth(page, px) {
  await page.getByRole("combobox", { name: "Pane width" }).selectOption(String(px));
  await page.waitForFunction(
    (w) => Math.abs(document.querySelector(".wb-pane").getBoundingClientRect().width - (w + 1)) < 1.5,
    px,
  );
}

/**
 * The view's state checked at 350 px (Excel on the web) and at 270 px (Excel on Mac), where it is
 * left: nothing wider than the pane, no status spilling out of its badge, axe-clean. The Pane width
 * control takes focus: focus is checked before this.
 */
async function clean(page, where) {
  for (const px of [350, 270]) {
    await atWidth(page, px);
    await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
    await assertFits(page, `${where} at ${px} px`);
    assert.deepEqual(await spilledBadges(page), [], `${where} at ${px} px: a status spills out of its badge`);
    assert.deepEqual(await axe(page), [], `${where} at ${px} px: axe`);
  }
}

/** The pane at 270 px as artifacts/<name>.png, and in RS_SHOTS_DIR too when it is set. */
async function paneShot270(page, name) {
  await paneShot(page, name);
  if (process.env.RS_SHOTS_DIR) {
    mkdirSync(process.env.RS_SHOTS_DIR, { recursive: true });
    copyFileSync(join(artifacts, `${name}.png`), join(process.env.RS_SHOTS_DIR, `${name}.png`));
  }
}

/** The notice shown in `scope` (the pane, a report's line): its title, its line, and its list. */
async function notice(scope) {
  const body = scope.locator(".fui-MessageBarBody");
  await body.waitFor();
  return body.evaluate((el) => ({
    title: el.querySelector(".fui-MessageBarTitle")?.textContent ?? "",
    line: [...el.childNodes]
      .filter((n) => n.nodeType === 3) // text nodes: the line after the title
      .map((n) => n.textContent)
      .join(""),
    items: [...el.querySelectorAll("li")].map((li) => li.textContent),
  }));
}

test("DCC reporting at 270 px: create the tracker, add September 2018's paper once, record the CSR report late, build the table", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  // Tuesday 18 September 2018: September's paper month has begun, October's has not.
  await page.clock.setFixedTime(new Date("2018-09-18T10:00:00Z"));
  await at270(page);
  const main = pane(page);
  // The view's own result, at its top (a date recorded is told on its report's line instead).
  const result = main.locator("section[aria-labelledby='reporting-title'] > .rs-result");

  await openView(page, "Reporting");
  await main.getByRole("heading", { name: "DCC reporting", exact: true }).waitFor();
  await main.getByText("This workbook has no DCC reporting tracker yet.", { exact: false }).waitFor();
  await clean(page, "reporting empty");
  await paneShot270(page, "reporting-empty-270");

  // Create: the sheet and its bank holidays; the pane asks for the first month's rows.
  await main.getByRole("button", { name: "Create the tracker" }).click();
  await main.getByText("Tracker created").waitFor();
  const created = await notice(main);
  assert.equal(created.line, "Two sheets added:");
  assert.equal(created.items[0], "DCC Reporting");
  assert.match(created.items[1], /^Bank Holidays \(\d+ holidays, editable\)$/);
  await main.getByText("No reports yet: add the first month's rows on the DCC Reporting sheet.").waitFor();
  assert.equal((await cell(page, SHEET, "A1"))?.value, "Report");
  for (const header of [
    "Period",
    "Reviewed In",
    "Frequency",
    "Delivery per SEC",
    "Due",
    "Received",
    "Status",
    "Actions",
  ])
    await trackerCell(page, header, 1);
  assert.equal((await cell(page, "Bank Holidays", "A1"))?.value, "Date");
  await clean(page, "reporting created");
  await paneShot270(page, "reporting-created-270");

  // The notice is the view's own: dismissed, it is gone, and focus goes on to what followed it.
  await main.getByRole("button", { name: "Dismiss" }).click();
  await main.locator(".fui-MessageBar").waitFor({ state: "detached" });
  await waitForFocus(page, main.getByRole("button", { name: "Add the new month" }), "Add the new month");

  // The August 2018 paper's rows typed on the sheet, as the secretariat keeps them: the Performance
  // Measurement Report for June (due 25 working days after month end), the quarterly report for the
  // quarter to June, the variance reports for July, each received (dates typed as a person would, day
  // first). The first goes in the table's blank row, the rest below it (the table grows to take each).
  // Reviewed In is left blank: each is reviewed in the paper of the month it is due in.
  const AUGUST_ROWS = [
    ["01/06/2018", "03/08/2018"],
    ["01/06/2018", ""],
    ["01/07/2018", "14/08/2018"],
    ["01/07/2018", "14/08/2018"],
  ];
  for (const [i, [report, frequency, delivery, reference]] of OBLIGATIONS.entries()) {
    const [period, received] = AUGUST_ROWS[i];
    await typeRow(page, i + 2, {
      Report: report,
      Period: period,
      Frequency: frequency,
      "Delivery per SEC": delivery,
      "Content Reference": reference,
      ...(received ? { Received: received } : {}),
    });
  }
  assert.equal(await trackerValue(page, "Period", 5), serial(2018, 7, 1));
  assert.equal(await trackerValue(page, "Received", 4), serial(2018, 8, 14));
  // The view opened again reads them: the August paper's four reports, each with its whole name.
  await openView(page, "Registers");
  await openView(page, "Reporting");
  const latest = main.getByRole("list", { name: "Latest reports" }).getByRole("listitem");
  await latest.first().waitFor();
  await main.getByText("The August 2018 paper's reports, and any earlier one still overdue.").waitFor();
  assert.equal(await latest.count(), 4);
  const periods = ["June 2018", "Quarter to June 2018", "July 2018", "July 2018"];
  for (const [i, [report]] of OBLIGATIONS.entries()) {
    const item = latest.filter({ hasText: report });
    await item.getByText(new RegExp(`^${periods[i]} · `)).waitFor();
  }
  await clean(page, "reporting the August paper's rows");
  await paneShot270(page, "reporting-rows-270");
  await latest.last().scrollIntoViewIfNeeded();
  await paneShot270(page, "reporting-rows-end-270");

  // A new month in one click: the September 2018 paper's rows, below August's (the PMR for July, the
  // variance reports for August; the quarterly report has its June row until October's paper). The
  // notice lists them.
  const add = main.getByRole("button", { name: "Add the new month" });
  await add.click();
  await main.getByText("September 2018 paper added").waitFor();
  const SEPTEMBER = [
    [OBLIGATIONS[0][0], 7],
    [CSR, 8],
    [OBLIGATIONS[3][0], 8],
  ];
  assert.deepEqual(await notice(main), {
    title: "September 2018 paper added",
    line: "3 reports:",
    items: SEPTEMBER.map(([report, month]) => `${report} – ${month === 7 ? "July" : "August"} 2018`),
  });
  for (const [i, [report, month]] of SEPTEMBER.entries()) {
    assert.equal(await trackerValue(page, "Report", i + 6), report);
    assert.equal(await trackerValue(page, "Period", i + 6), serial(2018, month, 1));
    assert.equal(await trackerValue(page, "Reviewed In", i + 6), serial(2018, 9, 1));
  }
  assert.equal(await cell(page, SHEET, "A9"), null);
  // The CSR report for August is due on Friday 14 September 2018, the 10th Working Day after 31 August.
  assert.equal(await trackerValue(page, "Due", 7), serial(2018, 9, 14));
  await main.getByText("The September 2018 paper's reports, and any earlier one still overdue.").waitFor();
  assert.equal(await latest.count(), 4);
  const csrItem = latest.filter({ hasText: CSR });
  await csrItem.getByText("August 2018 · Due: 14 September 2018 · Received: not yet").waitFor();
  await latest
    .filter({ hasText: OBLIGATIONS[1][0] })
    .getByText("Quarter to June 2018 · not owed this month")
    .waitFor();
  await clean(page, "reporting month added");
  await paneShot270(page, "reporting-month-270");
  await latest.last().scrollIntoViewIfNeeded();
  await paneShot270(page, "reporting-month-end-270");

  // A second click adds nothing: October 2018 has not begun.
  await add.click();
  await main.getByText("Nothing to add").waitFor();
  await main
    .getByText(
      "The tracker has the September 2018 paper's reports; October 2018's can be added from 1 October 2018.",
    )
    .waitFor();
  assert.equal(await cell(page, SHEET, "A9"), null);
  assert.equal(await latest.count(), 4);
  await clean(page, "reporting nothing to add");
  await paneShot270(page, "reporting-nothing-270");

  // The report is chosen on its own line, its whole name there. Its button opens the date field under
  // it, with focus in it; Escape closes it and gives focus back to the button.
  const srItem = latest.filter({ hasText: "Service Request (SR) Variance Reporting" });
  const srButton = srItem.getByRole("button", { name: /^Record received: Service Request/ });
  await srButton.focus();
  await page.keyboard.press("Enter");
  const srDate = srItem.getByLabel("Received on");
  await waitForFocus(page, srDate, "The SR report's Received on field");
  assert.equal(await srButton.getAttribute("aria-expanded"), "true");
  await page.keyboard.press("Escape");
  await srDate.waitFor({ state: "detached" });
  await waitForFocus(page, srButton, "The SR report's Record received button");
  assert.equal(await srButton.getAttribute("aria-expanded"), "false");

  // The CSR report for August 2018 received on Monday 17 September 2018: one Working Day late. By
  // keyboard: Enter on its button, the date typed into the field that took focus, Enter records.
  const csrButton = csrItem.getByRole("button", { name: `Record received: ${CSR} (August 2018)` });
  await csrButton.focus();
  await page.keyboard.press("Enter");
  const csrForm = csrItem.getByRole("form", { name: `Received date of ${CSR} (August 2018)` });
  const csrDate = csrForm.getByLabel("Received on");
  await waitForFocus(page, csrDate, "The CSR report's Received on field");
  await assertInView(page, csrDate, "The CSR report's Received on field");
  // One field open at a time: the SR report's is not.
  assert.equal(await srItem.getByLabel("Received on").count(), 0);
  await csrDate.fill("2018-09-17");
  await clean(page, "reporting record filled");
  await paneShot270(page, "reporting-record-270");
  await csrDate.focus();
  await page.keyboard.press("Enter");
  // The result is told on the report's line, where the user is: it takes focus, in view; the field
  // has closed, and nothing is told at the top of the pane.
  const csrResult = csrItem.locator(".rs-result");
  await csrResult.getByText("Date recorded").waitFor();
  assert.deepEqual(await notice(csrItem), {
    title: "Date recorded",
    line: "Received one Working Day late",
    items: [],
  });
  await waitForFocus(page, csrResult, "The CSR report's result");
  await assertInView(page, csrResult, "The CSR report's result");
  await csrForm.waitFor({ state: "detached" });
  assert.equal(await main.locator(".fui-MessageBar").count(), 1);
  await csrItem.getByText("Received one Working Day late", { exact: true }).waitFor();
  await csrItem.getByText("August 2018 · Due: 14 September 2018 · Received: 17 September 2018").waitFor();
  await csrItem.getByRole("button", { name: `Change received date: ${CSR} (August 2018)` }).waitFor();
  assert.equal(await trackerValue(page, "Received", 7), serial(2018, 9, 17));
  assert.equal(await trackerValue(page, "Status", 7), "Received one Working Day late");
  // The other September reports are not touched: still awaited.
  assert.equal(await trackerValue(page, "Received", 6), null);
  assert.equal(await trackerValue(page, "Received", 8), null);
  await csrResult.scrollIntoViewIfNeeded();
  await clean(page, "reporting recorded late");
  await paneShot270(page, "reporting-late-270");
  // Dismissed, it is gone, and focus goes on to the next report's button.
  await csrResult.getByRole("button", { name: "Dismiss" }).click();
  await csrResult.waitFor({ state: "detached" });
  await waitForFocus(page, srButton, "The SR report's Record received button");

  // The group's content and observations typed on the sheet, then the report's table built.
  await typeRow(page, 7, { Content: CSR_CONTENT, Observations: CSR_OBSERVATIONS });
  await main.getByRole("button", { name: "Build the report's table" }).click();
  await main.getByText("Table built: 4 reports").waitFor();
  // What is late or overdue, for the highlights, each a line of the notice's list: the PMR for July
  // (due 5 September, not in) and SR (due 14 September) overdue, then the CSR report late.
  assert.deepEqual(await notice(main), {
    title: "Table built: 4 reports",
    line: 'On the "DCC Reporting Table" sheet. Late or overdue (3):',
    items: [
      "The Performance Measurement Report – July 2018 has not been received; it was due nine Working Days ago.",
      "The SR Variance Reporting – August 2018 has not been received; it was due two Working Days ago.",
      "The CSR Variance Report – August 2018 was received one Working Day late.",
    ],
  });
  await waitForFocus(page, result, "The result");
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
  await paneShot270(page, "reporting-built-270");
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
