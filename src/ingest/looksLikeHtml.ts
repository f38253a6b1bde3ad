/** Whether a text is an HTML page rather than plain text copied from one. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:head|body|article|p|div)[\s>]/.test(head);
}
