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
  const { lead, posts } = draftSections(content, captions, splitPosts, roles);
  return {
    sections: {
      lead: finishBlocks(lead, false, roles),
      posts: posts.map((p) => ({ label: p.label, headline: p.headline, blocks: finishBlocks(p.drafts, true, roles) })),
    },
    roles,
  };
}

/** A live-blog post being built: its time, its headline, its drafts. */
interface DraftPost {
  label: string;
  headline: string | null;
  drafts: Draft[];
}

/** The content lines → drafts of the lead and of each post; post times and headlines get their roles in `roles`. */
function draftSections(
  content: ContentLine[],
  captions: Caption[],
  splitPosts: boolean,
  roles: Map<number, LineRoleNote>,
): { lead: Draft[]; posts: DraftPost[] } {
  const captionAt = new Map(captions.map((c) => [c.line, c]));
  const creditLines = new Set(captions.flatMap((c) => (c.creditLine === null ? [] : [c.creditLine])));

  const lead: Draft[] = [];
  const posts: DraftPost[] = [];
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
  return { lead, posts };
}

/** The drafts of the lead or of one post → its blocks, each line's role noted in `roles`. */
function finishBlocks(drafts: Draft[], isPost: boolean, roles: Map<number, LineRoleNote>): Block[] {
  return toBlocks(keepCaptionsAsFigures(drafts, isPost, roles), roles);
}

/** Drops the captions (noted as noise), except in a post that has nothing else: there they are figures. */
function keepCaptionsAsFigures(drafts: Draft[], isPost: boolean, roles: Map<number, LineRoleNote>): Draft[] {
  const keepCaptions = isPost && !drafts.some((d) => d.kind === 'paragraph');
  return drafts.filter((d) => {
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
}

/** Kept drafts → blocks: captions as figures, a short unpunctuated line between two paragraphs as a subheading. */
function toBlocks(kept: Draft[], roles: Map<number, LineRoleNote>): Block[] {
  return kept.map((d, i) => {
    if (d.kind === 'caption') return { kind: 'figure', text: d.text, credit: d.caption?.credit ?? null };
    const prev = kept[i - 1];
    const next = kept[i + 1];
    const subhead =
      prev?.kind === 'paragraph' && next?.kind === 'paragraph' && isHeadingLike(d.text, SUBHEAD_MAX) && !/(\.\.\.|…)$/u.test(d.text);
    for (const n of d.lines) roles.set(n, { role: subhead ? 'subhead' : 'text', reason: null });
    return { kind: subhead ? 'subhead' : 'paragraph', text: d.text, credit: null };
  });
}
