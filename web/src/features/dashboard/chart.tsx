import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import type * as Setup from './echarts-setup.ts';

let loading: Promise<typeof Setup> | null = null;
const loadECharts = () => (loading ??= import('./echarts-setup.ts'));

/** No animation when the reader asks for less motion, or when a browser is driven by tests. */
function calm(): boolean {
  return navigator.webdriver || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A chart drawn by ECharts (loaded the first time one is shown). It is a picture for sighted
 * readers; its figures are in the table beside it, so it is hidden from assistive technology.
 */
export function Chart({ option, height = 280 }: { option: EChartsCoreOption; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void loadECharts().then(({ init }) => {
      if (disposed || !box.current) return;
      const chart = init(box.current, undefined, { renderer: 'svg' });
      chart.setOption({ animation: !calm(), ...option });
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(box.current);
      dispose = () => {
        resize.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);
  return <div ref={box} className="chart" style={{ height }} aria-hidden="true" data-testid="chart" />;
}
