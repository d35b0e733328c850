"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from "recharts";

import { MAX_SCORE, type TBandThresholds, type TRiskHistoryPoint } from "@/modules/risk/schemas";

import { historyChartPoints, thresholdLines } from "./risk-explanation-parts";

const LINE_COLOUR = "#115e59";
const THRESHOLD_COLOURS = { critical: "#b91c1c", high: "#c2410c", medium: "#a16207" } as const;
const DAY = 24 * 60 * 60 * 1000;

type ChartPoint = ReturnType<typeof historyChartPoints>[number];

/**
 * The residual score over time as a recharts line (plain DTO props, no query): a step line,
 * since a score holds until the next computation (the latest one until today), with the band
 * thresholds as labelled reference lines when they are known. The same figures are in the history table, which is the
 * accessible alternative; the chart itself has a name and keyboard-reachable tooltips.
 */
export const RiskHistoryChart = ({
  history,
  thresholds,
  name,
}: {
  history: readonly TRiskHistoryPoint[];
  thresholds: TBandThresholds | null;
  name: string;
}) => {
  const t = useTranslations("riskPanel");
  const format = useFormatter();
  const points = historyChartPoints(history);
  const first = points[0];
  const last = points[points.length - 1];
  // Read once per mount: the end of the line, which moves only when the page is reloaded.
  const [now] = useState(() => Date.now());
  if (!first || !last) return null;

  // Everything on one day: widen the axis so the points are not on the edge.
  const latest = Math.max(now, last.time);
  const domain: [number, number] =
    latest - first.time < DAY ? [first.time - DAY, latest + DAY] : [first.time, latest];
  // The latest score still holds: the line goes on to the right edge (today), so that a subject
  // computed once still has a line and not just a dot. That end is not a computation: no dot
  // and no tooltip there (the tooltip only answers for the stored points).
  const data = [...points, { ...last, time: domain[1] }];
  const dateOf = (time: number) => format.dateTime(new Date(time), { dateStyle: "medium" });
  const renderDot = ({ cx, cy, index }: DotItemDotProps) =>
    index < points.length && cx !== undefined && cy !== undefined ? (
      <circle
        key={`dot-${index}`}
        className="risk-history-dot"
        cx={cx}
        cy={cy}
        r={4}
        fill={LINE_COLOUR}
      />
    ) : (
      <g key={`dot-${index}`} />
    );
  const bandWord = (band: ChartPoint["band"]) => t(`bands.${band}`);

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const point: unknown = payload[0]?.payload;
    const match = active ? points.find((candidate) => candidate === point) : undefined;
    if (!match) return null;
    return (
      <div className="rounded-md bg-slate-900 px-3 py-2 text-xs text-white shadow-lg">
        <p className="font-semibold">{dateOf(match.time)}</p>
        <p>{t("bandScore", { band: bandWord(match.band), score: match.score })}</p>
      </div>
    );
  };

  return (
    <LineChart
      responsive
      style={{ width: "100%", height: 280 }}
      data={data}
      margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
      title={t("historyChartLabel", { name, first: dateOf(first.time), last: dateOf(last.time) })}
    >
      <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
      <XAxis
        dataKey="time"
        type="number"
        scale="time"
        domain={domain}
        tickFormatter={dateOf}
        tick={{ fill: "#334155", fontSize: 12 }}
        minTickGap={24}
      />
      <YAxis
        domain={[0, MAX_SCORE]}
        allowDecimals={false}
        tick={{ fill: "#334155", fontSize: 12 }}
        width={40}
        label={{
          value: t("historyChartAxis"),
          angle: -90,
          position: "insideLeft",
          fill: "#334155",
          fontSize: 12,
          dy: 40,
        }}
      />
      {thresholdLines(thresholds).map((line) => (
        <ReferenceLine
          key={line.band}
          y={line.score}
          stroke={THRESHOLD_COLOURS[line.band]}
          strokeDasharray="6 4"
          label={{
            value: t("thresholdLine", { band: bandWord(line.band), score: line.score }),
            position: "insideTopRight",
            fill: THRESHOLD_COLOURS[line.band],
            fontSize: 11,
          }}
        />
      ))}
      <Tooltip content={renderTooltip} />
      <Line
        type="stepAfter"
        dataKey="score"
        stroke={LINE_COLOUR}
        strokeWidth={2}
        dot={renderDot}
        activeDot={{ r: 6 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
};
