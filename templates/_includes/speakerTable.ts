// A table of speakers (people or organisations), from the rows of their index page's model.
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { SpeakerRow } from '../../src/pages/overview.ts';
import { href, type SiteConfig } from '../../src/site/siteConfig.ts';

export function speakerTable(site: SiteConfig, rows: readonly SpeakerRow[]): SafeHtml {
  return html`<div class="table-scroll">
<table class="index-table">
<thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col" class="num">Quoted</th><th scope="col" class="num">Entries</th></tr></thead>
<tbody>
${rows.map(
  (p) =>
    html`<tr><th scope="row"><a href="${href(site, p.path)}">${p.name}</a></th><td>${p.role ?? ''}</td><td class="num">${p.quotes}</td><td class="num">${p.entries}</td></tr>\n`,
)}</tbody>
</table>
</div>`;
}
