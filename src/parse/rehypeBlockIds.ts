import type { Root } from 'hast';

export interface BlockIdsOptions {
  /** One id per top-level element, in order. */
  ids: readonly string[];
}

/** Puts `id` on each top-level element of the tree (an article body's blocks), first among its attributes. */
export function rehypeBlockIds(options: BlockIdsOptions) {
  return (tree: Root) => {
    let i = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const id = options.ids[i++];
      if (id !== undefined) node.properties = { id, ...node.properties };
    }
  };
}
