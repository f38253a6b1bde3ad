import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ContentError } from './errors.ts';
import { isHttpUrl, nonEmpty } from './frontMatterSchema.ts';
import { parseYamlFile } from './parseYamlFile.ts';

/** The site's own settings (content/site.yaml). */
export interface SiteSettings {
  title: string;
  /** Where the site is published, `https://…`; absent until the site has a home. */
  url?: string;
  /** BCP 47 language tag of the content: `en`, `en-GB`. */
  language: string;
  /** One sentence saying what the site is. */
  description: string;
  /** Who publishes the site (feeds' author). */
  publisher: string;
}

const schema = z
  .object({
    title: nonEmpty("the site's name"),
    url: z
      .string({ invalid_type_error: 'must be an http(s) URL' })
      .trim()
      .refine(
        (v) => v === '' || isHttpUrl(v),
        (v) => ({ message: `${JSON.stringify(v)} is not an http(s) URL: use the site's https:// address, or leave it empty` }),
      )
      .nullable()
      .optional(),
    language: nonEmpty('a language tag such as en or en-GB').refine(
      (v) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v),
      (v) => ({ message: `${JSON.stringify(v)} is not a language tag (use e.g. en or en-GB)` }),
    ),
    description: nonEmpty('one sentence saying what the site is'),
    publisher: nonEmpty('who publishes the site'),
  })
  .strict();

/**
 * Reads and checks the site's settings; every problem names the file and the field. Synchronous: the
 * settings are needed where Eleventy's configuration is made, which cannot wait.
 */
export function loadSiteSettings(file: string): SiteSettings {
  if (!existsSync(file))
    throw new ContentError([
      { file, field: 'file', message: 'is missing: the site settings (title, url, language, description, publisher)' },
    ]);
  const raw = parseYamlFile(file, readFileSync(file, 'utf8')) ?? {};
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((i) =>
        i.code === 'unrecognized_keys'
          ? { file, field: i.keys.join(', '), message: 'is not a setting (the settings are title, url, language, description, publisher)' }
          : { file, field: i.path.length > 0 ? i.path.join('.') : 'file', message: i.message },
      ),
    );
  }
  const { url, ...rest } = result.data;
  return { ...rest, ...(url ? { url: url.replace(/\/+$/, '') } : {}) };
}
