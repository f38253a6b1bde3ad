import type { ContentLine } from './detect.ts';
import { isHeadingLike, isTimestamp } from './text.ts';
import type { Caption, LineRole } from './types.ts';

export interface Block {
  kind: 'paragraph' | 'subhead' | 'figure';
  text: string;
  /** Photo credit of a figure. */
  credit: string | null;
}

export interface PostSection {
  /** The time exactly as written: `04:50 PM BST`. */
  label: string;
  headline: string | null;
  blocks: Block[];
}

export interface Sections {
  /** Text before the first post (all of it for an article). */
  lead: Block[];
  posts: PostSection[];
}

export interface LineRoleNote {
  role: LineRole;
  reason: string | null;
}

interface Draft {
  kind: 'paragraph' | 'caption';
  text: string;
  lines: number[];
  caption: Caption | null;
}

const SUBHEAD_MAX = 100;

/**
 * The article's content lines (page noise and front-matter lines already removed)
 * → the lead and the live-blog posts, with the role each line ended up in.
 *
 * - With `splitPosts`, a stand-alone time ("04:50 PM BST") starts a post; the next
 *   line is its headline when it reads like one. A post with a time but no text
 *   keeps its heading.
 * - A photo caption is kept as a figure only where it is the only content of a
 *   live-blog post (a "Pictured: …" post): there the photo is the news. Elsewhere it
 *   illustrates or repeats the text and is dropped with its credit line.
 * - A short line without end punctuation between two paragraphs is a subheading.
 */
export function buildSections(
  content: ContentLine[],
  captions: Caption[],
  splitPosts: boolean,
): { sections: Sections; roles: Map<number, LineRoleNote> } {
  const roles = new Map<number, LineRoleNote>();
  const captionAt = new Map(captions.map((c) => [c.line, c]));
  const creditLines = new Set(captions.flatMap((c) => (c.creditLine === null ? [] : [c.creditLine])));

  const lead: Draft[] = [];
  const posts: Array<{ label: string; headline: string | null; drafts: Draft[] }> = [];
  let awaitingHeadline = false;

  for (const [n, text] of content) {
    const current = posts[posts.length - 1];
    if (splitPosts && isTimestamp(text)) {
      posts.push({ label: text.trim(), headline: null, drafts: [] });
      roles.set(n, { role: 'post-time', reason: null });
      awaitingHeadline = true;
      continue;
    }
    if (awaitingHeadline && current) {
      awaitingHeadline = false;
      if (!captionAt.has(n) && !creditLines.has(n) && isHeadingLike(text)) {
        current.headline = text.trim();
        roles.set(n, { role: 'post-headline', reason: null });
        continue;
      }
    }
    if (creditLines.has(n)) continue; // handled with its caption
    const drafts = current ? current.drafts : lead;
    const caption = captionAt.get(n);
    if (caption)
      drafts.push({
        kind: 'caption',
        text: caption.text,
        lines: [n, ...(caption.creditLine === null ? [] : [caption.creditLine])],
        caption,
      });
    else drafts.push({ kind: 'paragraph', text: text.trim(), lines: [n], caption: null });
  }

  const finish = (drafts: Draft[], isPost: boolean): Block[] => {
    const keepCaptions = isPost && !drafts.some((d) => d.kind === 'paragraph');
    const kept = drafts.filter((d) => {
      if (d.kind === 'paragraph') return true;
      const c = d.caption;
      const lines = d.lines;
      if (keepCaptions && c) {
        roles.set(lines[0] ?? 0, { role: 'figure', reason: 'photo caption, the only content of its post' });
        if (lines[1] !== undefined)
          roles.set(lines[1], { role: 'figure-credit', reason: c.credit === null ? 'repeated caption line' : 'photo credit' });
        return true;
      }
      const repeated = c?.credit === null && c.creditLine !== null;
      for (const n of lines) {
        const reason = repeated ? 'photo caption (repeated line)' : n === lines[0] ? 'photo caption' : 'photo caption with credit';
        roles.set(n, { role: 'noise', reason });
      }
      return false;
    });
    return kept.map((d, i) => {
      if (d.kind === 'caption') return { kind: 'figure', text: d.text, credit: d.caption?.credit ?? null };
      const prev = kept[i - 1];
      const next = kept[i + 1];
      const subhead =
        prev?.kind === 'paragraph' && next?.kind === 'paragraph' && isHeadingLike(d.text, SUBHEAD_MAX) && !/(\.\.\.|…)$/u.test(d.text);
      for (const n of d.lines) roles.set(n, { role: subhead ? 'subhead' : 'text', reason: null });
      return { kind: subhead ? 'subhead' : 'paragraph', text: d.text, credit: null };
    });
  };

  return {
    sections: {
      lead: finish(lead, false),
      posts: posts.map((p) => ({ label: p.label, headline: p.headline, blocks: finish(p.drafts, true) })),
    },
    roles,
  };
}
