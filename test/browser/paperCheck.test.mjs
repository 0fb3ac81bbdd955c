// Issue 12, items 3 and 4, as a person sees them in a 270 px pane (Excel on Mac): Build blocked by a
// Check error listing its cell (selecting it), put right, then Check's warnings and Build anyway; and the
// first paper of a register with no baseline: mark the new bullets by hand, or take today's register as
// the baseline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import {
  artifacts,
  at270,
  axe,
  browserSession,
  noSidewaysScroll,
  openView,
  openWorkbench,
  pane,
  paneShot,
} from "./harness.mjs";

const session = browserSession();

/** Types into a cell of the simulated workbook: "type" (validated, as Excel) or "paste" (not). */
async function enter(page, address, text, how) {
  await page.locator(`td[data-address="${address}"]`).click();
  const input = page.getByLabel("Cell contents");
  await input.fill(text);
  if (how === "paste") await page.getByRole("button", { name: "Paste", exact: true }).click();
  else await input.press("Enter");
}

/** The red runs of Appendix A, trimmed. */
const redRuns = (page) =>
  page.evaluate(() =>
    Object.values(window.workbench.snapshot().sheets.find((s) => s.name === "Appendix A").cells)
      .flatMap((c) => c.textRuns ?? [])
      .filter((r) => r.color === "#FF0000")
      .map((r) => r.text.trim()),
  );

/**
 * The workbook exported and printed to PDF by LibreOffice: the cover note's page holds every paragraph
 * and footnote whole, in order. Its page is saved as a PNG to look at.
 */
async function coverNotePrinted(page, note) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export .xlsx" }).click(),
  ]);
  const xlsx = join(artifacts, "paper-cover-note.xlsx");
  await download.saveAs(xlsx);
  execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", artifacts, xlsx], {
    stdio: "pipe",
    timeout: 180000,
  });
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())[1]);
  const texts = [];
  for (let p = 1; p <= pages; p++)
    texts.push(execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"]).toString());
  const at = texts.findIndex((t) => t.includes("SEC Panel Risk and Issue Register Update"));
  assert.ok(at >= 0, "the cover note printed");
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
    join(artifacts, "paper-cover-note-print"),
  ]);
  const words = (t) =>
    t
      .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  // The note may run onto the next page: read it with the page after.
  const printed = words(texts.slice(at, at + 2).join(" "));
  let from = 0;
  for (const line of note.split("\n").map(words).filter(Boolean)) {
    const i = printed.indexOf(line, from);
    assert.ok(i >= 0, `printed whole and in order: ${line}`);
    from = i + line.length;
  }
}

const idle = (page) => pane(page).locator(".fui-Spinner").first().waitFor({ state: "detached" });

test("Build is blocked by an error listed with its cell; put right, Check's warnings can be built anyway", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  // Risk 1's Impact (Panel Risks C2) pasted as a word: a paste bypasses the cell's validation.
  await enter(page, "C2", "three", "paste");
  await openView(page, "Paper");
  await pane(page).getByRole("button", { name: "Build the appendices" }).click();
  await pane(page).getByText("Build is blocked by Check").waitFor();
  const blocked = pane(page).getByRole("list", { name: "Errors: put these right to build" });
  const finding = blocked.getByRole("button", { name: /Panel Risks!C2/ });
  await finding.waitFor();
  assert.equal(await pane(page).getByRole("button", { name: "Build anyway" }).count(), 0);
  assert.equal(
    await page.evaluate(() => window.workbench.snapshot().sheets.some((s) => s.name === "Appendix A")),
    false,
    "a blocked build wrote nothing",
  );
  await noSidewaysScroll(page, "blocked");
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "paper-check-blocked-270");
  // The finding selects its cell, as the Check view's do.
  await finding.click();
  await page.waitForFunction(
    () => document.querySelector('[aria-label="Selected cell"]')?.textContent === "C2",
  );
  await enter(page, "C2", "3", "type");
  await pane(page).getByRole("button", { name: "Build the appendices" }).click();
  await pane(page).getByText("Check found warnings").waitFor();
  assert.ok(
    (await pane(page)
      .getByRole("list", { name: "Warnings: you may build anyway" })
      .getByRole("listitem")
      .count()) > 0,
  );
  assert.equal(await pane(page).getByRole("list", { name: "Errors: put these right to build" }).count(), 0);
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "paper-check-warnings-270");
  await pane(page).getByRole("button", { name: "Build anyway" }).click();
  await pane(page)
    .getByText(/^Built Appendix A, Appendix B, Appendix C, Risk Matrix, Cover Note$/)
    .waitFor();
  // No baseline and nothing marked: nothing is red.
  assert.deepEqual(await redRuns(page), []);
  await noSidewaysScroll(page, "built");
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "paper-check-built-270");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the first paper: the seed's two new bullets marked by hand print red; then today's register as the baseline", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  await openView(page, "Paper");
  await pane(page).getByRole("heading", { name: "No baseline yet: the first paper" }).waitFor();
  await noSidewaysScroll(page, "first paper");
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "paper-first-choice-270");
  await pane(page).getByRole("button", { name: "Mark the mitigations new this month" }).click();
  const r4 = pane(page).getByRole("group", { name: "SEC Panel risks 4" });
  const r13 = pane(page).getByRole("group", { name: "SEC Panel risks 13" });
  await r4.getByRole("checkbox", { name: /^Post-release lessons learnt exercises/ }).check();
  await idle(page);
  await r13.getByRole("checkbox", { name: /^Establish regular reporting/ }).check();
  await idle(page);
  assert.equal(await pane(page).getByRole("checkbox", { checked: true }).count(), 2);
  await noSidewaysScroll(page, "marking");
  assert.deepEqual(await axe(page), []);
  await r13.scrollIntoViewIfNeeded();
  await paneShot(page, "paper-first-marked-270");
  await pane(page).getByRole("button", { name: "Build the appendices" }).click();
  await pane(page).getByRole("button", { name: "Build anyway" }).click();
  await pane(page)
    .getByText(/^Built Appendix A/)
    .waitFor();
  assert.deepEqual(await redRuns(page), [
    "• Post-release lessons learnt exercises undertaken to improve testing approaches and governance.",
    "• Establish regular reporting and information exchange between the Faster Switching teams to ensure impacts are captured and considered. An Impact Assessment is underway to identify and prepare the consequential changes to the SEC arising from the Switching Programme and the introduction of the Retail Energy Code.",
  ]);
  assert.match(
    await pane(page).getByLabel("Cover note draft").inputValue(),
    /AGREE the amendments made to SEC Panel Risks 4 and 13\./,
  );
  // The register's cells kept their words: no marker was added to them.
  const f4 = await page.evaluate(
    () => window.workbench.snapshot().sheets.find((s) => s.name === "Panel Risks").cells.F4?.value,
  );
  assert.match(String(f4), /^• The Testing Advisory Group[^]*\n• Post-release lessons learnt exercises/);
  await paneShot(page, "paper-first-built-270");
  await coverNotePrinted(page, await pane(page).getByLabel("Cover note draft").inputValue());
  // The other choice: today's register as the baseline; the month's marks end with it, nothing is red.
  await pane(page).getByRole("button", { name: "Take today's register as the baseline" }).click();
  await pane(page)
    .getByText(/^Published the .* baseline$/)
    .waitFor();
  await pane(page).getByText("Nothing has changed since that baseline.").waitFor();
  await pane(page).getByRole("button", { name: "Build the appendices" }).click();
  await pane(page).getByRole("button", { name: "Build anyway" }).click();
  await pane(page)
    .getByText(/^Built Appendix A/)
    .waitFor();
  assert.deepEqual(await redRuns(page), []);
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "paper-first-baseline-270");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the Edit view marks a bullet new this month: the paper prints it red, the cell keeps its words", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  await page.locator('td[data-address="B4"]').click(); // Panel risk 4
  await openView(page, "Edit");
  await page.getByRole("heading", { name: "SEC Panel risks 4" }).waitFor();
  const before = await page.evaluate(
    () => window.workbench.snapshot().sheets.find((s) => s.name === "Panel Risks").cells.F4?.value,
  );
  const fifth = pane(page).locator(".rs-mitigation").nth(4);
  const toggle = fifth.getByRole("switch", { name: "New this month" });
  // No baseline: nothing is new until marked.
  assert.equal(await toggle.isChecked(), false);
  // A click (the switch is controlled: it turns on once the mark is stored).
  await toggle.click();
  await fifth.getByRole("switch", { name: "New this month", checked: true }).waitFor();
  // Stored beside the baselines, in the very hidden marks sheet.
  await page.waitForFunction(() =>
    Object.values(window.workbench.snapshot().sheets.find((s) => s.name === "RS Marks")?.cells ?? {}).some(
      (c) => c.value === "TRUE",
    ),
  );
  await idle(page);
  assert.equal(await toggle.isChecked(), true);
  await fifth.scrollIntoViewIfNeeded();
  assert.deepEqual(await axe(page), []);
  await paneShot(page, "paper-edit-new-this-month-270");
  const after = await page.evaluate(
    () => window.workbench.snapshot().sheets.find((s) => s.name === "Panel Risks").cells.F4?.value,
  );
  assert.equal(after, before, "the cell's words are unchanged");
  await openView(page, "Paper");
  await pane(page).getByRole("button", { name: "Build the appendices" }).click();
  await pane(page).getByRole("button", { name: "Build anyway" }).click();
  await pane(page)
    .getByText(/^Built Appendix A/)
    .waitFor();
  assert.deepEqual(await redRuns(page), [
    "• Post-release lessons learnt exercises undertaken to improve testing approaches and governance.",
  ]);
  assert.deepEqual(errors, []);
  await page.close();
});
