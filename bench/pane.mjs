// Part of `npm run bench`: the production task-pane bundle's size (raw and gzipped) and the pane's time
// to interactive in headless Chromium (median of 7 loads of the workbench with a blank workbook: from
// navigation start until the pane's first button can be clicked). Needs a build (made if missing) and
// Debian's Chromium.
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { launch, serve } from "../test/browser/harness.mjs";

const root = new URL("../", import.meta.url).pathname;
if (!existsSync(join(root, "dist/taskpane.js"))) execSync("npm run build", { cwd: root, stdio: "inherit" });

for (const file of ["taskpane.js", "commands.js", "workbench.js"]) {
  const raw = readFileSync(join(root, "dist", file));
  console.log(
    `${file.padEnd(14)} ${(raw.length / 1024).toFixed(0).padStart(6)} kB raw  ${(gzipSync(raw).length / 1024).toFixed(0).padStart(5)} kB gzipped`,
  );
}
const leaked = readFileSync(join(root, "dist/taskpane.js"), "utf8").includes("Simulated failure of sync");
console.log(`simulator code in the task-pane bundle: ${leaked ? "YES" : "no"}`);

if (!existsSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium")) {
  console.log("time to interactive: skipped (no Chromium at /usr/bin/chromium)");
  process.exit(0);
}
const server = await serve();
const browser = await launch();
const times = [];
for (let i = 0; i < 7; i++) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/workbench.html?preset=blank`);
  await page.getByRole("button", { name: "Create registers" }).waitFor();
  times.push(await page.evaluate(() => performance.now()));
  await page.close();
}
times.sort((a, b) => a - b);
console.log(
  `task pane time to interactive: median ${times[3].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)}; target 500 ms)`,
);
await browser.close();
await server.close();
