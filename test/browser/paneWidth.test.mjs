// Issue 13: every view at the hosts' default widths (270 px Mac, 320 Windows, 350 web) with nothing
// wider than the pane (no sideways scrolling), and axe-core clean at 270 px. Screenshots: layout-*.png.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { artifacts, axe, browserSession, shot } from "./harness.mjs";
import { assertFits, openAtWidth, tooWide } from "./pane.mjs";

const session = browserSession();

/** Opens a view by its tab, or through the tabs' "More" menu when the tab did not fit. */
async function openView(page, name) {
  const tabs = page.getByRole("tablist", { name: "Views" });
  const tab = tabs.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await tabs.getByRole("tab", { name: /^More/ }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await tabs.getByRole("tab", { name, selected: true, exact: true }).waitFor();
}

/** No element wider than the pane; at 270 px no axe violations either; a screenshot of the pane. */
async function check(page, width, where) {
  await assertFits(page, `${width} px, ${where}`);
  if (width === 270) assert.deepEqual(await axe(page), [], `axe at 270 px, ${where}`);
  await page.locator(".wb-pane").screenshot({ path: join(artifacts, `layout-${width}-${where}.png`) });
}

for (const width of [270, 320, 350]) {
  describe(`the pane at ${width} px`, () => {
    test("every view of a governed workbook, with its previews and results open", async () => {
      const { page, errors } = await openAtWidth(session.browser, session.server.url, width);
      const main = page.locator(".wb-pane main");
      await main.getByRole("heading", { name: "Registers", exact: true }).waitFor();
      await check(page, width, "registers");

      // The tab strip fits; tabs that do not are in the "More" menu, each reachable.
      const tabs = main.getByRole("tablist", { name: "Views" });
      const visible = await tabs
        .getByRole("tab")
        .evaluateAll((els) =>
          els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => e.textContent),
        );
      if (width === 270)
        assert.ok(
          visible.some((t) => /^More/.test(t)),
          `tabs at 270 px: ${visible}`,
        );

      await page.locator('td[data-address="B4"]').click(); // SEC Panel risk 4
      await openView(page, "Edit");
      await main.getByRole("heading", { name: "SEC Panel risks 4" }).waitFor();
      // Impact and Likelihood 4 and 5 on screen, inside the pane.
      for (const group of ["Impact (1–5)", "Likelihood (1–5)"])
        for (const score of ["4", "5"]) {
          const radio = main
            .getByRole("radiogroup", { name: group })
            .getByRole("radio", { name: new RegExp(`^${score} `) });
          const inside = await radio.evaluate((el) => {
            const pane = document.querySelector(".wb-pane");
            const p = pane.getBoundingClientRect();
            const label = el.closest(".fui-Radio").getBoundingClientRect();
            return label.left >= p.left && label.right <= p.left + pane.clientWidth;
          });
          assert.ok(inside, `${group} ${score} is outside the pane at ${width} px`);
        }
      await check(page, width, "edit");

      await openView(page, "Health");
      await main.getByRole("button", { name: "Check register" }).click();
      await main.getByText(/warning\(s\) in 34 rows/).waitFor();
      await main.getByRole("button", { name: /RAG differs from the policy without a rationale/ }).click();
      await main.getByRole("button", { name: /^Panel Risks!L3 / }).waitFor();
      await check(page, width, "health");

      await openView(page, "Escalate");
      await main.getByRole("button", { name: "Escalate OPSG-008" }).click();
      await main.getByRole("heading", { name: /^Preview: Panel risk/ }).waitFor();
      await check(page, width, "escalate-preview");
      await main.getByRole("button", { name: "Preview the issue" }).click();
      await main.getByRole("heading", { name: /^Preview: Issue/ }).waitFor();
      await check(page, width, "raise-preview");

      await openView(page, "Paper");
      await main.getByRole("button", { name: "Build the appendices" }).click();
      await main.getByRole("button", { name: "Build anyway" }).click();
      await main.getByText(/^Built /).waitFor();
      await main.getByLabel(/Cover note draft/).waitFor();
      await check(page, width, "paper");

      await openView(page, "Settings");
      await main.getByRole("heading", { name: "Settings" }).waitFor();
      await check(page, width, "settings");

      await main.getByRole("button", { name: "More", exact: true }).click();
      await page.getByRole("menuitem", { name: "Diagnostics" }).click();
      await main.getByRole("button", { name: "Back to the registers" }).waitFor();
      await check(page, width, "diagnostics");
      assert.deepEqual(errors, []);
      await page.close();
    });

    test("first run, and a pasted register's adoption preview", async () => {
      const blank = await openAtWidth(session.browser, session.server.url, width, "blank");
      await blank.page.getByRole("heading", { name: "Set up this workbook" }).waitFor();
      await check(blank.page, width, "first-run");
      assert.deepEqual(blank.errors, []);
      await blank.page.close();

      const { page, errors } = await openAtWidth(session.browser, session.server.url, width, "pasted");
      await page.getByLabel("Sheet holding the register").selectOption("Panel Risks");
      await page.getByLabel("Adopt it as").selectOption({ label: "SEC Panel risks" });
      await page.getByRole("button", { name: "Preview adoption" }).click();
      await page.getByRole("heading", { name: "Preview: Panel Risks as SEC Panel risks" }).waitFor();
      await check(page, width, "adopt-preview");
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

test("the Pane width control offers each host's default width and keeps it in the address", async () => {
  const { page, errors } = await openAtWidth(session.browser, session.server.url, 350);
  const control = page.getByRole("combobox", { name: "Pane width" });
  const offered = await control.locator("option").evaluateAll((os) => os.map((o) => o.textContent));
  for (const host of ["270 px (Excel on Mac)", "320 px (Excel on Windows)", "350 px (Excel on the web)"])
    assert.ok(offered.includes(host), `${host} not offered: ${offered}`);
  for (const width of [270, 320, 350, 500]) {
    await control.selectOption(String(width));
    assert.equal(new URL(page.url()).searchParams.get("width"), String(width));
    const box = await page.locator(".wb-pane").evaluate((el) => el.getBoundingClientRect().width);
    assert.equal(Math.round(box), width + 1); // and its 1 px border
    await assertFits(page, `${width} px, registers`);
  }
  // The measure itself: an element wider than the pane is found and named.
  await page.evaluate(() => {
    const wide = document.createElement("div");
    wide.className = "rs-probe";
    wide.style.width = "600px";
    wide.textContent = "probe";
    document.querySelector(".wb-pane main").append(wide);
  });
  const found = await tooWide(page);
  assert.match(found.join("\n"), /^the pane scrolls sideways/);
  assert.match(found.join("\n"), /div\.rs-probe(:nth-of-type\(\d+\))? \(/);
  await page.evaluate(() => document.querySelector(".rs-probe").remove());
  await shot(page, "layout-workbench-500");
  assert.deepEqual(errors, []);
  await page.close();
});
