// Offline checks of manifest.xml (npm run validate asks Microsoft's service, which CI cannot reach).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  test("a Workbook task-pane add-in with the least permission and the lowest requirement set the code needs", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
  });

  test("every resource a control names is defined, and every function command is associated in commands.ts", () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]!));
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    const functions = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]!);
    const commands = readFileSync(join(root, "src/commands/commands.ts"), "utf8");
    for (const f of functions)
      expect([f, commands.includes(`Office.actions.associate("${f}"`)]).toEqual([f, true]);
  });

  test("the icons exist at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(root, `assets/icon-${size}.png`));
      expect([size, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size, size]);
    }
    for (const m of xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)"/g))
      expect(existsSync(join(root, m[1]!))).toBe(true);
  });

  test("each ShowTaskpane button opens a view the pane knows", async () => {
    const { routeFromHash } = await import("../../src/taskpane/mount");
    for (const m of xml.matchAll(/taskpane\.html(#[a-z-]+)/g))
      expect(routeFromHash(m[1]!).view).not.toBe("registers");
  });
});
