// A uPlot chart that fills its container and redraws as the container resizes (phone width included).
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSpec {
  /** Everything but the size, which follows the container. */
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
}

/** Narrower than this, the axes would crowd out the plot; the card scrolls no further anyway. */
const minWidth = 240;

export function Chart({ spec, height = 220 }: { spec: ChartSpec; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(element.clientWidth, minWidth);
    const plot = new uPlot({ ...spec.options, width: width(), height }, spec.data, element);
    const observer = new ResizeObserver(() => {
      if (width() !== plot.width) plot.setSize({ width: width(), height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [spec, height]);
  // The canvas is a picture of the figures; screen readers get the sentence and table beside it.
  return <div className="chart" ref={box} aria-hidden="true" />;
}
