// /people/<slug>/ (and /organisations/<slug>/ for a body that speaks): who they are, the topics
// they spoke on and how their words on each moved over time, where they spoke, who they appear
// with, their entries. Renders its page model (src/pages/person.ts) and nothing else.
import { formatShortDate } from '../src/render/dates.ts';
import { html, type SafeHtml } from '../src/render/html.ts';
import { personPageModels, type PersonIntro, type PersonPageModel } from '../src/pages/person.ts';
import { href, type SiteConfig } from '../src/site/siteConfig.ts';
import { listingPage } from './_includes/listing.ts';
import { countedLinks, plural } from './_includes/partials.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'person', models: personPageModels });

function positionsView(site: SiteConfig, name: string, intro: PersonIntro): SafeHtml {
  if (intro.topics.length === 0) return html``;
  return html`<h2 id="positions">Positions over time</h2>
<p>What ${name} said on each topic, oldest first: one line per statement, as reported, each linking to it on the timeline.</p>
${intro.topics.map(
  (t) => html`<section class="positions" aria-labelledby="on-${t.slug}">
<h3 id="on-${t.slug}">${t.name} <span class="count">(${plural(t.count, 'statement', 'statements')})</span></h3>
<ol class="position-lines">
${t.lines.map(
  (l) =>
    html`<li><a href="${href(site, l.path)}"><time datetime="${l.date}">${formatShortDate(l.date)}</time></a>${l.place ? html` · ${l.place}` : ''} · <q>${l.words}</q></li>\n`,
)}</ol>
<p class="more"><a href="${href(site, t.path)}">${t.count > t.lines.length ? `All ${t.count} statements` : 'These statements in full'} on ${t.name}</a> · <a href="${href(
    site,
    t.topicPath,
  )}">Everyone on ${t.name}</a></p>
</section>
`,
)}`;
}

export function render({ site, item: page }: Paged<PersonPageModel>): string {
  const person = page.subject;
  const intro = page.intro;
  const isBody = person.isBody;
  const feedTitle = `${person.name}: entries (Atom)`;

  const introHtml =
    intro &&
    html`<p>${isBody ? 'An organisation. ' : ''}Quoted in ${plural(intro.quotes, 'entry', 'entries')}${
      intro.entries - intro.quotes > 0 ? html`, mentioned in ${plural(intro.entries - intro.quotes, 'more', 'more')}` : ''
    }. <a href="${href(site, person.feed)}">Follow ${person.name} (Atom feed)</a>.</p>
${
  intro.topics.length > 0
    ? html`<h2 id="topics">Topics ${isBody ? 'it' : 'they'} spoke on</h2>\n${countedLinks(
        site,
        intro.topics.map((t) => ({ name: t.name, path: t.path, count: t.count })),
      )}`
    : ''
}
${positionsView(site, person.name, intro)}
${intro.places.length > 0 ? html`<h2>Where ${isBody ? 'it' : 'they'} spoke</h2>\n${countedLinks(site, intro.places)}` : ''}
${intro.related.length > 0 ? html`<h2>Mentioned with</h2>\n${countedLinks(site, intro.related)}` : ''}`;

  return listingPage(site, page, {
    heading: person.name,
    subtitle:
      person.role || isBody
        ? html`<p class="role">${[isBody ? 'Organisation' : '', person.role ?? ''].filter(Boolean).join(': ')}</p>`
        : undefined,
    intro: introHtml || null,
    meta: {
      description: intro
        ? `${person.name}${person.role ? `, ${person.role}` : ''}: ${plural(intro.entries, 'entry', 'entries')} on the ${site.title} timeline.`
        : '',
      section: 'people',
      ogType: 'website',
      feeds: [{ title: feedTitle, path: person.feed, type: 'application/atom+xml' }],
    },
  });
}
