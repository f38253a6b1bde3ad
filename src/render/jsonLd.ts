import { raw, type SafeHtml } from './html.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/**
 * JSON that is safe inside a `<script>` element: `<` is escaped so no string in the data can close
 * the element (`</script>`) or open a comment. Also used for the .json outputs, where it is harmless.
 * Nearly all the time here is JSON.stringify itself. Measured on timeline.json and timelinejs.json
 * (13 MB each): these one-character global regexes are the fastest escaping (V8 searches for one
 * character quickly and returns the string itself when nothing matches); a single character-class
 * regex with a replacement callback, or includes() checks first, were slower.
 */
export function scriptSafeJson(value: JsonValue, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A schema.org JSON-LD block. The CSP allows it: a data block is not script. */
export function jsonLdScript(value: JsonValue): SafeHtml {
  return raw(`<script type="application/ld+json">${scriptSafeJson(value)}</script>`);
}
