import { html, SafeHtml } from './html';
import { trendAxis, yAxisSvg, type TrendAxis } from './trend-axis';
import { describeTrend, TREND_WORDS, trendValueText } from './trend-description';
import { isShown, type ShownPoint, type TrendChartOptions, type TrendPoint } from './trend-point';

export type { TrendChartOptions, TrendPoint } from './trend-point';

const EMPTY = { da: 'Ingen målinger endnu.', nb: 'Ingen målinger ennå.', en: 'No measurements yet.' };

// The right margin holds the target's label, so it never collides with a point or a whisker.
const PLOT = { left: 58, right: 468, top: 12, bottom: 160 };
const INK = '#1b1f24';
const MUTED = '#4a5360';
const DATA = '#1d4f91';
/** Large for a 560-wide viewBox: on a phone the chart shrinks to about 60 %. */
const FONT = 15;
/** Beside each point while they fit; the description has them all anyway. */
const MAX_VALUE_LABELS = 6;
/** A white outline keeps a label readable where it crosses a line. */
const HALO = new SafeHtml('paint-order="stroke" stroke="#fff" stroke-width="4" stroke-linejoin="round"');

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A line chart of the measurements of one goal with 95 % intervals and the target; print-safe, no script. */
export function trendChartSvg(points: TrendPoint[], opts: TrendChartOptions): SafeHtml {
  if (points.length === 0) return html`<p class="trend-chart-empty">${EMPTY[opts.locale]}</p>`;
  const axis = trendAxis(points, opts, PLOT);
  const slot = (PLOT.right - PLOT.left) / points.length;
  const ctx = { axis, opts, slot, xOf: (i: number) => r1(PLOT.left + (i + 0.5) * slot), points };
  return html`<svg
    class="trend-chart"
    viewBox="0 0 560 220"
    width="100%"
    style="max-width: 720px; height: auto"
    role="img"
    xmlns="http://www.w3.org/2000/svg"
    font-family="system-ui, 'DejaVu Sans', sans-serif"
    font-size="${FONT}"
  >
    <title>${opts.title}</title>
    <desc>${describeTrend(points, opts)}</desc>
    ${yAxisSvg(axis, PLOT)}${targetSvg(axis, opts)}${lineSvg(ctx)}${points.map((p, i) => pointSvg(p, i, ctx))}
  </svg>`;
}

interface ChartContext {
  axis: TrendAxis;
  opts: TrendChartOptions;
  slot: number;
  xOf: (i: number) => number;
  points: TrendPoint[];
}

/** Dashed, in ink rather than the data's blue, so it differs from the solid data line in grey print too. */
function targetSvg(axis: TrendAxis, opts: TrendChartOptions): SafeHtml {
  if (opts.target === null) return html``;
  const y = r1(axis.yOf(opts.target));
  const labelY = Math.min(Math.max(y, PLOT.top + 12), PLOT.bottom - 16);
  return html`<g class="target">
    <line
      x1="${PLOT.left}"
      x2="${PLOT.right + 4}"
      y1="${y}"
      y2="${y}"
      stroke="${INK}"
      stroke-width="2"
      stroke-dasharray="8 5"
    />
    <text x="${PLOT.right + 10}" y="${labelY - 3}" fill="${INK}">${TREND_WORDS[opts.locale].target}</text>
    <text x="${PLOT.right + 10}" y="${labelY + 14}" fill="${INK}" font-weight="bold"
      >${trendValueText(opts.target, opts)}</text
    >
  </g>`;
}

/** Joins consecutive shown points; a hidden or missing measurement breaks the line. */
function lineSvg(ctx: ChartContext): SafeHtml {
  let d = '';
  ctx.points.forEach((p, i) => {
    if (!isShown(p)) return;
    const joined = i > 0 && isShown(ctx.points[i - 1]!);
    d += `${joined ? 'L' : 'M'}${ctx.xOf(i)} ${r1(ctx.axis.yOf(p.value))} `;
  });
  return html`<path class="trend-line" d="${d.trim()}" fill="none" stroke="${DATA}" stroke-width="2.5" />`;
}

function pointSvg(p: TrendPoint, i: number, ctx: ChartContext): SafeHtml {
  const x = ctx.xOf(i);
  const labels = xLabelSvg(p.label, i, x, ctx);
  if (isShown(p))
    return html`<g class="point">${labels}${whiskerSvg(p, x, ctx)}${markerSvg(p, i, x, ctx)}</g>`;
  const words = TREND_WORDS[ctx.opts.locale];
  // Low in the plot, where it is least likely to sit on the target line.
  return html`<g class="point ${p.hidden ? 'hidden' : 'no-data'}">
    ${labels}
    <text x="${x}" y="${PLOT.bottom - 10}" text-anchor="middle" fill="${MUTED}" font-style="italic" ${HALO}>
      ${p.hidden ? words.hidden : words.noData}
    </text>
  </g>`;
}

/** The label under the point, on two lines when it is wider than its slot; the first point also says it is the baseline. */
function xLabelSvg(label: string, i: number, x: number, ctx: ChartContext): SafeHtml {
  const space = label.lastIndexOf(' ');
  const tooWide = label.length * 0.6 * FONT > ctx.slot - 4;
  const lines = tooWide && space > 0 ? [label.slice(0, space), label.slice(space + 1)] : [label];
  const tspans = lines.map((line, k) => html`<tspan x="${x}" dy="${k === 0 ? 0 : 16}">${line}</tspan>`);
  const baselineY = PLOT.bottom + 18 + 16 * lines.length;
  const baseline =
    i === 0
      ? html`<text x="${x}" y="${baselineY}" text-anchor="middle" fill="${MUTED}" font-size="13">
          ${TREND_WORDS[ctx.opts.locale].baseline}
        </text>`
      : '';
  return html`<text y="${PLOT.bottom + 18}" text-anchor="middle" fill="${INK}">${tspans}</text>${baseline}`;
}

/** The 95 % interval as a vertical line with caps. */
function whiskerSvg(p: ShownPoint, x: number, ctx: ChartContext): SafeHtml | string {
  if (p.ciLow === null || p.ciHigh === null) return '';
  const [low, high] = [r1(ctx.axis.yOf(p.ciLow)), r1(ctx.axis.yOf(p.ciHigh))];
  const cap = (y: number) => html`<line x1="${x - 6}" x2="${x + 6}" y1="${y}" y2="${y}" />`;
  return html`<g class="interval" stroke="${DATA}" stroke-width="1.5">
    <line x1="${x}" x2="${x}" y1="${low}" y2="${high}" />${cap(low)}${cap(high)}
  </g>`;
}

/** The baseline is an open circle, later points filled: the difference survives black-and-white print. */
function markerSvg(p: ShownPoint, i: number, x: number, ctx: ChartContext): SafeHtml {
  const y = r1(ctx.axis.yOf(p.value));
  const fill = i === 0 ? '#fff' : DATA;
  const label =
    ctx.points.length <= MAX_VALUE_LABELS
      ? html`<text x="${x + 10}" y="${y + valueLabelOffset(p, i, ctx)}" fill="${INK}" font-size="14" ${HALO}>
          ${trendValueText(p.value, ctx.opts)}
        </text>`
      : '';
  return html`<circle
      cx="${x}"
      cy="${y}"
      r="5"
      fill="${fill}"
      stroke="${DATA}"
      stroke-width="2.5"
    />${label}`;
}

/**
 * Right of the point, moved off the line to the next point (below a rising line, above a falling
 * one) and off the target line, which would otherwise run through the text.
 */
function valueLabelOffset(p: ShownPoint, i: number, ctx: ChartContext): number {
  const next = ctx.points[i + 1];
  const preferred = !next || !isShown(next) ? 5 : next.value > p.value ? 19 : -9;
  const y = ctx.axis.yOf(p.value);
  // A label above a point at the top of the chart would be cut off by the image's edge.
  const inside = (offset: number) => y + offset - 0.75 * FONT >= 0;
  const target = ctx.opts.target;
  const fromTarget = target === null ? Infinity : ctx.axis.yOf(target) - y;
  const clear = (offset: number) => fromTarget < offset - 14 || fromTarget > offset + 4;
  const offsets = [preferred, 19, -9];
  return offsets.find((o) => inside(o) && clear(o)) ?? offsets.find(inside) ?? preferred;
}
