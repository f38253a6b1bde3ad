// Digests of entries for the JSON exports, so that a rebuild copies the JSON of unchanged entries
// (pages are fingerprinted by their models: src/pages/model.ts). An entry's digest covers the entry,
// where it is on the timeline, and the names and links around it (source titles, outlets).
import { digest, entryDigest } from '../cache/entryDigest.ts';
import type { ArticlePage, Entry } from '../types.ts';
import type { SiteView } from '../site/siteView.ts';

export { digest };

export class Fingerprints {
  private readonly entryDigests = new Map<string, string>();
  private readonly sourceDigests = new WeakMap<ArticlePage, string>();

  constructor(private readonly view: SiteView) {}

  /**
   * Everything an entry card can show: the entry, where it links, and the names of what it links to.
   * Its parts are digests and short strings, joined (no JSON of the whole entry per build).
   */
  entry(id: string): string {
    let d = this.entryDigests.get(id);
    if (d === undefined) {
      const view = this.view;
      const e: Entry = view.entry(id);
      const linked = (exists: boolean) => (exists ? '1' : '0');
      const parts = [entryDigest(e), view.timelineHref(id), view.datePath(e.date)];
      for (const p of e.speaker ? [e.speaker, ...e.people] : e.people) parts.push(linked(view.person(p.slug) !== undefined));
      parts.push(e.place ? linked(view.place(e.place.slug) !== undefined) : '-');
      for (const t of e.topics) parts.push(linked(view.topic(t.slug) !== undefined));
      for (const s of e.sources) {
        const article = view.article(s.article);
        parts.push(article ? this.source(article) : '-');
      }
      d = digest(parts.join(' '));
      this.entryDigests.set(id, d);
    }
    return d;
  }

  /** The entries of a list, in order. */
  entries(ids: readonly string[]): string {
    return digest(ids.map((id) => this.entry(id)).join(''));
  }

  /** What an entry card shows of an article it cites: title, date, outlet. */
  private source(article: ArticlePage): string {
    let d = this.sourceDigests.get(article);
    if (d === undefined) {
      const { title, published, source } = article.summary;
      d = digest([title, published, source, this.view.outletOfArticle(article.summary.id)?.slug]);
      this.sourceDigests.set(article, d);
    }
    return d;
  }
}
