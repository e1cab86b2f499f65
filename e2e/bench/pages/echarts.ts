/**
 * The ECharts page: the same Sankey (two columns, 20 a side and "Other") as an ECharts 6 `sankey` series, the
 * library a team would otherwise pick, with its SVG or canvas renderer (`?renderer=`), animation off. Tree-shaken
 * to what a Sankey with tooltips needs, as a production build would be.
 */
import { SankeyChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { graphOf, type BenchMove } from './shared';

echarts.use([SankeyChart, TooltipComponent, SVGRenderer, CanvasRenderer]);

let moves: BenchMove[] = [];
let chart: echarts.ECharts | null = null;

/** Draws the moves that touch `companies`. */
function render(companies: string[]): void {
  const graph = graphOf(moves, companies);
  chart!.setOption(
    {
      animation: false,
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'sankey',
          left: 120,
          right: 120,
          nodeWidth: 12,
          nodeGap: 8,
          layoutIterations: 6,
          data: graph.nodes,
          links: graph.links.map((l) => ({
            source: graph.nodes[l.source]!.name,
            target: graph.nodes[l.target]!.name,
            value: l.value,
          })),
          label: { fontSize: 12 },
          lineStyle: { color: 'source', opacity: 0.4 },
        },
      ],
    },
    true,
  );
}

Object.assign(window, {
  setup: (data: BenchMove[], renderer: 'svg' | 'canvas') => {
    moves = data;
    const div = document.createElement('div');
    document.body.append(div);
    chart = echarts.init(div, null, { renderer, width: 720, height: 460 });
  },
  render,
});
