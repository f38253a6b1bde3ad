import type { Knowledge, TopicRecord } from '../knowledge/types.ts';

const cache = new WeakMap<Knowledge, Array<{ topic: TopicRecord; regex: RegExp }>>();

/** `sanction*` → a whole-word pattern matching sanction, sanctions, sanctioned. */
function phraseToRegex(phrases: string[]): RegExp {
  const parts = phrases.map((p) =>
    p
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*$/, '[\\p{L}-]*').replace(/'/g, "['’]"))
      .join('\\s+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The topics whose phrases occur in the text, in taxonomy order. */
export function assignTopics(text: string, knowledge: Knowledge): TopicRecord[] {
  let compiled = cache.get(knowledge);
  if (!compiled) {
    compiled = knowledge.topics.map((topic) => ({ topic, regex: phraseToRegex(topic.phrases) }));
    cache.set(knowledge, compiled);
  }
  return compiled.filter((c) => c.regex.test(text)).map((c) => c.topic);
}
