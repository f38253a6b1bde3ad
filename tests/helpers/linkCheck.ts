// A link checker over a built site: every internal link (href, src, action) and every `#anchor`
// must resolve to a file of the tree (and an element with that id), under the site's path prefix.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { htmlFiles } from './buildInto.ts';

export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.findAll>[number];

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true });
}

/** Every element of a document, in document order. */
export function allElements(doc: Document): Element[] {
  return DomUtils.findAll(() => true, doc.children);
}

/** The text of a node as a reader sees it (entities decoded, tags gone). */
export function textOf(doc: Document | Element): string {
  return DomUtils.textContent(doc);
}

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'frame',
  'frameset',
  'template',
]);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background', 'data'];

/** The scheme of a URL as a browser reads it (it ignores tabs, newlines and leading spaces/controls), lower case. */
export function schemeOf(url: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a browser strips here
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase() ?? null;
}

/** Attributes that run script or load a dangerous URL: `on*=`, and javascript:/data:/vbscript: URLs. */
export function dangerousAttributes(el: Element): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(el.attribs)) {
    if (/^on/i.test(name)) found.push(`${name}= on <${el.name}>`);
    const scheme = URL_ATTRIBUTES.includes(name) ? schemeOf(value) : null;
    if (scheme !== null && !['http', 'https', 'mailto'].includes(scheme)) found.push(`${name}="${value}" on <${el.name}>`);
  }
  return found;
}

/**
 * What a fragment of content HTML (an article block, a feed entry) could do if it were live: elements
 * that run, load or restyle things, inline styles, event handlers and dangerous URLs. [] when harmless.
 */
export function dangers(html: string): string[] {
  const found: string[] = [];
  for (const el of allElements(parseHtml(html))) {
    if (FORBIDDEN_ELEMENTS.has(el.name)) found.push(`<${el.name}>`);
    if (el.attribs.style !== undefined) found.push(`style= on <${el.name}>`);
    found.push(...dangerousAttributes(el));
  }
  return found;
}

export interface LinkProblem {
  /** The page the link is on, relative to the site root. */
  page: string;
  /** The link as written. */
  link: string;
  reason: string;
}

export interface LinkCheckOptions {
  /** `/` or `/newsline/`: every internal link must start with it. */
  pathPrefix?: string;
  /** Absolute URLs on this origin (+ prefix) are internal too (canonical, og:url): `https://example.org`. */
  siteUrl?: string;
}

export interface LinkCheckResult {
  problems: LinkProblem[];
  pages: number;
  /** Internal links checked. */
  links: number;
  /** Internal links with a fragment that were checked against an id. */
  anchors: number;
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};

const BASE = 'http://newsline.invalid';

/** Resolves a site URL path (`/newsline/people/x/`) to a file of the tree, or null. */
async function fileFor(siteDir: string, urlPath: string, prefix: string): Promise<string | null> {
  if (!urlPath.startsWith(prefix)) return null;
  let rel = decodeURIComponent(urlPath.slice(prefix.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const abs = path.join(siteDir, rel);
  if (!abs.startsWith(path.resolve(siteDir))) return null;
  try {
    const s = await stat(abs);
    if (s.isFile()) return rel.split(path.sep).join('/');
    if (s.isDirectory()) {
      const index = path.join(abs, 'index.html');
      if ((await stat(index)).isFile()) return `${rel}/index.html`;
    }
  } catch {
    return null;
  }
  return null;
}

/** The URL path a page is served at: `people/x/index.html` → `/people/x/`. */
export function pageUrlPath(rel: string, prefix: string): string {
  return prefix + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Checks every internal link and fragment of every HTML page under `siteDir`. */
export async function checkLinks(siteDir: string, options: LinkCheckOptions = {}): Promise<LinkCheckResult> {
  const prefix = options.pathPrefix ?? '/';
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : null;
  const pages = await htmlFiles(siteDir);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = async (rel: string): Promise<Set<string>> => {
    let ids = idsCache.get(rel);
    if (!ids) {
      const doc = parseHtml(await readFile(path.join(siteDir, rel), 'utf8'));
      ids = new Set<string>();
      for (const el of allElements(doc)) {
        if (el.attribs.id) ids.add(el.attribs.id);
        if (el.name === 'a' && el.attribs.name) ids.add(el.attribs.name);
      }
      idsCache.set(rel, ids);
    }
    return ids;
  };
  const problems: LinkProblem[] = [];
  let links = 0;
  let anchors = 0;
  const fileCache = new Map<string, string | null>();

  for (const page of pages) {
    const doc = parseHtml(await readFile(path.join(siteDir, page), 'utf8'));
    const base = new URL(pageUrlPath(page, prefix), BASE);
    const baseElement = DomUtils.findOne((e) => e.name === 'base', doc.children);
    if (baseElement?.attribs.href)
      problems.push({ page, link: baseElement.attribs.href, reason: '<base> changes how every link resolves' });
    for (const el of allElements(doc)) {
      for (const attr of LINK_ATTRIBUTES[el.name] ?? []) {
        const raw = el.attribs[attr];
        if (raw === undefined) continue;
        const link = raw.trim();
        if (link === '') {
          problems.push({ page, link: raw, reason: `empty ${attr} on <${el.name}>` });
          continue;
        }
        let url: URL;
        try {
          url = new URL(link, base);
        } catch {
          problems.push({ page, link, reason: 'is not a URL' });
          continue;
        }
        let internal = url.origin === BASE;
        if (!internal && siteOrigin && url.origin === siteOrigin) {
          internal = true;
          url = new URL(url.pathname + url.search + url.hash, BASE);
        }
        if (!internal) continue;
        links++;
        if (!url.pathname.startsWith(prefix)) {
          problems.push({ page, link, reason: `is outside the path prefix ${prefix}` });
          continue;
        }
        let target = fileCache.get(url.pathname);
        if (target === undefined) {
          target = await fileFor(siteDir, url.pathname, prefix);
          fileCache.set(url.pathname, target);
        }
        if (target === null) {
          problems.push({ page, link, reason: `no file for ${url.pathname}` });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment === '' || fragment === 'top' || !target.endsWith('.html')) continue;
        anchors++;
        if (!(await idsOf(target)).has(fragment)) problems.push({ page, link, reason: `no element with id "${fragment}" in ${target}` });
      }
    }
  }
  return { problems, pages: pages.length, links, anchors };
}

/** One line per problem, for assertion messages (the first `max`). */
export function formatLinkProblems(problems: LinkProblem[], max = 40): string {
  const lines = problems.slice(0, max).map((p) => `${p.page}: ${p.link}: ${p.reason}`);
  if (problems.length > max) lines.push(`… and ${problems.length - max} more`);
  return lines.join('\n');
}
