// Issue 14 items 3 and 4 as a person sees them in a 270 px pane (Excel on Mac): Publish marks the risks
// reviewed (their Last Reviewed cells take today's date); Check lists an overdue review with its owner
// and an overdue action of the action log; Build writes the "Actions outstanding" sheet, which prints as
// the appendices do (LibreOffice → PDF → PNG under artifacts/). Each view axe-clean and fitting the pane.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
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
import { assertFits } from "./pane.mjs";

const session = browserSession();

/** ACTION SECP47/02 of the August 2017 minutes (seed 002, lines 190–192), its lines joined. */
const MINUTES = readFileSync(
  join(import.meta.dirname, "../../../shared/seeds/002_2bd199d1195febd0.txt"),
  "utf8",
);
const SECP47_02 = MINUTES.split(/\r?\n/)
  .slice(189, 192)
  .join(" ")
  .replace(/\s+/g, " ")
  .trim()
  .replace(/^ACTION SECP47\/02: /, "");

/** Today as Excel's serial (the user's local day, as Publish stamps it) and as the paper prints it. */
const now = new Date();
const TODAY = Math.round(
  (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86400000,
);
const TODAY_TEXT = now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
/** 14 September 2017 and 14 July 2017 as serials. */
const SEP_14_2017 = 42992;
const JUL_14_2017 = 42930;

async function clean(page, where) {
  // Fluent's MessageBar and list motion: axe judges the colours once they are still.
  await page.waitForTimeout(400);
  await noSidewaysScroll(page, where);
  await assertFits(page, where);
  assert.deepEqual(await axe(page), [], `${where}: axe`);
}

const idle = (page) => pane(page).locator(".fui-Spinner").first().waitFor({ state: "detached" });

test("Publish stamps Last Reviewed; Check lists an overdue review and action with their owners; Build writes Actions outstanding", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  const main = pane(page);

  // The action log: Create registers adds the one register the seed workbook lacks.
  await openView(page, "Registers");
  await main.getByRole("button", { name: "Create registers", exact: true }).click();
  await page.waitForFunction(() => window.workbench.simulator.model.tableByName("PanelActions"));
  await idle(page);
  // One action, as the minutes raised it, due in September 2017 and still on target.
  await page.evaluate(
    ([text, due]) =>
      window.workbench.simulator.userEdit(
        "Panel Actions",
        "A2",
        [["SECP47/02", "SECP47", 42957, "SECAS", text, due, "On target"]],
        "paste",
      ),
    [SECP47_02, SEP_14_2017],
  );

  // Publish: every live risk is marked reviewed today.
  await openView(page, "Paper");
  await main.getByRole("button", { name: "Publish this month's registers" }).click();
  await main.getByText(/^Published the .* baseline$/).waitFor();
  await main
    .getByText(new RegExp(`\\d+ risks and \\d+ issues marked reviewed on ${TODAY_TEXT}\\.`))
    .waitFor();
  // Panel Risks: risk 1 on row 2, Last Reviewed in column Q.
  assert.equal((await cell(page, "Panel Risks", "Q2"))?.value, TODAY, "risk 1's Last Reviewed is today");
  assert.equal((await cell(page, "Panel Risks", "Q5"))?.value, TODAY, "risk 4's too");
  assert.equal((await cell(page, "Panel Issues", "O2"))?.value, TODAY, "issue 1's too");
  await clean(page, "published");
  await paneShot(page, "reviews-published-270");

  // Risk 1, owned by SECAS, was last reviewed in July 2017 after all.
  await page.evaluate(
    ([last]) => {
      const sim = window.workbench.simulator;
      sim.userEdit("Panel Risks", "O2", [["SECAS"]], "paste");
      sim.userEdit("Panel Risks", "Q2", [[last]], "paste");
    },
    [JUL_14_2017],
  );

  await openView(page, "Health");
  await main.getByRole("button", { name: "Check register" }).click();
  // Each group's header reads its count, then its title.
  await main.getByRole("button", { name: /^\d+ Reviews due$/ }).click();
  // Risk 1 is Moderate: reviewed quarterly, so due on 14 October 2017.
  await main
    .getByRole("list", { name: "Reviews due" })
    .getByText(/Risk 1 \(owner SECAS\) was due for review on 14 October 2017: \d+ years overdue\./)
    .waitFor();
  await main.getByRole("button", { name: /^\d+ Actions overdue$/ }).click();
  await main
    .getByRole("list", { name: "Actions overdue" })
    .getByText(/Action SECP47\/02 \(SECAS\) was due on 14 September 2017: \d+ years overdue\./)
    .waitFor();
  await clean(page, "health");
  await main.getByRole("list", { name: "Actions overdue" }).scrollIntoViewIfNeeded();
  await paneShot(page, "reviews-check-270");

  // Build: Check's other warnings (the seed's) are seen and built anyway; the sheet is written.
  await openView(page, "Paper");
  await main.getByRole("button", { name: "Build the appendices" }).click();
  await main.getByRole("button", { name: "Build anyway" }).click();
  await main.getByText(/^Built Appendix A/).waitFor();
  const sheet = await page.evaluate(
    () => window.workbench.snapshot().sheets.find((s) => s.name === "Actions outstanding")?.cells ?? null,
  );
  assert.ok(sheet, "the Actions outstanding sheet exists");
  assert.deepEqual(
    ["A4", "B4", "C4", "D4", "E4", "F4"].map((a) => sheet[a]?.value),
    ["Action No.", "Meeting", "Owner", "Action", "Due Date", "Status"],
  );
  assert.deepEqual(
    ["A5", "B5", "C5", "E5", "F5"].map((a) => sheet[a]?.value),
    ["SECP47/02", "SECP47", "SECAS", "14 September 2017", "Overdue"],
  );
  // The action's words are written as text runs (as the appendices' mitigations): the same words.
  const words = sheet.D5?.value ?? (sheet.D5?.textRuns ?? []).map((r) => r.text).join("");
  assert.equal(words, SECP47_02);
  // The cover note names the overdue review and its owner.
  assert.match(
    await main.getByLabel("Cover note draft").inputValue(),
    /SEC Panel Risk 1 is overdue for review \(owner: SECAS\)\./,
  );
  await clean(page, "built");
  await paneShot(page, "reviews-built-270");

  // Printed as a colleague without Excel would: the exported workbook through LibreOffice.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export .xlsx" }).click(),
  ]);
  const xlsx = join(artifacts, "reviews-actions.xlsx");
  await download.saveAs(xlsx);
  execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", artifacts, xlsx], {
    stdio: "pipe",
    timeout: 180000,
  });
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())[1]);
  const texts = [];
  for (let p = 1; p <= pages; p++)
    texts.push(execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"]).toString());
  const at = texts.findIndex((t) => t.trimStart().startsWith("Actions outstanding"));
  assert.ok(at >= 0, "the Actions outstanding sheet printed");
  const printed = texts[at].replace(/\s+/g, " ");
  for (const h of ["Action No.", "Meeting", "Owner", "Action", "Due Date", "Status", "SECP47/02", "Overdue"])
    assert.ok(printed.includes(h), `printed: ${h}`);
  // The paper's order: it comes after Appendix C.
  const appendixC = texts.findIndex((t) => t.trimStart().startsWith("Appendix C"));
  assert.ok(appendixC >= 0 && appendixC < at, "after Appendix C");
  execFileSync("pdftoppm", [
    "-f",
    String(at + 1),
    "-l",
    String(at + 1),
    "-r",
    "70",
    "-png",
    "-singlefile",
    pdf,
    join(artifacts, "reviews-actions-print"),
  ]);
  assert.deepEqual(errors, []);
  await page.close();
});
