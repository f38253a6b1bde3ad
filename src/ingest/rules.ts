import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { NoiseRules, Outlet } from './types.ts';

const phrases = z.array(z.string().min(1)).default([]);

const pattern = z.string().transform((source, ctx) => {
  try {
    return new RegExp(source, 'iu');
  } catch (err) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `is not a regular expression: ${err instanceof Error ? err.message : String(err)}` });
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

const outletsSchema = z.array(
  z.object({
    name: z.string().min(1),
    mastheads: phrases,
    footers: phrases,
    markers: phrases,
  }),
);

function parseWith<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, text: string, file: string): T {
  const result = schema.safeParse(parseYaml(text, { schema: 'core' }));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'is not valid'}`);
  }
  return result.data;
}

/** The text of content/knowledge/noise.yaml → the rules; throws naming the file and field when it is malformed. */
export function parseNoiseRules(text: string, file = 'content/knowledge/noise.yaml'): NoiseRules {
  return parseWith(noiseRulesSchema, text, file);
}

/** The text of outlets.yaml → the outlets; throws naming the file and field when it is malformed. */
export function parseOutlets(text: string, file = 'outlets.yaml'): Outlet[] {
  return parseWith(outletsSchema, text, file);
}
