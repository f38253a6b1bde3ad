// /about/: where the material comes from and what the generator does with it.
import { html } from '../src/render/html.ts';
import { paths } from '../src/site/paths.ts';
import { href } from '../src/site/siteConfig.ts';
import { layout } from './_includes/layout.ts';
import { plural } from './_includes/partials.ts';
import { aboutModels, type SourcesModel } from '../src/pages/overview.ts';
import { pagesFor, type Paged } from './_includes/templateData.ts';

export const data = pagesFor({ template: 'about', models: aboutModels });

export function render({ site, item: page }: Paged<SourcesModel>): string {
  const main = html`<h1>About ${site.title}</h1>
<h2>Where the material comes from</h2>
<p>The timeline is built from press coverage. The seed articles are 2025 reports on the diplomacy around the war in Ukraine by The Telegraph, CGTN, Mint and one outlet whose name was not recorded. This build contains ${plural(
    page.articles,
    'article',
    'articles',
  )} from ${plural(page.outlets.length, 'source', 'sources')}: ${page.outlets.map((o, i) => html`${i > 0 ? ', ' : ''}<a href="${href(site, o.path)}">${o.name}</a>`)}.</p>
<p>Quotes belong to the people who said them and the reporting to its publishers. Every entry links back to the paragraph it came from, and every article page links to the original report.</p>
<h2>What the generator does</h2>
<ol>
<li>Reads each article (Markdown with front matter: title, source, publication date, URL, authors) and checks it; a bad file stops the build with one line per problem.</li>
<li>Splits the article into blocks with stable anchors, so links to a paragraph survive edits elsewhere in the article. Live-blog posts keep their own time stamps.</li>
<li>Finds dated statements and events: who spoke (matched against a list of people, their aliases and titles), what they said, where, when — resolving “on Friday” or “yesterday” against the publication date — and which topics the words touch.</li>
<li>Merges entries into one chronological timeline and renders this static site: pages per month, person, place, topic, day and article, feeds, a search index, and machine-readable data in <a href="${href(
    site,
    paths.timelineJson,
  )}">timeline.json</a> and <a href="${href(site, paths.timelineJsJson)}">TimelineJS format</a>.</li>
</ol>
<p>Extraction is automatic and can be wrong: a quote may be attributed to the wrong speaker or given the wrong day. The linked source paragraph is the authority.</p>
<h2>Using the site</h2>
<p>Everything works without JavaScript. With it, the timeline filters instantly by person or topic, and <a href="${href(site, paths.search)}">search</a> becomes available.</p>`;
  return layout(
    site,
    {
      title: 'About',
      description: `Where ${site.title}'s material comes from and how the timeline is made.`,
      path: paths.about,
      section: 'about',
    },
    main,
  );
}
