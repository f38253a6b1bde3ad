/**
 * A tagged template for HTML that escapes every interpolated value unless it is already `SafeHtml`.
 * The only ways to make `SafeHtml` are the `html` tag itself and `raw()`, so markup from data can
 * only reach a page through an explicit, greppable `raw(...)`.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may appear inside `${}`: text (escaped), markup, or nothing (`null`, `undefined`, `false`). */
export type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for element content and for attribute values. Templates always quote attributes
 * with double quotes, so an apostrophe never needs escaping (and "it's" stays readable).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks already-safe markup (the sanitised block HTML from the content pipeline) as such. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins fragments with an (escaped) separator: `join(links, ', ')`. */
export function join(parts: readonly Interpolation[], separator: Interpolation): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(parts.map(render).filter((s) => s !== '').join(sep));
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
