import { noiseRuleFor, type NoiseRules } from '../knowledge/noiseRules.ts';
import type { Article } from '../types.ts';
import type { ContentProblem } from './errors.ts';

/** A body whose every line is page noise ("Advertisement", share buttons …) holds no article. */
export function checkBodyText(article: Article, noise: NoiseRules): ContentProblem[] {
  const lines = article.body
    .split('\n')
    .map((l) => l.replace(/^\s*(#+|[-*>]|\d+\.)\s*/, '').trim())
    .filter((l) => l !== '');
  if (lines.length === 0 || lines.some((l) => noiseRuleFor(l, noise) === null)) return [];
  return [
    {
      file: article.file,
      field: 'body',
      message: 'has no article text, only page noise (advertisements, share buttons …): paste the article text below the front matter',
    },
  ];
}
