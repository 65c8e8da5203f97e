/**
 * A horizontal bar chart in plain SVG (no chart library; colours come from CSS classes, no inline
 * styles, as the CSP forbids them). Each bar has its label above it, so long German labels fit.
 * A hidden number ("•") is drawn as a short hatched box whose length means nothing; a lower bound
 * ("≥ 37") as a bar with an open, dashed end. An optional second, thinner bar shows the previous
 * period. The figure's caption names the chart; the exact numbers stay in the table next to it.
 */
import { useId } from 'react';
import { statisticsTexts as t } from '../../i18n/statistics';

export interface ChartValue {
  /** null: hidden or unknown. */
  value: number | null;
  /** The true number is at least `value`. */
  open: boolean;
  /** How the value reads next to its bar, e.g. "37", "≥ 37", "• verborgen". */
  text: string;
  /** No such number at all (e.g. not in the previous period): only the text is drawn. */
  absent?: boolean;
}

export interface ChartBar extends ChartValue {
  key: string;
  label: string;
  previous?: ChartValue | null;
}

export interface BarChartProps {
  title: string;
  bars: readonly ChartBar[];
  /** Names of the two periods when bars carry a previous value. */
  series?: { current: string; previous: string } | null;
  /** Short explanations under the chart (hatched bars, open ends). */
  notes?: readonly string[];
}

const WIDTH = 760;
const LABEL_HEIGHT = 21;
const BAR = 18;
const BAR_PAIRED = 16;
const BAR_PREVIOUS = 12;
const PAIR_GAP = 3;
const ROW_GAP = 14;
const LEGEND = 30;
const VALUE_ROOM = 130;
const HIDDEN_WIDTH = 36;
const OPEN_END = 18;
const LABEL_CHARS = 96;

const shortLabel = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

function Bar({ value, y, height, scale, hatch, previous }: { value: ChartValue; y: number; height: number; scale: number; hatch: string; previous: boolean }) {
  const kind = previous ? 'chart-bar chart-bar-previous' : 'chart-bar';
  const textClass = previous ? 'chart-value chart-value-previous' : 'chart-value';
  const baseline = y + height - 3;
  if (value.absent) {
    return (
      <text x={0} y={baseline} className={textClass}>
        {value.text}
      </text>
    );
  }
  if (value.value === null) {
    return (
      <g>
        <rect x={0} y={y} width={HIDDEN_WIDTH} height={height} fill={`url(#${hatch})`} className="chart-bar-hidden" />
        <text x={HIDDEN_WIDTH + 6} y={baseline} className={textClass}>
          {value.text}
        </text>
      </g>
    );
  }
  const length = value.value * scale;
  const end = length + (value.open ? OPEN_END : 0);
  return (
    <g>
      <rect x={0} y={y} width={length} height={height} className={kind} />
      {value.open ? <rect x={length} y={y + 0.5} width={OPEN_END} height={height - 1} className="chart-bar-open" /> : null}
      <text x={end + 6} y={baseline} className={textClass}>
        {value.text}
      </text>
    </g>
  );
}

export function BarChart({ title, bars, series = null, notes = [] }: BarChartProps) {
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const paired = series !== null;
  const known = bars.flatMap((b) => [b.value, paired ? (b.previous?.value ?? null) : null]).filter((v): v is number => v !== null);
  const max = Math.max(0, ...known);
  const scale = max > 0 ? (WIDTH - VALUE_ROOM - OPEN_END) / max : 0;
  const rowHeight = LABEL_HEIGHT + (paired ? BAR_PAIRED + PAIR_GAP + BAR_PREVIOUS : BAR) + ROW_GAP;
  const top = paired ? LEGEND : 0;
  const height = top + bars.length * rowHeight;

  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart-title">{title}</figcaption>
      <svg
        role="img"
        aria-label={t.chartFigure(title)}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        className="bar-chart-svg"
        fontSize={15}
      >
        <defs>
          <pattern id={hatch} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
            <rect width={6} height={6} className="chart-hatch-ground" />
            <line x1={0} y1={0} x2={0} y2={6} strokeWidth={3} className="chart-hatch-line" />
          </pattern>
        </defs>
        {series ? (
          <g>
            <rect x={0} y={4} width={16} height={16} className="chart-bar" />
            <text x={22} y={17} className="chart-label">
              {series.current}
            </text>
            <rect x={280} y={6} width={16} height={BAR_PREVIOUS} className="chart-bar chart-bar-previous" />
            <text x={302} y={17} className="chart-label">
              {series.previous}
            </text>
          </g>
        ) : null}
        {bars.map((bar, index) => {
          const y = top + index * rowHeight;
          const barY = y + LABEL_HEIGHT;
          return (
            <g key={bar.key}>
              <text x={0} y={y + 15} className="chart-label">
                {shortLabel(bar.label)}
              </text>
              <Bar value={bar} y={barY} height={paired ? BAR_PAIRED : BAR} scale={scale} hatch={hatch} previous={false} />
              {paired ? (
                <Bar
                  value={bar.previous ?? { value: null, open: false, text: '–', absent: true }}
                  y={barY + BAR_PAIRED + PAIR_GAP}
                  height={BAR_PREVIOUS}
                  scale={scale}
                  hatch={hatch}
                  previous
                />
              ) : null}
            </g>
          );
        })}
      </svg>
      {notes.length > 0 ? (
        <ul className="bar-chart-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
