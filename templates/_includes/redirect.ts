// A page that has moved: a static redirect (no server needed) to the one canonical page.
import { html } from '../../src/render/html.ts';
import { absoluteUrl, href, type SiteConfig } from '../../src/site/siteConfig.ts';

export function redirectPage(site: SiteConfig, to: string, label: string): string {
  const target = href(site, to);
  return `<!DOCTYPE html>
${html`<html lang="en">
<head>
<meta charset="utf-8">
<title>${label}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${absoluteUrl(site, to)}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p>${label} is now on <a href="${target}">its timeline page</a>.</p>
</body>
</html>`.value}
`;
}
