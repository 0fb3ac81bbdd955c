// Helpers for the pane-width and keyboard tests (issue 13): open the workbench with the pane at a host's
// width, find what is wider than the pane, and move about with the keyboard alone.
import assert from "node:assert/strict";
import { URLSearchParams } from "node:url";

/** Opens the workbench with ?width= (what the Pane width control sets) and, if given, ?preset=. */
export async function openAtWidth(browser, url, width, preset) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  const q = new URLSearchParams({ width: String(width), ...(preset ? { preset } : {}) });
  await page.goto(`${url}/workbench.html?${q}`);
  await page.waitForFunction(() => window.workbench && document.querySelector(".wb-pane h1"));
  const actual = await page.evaluate(() => document.querySelector(".wb-pane").getBoundingClientRect().width);
  // The pane's box is the host's width plus the workbench's 1 px border.
  assert.equal(Math.round(actual), width + 1, `the pane opened ${actual} px wide, not ${width}`);
  return { page, errors };
}

/**
 * Every element in the pane wider than the pane's client area (its scrollWidth), or reaching past its
 * left or right edge, as "selector (x0–x1 px, scrollWidth …)". Only the innermost offenders are listed:
 * their ancestors are wide because of them. The pane scrolling sideways is listed too.
 */
export async function tooWide(page) {
  return page.evaluate(() => {
    const pane = document.querySelector(".wb-pane");
    const limit = pane.clientWidth;
    const left = pane.getBoundingClientRect().left + pane.clientLeft - pane.scrollLeft;
    const selector = (el) => {
      const parts = [];
      for (let e = el; e && e !== pane; e = e.parentElement) {
        let s = e.tagName.toLowerCase();
        if (e.id) s += `#${e.id}`;
        const cls = [...e.classList].filter((c) => /^(fui-[A-Za-z]+|rs-[a-z-]+)$/.test(c)).slice(0, 2);
        if (cls.length) s += `.${cls.join(".")}`;
        const same = [...(e.parentElement?.children ?? [])].filter((x) => x.tagName === e.tagName);
        if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
        parts.unshift(s);
      }
      return `.wb-pane > ${parts.join(" > ")}`;
    };
    const wide = [];
    for (const el of pane.querySelectorAll("*")) {
      if (el.closest("[data-tabster-dummy]")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // display: none (a tab moved into the menu)
      const x0 = r.left - left;
      const x1 = r.right - left;
      if (el.scrollWidth > limit || x1 > limit + 0.5 || x0 < -0.5) wide.push({ el, x0, x1 });
    }
    const innermost = wide.filter((w) => !wide.some((o) => o !== w && w.el.contains(o.el)));
    const found = innermost.map(
      ({ el, x0, x1 }) =>
        `${selector(el)} (${Math.round(x0)}–${Math.round(x1)} px, scrollWidth ${el.scrollWidth}, pane ${limit} px) "${(el.textContent ?? "").trim().slice(0, 40)}"`,
    );
    if (pane.scrollWidth > limit)
      found.unshift(`the pane scrolls sideways: scrollWidth ${pane.scrollWidth} > clientWidth ${limit}`);
    return found;
  });
}

export async function assertFits(page, where) {
  const found = await tooWide(page);
  assert.deepEqual(found, [], `${where}: wider than the pane:\n${found.join("\n")}`);
}

/** Whether the locator's element has focus (or holds it, for a container). */
export const hasFocus = (locator) =>
  locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** The element with focus, described for a failure message. */
export const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "the page (body)";
    const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 50) ?? "";
    return `<${el.tagName.toLowerCase()} role=${el.getAttribute("role") ?? "-"}> "${name}"`;
  });

/** Presses `key` until the locator's element has focus; fails after `max` presses. Returns the count. */
export async function pressUntil(page, key, locator, max = 80) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return i;
  }
  assert.fail(`${max} × ${key} did not reach ${locator}; focus is on ${await focused(page)}`);
}

/** The element is on screen inside the pane (scrolled into view), at least its top. */
export async function assertInView(page, locator, what) {
  const ok = await locator.evaluate((el) => {
    const pane = document.querySelector(".wb-pane").getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= pane.top - 1 && r.top < pane.bottom - 20;
  });
  assert.ok(ok, `${what} is not scrolled into view in the pane`);
}

/**
 * Opens a view with the keyboard, from focus anywhere before the pane: Tab to the tab list, arrow keys
 * to the tab (or to the "More" menu when the tab did not fit), Enter.
 */
export async function openViewByKeyboard(page, name) {
  const pane = page.locator(".wb-pane");
  const tabs = pane.getByRole("tablist", { name: "Views" });
  const where = await tabs.evaluate((el) =>
    el.contains(document.activeElement)
      ? "tabs"
      : document.querySelector(".wb-pane main")?.contains(document.activeElement)
        ? "pane"
        : "page",
  );
  // From inside the pane the tabs are behind (Shift+Tab); from the workbench's controls, ahead.
  if (where !== "tabs")
    await pressUntil(page, where === "pane" ? "Shift+Tab" : "Tab", tabs.getByRole("tab", { selected: true }));
  const tab = tabs.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) {
    if (!(await hasFocus(tab))) await pressUntil(page, "ArrowRight", tab, 10);
    await page.keyboard.press("Enter");
  } else {
    await pressUntil(page, "ArrowRight", tabs.getByRole("tab", { name: /^More/ }), 10);
    await page.keyboard.press("Enter");
    const item = page.getByRole("menuitem", { name, exact: true });
    await item.waitFor();
    if (!(await hasFocus(item))) await pressUntil(page, "ArrowDown", item, 10);
    await page.keyboard.press("Enter");
    await page.getByRole("menu").waitFor({ state: "detached" });
  }
  const chosen = tabs.getByRole("tab", { name, selected: true, exact: true });
  await chosen.waitFor();
  // Focus stays on the strip (on the tab chosen, also when it came from the menu), not on the page.
  await waitForFocus(page, chosen, `The ${name} tab`);
}

/** Waits for the locator's element itself to have focus; fails naming what has it instead. */
export async function waitForFocus(page, locator, what, timeout = 3000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`${what} did not take focus; focus is on ${await focused(page)}`);
}
