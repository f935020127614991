import type { EChartsCoreOption } from "echarts/core";
import { CJK_FONT_STACK } from "../../domain/cjk-fonts";
import type { Indicator, PlanId } from "../../domain/indicators/indicator-types";
import type { MetricsSnapshot } from "../../domain/indicators/metrics-snapshot";

/** Colours with AA contrast on white; ECharts' aria decals add patterns for colour-blind readers. */
const MET = "#1b7a5a";
const NOT_MET = "#b34700";
const PALETTE = ["#1f6f8b", "#b34700", "#1b7a5a", "#7a4fa3", "#8a6d00", "#a3324d", "#4d6b2e", "#5a6872"];

const COMMON = {
  animation: false,
  aria: { enabled: true, decal: { show: true } },
  /* The app's font stack: ECharts measures labels with it, so legends do not overlap. */
  textStyle: { fontFamily: CJK_FONT_STACK },
  tooltip: { trigger: "item" },
  color: PALETTE,
} as const;

export interface DistrictCoverageRow {
  name: string;
  percent: number;
}

/** Park service coverage per district in percent, in the engine's order. */
export function districtCoverageRows(metrics: MetricsSnapshot | null): DistrictCoverageRow[] {
  return (metrics?.parkCoverage?.byDistrict ?? []).map((district) => ({ name: district.name, percent: district.ratio * 100 }));
}

/** Bar chart of coverage by district; bars at or above `targetPercent` are green, others orange. */
export function districtCoverageOption(
  rows: readonly DistrictCoverageRow[],
  targetPercent: number | null,
  labels: { coverage: string; target: string },
): EChartsCoreOption {
  return {
    ...COMMON,
    grid: { left: 48, right: 72, top: 32, bottom: 72 },
    xAxis: { type: "category", data: rows.map((row) => row.name), axisLabel: { rotate: rows.length > 6 ? 40 : 0 } },
    yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    series: [
      {
        type: "bar",
        name: labels.coverage,
        data: rows.map((row) => ({
          value: Math.round(row.percent * 10) / 10,
          itemStyle: { color: targetPercent !== null && row.percent >= targetPercent ? MET : NOT_MET },
        })),
        label: { show: true, position: "top", formatter: "{c}%" },
        ...(targetPercent !== null
          ? {
              markLine: {
                symbol: "none",
                lineStyle: { type: "dashed", color: "#1d2a33" },
                label: { formatter: `${labels.target} ${targetPercent}%` },
                data: [{ yAxis: targetPercent }],
              },
            }
          : {}),
      },
    ],
  };
}

export interface GreenwayPoint {
  planLabel: string;
  valueKm: number;
  year: number | null;
}

/** The greenway targets of an indicator, one point per plan and year (no-year targets kept apart). */
export function greenwayPoints(indicator: Indicator | undefined, planLabel: (planId: PlanId) => string): GreenwayPoint[] {
  return (indicator?.targets ?? []).flatMap((target) =>
    target.value === null ? [] : [{ planLabel: planLabel(target.planId), valueKm: target.value, year: target.year }],
  );
}

/**
 * Greenway length against the plans' targets over the plan years: one marker series per plan at
 * its target year, a dashed line for targets without a year, and the measured length as a line.
 */
export function greenwayTargetsOption(
  points: readonly GreenwayPoint[],
  measuredKm: number | null,
  years: { from: number; to: number },
  labels: { measured: string; noYear: string; length: string },
): EChartsCoreOption {
  const plans = [...new Set(points.map((point) => point.planLabel))];
  const series: object[] = plans.map((plan) => {
    const own = points.filter((point) => point.planLabel === plan);
    const dated = own.filter((point) => point.year !== null);
    const undated = own.filter((point) => point.year === null);
    return {
      type: "scatter",
      name: plan,
      symbolSize: 14,
      data: dated.map((point) => [point.year, point.valueKm]),
      label: { show: true, position: "right", formatter: (item: { value: number[] }) => `${item.value[1]} km` },
      ...(undated.length > 0
        ? {
            markLine: {
              symbol: "none",
              lineStyle: { type: "dotted" },
              label: { formatter: `${undated.map((point) => point.valueKm).join("/")} km (${labels.noYear})` },
              data: undated.map((point) => ({ yAxis: point.valueKm })),
            },
          }
        : {}),
    };
  });
  if (measuredKm !== null)
    series.push({
      type: "line",
      name: labels.measured,
      symbol: "none",
      lineStyle: { width: 3, color: "#1d2a33" },
      itemStyle: { color: "#1d2a33" },
      data: [
        [years.from, Math.round(measuredKm * 10) / 10],
        [years.to, Math.round(measuredKm * 10) / 10],
      ],
      endLabel: { show: true, formatter: `${Math.round(measuredKm * 10) / 10} km` },
    });
  return {
    ...COMMON,
    legend: { bottom: 0, type: "scroll" },
    grid: { left: 56, right: 150, top: 32, bottom: 56 },
    xAxis: { type: "value", min: years.from, max: years.to, interval: 1, axisLabel: { formatter: (year: number) => String(year) } },
    yAxis: { type: "value", name: labels.length, min: 0 },
    series,
  };
}

export interface ParkTypeRow {
  type: string;
  count: number;
  areaHa: number;
}

/** Parks per type (count and area in ha); an empty type becomes `untypedLabel`. */
export function parkTypeRows(metrics: MetricsSnapshot | null, untypedLabel: string): ParkTypeRow[] {
  return (metrics?.parks?.byType ?? [])
    .map((entry) => ({ type: entry.type.trim() || untypedLabel, count: entry.count, areaHa: entry.areaM2 / 10_000 }))
    .sort((a, b) => b.count - a.count);
}

/** Donut of park counts per type. */
export function parkTypesOption(rows: readonly ParkTypeRow[]): EChartsCoreOption {
  return {
    ...COMMON,
    legend: { bottom: 0, type: "scroll" },
    series: [
      {
        type: "pie",
        radius: ["42%", "68%"],
        center: ["50%", "45%"],
        label: { formatter: "{b}\n{c} ({d}%)" },
        data: rows.map((row) => ({ name: row.type, value: row.count })),
      },
    ],
  };
}
