// Digests of what a page shows, so that a rebuild renders only the pages whose inputs changed.
// A page's fingerprint covers its own item plus the digests of the entries it lists; an entry's
// digest covers everything an entry card shows of it and around it (names, links, source titles).
import { digest, entryDigest } from '../cache/entryDigest.ts';
import type { ArticlePage, Entry } from '../types.ts';
import { paths } from '../site/paths.ts';
import type { SiteView } from '../site/siteView.ts';

export { digest };

export class Fingerprints {
  private readonly entryDigests = new Map<string, string>();
  private readonly objectDigests = new WeakMap<object, string>();
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

  /** A digest of any JSON-able object, computed once per object (subjects shared by many pages). */
  of(value: object): string {
    let d = this.objectDigests.get(value);
    if (d === undefined) {
      d = digest(value);
      this.objectDigests.set(value, d);
    }
    return d;
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

  /** An article page: its text (content hash), its entries, and its outlet. */
  article(article: ArticlePage): string {
    return digest([
      article.summary,
      article.contentHash,
      article.entriesByAnchor,
      this.entries(article.entries),
      this.view.outletOfArticle(article.summary.id)?.slug,
      paths.article(article.summary.id),
    ]);
  }
}
