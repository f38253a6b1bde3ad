import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { blockText } from './blockText.ts';
import { remarkHtmlAsText } from './remarkHtmlAsText.ts';

export interface RawBlock {
  kind: 'paragraph' | 'heading' | 'list' | 'blockquote' | 'other';
  /** Heading depth, for headings. */
  depth: number | null;
  text: string;
  /** Sanitised HTML of the block (no id yet). */
  html: string;
  /** Line of the Markdown source the block starts on (1-based). */
  line: number;
}

// Sanitising guards links (javascript:, data:) and anything a later plugin might let through.
const processor = unified().use(remarkParse).use(remarkHtmlAsText).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

const KINDS: Partial<Record<MdastContent['type'], RawBlock['kind']>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  list: 'list',
  blockquote: 'blockquote',
};

/** Markdown body → its top-level blocks, each with plain text and sanitised HTML. */
export function markdownToBlocks(markdown: string): RawBlock[] {
  const mdast = processor.parse(markdown) as MdastRoot;
  const hast = processor.runSync(mdast) as HastRoot; // runs remarkHtmlAsText on mdast too
  // mdast and hast top-level nodes pair up by the source line they start on.
  const htmlByLine = new Map<number, string>();
  for (const node of hast.children) {
    const line = node.position?.start.line;
    if (node.type === 'element' && line !== undefined) {
      htmlByLine.set(line, processor.stringify({ type: 'root', children: [node] }).trim());
    }
  }
  const blocks: RawBlock[] = [];
  for (const node of mdast.children) {
    const html = htmlByLine.get(node.position?.start.line ?? -1);
    if (html === undefined || node.type === 'thematicBreak') continue;
    const text = blockText(node).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const line = node.position?.start.line ?? 1;
    blocks.push({ kind: KINDS[node.type] ?? 'other', depth: node.type === 'heading' ? node.depth : null, text, html, line });
  }
  return blocks;
}

/** Puts `id` on the outer element of a block's HTML. */
export function withId(html: string, id: string): string {
  return html.replace(/^<([a-z][a-z0-9]*)/, `<$1 id="${id}"`);
}
