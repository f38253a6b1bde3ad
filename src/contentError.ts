// Bad content, whichever step finds it (the knowledge loader, the content loaders, extraction): one
// problem per file and field. At the bottom of the layers so that every step can report it.

/** One problem found in one content file. */
export interface ContentProblem {
  /** Path relative to the repository root. */
  file: string;
  /** Front-matter field, `body`, or `line N`. */
  field: string;
  message: string;
}

/** Bad content: the build stops before anything is rendered. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} problem(s) in content`);
    this.name = 'ContentError';
  }

  /** One line per problem: `content/articles/x.md: published: "2025-13-40" is not a date`. */
  format(): string {
    return this.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
  }
}
