/** "Jean-Noël Barrot" → "jean-noel-barrot": lowercase ASCII words joined by hyphens. */
export function slugify(text: string, maxLength = 80): string {
  // Most names are plain ASCII: decomposing them changes nothing and costs the most.
  const slug = (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-$/, '');
}
