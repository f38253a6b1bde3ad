// A page that has moved: a static redirect (no server needed) to the one canonical page.
import { html } from '../../src/render/html.ts';
import { absoluteUrl, href, type SiteConfig } from '../../src/site/siteConfig.ts';
import { paths } from '../../src/site/paths.ts';
import { CONTENT_SECURITY_POLICY } from './layout.ts';

export function redirectPage(site: SiteConfig, to: string, label: string): string {
  const target = href(site, to);
  return `<!DOCTYPE html>
${
  html`<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${label}</title>
<link rel="icon" href="${href(site, paths.favicon)}" type="image/svg+xml">
<meta name="robots" content="noindex">
<link rel="canonical" href="${absoluteUrl(site, to)}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<h1>${label}</h1>
<p>This page has moved: ${label} is now on <a href="${target}">its timeline page</a>.</p>
</body>
</html>`.value
}
`;
}
