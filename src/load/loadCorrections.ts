import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ContentError } from './errors.ts';
import { parseYamlFile } from './parseYamlFile.ts';

/** An editor's correction of one quote's speaker, date or place (content/corrections.yaml). */
export interface Correction {
  /** Position in the file, from 1, for messages. */
  index: number;
  article: string;
  /** The quote's first words, as the article gives them. */
  quote: string;
  /** A name sets the speaker; null clears it; absent leaves it. */
  speaker?: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date?: string;
  place?: string | null;
  /** The entry is a key moment, whatever the rules of the key-moments page say. */
  key?: true;
}

const schema = z.array(
  z
    .object({
      article: z.string({ required_error: 'is missing: the article id (its file name without .md)' }).min(1),
      quote: z
        .string({ required_error: "is missing: the quote's first words" })
        .min(3, "needs the quote's first words (at least 3 characters)"),
      speaker: z.string().min(1).nullable().optional(),
      date: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date such as 2025-04-17, 2025-04 or 2025')
        .optional(),
      place: z.string().min(1).nullable().optional(),
      key: z.literal(true, { errorMap: () => ({ message: 'must be true (a key moment), or left out' }) }).optional(),
    })
    .strict()
    .refine((c) => c.speaker !== undefined || c.date !== undefined || c.place !== undefined || c.key !== undefined, {
      message: 'sets nothing: give a speaker, date, place or key',
    }),
);

/** Reads an editor's corrections; a missing file means none. Every problem is reported with its entry's position. */
export async function loadCorrections(file: string): Promise<Correction[]> {
  if (!existsSync(file)) return [];
  const raw = parseYamlFile(file, await readFile(file, 'utf8')) ?? [];
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((i) => {
        const [at, ...field] = i.path;
        return {
          file,
          field: typeof at === 'number' ? `entry ${at + 1}${field.length ? `.${field.join('.')}` : ''}` : 'file',
          message: i.message,
        };
      }),
    );
  }
  return result.data.map((c, i) => ({ index: i + 1, ...c }));
}
