/**
 * ECharts, only the parts the dashboard draws (bar and line charts, SVG), loaded on demand so the
 * first page load stays small: `import('echarts')` whole would be a 1.9 MB bundle.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { init };
