// uPlot settings for the Progress charts: bars, lines and markers over named categories, in Kith's colours.
import uPlot from 'uplot';
import type { ChartSpec } from './Chart.js';

const colours = {
  bar: 'rgba(11, 99, 97, 0.8)',
  barEdge: '#0b6361',
  line: '#0b6361',
  goal: '#c2410c',
  marker: '#7a4b00',
  grid: '#e4e1d8',
  text: '#4f5b62',
};

export type Look = 'bars' | 'line' | 'dashed' | 'markers';

export interface SeriesSpec {
  label: string;
  values: (number | null)[];
  look: Look;
}

const bars = uPlot.paths.bars?.({ size: [0.6, 56] });
const axisFont = '12px system-ui, sans-serif';
const yAxisSize = 44;
/** Room left between two neighbouring labels, in CSS pixels. */
const labelGap = 8;

let measure: CanvasRenderingContext2D | null = null;

/** How wide a label is drawn on the axis, in CSS pixels. */
function textWidth(text: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 7;
  measure.font = axisFont;
  return measure.measureText(text).width;
}

/** Words moved onto new lines until each line fits the label's share of the axis. */
function wrapLabel(label: string, slot: number): string {
  if (textWidth(label) + labelGap <= slot) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`) + labelGap <= slot) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines.join('\n');
}

/** Names wrapped to fit; a single word still too wide drops every second name a line lower. */
function wrapLabels(names: string[], slot: number): string[] {
  const wrapped = names.map((name) => wrapLabel(name, slot));
  const crowded = wrapped.some((name) =>
    name.split('\n').some((line) => textWidth(line) + labelGap > slot),
  );
  return crowded ? wrapped.map((name, index) => (index % 2 === 1 ? `\n${name}` : name)) : wrapped;
}

function lineCount(value: string | number): number {
  return String(value).split('\n').length;
}

/** Whole numbers on a count axis; no 0.5 people. */
const countSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/**
 * A chart over named categories (weeks, months, tiers): one x position per label. When the chart
 * is too narrow for every label, a run of dates shows every second or third one, and names wrap.
 */
export function categoryChart(options: {
  labels: string[];
  series: SeriesSpec[];
  /** A 0–100 axis with a % sign, for rates. */
  percent?: boolean;
  /** 'thin' for a run of dates, 'wrap' for names that must all show. */
  fit?: 'thin' | 'wrap';
}): ChartSpec {
  const { labels, series, percent = false, fit = 'wrap' } = options;
  const highest = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  return {
    options: {
      legend: { show: false },
      cursor: { show: false },
      padding: [12, 8, 0, 0],
      scales: {
        x: { time: false, range: [-0.5, labels.length - 0.5] },
        y: { range: [0, percent ? 100 : Math.max(4, Math.ceil(highest * 1.15))] },
      },
      axes: [
        {
          stroke: colours.text,
          font: axisFont,
          grid: { show: false },
          ticks: { show: false },
          size: (_plot, values) => 10 + 15 * Math.max(1, ...(values ?? []).map(lineCount)),
          splits: () => labels.map((_, index) => index),
          values: (plot, splits) => {
            const slot = (plot.width - yAxisSize) / labels.length;
            if (fit === 'wrap')
              return wrapLabels(
                splits.map((index) => labels[index] ?? ''),
                slot,
              );
            const widest = Math.max(...labels.map(textWidth)) + labelGap;
            const every = Math.max(1, Math.ceil(widest / slot));
            return splits.map((index) => (index % every === 0 ? (labels[index] ?? '') : ''));
          },
        },
        {
          stroke: colours.text,
          font: axisFont,
          size: yAxisSize,
          grid: { stroke: colours.grid, width: 1 },
          ticks: { show: false },
          incrs: percent ? [10, 20, 25, 50] : countSteps,
          values: (_plot, splits) => splits.map((v) => (percent ? `${v}%` : String(v))),
        },
      ],
      series: [{}, ...series.map(seriesOptions)],
    },
    data: [labels.map((_, index) => index), ...series.map((s) => s.values)],
  };
}

function seriesOptions(spec: SeriesSpec): uPlot.Series {
  switch (spec.look) {
    case 'bars':
      return {
        label: spec.label,
        paths: bars,
        fill: colours.bar,
        stroke: colours.barEdge,
        width: 1,
        points: { show: false },
      };
    case 'line':
      return {
        label: spec.label,
        stroke: colours.line,
        width: 2,
        points: { show: true, size: 7, fill: colours.line },
      };
    case 'dashed':
      return {
        label: spec.label,
        stroke: colours.goal,
        width: 2,
        dash: [6, 4],
        points: { show: false },
      };
    case 'markers':
      return {
        label: spec.label,
        paths: () => null,
        points: { show: true, size: 11, width: 2, stroke: colours.marker, fill: '#ffffff' },
      };
  }
}
