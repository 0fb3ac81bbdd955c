// The Diagnostics view's "Copy report": plain text a person can paste into an issue or an email.
import type { DiagnosticResult } from "../../excel/diagnostics";
import type { HostInfo } from "../../excel/hostInfo";

const WORD = { held: "HELD", differs: "DIFFERS", "not-run": "NOT RUN" } as const;

export function diagnosticsReport(info: HostInfo, results: readonly DiagnosticResult[], when: Date): string {
  const counts = { held: 0, differs: 0, "not-run": 0 };
  for (const r of results) counts[r.outcome]++;
  const lines = [
    "Register Steward diagnostics",
    `Host: ${info.platform}, build ${info.version}, ExcelApi ${info.excelApi}`,
    `Run: ${when.toISOString()}`,
    `Result: ${counts.held} held, ${counts.differs} differ, ${counts["not-run"]} not run`,
    "",
  ];
  for (const r of results) {
    lines.push(`[${WORD[r.outcome]}] ${r.contract.id}: ${r.contract.title}`);
    lines.push(`  expected: ${r.contract.expected}`);
    lines.push(`  observed: ${r.observed}`);
    for (const s of r.contract.sources) lines.push(`  source: ${s}`);
  }
  return lines.join("\n");
}
