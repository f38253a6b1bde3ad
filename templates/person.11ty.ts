// /people/<slug>/ (and /organisations/<slug>/ for a body that speaks): who they are, the topics
// they spoke on and how their words on each moved over time, where they spoke, who they appear
// with, their entries.
import { formatShortDate } from '../src/render/dates.ts';
import { digest } from '../src/cache/entryDigest.ts';
import { html, type SafeHtml } from '../src/render/html.ts';
import { snippet } from '../src/site/entryTitle.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { entryListPages, type EntryListPage, type SiteView } from '../src/site/siteView.ts';
import type { PersonPage } from '../src/types.ts';
import { listingDependsOn, listingPage } from './_includes/listing.ts';
import { countedLinks, plural } from './_includes/partials.ts';
import { contextOf, pagesFor, type Paged } from './_includes/templateData.ts';
import type { RenderContext } from './_includes/entryCard.ts';

/** Statements per topic in the positions view (spread over time); the person × topic page lists them all. */
export const POSITIONS_PER_TOPIC = 30;
/** How much of a quote a line of the positions view shows. */
const KEY_WORDS = 110;

/** Everything the first page shows besides the entries: a plain object, digested as the page's fingerprint. */
export interface PersonIntro {
  base: string;
  places: Array<{ name: string; path: string | null; count: number }>;
  related: Array<{ name: string; path: string | null; count: number }>;
  topics: Array<{ name: string; slug: string; path: string; topicPath: string; count: number; lines: PositionLine[] }>;
}

/** One statement in the positions view: date · place · the quote's words · link. */
export interface PositionLine {
  date: string;
  place: string | null;
  words: string;
  path: string;
}

/** At most `n` of `ids`, spread evenly from the first to the last, so the view spans the whole time. */
function spread(ids: readonly string[], n: number): string[] {
  if (ids.length <= n) return [...ids];
  return Array.from({ length: n }, (_, i) => ids[Math.round((i * (ids.length - 1)) / (n - 1))] as string);
}

export function personIntro(view: SiteView, person: PersonPage): PersonIntro {
  const base = view.speakerPath(person.slug) ?? paths.person(person.slug);
  return {
    base,
    places: person.places.map((p) => ({ name: p.name, path: view.place(p.slug) ? paths.place(p.slug) : null, count: p.count })),
    related: person.related.map((p) => ({ name: p.name, path: view.speakerPath(p.slug), count: p.count })),
    topics: view.topicsOf(person.slug).map((st) => ({
      name: st.topic.name,
      slug: st.topic.slug,
      path: `${base}${st.topic.slug}/`,
      topicPath: paths.topic(st.topic.slug),
      count: st.ids.length,
      lines: spread(st.ids, POSITIONS_PER_TOPIC).map((id) => {
        const e = view.entry(id);
        return { date: e.date, place: e.place?.name ?? null, words: snippet(e.quote ?? e.text, KEY_WORDS), path: view.timelineHref(id) };
      }),
    })),
  };
}

export const data = pagesFor({
  template: 'person',
  select: (view) =>
    view.data.timeline.people.flatMap((p) =>
      entryListPages(p, view.speakerPath(p.slug) ?? paths.person(p.slug), p.entries, (id) => view.entryPeriod(id)),
    ),
  path: (page) => page.path,
  dependsOn: (page, f, view) => [
    listingDependsOn(page, f, [page.subject.name, page.subject.slug, page.subject.role, page.subject.kind]),
    page.period === null && digest(personIntro(view, page.subject)),
  ],
});

function positionsView(ctx: RenderContext, person: PersonPage, intro: PersonIntro): SafeHtml {
  if (intro.topics.length === 0) return html``;
  const { site } = ctx;
  return html`<h2 id="positions">Positions over time</h2>
<p>What ${person.name} said on each topic, oldest first: one line per statement, as reported, each linking to it on the timeline.</p>
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

export function render(data: Paged<EntryListPage<PersonPage>>): string {
  const ctx = contextOf(data);
  const person = data.item.subject;
  const { site, view } = ctx;
  const intro = personIntro(view, person);
  const isBody = person.kind === 'organisation';
  const mentions = person.entries.length - person.quotes.length;
  const feedTitle = `${person.name}: entries (Atom)`;
  const topicLinks = intro.topics.map((t) => ({ name: t.name, path: t.path, count: t.count }));

  const introHtml = html`<p>${isBody ? 'An organisation. ' : ''}Quoted in ${plural(person.quotes.length, 'entry', 'entries')}${
    mentions > 0 ? html`, mentioned in ${plural(mentions, 'more', 'more')}` : ''
  }. <a href="${href(site, paths.personFeed(person.slug))}">Follow ${person.name} (Atom feed)</a>.</p>
${topicLinks.length > 0 ? html`<h2 id="topics">Topics ${isBody ? 'it' : 'they'} spoke on</h2>\n${countedLinks(site, topicLinks)}` : ''}
${positionsView(ctx, person, intro)}
${intro.places.length > 0 ? html`<h2>Where ${isBody ? 'it' : 'they'} spoke</h2>\n${countedLinks(site, intro.places)}` : ''}
${intro.related.length > 0 ? html`<h2>Mentioned with</h2>\n${countedLinks(site, intro.related)}` : ''}`;

  return listingPage(ctx, data.item, {
    heading: person.name,
    subtitle:
      person.role || isBody
        ? html`<p class="role">${[isBody ? 'Organisation' : '', person.role ?? ''].filter(Boolean).join(': ')}</p>`
        : undefined,
    intro: introHtml,
    base: intro.base,
    meta: {
      description: `${person.name}${person.role ? `, ${person.role}` : ''}: ${plural(person.entries.length, 'entry', 'entries')} on the ${site.title} timeline.`,
      section: 'people',
      ogType: 'website',
      feeds: [{ title: feedTitle, path: paths.personFeed(person.slug), type: 'application/atom+xml' }],
    },
  });
}
