// The Settings view's state: the settings as read and as edited, and the edits that must keep the
// settings valid together (a band renamed carries its RAG, threshold, appetite and review cadence).
import { useEffect, useState } from "react";
import { followBands } from "../../domain/appetite";
import type { ScoreSet } from "../../domain/columns";
import type { Settings } from "../../domain/settings";
import { readWorkbookState } from "../../excel/readRegisters";
import { errorText, useHost } from "../HostContext";
import type { Notice } from "../NoticeBar";

export function useSettingsDraft() {
  const host = useHost();
  const [draft, setDraft] = useState<Settings | null>(null);
  // As stored when the view read them: a co-author's change since is noticed at save.
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const [readError, setReadError] = useState<Notice | null>(null);

  useEffect(() => {
    readWorkbookState(host)
      .then((s) => {
        setDraft(s.settings.settings);
        setLoaded(s.settings.settings);
      })
      .catch((e) =>
        setReadError({ intent: "error", title: "Could not read the settings", body: errorText(e) }),
      );
  }, [host]);

  const setBand = (i: number, patch: Partial<Settings["bands"][number]>) =>
    setDraft((d) => {
      if (!d) return d;
      const old = d.bands[i]!;
      const bands = d.bands.map((b, k) => (k === i ? { ...b, ...patch } : b));
      // Renaming a band carries its RAG, the threshold, the appetites and the review cadence with it.
      const riskRag = { ...d.riskRag };
      let threshold = d.escalationThreshold;
      if (patch.name !== undefined && patch.name !== old.name) {
        riskRag[patch.name] = riskRag[old.name] ?? "AMBER";
        delete riskRag[old.name];
        if (threshold === old.name) threshold = patch.name;
      }
      return { ...d, bands, riskRag, escalationThreshold: threshold, ...followBands(d, bands) };
    });

  const setCadence = (band: string, months: number) =>
    setDraft((d) => (d ? { ...d, reviewCadence: { ...d.reviewCadence, [band]: months } } : d));

  const setAppetite = (category: string, band: string) =>
    setDraft((d) => {
      if (!d) return d;
      const appetite = { ...d.appetite };
      if (band) appetite[category] = band;
      else delete appetite[category];
      return { ...d, appetite };
    });

  /** Turns a score set on or off for a register; the paper prints only sets the register shows. */
  const setScores = (id: string, what: "shown" | "printed", set: ScoreSet, on: boolean) =>
    setDraft((d) => {
      if (!d) return d;
      const registers = d.registers.map((r) => {
        if (r.id !== id) return r;
        const order: ScoreSet[] = ["inherent", "current", "target"];
        const toggle = (list: readonly ScoreSet[] | undefined) => {
          const s = new Set(list ?? ["current"]);
          if (on) s.add(set);
          else s.delete(set);
          s.add("current");
          return order.filter((x) => s.has(x));
        };
        if (what === "shown") {
          const scoreSets = toggle(r.scoreSets);
          const printedScores = (r.printedScores ?? ["current"]).filter((x) => scoreSets.includes(x));
          return { ...r, scoreSets, printedScores };
        }
        const printedScores = toggle(r.printedScores).filter((x) => (r.scoreSets ?? ["current"]).includes(x));
        return { ...r, printedScores };
      });
      return { ...d, registers };
    });

  return { draft, setDraft, loaded, setLoaded, readError, setBand, setCadence, setAppetite, setScores };
}
