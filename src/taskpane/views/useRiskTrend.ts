// The Edit view's trend chart state: the selected risk's score and RAG in each published paper, read
// once per risk shown (three syncs, src/excel/riskTrend.ts), not on every render, with the risk as it
// stands now as the last point. A history read for one risk is never shown for another: each result
// carries the risk it was read for, and one arriving after the selection moved on is dropped.
import { useEffect, useMemo, useState } from "react";
import { numberKey } from "../../domain/numbering";
import type { CellValue } from "../../domain/register";
import type { RegisterDefinition, Settings } from "../../domain/settings";
import { pointFromCells, type TrendPoint } from "../../domain/trend";
import { readRiskHistory } from "../../excel/riskTrend";
import { errorText, useHost } from "../HostContext";

export type RiskTrend =
  | { status: "none" }
  | { status: "reading" }
  | { status: "error"; message: string }
  | {
      status: "ready";
      /** Oldest first: one per month's paper, then "Now". */
      points: TrendPoint[];
      /** How many published papers the history holds. */
      published: number;
      /** Papers that could not be read back, left out. */
      skipped: string[];
    };

interface Read {
  /** The risk it was read for: register id and number key. */
  for: string;
  result: { points: TrendPoint[]; skipped: string[] } | { error: string };
}

/**
 * The history of the risk the Edit view shows: `def` its register, `cells` the row as loaded (the
 * saved row, so "Now" is the register as it stands, not an unsaved draft). Only risks have one.
 */
export function useRiskTrend(
  def: RegisterDefinition | null,
  cells: Partial<Record<string, CellValue>> | null,
  settings: Settings | null,
): RiskTrend {
  const host = useHost();
  const number = cells?.number ?? null;
  const key = def && def.kind === "risk" ? numberKey(number, def.numberFormat) : null;
  const id = def && key !== null ? `${def.id}\u0000${key}` : null;
  const [read, setRead] = useState<Read | null>(null);

  const registerId = def?.id ?? null;
  // Read again only when the risk shown changes (its register or its number), not on each render.
  useEffect(() => {
    if (!id || !registerId) return;
    let current = true;
    readRiskHistory(host, registerId, number).then(
      (r) => current && setRead({ for: id, result: { points: r.points, skipped: r.skipped } }),
      (e: unknown) => current && setRead({ for: id, result: { error: errorText(e) } }),
    );
    return () => {
      current = false;
    };
  }, [host, id, registerId, number]);

  const now = useMemo(
    () =>
      cells && settings && def
        ? pointFromCells(cells, settings, def.kind, {
            baselineId: null,
            label: "Now",
            month: "Now",
            date: new Date().toISOString(),
          })
        : null,
    [cells, settings, def],
  );

  if (!id || !now) return { status: "none" };
  if (!read || read.for !== id) return { status: "reading" };
  if ("error" in read.result) return { status: "error", message: read.result.error };
  const { points, skipped } = read.result;
  return { status: "ready", points: [...points, now], published: points.length, skipped };
}
