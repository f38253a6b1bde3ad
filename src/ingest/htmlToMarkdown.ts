import type { Element, Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

// What is not article text: media, embeds, scripts, forms and the widgets built from them.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'embed',
  'object',
  'video',
  'audio',
  'picture',
  'img',
  'svg',
  'canvas',
  'figure',
  'figcaption',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
]);

/** A rehype step: removes media, embeds, scripts and figures (with their captions) from the tree. */
function rehypeDropMedia() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent && index !== undefined && DROPPED.has(node.tagName)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

/**
 * An article's HTML (a Readability result or any fragment) → Markdown for a content file's body:
 * paragraphs, headings, block quotes and lists kept; images, figures, embeds and scripts dropped.
 */
export function htmlToMarkdown(html: string): string {
  const file = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeDropMedia)
    .use(rehypeRemark)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' })
    .processSync(html);
  return String(file).trim() + '\n';
}
