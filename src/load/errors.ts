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

/** What to print for a failure: the problem lines for bad content, else the stack. */
export function describeError(error: unknown): string {
  if (error instanceof ContentError) return error.format();
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
