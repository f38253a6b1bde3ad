import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Raw HTML in an article is page debris or an attack, never markup we trust:
 * turn it into plain text so readers see exactly what the source contained. Comments are dropped.
 */
export function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      // An HTML comment is an editor's note (a source URL, a reminder): not part of the article.
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) {
        parent.children.splice(index, 1);
        return index;
      }
      const text = { type: 'text' as const, value: node.value, ...(node.position ? { position: node.position } : {}) };
      // A block of HTML at the top level becomes a paragraph of text.
      const replacement: Paragraph | typeof text =
        parent.type === 'root' ? { type: 'paragraph', children: [text], ...(node.position ? { position: node.position } : {}) } : text;
      parent.children.splice(index, 1, replacement as never);
    });
  };
}
