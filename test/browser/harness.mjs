// Browser-test harness: serves the production build from dist/ on a free loopback port and drives
// Debian's Chromium with playwright-core. Screenshots go to artifacts/.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const root = new URL("../../", import.meta.url).pathname;
// RS_DIST_DIR serves a build made with the same variable (webpack.config.js); dist/ by default.
const dist = process.env.RS_DIST_DIR ? resolve(root, process.env.RS_DIST_DIR) : join(root, "dist");
export const artifacts = join(root, "artifacts");
mkdirSync(artifacts, { recursive: true });

const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

export async function serve() {
  if (!existsSync(join(dist, "workbench.html")))
    throw new Error("dist/ has no build: run `npm run build` first.");
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(dist, path === "/" ? "workbench.html" : path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Opens the workbench and collects console errors. */
export async function openWorkbench(browser, url, preset) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  // The pane at 500 px, where every tab fits: these tests drive tasks by their tabs. The hosts' widths
  // (270, 320, 350 px, the workbench's default 350) are tested in paneWidth and keyboard.test.mjs.
  await page.goto(`${url}/workbench.html?width=500`);
  await page.waitForFunction(() => window.workbench && document.querySelector(".wb-pane h1"));
  if (preset) {
    await page.getByRole("combobox", { name: "Workbook" }).selectOption(preset);
    await page.getByRole("button", { name: "Reset" }).click();
    await page.waitForFunction(() => document.querySelector(".wb-pane h1"));
  }
  return { page, errors };
}

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page; returns the violations, summarised. */
export async function axe(page) {
  // Colours are judged at rest: transitions are stopped so a button is not sampled mid-fade.
  await page.addStyleTag({
    content: "*, *::before, *::after { transition: none !important; animation: none !important; }",
  });
  // Fluent UI v9's motion (an Accordion panel opening, a Dialog fading in) runs on the Web Animations
  // API, which the style above does not stop: those are run to their end state before sampling.
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
  await page.addScriptTag({ content: axeSource });
  // Fluent UI's focus sentinels (tabster's <i data-tabster-dummy aria-hidden tabindex=0>) are focusable
  // and aria-hidden by design: they hand focus on at once (microsoft/tabster#288; Accessibility Insights
  // suppresses them). They are left out; everything else is scanned.
  const result = await page.evaluate(async () =>
    window.axe.run(
      { include: [["body"]], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    ),
  );
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
        .slice(0, 2)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}

// Screenshots wait out a busy machine (CI shares its cores) and stop animations (spinners) first.
const SHOT = { animations: "disabled", timeout: 90000 };

export async function shot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false, ...SHOT });
}

/** The snapshot of a cell of the simulated workbook. */
export async function cell(page, sheet, address) {
  return page.evaluate(
    ([s, a]) => window.workbench.snapshot().sheets.find((x) => x.name === s)?.cells[a] ?? null,
    [sheet, address],
  );
}

/**
 * Converts an .xlsx to PDF with LibreOffice (as a colleague without Excel would open it) and returns
 * each page's text; the page whose text starts with `pngOf` is also saved as a PNG for inspection.
 */
export function xlsxToPdfPages(xlsx, pngOf) {
  const dir = artifacts;
  execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, xlsx], {
    stdio: "pipe",
    timeout: 120000,
  });
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())[1]);
  const texts = [];
  for (let p = 1; p <= pages; p++)
    texts.push(execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"]).toString());
  const page = texts.findIndex((t) => t.trimStart().startsWith(pngOf)) + 1;
  if (page > 0)
    execFileSync("pdftoppm", [
      "-f",
      String(page),
      "-l",
      String(page),
      "-r",
      "80",
      "-png",
      "-singlefile",
      pdf,
      join(dir, "paper-appendix-a"),
    ]);
  return texts;
}

/**
 * Serves dist/ and starts Chromium before a test file's tests, and closes both after them:
 * `session.server.url`, `session.browser`.
 */
export function browserSession() {
  const session = { server: undefined, browser: undefined };
  before(async () => {
    session.server = await serve();
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** The task pane of the workbench page. */
export const pane = (page) => page.locator(".wb-pane");

/** Excel on Mac's default pane width (270 px), set with the workbench's own control. */
export async function at270(page) {
  await page.getByRole("combobox", { name: "Pane width" }).selectOption("270");
  await page.waitForFunction(
    () => Math.round(document.querySelector(".wb-pane").getBoundingClientRect().width) <= 272,
  );
}

/** The pane alone, all of it (it scrolls inside the page), as artifacts/<name>.png. */
export async function paneShot(page, name) {
  await pane(page).screenshot({ path: join(artifacts, `${name}.png`), ...SHOT });
}

/** Fails when the pane scrolls sideways, saying where. */
export async function noSidewaysScroll(page, where) {
  const p = await pane(page).evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  if (p.scroll > p.client) throw new Error(`${where}: the pane scrolls sideways (${p.scroll} > ${p.client})`);
}

/** Opens a view from the tab strip, or from its More menu when the tab does not fit. */
export async function openView(page, name) {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) return tab.click();
  await page.getByRole("tab", { name: /^More \(/ }).click();
  await page.getByRole("menuitem", { name }).click();
}

/**
 * Where Panel risk `n`'s cell under `header` is in the simulated workbook: its column found by header
 * (the created and adopted layouts differ), its row by the risk's number.
 * Returns { address, value }, or { missing: "no column" | "no row" }.
 */
export const riskCellAt = (page, n, header) =>
  page.evaluate(
    ([n, header]) => {
      const sim = window.workbench.simulator;
      const t = sim.model.tables.find((x) => x.name === "PanelRisks");
      const s = sim.model.sheetByName("Panel Risks");
      let col = -1;
      for (let c = t.range.left; c <= t.range.right; c++)
        if (s.cell(t.range.top, c)?.value === header) col = c;
      for (let r = t.range.top + 1; r <= t.range.bottom; r++)
        if (s.cell(r, t.range.left)?.value === n)
          return col < 0
            ? { missing: "no column" }
            : { address: `${String.fromCharCode(65 + col)}${r + 1}`, value: s.cell(r, col)?.value ?? null };
      return { missing: "no row" };
    },
    [n, header],
  );

/** The value of Panel risk `n`'s cell under `header`, or "no column" / "no row". */
export const riskCell = async (page, n, header) => {
  const found = await riskCellAt(page, n, header);
  return found.missing ?? found.value;
};
