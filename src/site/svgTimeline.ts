// The visual timeline: one lane per main speaker, a linked mark per entry on a date axis,
// rendered at build time with a text alternative. Pure: the same entries give the same markup.
import { isDay } from '../dates/precision.ts';
import { utcDay } from '../dates/utc.ts';
import { dateParts, formatDate, formatShortDate, monthName } from '../render/dates.ts';
import { html, type SafeHtml } from '../render/html.ts';
import type { Ref } from '../types.ts';

/** An entry as the chart shows it: its date, its speaker's lane, its title (`entryTitle(entry, 60)`) and where it is. */
export interface ChartEntry {
  date: string;
  speaker: Ref | null;
  title: string;
  path: string;
}

export interface SvgTimelineOptions {
  /** Link of an entry's mark (already prefixed). */
  hrefOf: (entry: ChartEntry) => string;
  /** Link of a speaker's page, for the text alternative; null when there is none. */
  personHrefOf?: (ref: Ref) => string | null;
  /** How many speakers get a lane of their own; the rest share "Others". */
  lanes?: number;
  /** How many of the busiest days are labelled on the chart. */
  labelledDays?: number;
  /** Prefix for element ids, when a page has more than one chart. */
  idPrefix?: string;
}

interface Lane {
  label: string;
  ref: Ref | null;
  entries: ChartEntry[];
}

const WIDTH = 720;
const LABEL_WIDTH = 145;
const RIGHT_PAD = 16;
const TOP = 34;
const LANE_HEIGHT = 46;
const AXIS_HEIGHT = 34;
const STACK = 5; // marks on one day in one lane stack this many high before moving right
const MAX_MARKS = 400; // beyond this many entries, marks stand for buckets of entries
const BUCKET_PX = 6;
const DAY_MS = 86_400_000;

/** Day number of a date; an entry known only to the month sits mid-month. */
function dayNumber(entry: ChartEntry): number | null {
  const { year, month, day } = dateParts(entry.date);
  if (month === null) return null;
  return Date.UTC(year, month - 1, day ?? 15) / DAY_MS;
}

/** A day number back to its date, `YYYY-MM-DD`. */
function dateOfDay(n: number): string {
  return utcDay(n * DAY_MS);
}

/** A lane for each of the `laneCount` speakers with most entries (then by name), and "Others" for the rest when there are any. */
function lanesOf(entries: readonly ChartEntry[], laneCount: number): Lane[] {
  const counts = new Map<string, { ref: Ref; count: number }>();
  for (const e of entries) {
    if (!e.speaker) continue;
    const c = counts.get(e.speaker.slug) ?? { ref: { name: e.speaker.name, slug: e.speaker.slug }, count: 0 };
    c.count++;
    counts.set(e.speaker.slug, c);
  }
  const top = [...counts.values()]
    .sort((a, b) => b.count - a.count || a.ref.name.localeCompare(b.ref.name, 'en'))
    .slice(0, laneCount)
    .map((c) => c.ref);
  const lanes: Lane[] = top.map((ref) => ({ label: ref.name, ref, entries: [] }));
  const others: Lane = { label: 'Others', ref: null, entries: [] };
  const bySlug = new Map(lanes.map((l) => [l.ref?.slug ?? '', l]));
  for (const e of entries) (bySlug.get(e.speaker?.slug ?? '') ?? others).entries.push(e);
  return others.entries.length > 0 ? [...lanes, others] : lanes;
}

/** A mark's accessible name: the entry's date and title. */
function markLabel(entry: ChartEntry): string {
  return `${formatDate(entry.date)}. ${entry.title}`;
}

/** Busiest days first; ties by date. */
function busiestDays(entries: readonly ChartEntry[], limit: number): Array<{ date: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of entries) if (isDay(e.date)) counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
  return [...counts]
    .map(([date, count]) => ({ date, count }))
    .sort((a, b) => b.count - a.count || a.date.localeCompare(b.date))
    .slice(0, limit);
}

/** A mark per entry, stacked on busy days: for a chart of a few hundred entries. */
function entryMarks(lane: Lane, mid: number, x: (day: number) => number, first: number, options: SvgTimelineOptions): SafeHtml[] {
  const seen = new Map<number, number>();
  return lane.entries.map((e) => {
    const day = dayNumber(e) ?? first;
    const k = seen.get(day) ?? 0;
    seen.set(day, k + 1);
    const cx = x(day) + Math.floor(k / STACK) * 3;
    const cy = mid + ((k % STACK) - (STACK - 1) / 2) * 7;
    const approx = !isDay(e.date) ? ' approx' : '';
    return html`<a href="${options.hrefOf(e)}" aria-label="${markLabel(e)}"><circle class="mark${approx}" cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="4"/></a>`;
  });
}

/**
 * One mark per few pixels of axis, sized by how many entries fall there: a chart of years of news
 * stays a few hundred marks (and the page stays small) however many entries there are.
 */
function bucketMarks(lane: Lane, mid: number, x: (day: number) => number, options: SvgTimelineOptions): SafeHtml[] {
  const buckets = new Map<number, { entries: ChartEntry[]; day: number }>();
  for (const e of lane.entries) {
    const day = dayNumber(e) ?? 0;
    const key = Math.round(x(day) / BUCKET_PX);
    const b = buckets.get(key);
    if (b) b.entries.push(e);
    else buckets.set(key, { entries: [e], day });
  }
  return [...buckets.values()].map(({ entries, day }) => {
    const firstEntry = entries[0] as ChartEntry;
    const lastEntry = entries[entries.length - 1] as ChartEntry;
    const r = Math.min(3 + Math.log2(entries.length), 9);
    const span =
      firstEntry.date === lastEntry.date
        ? formatDate(firstEntry.date)
        : `${formatShortDate(firstEntry.date)} to ${formatDate(lastEntry.date)}`;
    const label = entries.length === 1 ? markLabel(firstEntry) : `${entries.length} entries, ${span}`;
    return html`<a href="${options.hrefOf(firstEntry)}" aria-label="${label}"><circle class="mark" cx="${x(day).toFixed(1)}" cy="${mid.toFixed(1)}" r="${r.toFixed(1)}"/></a>`;
  });
}

/** Labels are centred on their mark, except near the right edge, where they would be cut off. */
function edgeClass(x: number): string {
  return x > WIDTH - RIGHT_PAD - 30 ? ' at-end' : '';
}

/** The date axis: the first and last day placed, and the x of any day between. */
interface Axis {
  first: number;
  last: number;
  x: (day: number) => number;
}

/** A chart of the entries: a lane per main speaker, a linked mark per entry (or bucket of entries), and its text alternative. */
export function svgTimeline(entries: readonly ChartEntry[], options: SvgTimelineOptions): SafeHtml {
  const id = options.idPrefix ?? 'timeline-chart';
  const placed = entries.filter((e) => dayNumber(e) !== null);
  if (placed.length === 0) return html``;
  const axis = axisOf(placed);
  const { first, last } = axis;

  const lanes = lanesOf(placed, options.lanes ?? 5);
  const height = TOP + lanes.length * LANE_HEIGHT + AXIS_HEIGHT;
  const axisY = TOP + lanes.length * LANE_HEIGHT;
  const laneMarkup = lanesMarkup(lanes, placed.length > MAX_MARKS, axis, options);
  const ticks = monthTicks(axis, axisY);
  const busiest = busiestDays(placed, 8);
  const dayLabels = busiestDayLabels(busiest, axis, options.labelledDays ?? 5);

  const summary = `${placed.length} entries from ${formatDate(dateOfDay(first))} to ${formatDate(dateOfDay(last))}, by speaker.`;
  const busiestText = busiest
    .slice(0, 5)
    .map((d) => `${formatShortDate(d.date)} (${d.count})`)
    .join(', ');

  return html`<figure class="timeline-chart">
<figcaption id="${id}-caption">Who spoke when: ${summary} Busiest days: ${busiestText}.</figcaption>
<p class="chart-scroll-hint" aria-hidden="true">Scroll the chart sideways →</p>
<div class="chart-scroll">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">Timeline of entries by speaker</title>
<desc id="${id}-desc">${
    placed.length > MAX_MARKS
      ? 'Each mark stands for the entries of a few days in the lane of their speaker, larger for more entries, and links to the first of them.'
      : 'Each mark is one entry, placed on its date in the lane of its speaker; hollow marks are dated only to the month. Each mark links to the entry.'
  }</desc>
${dayLabels}
${laneMarkup}
<line class="axis" x1="${LABEL_WIDTH}" x2="${WIDTH - RIGHT_PAD}" y1="${axisY}" y2="${axisY}"/>
${ticks}
</svg>
</div>
${laneTable(lanes, options)}
</figure>`;
}

/** The axis spanning the placed entries' days (at least one day wide), between the lane labels and the right edge. */
function axisOf(placed: readonly ChartEntry[]): Axis {
  const days = placed.map((e) => dayNumber(e) ?? 0);
  const first = days.reduce((a, b) => Math.min(a, b));
  const last = days.reduce((a, b) => Math.max(a, b));
  const span = Math.max(last - first, 1);
  const x = (day: number) => LABEL_WIDTH + ((day - first) / span) * (WIDTH - LABEL_WIDTH - RIGHT_PAD);
  return { first, last, x };
}

/** Each lane as a group: its rule, its label and its marks (one per entry, or per bucket when `bucketed`). */
function lanesMarkup(lanes: Lane[], bucketed: boolean, { first, x }: Axis, options: SvgTimelineOptions): SafeHtml[] {
  return lanes.map((lane, li) => {
    const mid = TOP + li * LANE_HEIGHT + LANE_HEIGHT / 2;
    const marks = bucketed ? bucketMarks(lane, mid, x, options) : entryMarks(lane, mid, x, first, options);
    return html`<g class="lane lane-${li}">
<line class="lane-rule" x1="${LABEL_WIDTH}" x2="${WIDTH - RIGHT_PAD}" y1="${mid}" y2="${mid}"/>
<text class="lane-label" x="0" y="${mid + 5}">${lane.label}</text>
${marks}
</g>\n`;
  });
}

/** Month ticks along the axis, each labelled with its month (and year, on January and the first tick). */
function monthTicks({ first, last, x }: Axis, axisY: number): SafeHtml[] {
  const ticks: SafeHtml[] = [];
  const start = dateParts(dateOfDay(first));
  for (let y = start.year, m = start.month ?? 1; ; m++) {
    if (m > 12) {
      m = 1;
      y++;
    }
    const day = Date.UTC(y, m - 1, 1) / DAY_MS;
    if (day > last) break;
    if (day < first) continue;
    const label = m === 1 || ticks.length === 0 ? `${monthName(m).slice(0, 3)} ${y}` : monthName(m).slice(0, 3);
    ticks.push(
      html`<line class="tick" x1="${x(day).toFixed(1)}" x2="${x(day).toFixed(1)}" y1="${TOP}" y2="${axisY + 6}"/><text class="tick-label${edgeClass(x(day))}" x="${x(day).toFixed(1)}" y="${axisY + 22}">${label}</text>`,
    );
  }
  return ticks;
}

/** Labels for up to `limit` of the busiest days (two entries or more), skipping any that would overlap a label already placed. */
function busiestDayLabels(busiest: ReadonlyArray<{ date: string; count: number }>, { x }: Axis, limit: number): SafeHtml[] {
  const labelled: number[] = [];
  const dayLabels: SafeHtml[] = [];
  for (const { date, count } of busiest) {
    if (count < 2 || labelled.length >= limit) continue;
    const lx = x(Date.parse(date) / DAY_MS);
    if (labelled.some((other) => Math.abs(other - lx) < 56)) continue;
    labelled.push(lx);
    dayLabels.push(html`<text class="day-label${edgeClass(lx)}" x="${lx.toFixed(1)}" y="${TOP - 12}">${formatShortDate(date)}</text>`);
  }
  return dayLabels;
}

/** The chart as a table, for screen readers and for anyone who cannot see the marks. */
function laneTable(lanes: Lane[], options: SvgTimelineOptions): SafeHtml {
  const row = (lane: Lane) => {
    const dates = lane.entries.map((e) => e.date).sort();
    const busy = busiestDays(lane.entries, 3)
      .map((d) => `${formatShortDate(d.date)} (${d.count})`)
      .join(', ');
    const link = lane.ref ? options.personHrefOf?.(lane.ref) : null;
    return html`<tr><th scope="row">${link ? html`<a href="${link}">${lane.label}</a>` : lane.label}</th><td>${lane.entries.length}</td><td>${
      dates[0] ? formatDate(dates[0]) : ''
    }</td><td>${dates.at(-1) ? formatDate(dates.at(-1) ?? '') : ''}</td><td>${busy}</td></tr>\n`;
  };
  // A table ignores width: 1px, so the hiding happens on a wrapper (or the page scrolls sideways on phones).
  return html`<div class="visually-hidden"><table>
<caption>Entries per speaker on the chart</caption>
<thead><tr><th scope="col">Speaker</th><th scope="col">Entries</th><th scope="col">First</th><th scope="col">Last</th><th scope="col">Busiest days</th></tr></thead>
<tbody>
${lanes.map(row)}</tbody>
</table></div>`;
}
