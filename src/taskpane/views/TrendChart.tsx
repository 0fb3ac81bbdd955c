// A risk's score in each published paper (and now), as a small line chart: pure SVG, 240 px wide, each
// point filled with its RAG colour. Screen readers get the same history in words (the chart's
// accessible name); one point or none is a plain sentence instead of a chart.
import { RAG_COLORS } from "../../domain/settings";
import { historyText, type ScorePoint, type TrendPoint } from "../../domain/trend";

export const TREND_WIDTH = 240;
const HEIGHT = 120;
const PAD = { left: 24, right: 10, top: 8, bottom: 22 };
const PLOT_W = TREND_WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
/** Room a month label ("Sept 26") takes at 10 px, with a gap. */
const LABEL_W = 36;
const TICKS = [1, 5, 10, 15, 20, 25];

/** "Nov 26" for a published paper; the label as given ("Now") for the register as it stands. */
export function shortMonth(p: TrendPoint): string {
  if (p.baselineId === null) return p.label;
  const d = new Date(p.date);
  return Number.isNaN(d.getTime())
    ? p.month
    : d.toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
}

/** The chart's accessible name: what it shows, then every point in words. */
export function trendChartName(points: readonly TrendPoint[]): string {
  return `Score (1 to 25) and RAG in each paper: ${historyText(points)}`;
}

const yOf = (severity: number) => PAD.top + PLOT_H - ((severity - 1) / 24) * PLOT_H;

export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  if (points.length < 2)
    return <p className="rs-trend-text">{points.length ? historyText(points) : "No earlier paper yet."}</p>;
  const step = PLOT_W / (points.length - 1);
  const xOf = (i: number) => PAD.left + i * step;
  // Every k-th month is labelled so labels never overlap; the last (newest) always is.
  const every = Math.max(1, Math.ceil(LABEL_W / step));
  const labelled = (i: number) =>
    i === points.length - 1 || (i % every === 0 && points.length - 1 - i >= every);
  // The line breaks where the risk was not in a paper or had no score.
  const segments: Array<Array<[number, number]>> = [[]];
  points.forEach((p, i) => {
    if (p.kind === "score" && p.severity !== null)
      segments[segments.length - 1]!.push([xOf(i), yOf(p.severity)]);
    else if (segments[segments.length - 1]!.length) segments.push([]);
  });
  return (
    <svg
      className="rs-trend"
      role="img"
      aria-label={trendChartName(points)}
      width={TREND_WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${TREND_WIDTH} ${HEIGHT}`}
      style={{ display: "block", maxWidth: "100%", height: "auto", color: "inherit" }}
    >
      <g fontSize={10} fontFamily="inherit" fill="currentColor">
        {TICKS.map((t) => (
          <g key={t}>
            <line
              x1={PAD.left}
              x2={TREND_WIDTH - PAD.right}
              y1={yOf(t)}
              y2={yOf(t)}
              stroke="currentColor"
              strokeOpacity={t === 1 ? 0.5 : 0.15}
            />
            <text x={PAD.left - 4} y={yOf(t) + 3} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          labelled(i) ? (
            <text
              key={`m${i}`}
              x={xOf(i)}
              y={HEIGHT - 6}
              textAnchor={i === 0 ? "start" : i === points.length - 1 ? "end" : "middle"}
            >
              {shortMonth(p)}
            </text>
          ) : null,
        )}
      </g>
      {segments
        .filter((s) => s.length > 1)
        .map((s, k) => (
          <polyline
            key={`l${k}`}
            points={s.map(([x, y]) => `${x},${y}`).join(" ")}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.5}
          />
        ))}
      {points.map((p, i) => {
        if (p.kind !== "score" || p.severity === null) return null;
        const fill = p.rag ? RAG_COLORS[p.rag].fill : "#FFFFFF";
        return <Dot key={`p${i}`} point={p} x={xOf(i)} y={yOf(p.severity)} fill={fill} />;
      })}
    </svg>
  );
}

/** A point: its RAG's colour with a dark edge (so GREEN and AMBER show on white); hollow when closed. */
function Dot({ point, x, y, fill }: { point: ScorePoint; x: number; y: number; fill: string }) {
  return point.closed ? (
    <circle
      cx={x}
      cy={y}
      r={4}
      fill="#FFFFFF"
      stroke={fill === "#FFFFFF" ? "#000000" : fill}
      strokeWidth={2.5}
    />
  ) : (
    <circle cx={x} cy={y} r={4.5} fill={fill} stroke="#000000" strokeWidth={1} />
  );
}
