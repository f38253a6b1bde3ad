// Page noise ("Advertisement", share buttons, "Related articles") as content/knowledge/noise.yaml
// describes it: the rules, how the file is read, and which rule a line matches. The import tool
// drops such lines; the content check refuses a body made only of them.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { fold, key } from '../text/fold.ts';

/** One phrase-based noise rule from content/knowledge/noise.yaml. */
export interface NoiseRule {
  label: string;
  lines: string[];
  starts: string[];
  contains: string[];
  patterns: RegExp[];
}

export interface NoiseRules {
  maxContainsLength: number;
  noise: NoiseRule[];
  endOfArticle: { label: string; lines: string[] };
  liveblogTitle: string[];
}

export const phrases = z.array(z.string().min(1)).default([]);

const pattern = z.string().transform((source, ctx) => {
  try {
    return new RegExp(source, 'iu');
  } catch (err) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `is not a regular expression: ${err instanceof Error ? err.message : String(err)}`,
    });
    return z.NEVER;
  }
});

const noiseRulesSchema = z.object({
  maxContainsLength: z.number().int().positive().default(300),
  noise: z.array(
    z.object({
      label: z.string().min(1),
      lines: phrases,
      starts: phrases,
      contains: phrases,
      patterns: z.array(pattern).default([]),
    }),
  ),
  endOfArticle: z.object({ label: z.string().min(1), lines: phrases }),
  liveblogTitle: phrases,
});

/** A knowledge file's text checked against its schema; throws naming the file and the first bad field. */
export function parseYamlWith<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, text: string, file: string): T {
  const result = schema.safeParse(parseYaml(text, { schema: 'core' }));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'is not valid'}`);
  }
  return result.data;
}

/** The text of content/knowledge/noise.yaml → the rules; throws naming the file and field when it is malformed. */
export function parseNoiseRules(text: string, file = 'content/knowledge/noise.yaml'): NoiseRules {
  return parseYamlWith(noiseRulesSchema, text, file);
}

/** The label of the first phrase rule a line matches, or null. */
export function noiseRuleFor(text: string, rules: NoiseRules): string | null {
  const folded = fold(text);
  const k = folded.toLowerCase();
  if (k === '') return null;
  for (const rule of rules.noise) {
    if (rule.lines.some((p) => key(p) === k)) return rule.label;
    if (rule.starts.some((p) => k.startsWith(key(p)))) return rule.label;
    if (k.length <= rules.maxContainsLength && rule.contains.some((p) => k.includes(key(p)))) return rule.label;
    if (rule.patterns.some((re) => re.test(folded))) return rule.label;
  }
  return null;
}
