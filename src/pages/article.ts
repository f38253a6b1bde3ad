// /articles/<id>/: the clean article, block by block, with the blocks that gave entries marked.
import { formatShortDate } from '../render/dates.ts';
import { entryTitle } from '../site/entryTitle.ts';
import { paths } from '../site/paths.ts';
import { peopleOf, type EntryContent, type SiteView } from '../site/siteView.ts';
import type { ArticlePage, ArticleSummary, Paragraph, Ref } from '../types.ts';
import { personLinkOf, placeLinkOf, topicLinkOf } from './entryCards.ts';
import { byName, type Link, type PageModel, type PageOf } from './model.ts';

/**
 * The article's text. The blocks are read from the cache only when the page is rendered, so the
 * model holds them as a getter that digests skip (not enumerable): `contentHash`, which changes
 * whenever the article's file or the code that parses it changes, stands for them.
 */
export interface ArticleBody {
  contentHash: string;
  /** A live blog: each post (its heading and the blocks under it) in a section of its own. */
  liveblog: boolean;
  readonly blocks: Paragraph[];
}

/** A quotation the article reports, for its schema.org Quotation. */
export interface QuotationModel {
  text: string | null;
  /** The entry on the timeline. */
  path: string;
  dateCreated: string;
  creator: { organisation: boolean; name: string; path: string } | null;
  place: string | null;
  about: string[];
}

export interface ArticlePageModel extends PageModel {
  summary: Omit<ArticleSummary, 'id'>;
  outletPath: string;
  people: Link[];
  places: Link[];
  topics: Link[];
  entries: number;
  /** Per block anchor: links to the entries the block gave ("4 Apr: Marco Rubio: “…”"). */
  blockEntries: Record<string, Array<{ path: string; label: string }>>;
  quotations: QuotationModel[];
  body: ArticleBody;
}

function unique(refs: Ref[]): Ref[] {
  return [...new Map(refs.map((r) => [r.slug, r])).values()].sort((a, b) => byName(a.name, b.name));
}

function quotation(view: SiteView, entry: EntryContent): QuotationModel {
  return {
    text: entry.quote,
    path: view.timelineHref(entry.id),
    dateCreated: entry.instant ?? entry.date,
    creator: entry.speaker
      ? {
          organisation: entry.speaker.kind === 'organisation',
          name: entry.speaker.name,
          path: view.speakerPath(entry.speaker.slug) ?? paths.person(entry.speaker.slug),
        }
      : null,
    place: entry.place?.name ?? null,
    about: entry.topics.map((t) => t.name),
  };
}

function articleModel(view: SiteView, articleId: string): ArticlePageModel {
  const article: ArticlePage | undefined = view.article(articleId);
  if (!article) throw new Error(`no article ${articleId}`);
  const { id, ...summary } = article.summary;
  const entries = article.entries.map((e) => view.entryContent(e));
  const body = Object.defineProperty({ contentHash: article.contentHash, liveblog: article.posts.length > 0 }, 'blocks', {
    get: () => article.blocks,
    enumerable: false,
  }) as ArticleBody;
  return {
    path: paths.article(id),
    summary,
    outletPath: paths.outlet(view.outletRefOf(id)?.slug ?? ''),
    people: unique(entries.flatMap(peopleOf)).map((p) => personLinkOf(view, p)),
    places: unique(entries.flatMap((e) => (e.place ? [e.place] : []))).map((p) => placeLinkOf(view, p)),
    topics: unique(entries.flatMap((e) => e.topics)).map((t) => topicLinkOf(view, t)),
    entries: entries.length,
    blockEntries: Object.fromEntries(
      Object.entries(article.entriesByAnchor).map(([anchor, ids]) => [
        anchor,
        ids.map((eid) => {
          const e = view.entryContent(eid);
          return { path: view.timelineHref(eid), label: `${formatShortDate(e.date)}: ${entryTitle(e, 50)}` };
        }),
      ]),
    ),
    quotations: entries
      .filter((e) => e.quote)
      .slice(0, 50)
      .map((e) => quotation(view, e)),
    body,
  };
}

export function articlePageModels(view: SiteView): Array<PageOf<ArticlePageModel>> {
  return view.data.articles.map(({ summary: { id } }) => ({
    path: paths.article(id),
    key: id,
    model: (scope) => articleModel(scope.view, id),
  }));
}
