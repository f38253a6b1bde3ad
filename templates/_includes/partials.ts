// Small pieces of markup shared by several pages.
import { html, type SafeHtml } from '../../src/render/html.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';
import { pagedPath } from '../../src/site/paths.ts';

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

/** Page links for a listing split over several pages. */
export function pageNumbers(site: SiteConfig, base: string, current: number, count: number): SafeHtml {
  if (count <= 1) return html``;
  const links = Array.from({ length: count }, (_, i) => i + 1).map((n) =>
    n === current
      ? html`<li><a href="${href(site, pagedPath(base, n))}" aria-current="page">${n}</a></li>`
      : html`<li><a href="${href(site, pagedPath(base, n))}">${n}</a></li>`,
  );
  return html`<nav class="page-numbers" aria-label="Pages of this list"><p>Page ${current} of ${count}:</p><ul>${links}</ul></nav>`;
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
