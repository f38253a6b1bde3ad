/** Where the content lives, relative to the repository root (the working directory of every build). */
export const CONTENT_DIR = 'content/articles';
export const KNOWLEDGE_DIR = 'content/knowledge';

/** Where the site is published. Plain data: it travels as Eleventy global data `site`. */
export interface SiteConfig {
  title: string;
  /** Origin (and any path the host adds), no trailing slash: `https://example.org`. */
  siteUrl: string;
  /** Leading and trailing slash: `/` or `/newsline/`. */
  pathPrefix: string;
}

export function normalisePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function siteConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  return {
    title: 'Newsline',
    siteUrl: (env.SITE_URL?.trim() || 'https://example.org').replace(/\/+$/, ''),
    pathPrefix: normalisePathPrefix(env.PATH_PREFIX),
  };
}

/** A site path (`/people/x/`) as a link on the published site (`/newsline/people/x/`). */
export function href(site: SiteConfig, path: string): string {
  return site.pathPrefix + path.replace(/^\/+/, '');
}

/** A site path as an absolute URL, for canonical links, feeds and JSON-LD. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return site.siteUrl + href(site, path);
}
