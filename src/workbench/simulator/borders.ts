// Range.format.borders and the borders of setCellProperties: each cell keeps the line on each of its
// edges. As Excel's RangeBorderCollection.getItem (BorderIndex): the Edge* items draw the range's outer
// edges, Inside* the lines between its cells; style "None" removes a line.
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangebordercollection
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderindex
import type { BorderEdge, BorderModel, CellModel } from "./model";
import { simError } from "./model";
import type { SimRequestContext } from "./context";
import type { RangeTarget } from "./object";

const INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
type BorderIndex = (typeof INDEXES)[number];

const STYLES = new Set([
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
]);

function setEdge(cell: CellModel, edge: BorderEdge, change: Partial<BorderModel>) {
  const was = cell.borders?.[edge] ?? { style: "None", color: "#000000" };
  const now = { ...was, ...change };
  cell.borders ??= {};
  if (now.style === "None") delete cell.borders[edge];
  else cell.borders[edge] = now;
}

/** The cell edges an item of the collection stands for, in a range. */
function edgesOf(t: RangeTarget, index: BorderIndex): Array<{ row: number; col: number; edge: BorderEdge }> {
  const { top, bottom, left, right } = t.ref;
  const out: Array<{ row: number; col: number; edge: BorderEdge }> = [];
  const cols = (f: (c: number) => void) => {
    for (let c = left; c <= right; c++) f(c);
  };
  const rows = (f: (r: number) => void) => {
    for (let r = top; r <= bottom; r++) f(r);
  };
  switch (index) {
    case "EdgeTop":
      cols((c) => out.push({ row: top, col: c, edge: "top" }));
      break;
    case "EdgeBottom":
      cols((c) => out.push({ row: bottom, col: c, edge: "bottom" }));
      break;
    case "EdgeLeft":
      rows((r) => out.push({ row: r, col: left, edge: "left" }));
      break;
    case "EdgeRight":
      rows((r) => out.push({ row: r, col: right, edge: "right" }));
      break;
    case "InsideHorizontal":
      rows((r) =>
        cols((c) => {
          if (r < bottom) out.push({ row: r, col: c, edge: "bottom" });
          if (r > top) out.push({ row: r, col: c, edge: "top" });
        }),
      );
      break;
    case "InsideVertical":
      rows((r) =>
        cols((c) => {
          if (c < right) out.push({ row: r, col: c, edge: "right" });
          if (c > left) out.push({ row: r, col: c, edge: "left" });
        }),
      );
      break;
    default:
      // Diagonals are not drawn by the add-in; the simulator refuses rather than ignore them silently.
      throw simError("InvalidArgument", `The simulator does not implement the ${index} border.`);
  }
  return out;
}

/** Range.format.borders: getItem(index) with style, color and weight setters. */
export class SimRangeBorders {
  constructor(
    private readonly context: SimRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {}
  getItem(index: string) {
    if (!(INDEXES as readonly string[]).includes(index))
      throw simError("InvalidArgument", `${index} is not a BorderIndex.`);
    const apply = (change: Partial<BorderModel>) =>
      this.context.enqueue(16, () => {
        const t = this.target();
        if (!t) throw simError("ItemNotFound", "The range does not exist.");
        for (const e of edgesOf(t, index as BorderIndex))
          setEdge(t.sheet.ensure(e.row, e.col), e.edge, change);
      });
    return {
      set style(v: string) {
        if (!STYLES.has(v)) throw simError("InvalidArgument", `${v} is not a BorderLineStyle.`);
        apply({ style: v });
      },
      set color(v: string) {
        apply({ color: v });
      },
      set weight(v: string) {
        apply({ weight: v });
      },
    };
  }
}

/** setCellProperties' format.borders for one cell (its own four edges). */
export function applyCellBorders(cell: CellModel, borders: Excel.CellBorderCollection | undefined) {
  if (!borders) return;
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    const b = borders[edge];
    if (!b) continue;
    if (b.style !== undefined && !STYLES.has(b.style))
      throw simError("InvalidArgument", `${b.style} is not a BorderLineStyle.`);
    setEdge(cell, edge, {
      ...(b.style !== undefined ? { style: b.style } : {}),
      ...(b.color !== undefined ? { color: b.color } : {}),
      ...(b.weight !== undefined ? { weight: b.weight } : {}),
    });
  }
}
