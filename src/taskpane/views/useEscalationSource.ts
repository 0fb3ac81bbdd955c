// The sub-committee register the Escalate view lists, remembered for the pane's session: switching tabs
// (which unmounts the view) or reopening it from the ribbon keeps the user's choice.
import { useCallback, useState } from "react";

const KEY = "rs.escalationSource";
let remembered: string | null = null;

function read(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? remembered;
  } catch {
    return remembered; // storage refused (a locked-down host): the module's copy serves the session
  }
}

export function useEscalationSource(): [string | null, (id: string) => void] {
  const [id, setId] = useState<string | null>(read);
  const choose = useCallback((next: string) => {
    remembered = next;
    try {
      globalThis.sessionStorage?.setItem(KEY, next);
    } catch {
      // kept in the module's copy
    }
    setId(next);
  }, []);
  return [id, choose];
}
