// The publishedAt facet as a small SVG bar chart, no library: one bar per period the API gives (empty periods
// included, so gaps show). The chart is one tab stop; arrow keys, Home and End move between bars (each a button
// with a name such as "March 2020: 12 articles"), and Enter, Space or a click shows that period.

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 48;
const BAR = 10; // width of a period in viewBox units; bars keep a gap of 2
// In the reader's language, as the rest of the page shows dates (js/dom.js).
const MONTHS = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAYS = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DAYS = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const INTERVALS = ['day', 'week', 'month', 'year'];

function utc(iso) {
  return new Date(iso + 'T00:00:00Z');
}

/** The buckets the API sent that can be drawn: a label, ISO from/to dates and a count each. */
export function usableBuckets(facet) {
  if (!facet || typeof facet !== 'object' || !Array.isArray(facet.buckets)) {
    return [];
  }
  return facet.buckets.filter((b) => b && typeof b.value === 'string'
    && /^\d{4}-\d{2}-\d{2}$/.test(b.from) && /^\d{4}-\d{2}-\d{2}$/.test(b.to) && Number.isFinite(b.count));
}

/** A period for people (in en-US): "March 5, 2020", "Week 10 of 2020 (Mar 2 – Mar 8)", "March 2020", "2020". */
export function periodName(bucket, interval) {
  switch (interval) {
    case 'day': return DAYS.format(utc(bucket.from));
    case 'week': {
      const week = /-W(\d{2})$/.exec(bucket.value);
      const year = bucket.value.slice(0, 4);
      const range = `${SHORT_DAYS.format(utc(bucket.from))} – ${SHORT_DAYS.format(utc(bucket.to))}`;
      return week ? `Week ${Number(week[1])} of ${year} (${range})` : range;
    }
    case 'month': return MONTHS.format(utc(bucket.value + '-01'));
    default: return bucket.value;
  }
}

/** A bar's accessible name: "March 2020: 12 articles". */
export function barName(bucket, interval) {
  const noun = bucket.count === 1 ? 'article' : 'articles';
  return `${periodName(bucket, interval)}: ${bucket.count} ${noun}`;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, String(value));
  }
  node.append(...children);
  return node;
}

/**
 * Draws the facet into `figure` (a <figure> with a <figcaption> and an empty chart holder), or hides it when
 * there is nothing to draw. `pick(bucket)` is called when a bar is chosen.
 */
export function renderTimeline(figure, facet, pick) {
  const buckets = usableBuckets(facet);
  const interval = INTERVALS.includes(facet?.interval) ? facet.interval : 'day';
  const holder = figure.querySelector('.timeline-chart');
  const caption = figure.querySelector('.timeline-interval');
  const range = figure.querySelector('.timeline-range');
  figure.hidden = buckets.length === 0;
  holder.replaceChildren();
  if (buckets.length === 0) {
    return;
  }
  caption.textContent = `by ${interval}`;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const width = buckets.length * BAR;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'group',
    'aria-label': `Articles published per ${interval}. Choose a bar to show that ${interval} only.`,
    class: 'timeline-svg' });
  chart.append(svg('line', { x1: 0, x2: width, y1: HEIGHT - 0.5, y2: HEIGHT - 0.5, class: 'timeline-axis',
    'aria-hidden': 'true' }));
  const bars = buckets.map((bucket, i) => {
    // A period with articles always shows, however small next to the largest.
    const height = bucket.count === 0 ? 0 : Math.max(2, Math.round((bucket.count / max) * (HEIGHT - 2)));
    const name = barName(bucket, interval);
    const bar = svg('g', { class: 'timeline-bar', role: 'button', tabindex: -1, 'aria-label': name,
      'data-from': bucket.from, 'data-to': bucket.to },
    svg('title', {}, name),
    svg('rect', { class: 'timeline-hit', x: i * BAR, y: 0, width: BAR, height: HEIGHT }),
    svg('rect', { class: 'timeline-fill', x: i * BAR + 1, y: HEIGHT - 1 - height, width: BAR - 2, height }));
    bar.addEventListener('click', () => pick(bucket));
    return bar;
  });
  chart.append(...bars);
  let active = Math.max(0, buckets.findLastIndex((b) => b.count > 0));
  bars[active].setAttribute('tabindex', '0');
  const moveTo = (index) => {
    bars[active].setAttribute('tabindex', '-1');
    active = Math.min(bars.length - 1, Math.max(0, index));
    bars[active].setAttribute('tabindex', '0');
    bars[active].focus();
  };
  chart.addEventListener('keydown', (event) => {
    const index = bars.indexOf(event.target.closest('.timeline-bar'));
    if (index < 0) {
      return;
    }
    const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: bars.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(buckets[index]);
    }
  });
  holder.append(chart);
  range.textContent = buckets.length === 1 ? periodName(buckets[0], interval)
    : `${periodName(buckets[0], interval)} – ${periodName(buckets[buckets.length - 1], interval)}`;
}

/** Puts keyboard focus on the chart's current bar, e.g. after a bar was chosen and the chart drawn anew. */
export function focusTimeline(figure) {
  figure.querySelector('.timeline-bar[tabindex="0"]')?.focus();
}
