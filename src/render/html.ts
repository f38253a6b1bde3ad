/**
 * A tagged template for HTML that escapes every interpolated value unless it is already `SafeHtml`.
 * The only ways to make `SafeHtml` are the `html` tag itself and `raw()`, so markup from data can
 * only reach a page through an explicit, greppable `raw(...)`.
 *
 * This runs for every value of every page (millions of times in a large build), so it is written
 * for speed: type checks cheapest first, text without special characters returned as it is, and
 * lists concatenated in place rather than mapped and joined (a join copies every card again).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may appear inside `${}`: text (escaped), markup, or nothing (`null`, `undefined`, `false`). */
export type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

const SPECIAL = /[&<>"]/;

/**
 * Escapes text for element content and for attribute values. Templates always quote attributes
 * with double quotes, so an apostrophe never needs escaping (and "it's" stays readable).
 */
export function escapeHtml(text: string): string {
  // Most values (names, slugs, paths, dates) have nothing to escape: one scan, no copy.
  const first = text.search(SPECIAL);
  if (first === -1) return text;
  let out = '';
  let last = 0;
  for (let i = first; i < text.length; i++) {
    let entity: string;
    switch (text.charCodeAt(i)) {
      case 38: // &
        entity = '&amp;';
        break;
      case 60: // <
        entity = '&lt;';
        break;
      case 62: // >
        entity = '&gt;';
        break;
      case 34: // "
        entity = '&quot;';
        break;
      default:
        continue;
    }
    if (last !== i) out += text.slice(last, i);
    out += entity;
    last = i + 1;
  }
  return last < text.length ? out + text.slice(last) : out;
}

function render(value: Interpolation): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof SafeHtml) return value.value;
  // A number's decimal form has no character that needs escaping.
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) {
    const list: readonly Interpolation[] = value;
    let out = '';
    for (let i = 0; i < list.length; i++) out += render(list[i]);
    return out;
  }
  // Anything else an untyped caller slips in (true, an object) is text like any other.
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]);
    out += strings[i + 1] ?? '';
  }
  return new SafeHtml(out);
}

let sink = 0;

/**
 * For markup that goes onto many pages (an entry card, the page header). V8 keeps a string built
 * with `+=` as a tree of its pieces and walks the whole tree again for every page that copies it
 * in; converting a string to a number makes V8 first store it as one flat string, in place. (The
 * number, NaN, is kept only so the conversion cannot be optimised away.)
 */
export function flatten(markup: SafeHtml): SafeHtml {
  sink = Number(markup.value) || sink;
  return markup;
}

/** Marks already-safe markup (the sanitised block HTML from the content pipeline) as such. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins fragments with an (escaped) separator: `join(links, ', ')`. Empty fragments are left out. */
export function join(parts: readonly Interpolation[], separator: Interpolation): SafeHtml {
  const sep = render(separator);
  let out = '';
  let first = true;
  for (let i = 0; i < parts.length; i++) {
    const part = render(parts[i]);
    if (part === '') continue;
    out += first ? part : sep + part;
    first = false;
  }
  return new SafeHtml(out);
}

/** Only http(s) links from content reach an `href`; anything else (javascript:, data:) is dropped. */
export function externalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
