import type { Nodes } from 'mdast';

const BLOCK = new Set(['list', 'listItem', 'blockquote', 'root', 'table', 'tableRow', 'tableCell']);

/**
 * The plain text of a Markdown block. Unlike mdast-util-to-string it keeps words of separate
 * list items, quoted paragraphs and hard line breaks apart ("- a\n- b" → "a b", not "ab").
 */
export function blockText(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(blockText);
  return BLOCK.has(node.type) ? parts.join(' ') : parts.join('');
}
