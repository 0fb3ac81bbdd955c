// The task pane reaches the workbook only through src/excel, given this host.
import { createContext, useContext } from "react";
import type { ExcelHost } from "../excel/host";

export const HostContext = createContext<ExcelHost | null>(null);

export function useHost(): ExcelHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("The task pane was rendered without an Excel host.");
  return host;
}

export function errorText(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) {
    const code = "code" in e ? ` (${String((e as { code: unknown }).code)})` : "";
    return `${String((e as { message: unknown }).message)}${code}`;
  }
  return String(e);
}
