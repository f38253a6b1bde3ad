import { isMatch } from 'date-fns/isMatch';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { z } from 'zod';

const DATE_ONLY = 'yyyy-MM-dd';

/** `2025-04-04`, `2025-04-04T16:50`, `2025-04-04T16:50:00+01:00`, `…Z`; and a real calendar date. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!m?.[1]) return false;
  // isMatch rejects 2025-02-30, which parseISO would silently roll over.
  return isMatch(m[1], DATE_ONLY) && isValid(parseISO(value));
}

/** An absolute http(s) URL, as a page's `url` and the site's `url` must be. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value);
}

const isoDate = z
  .string({
    required_error: 'is missing (an ISO 8601 date such as 2025-04-04)',
    invalid_type_error: 'must be an ISO 8601 date such as 2025-04-04',
  })
  .refine(isIsoDate, (v) => ({
    message: `${JSON.stringify(v)} is not a date (use ISO 8601, e.g. 2025-04-04 or 2025-04-04T16:50:00+01:00)`,
  }));

/** A required text field; `what` says what belongs there in its messages. */
export const nonEmpty = (what: string) =>
  z
    .string({ required_error: `is missing (${what})`, invalid_type_error: `must be text (${what})` })
    .trim()
    .min(1, `is empty (${what})`);

export const frontMatterSchema = z
  .object({
    title: nonEmpty('the headline'),
    source: nonEmpty('the outlet, e.g. The Telegraph'),
    published: isoDate,
    url: z
      .string({ invalid_type_error: 'must be an http(s) URL' })
      .refine(isHttpUrl, (v) => ({
        message: `${JSON.stringify(v)} is not an http(s) URL: use the page's https:// address, or remove the url line`,
      }))
      .optional(),
    kind: z.enum(['article', 'liveblog'], {
      errorMap: (_issue, ctx) => ({ message: `${JSON.stringify(ctx.data)} is not a known kind (use article or liveblog)` }),
    }),
    authors: z.array(z.string().trim().min(1), { invalid_type_error: 'must be a list of names' }).default([]),
    retrieved: isoDate.optional(),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
