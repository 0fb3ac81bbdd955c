// Under the Edit view's form: the risk's score and RAG in each published paper and now, as a small
// chart (TrendChart, 240 px, its history in words as its accessible name), with how it moved since the
// last paper in words. Only renders; useRiskTrend reads the history.
import { Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2 } from "@fluentui/react-components";
import { movement, pointText, type ScorePoint, type TrendMovement } from "../../domain/trend";
import { TrendChart } from "./TrendChart";
import type { RiskTrend } from "./useRiskTrend";

const MOVED: Record<TrendMovement, string> = {
  up: "higher",
  down: "lower",
  same: "unchanged",
  new: "not in it",
};

/** "Since the last paper (November 2026): higher. November 2026: score 9, GREEN; Now: score 12, GREEN." */
export function sinceLastPaper(points: RiskTrend & { status: "ready" }): string {
  const now = points.points[points.points.length - 1] as ScorePoint;
  const last = points.points[points.points.length - 2]!;
  return `Since the last paper (${last.label}): ${MOVED[movement(last, now)]}. ${pointText(last)}; ${pointText(now)}.`;
}

export function RiskTrendSection({ trend }: { trend: RiskTrend }) {
  if (trend.status === "none") return null;
  return (
    <section aria-labelledby="trend-title" className="rs-stack">
      <Subtitle2 as="h3" id="trend-title">
        Trend
      </Subtitle2>
      {trend.status === "reading" && <Spinner size="tiny" label="Reading the published papers…" />}
      {trend.status === "error" && (
        <MessageBar intent="warning">
          <MessageBarBody>{`The published papers could not be read: ${trend.message}`}</MessageBarBody>
        </MessageBar>
      )}
      {trend.status === "ready" &&
        (trend.published === 0 ? (
          <Caption1>No published papers yet: the trend starts with the first baseline published.</Caption1>
        ) : (
          <>
            <TrendChart points={trend.points} />
            <Caption1>{sinceLastPaper(trend)}</Caption1>
            {trend.skipped.length > 0 && (
              <Caption1>{`Left out, as they could not be read back: ${trend.skipped.join(", ")}.`}</Caption1>
            )}
          </>
        ))}
    </section>
  );
}
