// One Progress chart with everything around it: a heading, the figures in a sentence, a key, and a table for screen readers.
import { useId, type ReactNode } from 'react';
import { Chart, type ChartSpec } from './Chart.js';

export interface Figures {
  columns: string[];
  rows: (string | number)[][];
}

interface ChartSectionProps {
  title: string;
  /** The chart's point in one or two plain sentences, for everyone. */
  summary: ReactNode;
  spec: ChartSpec;
  /** What the marks mean, when there is more than one kind. */
  legend?: string;
  /** The same figures as a table, read by screen readers in place of the picture. */
  figures: Figures;
  testId: string;
}

export function ChartSection({ title, summary, spec, legend, figures, testId }: ChartSectionProps) {
  const headingId = useId();
  return (
    <section className="card stack chart-card" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      <p>{summary}</p>
      <Chart spec={spec} />
      {legend ? (
        <p className="hint" aria-hidden="true">
          {legend}
        </p>
      ) : null}
      {/* A table is as wide as its content whatever its width says, so a div does the hiding. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {figures.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) =>
                  column === 0 ? (
                    <th key={column} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={column}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
