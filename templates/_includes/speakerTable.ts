// The table of people (or of organisations): name, role, how often quoted, how many entries.
import { html, type SafeHtml } from '../../src/render/html.ts';
import { paths } from '../../src/site/paths.ts';
import { href } from '../../src/site/siteConfig.ts';
import type { PersonPage } from '../../src/types.ts';
import type { RenderContext } from './entryCard.ts';

/** Most quoted first, then most entries, then by name. */
export function mostQuoted(people: readonly PersonPage[]): PersonPage[] {
  return [...people].sort(
    (a, b) => b.quotes.length - a.quotes.length || b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'en'),
  );
}

export function speakerTable(ctx: RenderContext, people: readonly PersonPage[]): SafeHtml {
  const { site, view } = ctx;
  return html`<div class="table-scroll">
<table class="index-table">
<thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col" class="num">Quoted</th><th scope="col" class="num">Entries</th></tr></thead>
<tbody>
${people.map(
  (p) =>
    html`<tr><th scope="row"><a href="${href(site, view.speakerPath(p.slug) ?? paths.person(p.slug))}">${p.name}</a></th><td>${p.role ?? ''}</td><td class="num">${p.quotes.length}</td><td class="num">${p.entries.length}</td></tr>\n`,
)}</tbody>
</table>
</div>`;
}
