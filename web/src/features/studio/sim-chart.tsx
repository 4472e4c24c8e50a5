import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import type * as Setup from './echarts-studio.ts';

let loading: Promise<typeof Setup> | null = null;
const loadECharts = () => (loading ??= import('./echarts-studio.ts'));

/** No animation when the reader asks for less motion, or when a browser is driven by tests. */
function calm(): boolean {
  return navigator.webdriver || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A line chart of the simulation (ECharts, loaded the first time). The figures are also in a table. */
export function SimChart({
  option,
  height = 300,
  testId,
}: {
  option: EChartsCoreOption;
  height?: number;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof Setup.init> | null>(null);
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void loadECharts().then(({ init }) => {
      if (disposed || !box.current) return;
      chart.current = init(box.current, undefined, { renderer: 'svg' });
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(box.current);
      chart.current.setOption({ animation: !calm(), ...option }, { notMerge: true });
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is made once (its first option included); later options are applied below.
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: !calm(), ...option }, { notMerge: true });
  }, [option]);
  return <div ref={box} className="chart" style={{ height }} aria-hidden="true" data-testid={testId} />;
}
