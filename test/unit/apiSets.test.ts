// Requirement sets: every Office.js member src/excel and src/commands use is within manifest.xml's
// <Requirements>, or used only where host.isSetSupported asked for it. The guard shapes that count are
// listed in test/helpers/apiSetCheck.ts.
// Source: https://learn.microsoft.com/en-us/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  apiSetChecker,
  formatFinding,
  manifestMinimums,
  projectCompilerOptions,
} from "../helpers/apiSetCheck";

const root = join(__dirname, "../..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const fixtures = join(root, "test/fixtures/apiSets");
const check = apiSetChecker(
  [...tsFiles(join(root, "src")), ...tsFiles(fixtures)],
  projectCompilerOptions(root),
);
const minimums = manifestMinimums(readFileSync(join(root, "manifest.xml"), "utf8"));

test("the manifest's minimum is read from its <Requirements>", () => {
  expect(minimums.get("ExcelApi")).toMatch(/^1\.\d+$/);
  expect(
    manifestMinimums(
      '<Requirements><Sets DefaultMinVersion="1.3"><Set Name="ExcelApi" MinVersion="1.7"/><Set Name="SharedRuntime"/></Sets></Requirements>',
    ),
  ).toEqual(
    new Map([
      ["ExcelApi", "1.7"],
      ["SharedRuntime", "1.3"],
    ]),
  );
});

test("every Office.js member used in src/excel and src/commands is within the manifest's minimum or guarded", () => {
  const files = [...tsFiles(join(root, "src/excel")), ...tsFiles(join(root, "src/commands"))];
  const findings = check({ files, callerRoot: join(root, "src"), minimums, root });
  expect(findings.map(formatFinding)).toEqual([]);
}, 60_000);

describe("the check itself", () => {
  const run = (name: string) =>
    check({
      files: [join(fixtures, name)],
      callerRoot: fixtures,
      minimums: new Map([["ExcelApi", "1.8"]]),
      root,
    }).map(formatFinding);

  test("fails on unguarded members above the minimum, naming file:line, member and set", () => {
    // The fixture marks each line the check must report (so reformatting it cannot break the test).
    const expected = readFileSync(join(fixtures, "unguarded.ts"), "utf8")
      .split("\n")
      .flatMap((line, i) =>
        (/\/\/ flagged: (.*)$/.exec(line)?.[1]?.split(", ") ?? []).map((m) => {
          const [member, set, version] = m.split(" ");
          return `test/fixtures/apiSets/unguarded.ts:${i + 1} ${member} needs ${set} ${version}`;
        }),
      );
    expect(expected.length).toBeGreaterThan(8);
    expect(run("unguarded.ts").sort()).toEqual(expected.sort());
  });

  test("passes every documented guard shape", () => {
    expect(run("guarded.ts")).toEqual([]);
  });
});
