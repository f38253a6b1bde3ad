import type { PersonRecord } from '../knowledge/types.ts';
import type { ArticlePeople } from './articlePeople.ts';

// "the minister", "the envoy", "the company": someone the article introduced with that role.
const ROLE_MENTION = /\b[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)(minister|envoy|president|spokes(?:man|woman|person)|official|ambassador|negotiator|secretary|senator|governor|mayor|chief|premier|analyst|skipper|company|ministry|agency|group|firm|commander|leader|chancellor|diplomat)\b/gu;

export function rolesOf(text: string, people: ArticlePeople): Array<{ start: number; end: number; record: PersonRecord }> {
  const found: Array<{ start: number; end: number; record: PersonRecord }> = [];
  for (const m of text.matchAll(ROLE_MENTION)) {
    // "the Omani foreign minister" is not the Iranian one: every word of the description must fit the role.
    const described = (m[1] ?? '').trim().split(/\s+/).filter((w) => w && !/^(?:foreign|defence|defense|top|chief|senior|former|new)$/i.test(w));
    const record = people.byRole((m[2] ?? '').replace('firm', 'company'), described);
    if (record) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, record });
  }
  return found;
}

