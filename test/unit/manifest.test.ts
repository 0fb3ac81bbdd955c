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

  test("every resource a control names is defined, and none is defined for nothing", () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.includes(id))).toEqual([]);
  });

  // https://learn.microsoft.com/en-us/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
  test("a shared runtime: long-lived, on the task pane page, which is also the function file", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    const host = xml.slice(xml.indexOf('<Host xsi:type="Workbook">'));
    // <Runtimes> comes first inside <Host>, before <DesktopFormFactor>.
    expect(host).toMatch(
      /^<Host xsi:type="Workbook">\s*<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long"\/>\s*<\/Runtimes>\s*<DesktopFormFactor>/,
    );
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    // The shared runtime will not load if a task pane names another resid (the doc's IMPORTANT note).
    const sources = [...xml.matchAll(/<SourceLocation resid="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(new Set(sources)).toEqual(new Set(["Taskpane.Url"]));
    expect(xml).toMatch(
      /<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/,
    );
  });

  test("every ribbon button's action exists: each ExecuteFunction is associated with a handler", async () => {
    const functions = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]!);
    const associated = new Map<string, unknown>();
    const office = {
      actions: { associate: (name: string, f: unknown) => associated.set(name, f) },
      addin: { showAsTaskpane: async () => undefined },
      context: { ui: {} },
    };
    Object.assign(globalThis, { Office: office });
    try {
      const { associateRibbonCommands } = await import("../../src/commands/commands");
      const { createPaneSession } = await import("../../src/commands/paneChannel");
      const { Simulator } = await import("../../src/workbench/simulator/simulator");
      associateRibbonCommands(createPaneSession(new Simulator().host));
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    expect(functions.length).toBeGreaterThan(0);
    expect([...associated.keys()].sort()).toEqual([...functions].sort());
    for (const f of associated.values()) expect(typeof f).toBe("function");
    // Every button is either one of those or the Open button, which shows the pane.
    const buttons = [
      ...xml.matchAll(/<Control xsi:type="Button" id="([^"]+)">[\s\S]*?<Action xsi:type="(\w+)">/g),
    ];
    expect(buttons.filter((b) => b[2] === "ShowTaskpane").map((b) => b[1])).toEqual(["RegisterSteward.Open"]);
    expect(buttons.filter((b) => b[2] === "ExecuteFunction")).toHaveLength(functions.length);
  });

  test("the icons exist at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(root, `assets/icon-${size}.png`));
      expect([size, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size, size]);
    }
    for (const m of xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)"/g))
      expect(existsSync(join(root, m[1]!))).toBe(true);
  });

  test("the production manifest names no localhost URL, AppDomain included", async () => {
    const { productionManifest } = await import("../../scripts/productionManifest.cjs");
    const prod = productionManifest(xml, "https://register-steward.example/");
    expect(prod).not.toMatch(/localhost/i);
    expect(prod).toMatch(/<AppDomain>https:\/\/register-steward.example<\/AppDomain>/);
    expect(prod).toMatch(
      /<bt:Url id="Taskpane.Url" DefaultValue="https:\/\/register-steward.example\/taskpane.html"\/>/,
    );
    // Served from a folder: URLs keep the folder, the AppDomain is the origin.
    const sub = productionManifest(xml, "https://apps.example.org/register-steward");
    expect(sub).toMatch(/DefaultValue="https:\/\/apps.example.org\/register-steward\/taskpane.html"/);
    expect(sub).toMatch(/<AppDomain>https:\/\/apps.example.org<\/AppDomain>/);
    expect(() => productionManifest(xml, "http://register-steward.example/")).toThrow(/https/);
    expect(() => productionManifest(xml, "https://localhost:8443/")).toThrow(/local/);
  });

  test("the production build's copy of the manifest goes through that rewrite", async () => {
    // The CopyWebpackPlugin transform of webpack.config.js, as `npm run build` runs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
    const makeConfig = require("../../webpack.config.js") as (
      env: object,
      options: { mode: string },
    ) => Promise<{
      plugins: Array<{ patterns?: Array<{ from: string; transform?: (c: Buffer) => string }> }>;
    }>;
    process.env.RS_PUBLIC_URL = "https://register-steward.example/";
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest*.xml");
    const built = pattern!.transform!(Buffer.from(xml));
    expect(built).not.toMatch(/localhost/i);
    expect(built).toMatch(/<AppDomain>https:\/\/register-steward.example<\/AppDomain>/);
  });
});
