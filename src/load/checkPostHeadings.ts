import { parsePostHeading } from '../text/postHeading.ts';
import type { Article } from '../types.ts';
import type { ContentProblem } from './errors.ts';

// A heading that starts like a clock time is meant as a live-blog post heading.
const LOOKS_LIKE_POST = /^##\s+\d/;

/**
 * Live-blog post headings must carry a readable time in a known zone, or the posts cannot be ordered.
 * Reports the line of each bad heading and how to write it.
 */
export function checkPostHeadings(article: Article, timezones: Record<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  article.body.split('\n').forEach((line, i) => {
    if (!LOOKS_LIKE_POST.test(line)) return;
    const where = { file: article.file, field: `line ${article.bodyLine + i}` };
    const heading = parsePostHeading(line.replace(/^##\s+/, ''));
    if (!heading || heading.time === null) {
      problems.push({ ...where, message: `post heading "${line}" has no readable time: write it as "## 04:50 PM BST — Headline"` });
    } else if (heading.zone && !(heading.zone in timezones)) {
      problems.push({ ...where, message: `time zone "${heading.zone}" is unknown: add it to content/knowledge/timezones.yaml` });
    }
  });
  return problems;
}
