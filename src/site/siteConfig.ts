import { loadSiteSettings } from '../load/loadSiteSettings.ts';

/** Where the content lives, relative to the repository root (the working directory of every build). */
export const CONTENT_DIR = 'content/articles';
export const KNOWLEDGE_DIR = 'content/knowledge';
/** The site's own settings: title, URL, language, description, publisher. */
export const SITE_FILE = 'content/site.yaml';

/** What absolute links use while the site's URL is not set. */
const PLACEHOLDER_URL = 'https://example.org';

/** Where the site is published and what it is called. Plain data: it travels as Eleventy global data `site`. */
export interface SiteConfig {
  title: string;
  /** BCP 47 language tag of the content: `en`. */
  language: string;
  /** One sentence saying what the site is. */
  description: string;
  publisher: string;
  /** Origin (and any path the host adds), no trailing slash: `https://example.org`. */
  siteUrl: string;
  /** True when neither the settings nor SITE_URL give the URL, and siteUrl is a placeholder. */
  siteUrlMissing?: boolean;
  /** Leading and trailing slash: `/` or `/newsline/`. */
  pathPrefix: string;
}

export function normalisePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The site's settings (content/site.yaml), with SITE_URL, SITE_TITLE and PATH_PREFIX from the
 * environment taking precedence. Throws `ContentError` naming the file and field of a bad setting.
 */
export function siteConfigFromEnv(env: NodeJS.ProcessEnv = process.env, file = SITE_FILE): SiteConfig {
  const settings = loadSiteSettings(file);
  const url = (env.SITE_URL?.trim() || settings.url || '').replace(/\/+$/, '');
  return {
    title: env.SITE_TITLE?.trim() || settings.title,
    language: settings.language,
    description: settings.description,
    publisher: settings.publisher,
    siteUrl: url || PLACEHOLDER_URL,
    ...(url ? {} : { siteUrlMissing: true }),
    pathPrefix: normalisePathPrefix(env.PATH_PREFIX),
  };
}

/** The one line a build prints when the site has no URL of its own, else null. */
export function siteUrlNotice(site: SiteConfig): string | null {
  return site.siteUrlMissing
    ? `newsline: site URL not set (${SITE_FILE} url or SITE_URL): feeds and links in exports use ${site.siteUrl}`
    : null;
}

/** A site path (`/people/x/`) as a link on the published site (`/newsline/people/x/`). */
export function href(site: SiteConfig, path: string): string {
  return site.pathPrefix + path.replace(/^\/+/, '');
}

/** A site path as an absolute URL, for canonical links, feeds and JSON-LD. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return site.siteUrl + href(site, path);
}
