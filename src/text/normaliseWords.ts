/**
 * Words of a text for comparing wording, not bytes: case, accents, punctuation, quote style
 * and British/American spelling (endeavour/endeavor, emphasise/emphasize) are ignored.
 */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) =>
      w
        .replace(/our$/, 'or')
        .replace(/is(e|ed|es|ing)$/, 'iz$1')
        .replace(/ce$/, 'se'),
    );
}
