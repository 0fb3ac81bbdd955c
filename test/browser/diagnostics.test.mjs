// The Diagnostics view in the workbench: the same contracts that run in real Excel, run against the
// simulator from the pane's menu; nothing is left behind and the report can be copied.
import { test } from "node:test";
import assert from "node:assert/strict";
import { axe, browserSession, openWorkbench, shot } from "./harness.mjs";

const session = browserSession();

test("Diagnostics runs every contract against the simulator, all hold, the workbook is unchanged", async () => {
  const { page, errors } = await openWorkbench(session.browser, session.server.url);
  // Excel on Mac opens a task pane 270 px wide (Office.TaskPane reference).
  await page.addStyleTag({ content: ".wb-pane { width: 270px !important; }" });
  const before = await page.evaluate(() => JSON.stringify(window.workbench.snapshot()));
  await page.getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: "Diagnostics" }).click();
  await page.getByRole("heading", { name: "Diagnostics" }).waitFor();
  await page.getByText("Host: Simulator").waitFor();
  await page.getByRole("button", { name: "Run diagnostics" }).click();
  await page.getByRole("textbox", { name: "Diagnostics report" }).waitFor();
  await page.waitForFunction(() => !document.querySelector(".wb-pane [role=progressbar]"));
  const report = await page.getByRole("textbox", { name: "Diagnostics report" }).inputValue();
  assert.match(report, /Result: \d+ held, 0 differ/);
  assert.equal(await page.locator(".wb-pane").getByText("Differs", { exact: true }).count(), 0);
  const pane = await page
    .locator(".wb-pane")
    .evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  assert.ok(
    pane.scroll <= pane.client,
    `the pane scrolls sideways at 270 px (${pane.scroll} > ${pane.client})`,
  );
  assert.deepEqual(await axe(page), []);
  await shot(page, "diagnostics-270");
  assert.equal(await page.evaluate(() => JSON.stringify(window.workbench.snapshot())), before);
  await page.getByRole("button", { name: "Copy report" }).click();
  await page
    .getByText(/clipboard/)
    .first()
    .waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
