// @vitest-environment jsdom
/**
 * Under React StrictMode (as in development), effects run, clean up and run again: each chart must still end up as
 * one SVG, and the timeline's d3 brush (the one part d3 attaches to the DOM) as one overlay, not two.
 */
import { cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarsChart } from './bars/BarsChart';
import { SankeyChart } from './sankey/SankeyChart';
import { TimelineChart } from './timeline/TimelineChart';
import { drawAll } from '../test/drawAll';
import { loadDataFiles } from '../test/fixtures';
import { NO_FILTER } from '../model/filters';

const drawn = drawAll(loadDataFiles(), NO_FILTER);
const color = () => '#0072b2';
const common = {
  color,
  highlighted: null,
  onHoverCompany: () => {},
  title: 'Chart',
  description: 'A chart.',
};

afterEach(cleanup);

describe('under StrictMode', () => {
  it('draws each chart as exactly one SVG, and the brush once, also after a re-render', () => {
    const view = (from: string | null) => (
      <StrictMode>
        <SankeyChart {...common} geometry={drawn.sankey[0]!} selected={new Set()} onNodeClick={() => {}} />
        <BarsChart {...common} geometry={drawn.bars[0]!} />
        <TimelineChart {...common} geometry={drawn.timeline} from={from} to={null} onRangeChange={() => {}} />
      </StrictMode>
    );
    const { container, rerender } = render(view(null));
    const count = () => ({
      charts: container.querySelectorAll('svg[role="img"]').length,
      overlays: container.querySelectorAll('.brush .overlay, g .overlay').length,
      selections: container.querySelectorAll('rect.selection').length,
    });
    expect(count()).toEqual({ charts: 3, overlays: 1, selections: 1 });
    rerender(view('2023-01'));
    expect(count()).toEqual({ charts: 3, overlays: 1, selections: 1 });
  });
});
