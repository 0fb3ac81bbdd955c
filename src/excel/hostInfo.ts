// Which Excel this is, for the Diagnostics report: platform, build and the newest ExcelApi set it
// supports. Office.context.diagnostics exists in every host (Common API, requirement set 1.1).
import type { ExcelHost } from "./host";

export interface HostInfo {
  /** "PC", "Mac", "OfficeOnline", … or "Simulator". */
  platform: string;
  /** The Office build, e.g. "16.0.17928.20114". */
  version: string;
  /** The highest ExcelApi 1.x this host reports. */
  excelApi: string;
}

/** Reads the running Office's diagnostics; the simulator describes itself the same way. */
export function describeHost(host: ExcelHost): HostInfo {
  const excelApi = highestExcelApi(host);
  if (host.describe) return { ...host.describe(), excelApi };
  const d = typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
  return { platform: String(d?.platform ?? "unknown"), version: d?.version ?? "unknown", excelApi };
}

function highestExcelApi(host: ExcelHost): string {
  let best = "1.1";
  for (let minor = 2; minor <= 30; minor++) {
    if (host.isSetSupported("ExcelApi", `1.${minor}`)) best = `1.${minor}`;
    else break;
  }
  return best;
}
