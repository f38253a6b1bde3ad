// Small pieces of markup shared by several pages.
import { html, type SafeHtml } from '../../src/render/html.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';
import { pagedPath } from '../../src/site/paths.ts';
import type { PeriodLink } from '../../src/site/siteView.ts';

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface PagerLink {
  path: string;
  label: string;
}

/** Previous / next links in a labelled navigation region. */
export function pager(site: SiteConfig, label: string, prev: PagerLink | null, next: PagerLink | null): SafeHtml {
  if (!prev && !next) return html``;
  return html`<nav class="pager" aria-label="${label}">
<ul>
${prev ? html`<li class="pager-prev"><a href="${href(site, prev.path)}" rel="prev">← ${prev.label}</a></li>` : ''}
${next ? html`<li class="pager-next"><a href="${href(site, next.path)}" rel="next">${next.label} →</a></li>` : ''}
</ul>
</nav>`;
}

/**
 * The page numbers a page of a long listing links to: the first and last, the two either side of
 * the current one, and for each power of ten the multiples of it within five steps of the current
 * page (…10 20 30…, …100 200…). A handful of links on every page, yet any page is a few clicks
 * away; listing every number made each page of a 250-page listing carry 250 links.
 */
export function pageWindow(current: number, count: number): number[] {
  if (count <= 10) return Array.from({ length: count }, (_, i) => i + 1);
  const shown = new Set<number>([1, count]);
  for (let n = current - 2; n <= current + 2; n++) shown.add(n);
  for (let step = 10; step < count; step *= 10) {
    const nearest = Math.round(current / step) * step;
    for (let k = -5; k <= 5; k++) shown.add(nearest + k * step);
  }
  const pages = [...shown].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  // A gap of a single number is shown as that number rather than as "…".
  return pages.flatMap((n, i) => (i > 0 && n === (pages[i - 1] ?? 0) + 2 ? [n - 1, n] : [n]));
}

/** Page links for a listing split over several pages; gaps in the numbers are marked with an ellipsis. */
export function pageNumbers(site: SiteConfig, base: string, current: number, count: number): SafeHtml {
  if (count <= 1) return html``;
  let previous = 0;
  const items = pageWindow(current, count).map((n) => {
    const gap = n > previous + 1 ? html`<li aria-hidden="true">…</li>` : '';
    previous = n;
    const link = html`<a href="${href(site, pagedPath(base, n))}"${n === current ? html` aria-current="page"` : ''}>${n}</a>`;
    return html`${gap}<li>${link}</li>`;
  });
  return html`<nav class="page-numbers" aria-label="Pages of this list"><p>Page ${current} of ${count}:</p><ul>${items}</ul></nav>`;
}

/** " (page 2 of 3)" for titles of later pages. */
export function pageSuffix(current: number, count: number): string {
  return count > 1 && current > 1 ? ` (page ${current} of ${count})` : '';
}

/** A list of links with counts: "Marco Rubio (12)". */
export function countedLinks(site: SiteConfig, items: ReadonlyArray<{ name: string; path: string | null; count: number }>): SafeHtml {
  if (items.length === 0) return html``;
  return html`<ul class="counted">
${items.map((i) => html`<li>${i.path ? html`<a href="${href(site, i.path)}">${i.name}</a>` : i.name} <span class="count">(${i.count})</span></li>\n`)}</ul>`;
}

/** The periods (years, months, days) a long list is split into, each linked with its count. */
export function periodList(site: SiteConfig, links: readonly PeriodLink[], label: (period: string) => string): SafeHtml {
  return html`<ol class="months">
${links.map((p) => html`<li><a href="${href(site, p.path)}">${label(p.period)}</a> <span class="count">${plural(p.count, 'entry', 'entries')}</span></li>\n`)}</ol>`;
}
