// Views not on the first screen load when opened (issue 13, item 6; src/taskpane/lazyViews.tsx): no
// view chunk is fetched until its tab is chosen, a spinner shows while it loads, and a chunk that fails
// to load gives a message with Retry, which loads it. The workbench mounts the same pane and loads the
// same chunks as taskpane.html (bench/pane.mjs measures that page itself).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { axe, browserSession, openWorkbench, shot } from "./harness.mjs";

const session = browserSession();

/** The lazily loaded chunks (views, tab strip, More menu) the page has asked for so far. */
function chunkRequests(page) {
  const seen = [];
  page.on("request", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop();
    if (/^(view-|more-menu|tabs)/.test(name)) seen.push(name.replace(/\.[0-9a-f]{8}\.js$/, ""));
  });
  return seen;
}

describe("views load when opened", () => {
  test("no view's chunk is fetched before its tab is chosen; a spinner shows while it loads", async () => {
    const page = await session.browser.newPage({ viewport: { width: 1500, height: 950 } });
    const seen = chunkRequests(page);
    let release;
    const held = new Promise((r) => (release = r));
    await page.route("**/view-health.*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${session.server.url}/workbench.html`);
    await page.getByRole("tab", { name: "Registers", selected: true }).waitFor();
    // The tab strip is in the first bundle (src/taskpane/PaneTabs.tsx): no chunk at all.
    assert.deepEqual(seen, [], "the first screen fetched a view's, the tabs' or a menu's chunk");
    await page.getByRole("tab", { name: "Health" }).click();
    await page.getByText("Loading the Health view…").waitFor();
    await shot(page, "lazy-01-health-loading");
    release();
    await page.getByRole("heading", { name: "Register health" }).waitFor();
    assert.equal(await page.getByText("Loading the Health view…").count(), 0);
    assert.deepEqual(seen, ["view-health"]);
    await page.close();
  });

  test("a view whose chunk fails to load says so and offers Retry, which loads it", async () => {
    const { page } = await openWorkbench(session.browser, session.server.url);
    await page.route("**/view-edit.*.js", (route) => route.abort("internetdisconnected"));
    await page.getByRole("tab", { name: "Edit" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "The Edit view could not be loaded" });
    await alert.waitFor();
    assert.match(await alert.innerText(), /connection may have dropped/);
    assert.deepEqual(await axe(page), []);
    await shot(page, "lazy-02-edit-failed");
    await page.unroute("**/view-edit.*.js");
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.getByRole("heading", { name: /^(Edit a register row|SEC Panel risks \d+)$/ }).waitFor();
    assert.equal(await alert.count(), 0);
    await shot(page, "lazy-03-edit-after-retry");
    await page.close();
  });

  test("the More menu loads when its button is first pressed, opens and takes focus; Escape gives it back", async () => {
    const page = await session.browser.newPage({ viewport: { width: 1500, height: 950 } });
    const seen = chunkRequests(page);
    await page.goto(`${session.server.url}/workbench.html`);
    await page.getByRole("tab", { name: "Registers", selected: true }).waitFor();
    assert.equal(seen.includes("more-menu"), false, "the menu's chunk came with the first screen");
    await page.getByRole("button", { name: "More" }).focus();
    await page.keyboard.press("Enter");
    const item = page.getByRole("menuitem", { name: "Diagnostics" });
    await item.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
    assert.ok(seen.includes("more-menu"));
    await shot(page, "lazy-04-more-menu-open");
    await page.keyboard.press("Escape");
    await item.waitFor({ state: "hidden" });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "More");
    await page.keyboard.press("Enter"); // an ordinary menu from now on
    await item.click();
    await page.getByRole("button", { name: "Back to the registers" }).waitFor();
    await page.close();
  });
});
