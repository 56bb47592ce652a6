import type { Browser, Page } from 'playwright-core';
import { trendChartSvg, type TrendChartOptions, type TrendPoint } from '../../server/pages/trend-chart';
import { LAPTOP, launchChromium, PHONE, screenshot, seriousAxeViolations } from '../support/browser';

/*
 * The follow-up report's trend chart: the SVG text says what a screen reader and a printed page
 * need, and Chromium draws it readably on a laptop, a phone and in black and white.
 */

const SHARES: TrendPoint[] = [
  { label: '2023', value: 0.81, ciLow: 0.762, ciHigh: 0.851, n: 212 },
  { label: '2024', value: 0.843, ciLow: 0.79, ciHigh: 0.886, n: 180 },
  { label: '2025', value: null, ciLow: null, ciHigh: null, n: null, hidden: true },
  { label: '2026', value: 0.882, ciLow: 0.841, ciHigh: 0.91, n: 1240 },
];
const SCORES: TrendPoint[] = [
  { label: 'Forår 2025', value: 3.62, ciLow: 3.41, ciHigh: 3.83, n: 64 },
  { label: 'Forår 2026', value: 3.95, ciLow: 3.77, ciHigh: 4.13, n: 71 },
];
const shareOpts = (locale: TrendChartOptions['locale']): TrendChartOptions => ({
  unit: 'share',
  target: 0.85,
  title: 'Elever der trives',
  locale,
});
const scoreOpts: TrendChartOptions = {
  unit: 'score',
  target: null,
  title: 'Social trivsel',
  locale: 'da',
  scale: { min: 1, max: 5 },
};

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
/** The markup without the line breaks of the source's layout, which SVG ignores around elements. */
const tidy = (svg: string) =>
  svg
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/?>)\s*/g, '$1')
    .replace(/\s*<\s*/g, '<');
const chart = (points: TrendPoint[], opts: TrendChartOptions) => tidy(trendChartSvg(points, opts).value);
const descOf = (svg: string) => /<desc>(.*)<\/desc>/s.exec(svg)?.[1];

describe('trend chart SVG', () => {
  it.each([
    [
      'da',
      'Elever der trives. 2023 (udgangspunkt): 81,0 % (76,2–85,1 %), n = 212; 2024: 84,3 % (79,0–88,6 %), n = 180; ' +
        '2025: skjult (for få svar); 2026: 88,2 % (84,1–91,0 %), n = 1.240. Mål: 85,0 %.',
    ],
    [
      'nb',
      'Elever der trives. 2023 (utgangspunkt): 81,0 % (76,2–85,1 %), n = 212; 2024: 84,3 % (79,0–88,6 %), n = 180; ' +
        '2025: skjult (for få svar); 2026: 88,2 % (84,1–91,0 %), n = 1\u00a0240. Mål: 85,0 %.',
    ],
    [
      'en',
      'Elever der trives. 2023 (baseline): 81.0 % (76.2–85.1 %), n = 212; 2024: 84.3 % (79.0–88.6 %), n = 180; ' +
        '2025: hidden (too few answers); 2026: 88.2 % (84.1–91.0 %), n = 1,240. Target: 85.0 %.',
    ],
  ] as const)(
    'when described in %s, then every point is in words with its interval and n',
    (locale, text) => {
      expect(descOf(trendChartSvg(SHARES, shareOpts(locale)).value)).toBe(text);
    },
  );

  it('when a point is hidden, then it gets no marker and the line breaks there', () => {
    const svg = chart(SHARES, shareOpts('da'));
    expect(count(svg, /<circle /g)).toBe(3);
    expect(svg).toMatch(/class="point hidden">.*>2025<.*>skjult</s);
    // 2023 → 2024 joined, then a new segment starting at 2026.
    expect(/class="trend-line" d="([^"]*)"/.exec(svg)?.[1]).toMatch(/^M[\d. ]+L[\d. ]+M[\d. ]+$/);
  });

  it('when drawn, then the first point is labelled the baseline and the target is a labelled dashed line', () => {
    const svg = chart(SHARES, shareOpts('nb'));
    expect(svg).toContain('>Utgangspunkt</text>');
    expect(svg).toMatch(/<g class="target"><line [^>]*stroke-dasharray="8 5"/);
    expect(svg).toMatch(/>Mål<\/text>\s*<text [^>]*>85,0 %<\/text>/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Elever der trives</title>');
  });

  it('when shares lie near 100 %, then the axis is zoomed in but stops at 100 %', () => {
    const high = [{ label: '2026', value: 0.98, ciLow: 0.95, ciHigh: 0.995, n: 300 }];
    const ticks = [
      ...trendChartSvg(high, { ...shareOpts('da'), target: 0.9 }).value.matchAll(/>(\d+) %<\/text>/g),
    ];
    const values = ticks.map((m) => Number(m[1]));
    expect(Math.max(...values)).toBe(100);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(80);
  });

  it('when scores are drawn, then the axis stays within the scale and has no percent', () => {
    const svg = chart(SCORES, scoreOpts);
    expect(svg).not.toContain('%</text>');
    expect(svg).not.toContain('class="target"');
    expect(descOf(svg)).toBe(
      'Social trivsel. Forår 2025 (udgangspunkt): 3,62 (3,41–3,83), n = 64; Forår 2026: 3,95 (3,77–4,13), n = 71.',
    );
  });

  it('when there are no points, then a short text stands instead of a chart', () => {
    expect(trendChartSvg([], shareOpts('da')).value).toBe(
      '<p class="trend-chart-empty">Ingen målinger endnu.</p>',
    );
  });

  it('when the title holds markup, then it is escaped', () => {
    const svg = trendChartSvg(SCORES, { ...scoreOpts, title: '<script>x</script> & co' }).value;
    expect(svg).toContain('<title>&lt;script&gt;x&lt;/script&gt; &amp; co</title>');
  });
});

function chartPage(): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Trend charts</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; margin: 16px"><main>
<h1>Udviklingen</h1>
<h2>Elever der trives</h2>${trendChartSvg(SHARES, shareOpts('da')).value}
<h2>Social trivsel</h2>${trendChartSvg(SCORES, scoreOpts).value}
</main></body></html>`;
}

describe('trend charts in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  async function open(device: typeof LAPTOP): Promise<Page> {
    const page = await browser.newPage(device);
    await page.setContent(chartPage(), { waitUntil: 'load' });
    return page;
  }

  it('when drawn on a laptop, then each chart is an image named by its title with no serious axe finding', async () => {
    const page = await open({ ...LAPTOP, viewport: { width: 800, height: 800 } });
    await expect(page.getByRole('img', { name: 'Elever der trives' }).count()).resolves.toBe(1);
    await expect(page.getByRole('img', { name: 'Social trivsel' }).count()).resolves.toBe(1);
    await expect(seriousAxeViolations(page, 'trend charts')).resolves.toEqual([]);
    await screenshot(page, 'trend-chart-laptop');
    // Black-and-white print: markers and dash patterns must carry the meaning without colour.
    await page.emulateMedia({ media: 'print' });
    await page.addStyleTag({ content: 'svg { filter: grayscale(1) }' });
    await screenshot(page, 'trend-chart-grayscale');
    await page.close();
  });

  it('when drawn on a phone, then the chart fits the width', async () => {
    const page = await open(PHONE);
    const box = await page.getByRole('img', { name: 'Elever der trives' }).boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390 - 32);
    expect(box?.height).toBeGreaterThan(100);
    await screenshot(page, 'trend-chart-phone');
    await page.close();
  });
});
