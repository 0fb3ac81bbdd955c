// Issue 12 items 1 and 5 as a secretariat sends the paper: the paper reference set in Settings, the
// appendices built, "Print the paper only", the workbook exported and printed to PDF by LibreOffice;
// "Download the paper (.docx)" and the .docx printed to PDF too. The PDFs are read back: the paper's
// pages only, in the paper's order; every Appendix A row whole; no page of Appendix A after its first
// less than half used, except its last; the footer on every page. On "Excel on Mac" (?platform=Mac)
// the same button copies the paper for Word instead, since that host saves no download.
/* global navigator -- the clipboard is read in the page */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { artifacts, at270, axe, browserSession, openView, openWorkbench } from "./harness.mjs";

const session = browserSession();
const out = join(artifacts, "print");
// Fresh each run: a page image left by a longer print of an earlier run would mislead whoever looks.
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** A document converted to PDF by LibreOffice: each page's text, and how far down its body text reaches. */
function printed(file) {
  execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, file], {
    stdio: "pipe",
    timeout: 180000,
  });
  const pdf = file.replace(/\.(xlsx|docx)$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())[1]);
  const bbox = execFileSync("pdftotext", ["-bbox", pdf, "-"]).toString();
  const result = [];
  const pageBlocks = bbox.split(/<page /).slice(1);
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync("pdftotext", [
      "-f",
      String(p),
      "-l",
      String(p),
      "-layout",
      pdf,
      "-",
    ]).toString();
    const block = pageBlocks[p - 1];
    const height = Number(/height="([\d.]+)"/.exec(block)[1]);
    const words = [...block.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      top: Number(m[1]),
      bottom: Number(m[2]),
      word: m[3],
    }));
    // The body: above the footer (the classification line and "Page x of y" are in the bottom 12%).
    const body = words.filter((w) => w.bottom < height * 0.88 && w.top > height * 0.06);
    result.push({
      text,
      words: words.map((w) => w.word),
      used: body.length ? (Math.max(...body.map((w) => w.bottom)) - height * 0.06) / (height * 0.82) : 0,
    });
  }
  execFileSync("pdftoppm", ["-r", "60", "-png", pdf, file.replace(/\.(xlsx|docx)$/, "")]);
  return result;
}

const words = (s) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&apos;|’/g, "'")
    .replace(/&quot;|[“”]/g, '"')
    .split(/\s+/)
    .map((w) => w.replace(/^[•◦]/, ""))
    .filter(Boolean);

/** Every word of `expected`, as many times as it occurs, is among the printed words. */
function missingWords(expected, printedWords) {
  const have = new Map();
  for (const w of printedWords.flatMap(words)) have.set(w, (have.get(w) ?? 0) + 1);
  const missing = [];
  for (const w of words(expected)) {
    const n = have.get(w) ?? 0;
    if (n === 0) missing.push(w);
    else have.set(w, n - 1);
  }
  return missing;
}

test("set the paper reference, build, print the paper only, export: LibreOffice prints the paper as sent", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  await openView(page, "Settings");
  await page.getByLabel("Paper reference").fill("SECP_64_1101_02");
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByText(/^Settings saved/).waitFor();
  await openView(page, "Paper");
  await page.getByRole("button", { name: "Build the appendices" }).click();
  await page.getByRole("button", { name: "Build anyway" }).click();
  await page.getByText(/^Built Appendix A/).waitFor();
  await page.getByRole("button", { name: "Print the paper only" }).click();
  await page.getByText("Only the paper's sheets are showing").waitFor();
  assert.deepEqual(await axe(page), []);
  await page.locator(".wb-pane").screenshot({ path: join(out, "paper-view-print-270.png") });
  // The Appendix A rows as the workbook holds them: every word of each must print.
  const rows = await page.evaluate(() => {
    const a = window.workbench.snapshot().sheets.find((s) => s.name === "Appendix A").cells;
    const out = [];
    for (let r = 5; a[`A${r}`]; r++)
      out.push({ id: a[`A${r}`].value, text: `${a[`B${r}`].value} ${a[`F${r}`].value}` });
    return out;
  });
  assert.ok(rows.length >= 16, `Appendix A has ${rows.length} rows`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export .xlsx" }).click(),
  ]);
  const xlsx = join(out, "paper-only.xlsx");
  await download.saveAs(xlsx);
  const pages = printed(xlsx);

  // The paper's pages only, in its order: cover note, Figure 1, Appendix A, B, C; no register sheet.
  const starts = [
    "SEC Panel Risk and Issue Register Update",
    "Figure 1: SEC Panel Risks Matrix",
    "Appendix A - SEC Panel Risks",
    "Appendix B - SEC Panel Issue Register",
    "Appendix C - SEC Panel Risk",
  ];
  const first = starts.map((s) => pages.findIndex((p) => p.text.includes(s)));
  assert.ok(
    first.every((i) => i >= 0),
    `every part printed: ${first}`,
  );
  assert.deepEqual(
    [...first].sort((a, b) => a - b),
    first,
    "in the paper's order",
  );
  assert.ok(
    !pages.some((p) => /RAG Override|RAG Rationale|Register Steward audit/.test(p.text)),
    "no register or audit log printed",
  );

  // The footer and header on every page.
  pages.forEach((p, i) => {
    assert.match(p.text, new RegExp(`Page ${i + 1} of ${pages.length}`), `page ${i + 1} numbered`);
    assert.match(p.text, /This document is classified as White/, `page ${i + 1} classified`);
    assert.match(p.text, /Paper Reference: SECP_64_1101_02/, `page ${i + 1} has the reference`);
  });

  // Appendix A: every row printed whole, and its pages used.
  const aPages = pages.slice(first[2], first[3]);
  for (const r of rows)
    assert.deepEqual(
      missingWords(
        r.text,
        aPages.flatMap((p) => p.words),
      ),
      [],
      `risk ${r.id} printed whole`,
    );
  aPages.forEach((p, i) => {
    if (i > 0 && i < aPages.length - 1)
      assert.ok(p.used >= 0.5, `Appendix A page ${i + 1} is ${Math.round(p.used * 100)}% used`);
  });
  assert.deepEqual(errors, []);
});

test("download the paper (.docx): LibreOffice prints the cover note, Figure 1 and the appendices, footers on every page", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  await at270(page);
  await openView(page, "Paper");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the paper (.docx)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^SEC Panel Risk and Issue Register Update .*\.docx$/);
  await page.getByText(/^Downloaded SEC Panel Risk and Issue Register Update/).waitFor();
  assert.deepEqual(await axe(page), []);
  const docx = join(out, "paper.docx");
  await download.saveAs(docx);
  const pages = printed(docx);
  const all = pages.map((p) => p.text).join("\n");
  for (const s of [
    "1. Purpose",
    "2. SEC Panel Risk Update",
    "Figure 1: SEC Panel Risks Matrix",
    "5. Recommendations",
    "Appendix A - SEC Panel Risks",
    "Appendix B - SEC Panel Issue Register",
    "Appendix C - SEC Panel Risk and Issue Impact Classification",
  ])
    assert.ok(all.includes(s), `the .docx prints "${s}"`);
  pages.forEach((p, i) => {
    assert.match(p.text, new RegExp(`Page ${i + 1} of ${pages.length}`), `page ${i + 1} numbered`);
    assert.match(p.text, /This document is classified as White/, `page ${i + 1} classified`);
  });
  assert.deepEqual(errors, []);
});

test("on Excel on Mac the paper goes to the clipboard for Word, since the host saves no download", async () => {
  const page = await session.browser.newPage({ viewport: { width: 1500, height: 950 } });
  await page
    .context()
    .grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.server.url });
  await page.goto(`${session.server.url}/workbench.html?width=270&platform=Mac`);
  await page.waitForFunction(() => window.workbench && document.querySelector(".wb-pane h1"));
  await openView(page, "Paper");
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: "Copy the paper for Word" }).click();
  await page.getByText("The paper is on the clipboard").waitFor();
  const html = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items.find((i) => i.types.includes("text/html"));
    return item ? (await item.getType("text/html")).text() : "";
  });
  assert.match(html, /Appendix A - SEC Panel Risks/);
  assert.match(html, /background:#FFC000/);
  assert.equal(downloaded, false);
  assert.deepEqual(await axe(page), []);
  await page.locator(".wb-pane").screenshot({ path: join(out, "paper-view-mac-270.png") });
});
