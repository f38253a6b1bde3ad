import { ContentError } from '../contentError.ts';

export { ContentError, type ContentProblem } from '../contentError.ts';

/** What to print for a failure: the problem lines for bad content, else the stack. */
export function describeError(error: unknown): string {
  if (error instanceof ContentError) return error.format();
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
