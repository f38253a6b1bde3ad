import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { blockText } from './blockText.ts';
import { rehypeBlockIds } from './rehypeBlockIds.ts';
import { rehypeOutline } from './rehypeOutline.ts';
import { remarkHtmlAsText } from './remarkHtmlAsText.ts';

export interface RawBlock {
  kind: 'paragraph' | 'heading' | 'list' | 'blockquote' | 'other';
  /** Heading depth, for headings. */
  depth: number | null;
  text: string;
  /** The block's sanitised hast element (its HTML comes from blocksToHtml). */
  element: Element;
  /** Line of the Markdown source the block starts on (1-based). */
  line: number;
}

// Sanitising guards links (javascript:, data:) and anything a later plugin might let through.
const processor = unified().use(remarkParse).use(remarkHtmlAsText).use(remarkRehype).use(rehypeSanitize);
const stringifier = unified().use(rehypeStringify).freeze();

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
  const elementByLine = new Map<number, Element>();
  for (const node of hast.children) {
    const line = node.position?.start.line;
    if (node.type === 'element' && line !== undefined) elementByLine.set(line, node);
  }
  const blocks: RawBlock[] = [];
  for (const node of mdast.children) {
    const element = elementByLine.get(node.position?.start.line ?? -1);
    if (element === undefined || node.type === 'thematicBreak') continue;
    const text = blockText(node).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const line = node.position?.start.line ?? 1;
    blocks.push({ kind: KINDS[node.type] ?? 'other', depth: node.type === 'heading' ? node.depth : null, text, element, line });
  }
  return blocks;
}

/**
 * The blocks of one article as HTML, one string per block: each with its id (`ids`, in order) on its
 * outer element and its heading level fitted under the page's h1. The blocks' elements are changed.
 */
export function blocksToHtml(blocks: readonly RawBlock[], ids: readonly string[]): string[] {
  const tree: HastRoot = { type: 'root', children: blocks.map((b) => b.element) };
  unified().use(rehypeBlockIds, { ids }).use(rehypeOutline).runSync(tree);
  return tree.children.map((node) => stringifier.stringify({ type: 'root', children: [node] }).trim());
}
