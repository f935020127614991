import type { EChartsCoreOption, EChartsType } from "echarts/core";
import { useEffect, useRef, useState } from "react";
import { useTranslate } from "../use-translate";

/**
 * One chart, drawn by ECharts loaded on first use (a separate chunk; the app starts without it).
 * The container is an image with a text summary as its name; the caller adds a data table.
 */
export function LazyChart({ option, summary }: { option: EChartsCoreOption; summary: string }) {
  const { t } = useTranslate();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);
  const [state, setState] = useState<"loading" | "ready" | "error">("loading");
  optionRef.current = option;

  useEffect(() => {
    let isDisposed = false;
    let observer: ResizeObserver | null = null;
    const resize = () => chartRef.current?.resize();
    import("./echarts-setup")
      .then(({ init }) => {
        const container = containerRef.current;
        if (isDisposed || !container) return;
        const chart = init(container, null, { renderer: "svg" });
        chart.setOption(optionRef.current);
        chartRef.current = chart;
        observer = new ResizeObserver(resize);
        observer.observe(container);
        window.addEventListener("beforeprint", resize);
        setState("ready");
      })
      .catch(() => {
        if (!isDisposed) setState("error");
      });
    return () => {
      isDisposed = true;
      observer?.disconnect();
      window.removeEventListener("beforeprint", resize);
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, true);
  }, [option]);

  return (
    <div className="chart-frame">
      <div ref={containerRef} className="chart-canvas" role="img" aria-label={summary} />
      {state !== "ready" && (
        <p className="chart-status" role={state === "error" ? "alert" : "status"}>
          {state === "error" ? t("dashboard.chart.error") : t("dashboard.chart.loading")}
        </p>
      )}
    </div>
  );
}
