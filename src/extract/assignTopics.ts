import type { Knowledge, TopicRecord } from '../knowledge/types.ts';
import { PhraseIndex } from './phraseIndex.ts';

const cache = new WeakMap<Knowledge, PhraseIndex<TopicRecord>>();

/**
 * The topics whose phrases occur in the text, in taxonomy order.
 * Phrases match whole words in any case; `sanction*` matches any ending.
 */
export function assignTopics(text: string, knowledge: Knowledge): TopicRecord[] {
  let index = cache.get(knowledge);
  if (!index) {
    index = new PhraseIndex(knowledge.topics.flatMap((topic) => topic.phrases.map((phrase) => ({ phrase, value: topic }))));
    cache.set(knowledge, index);
  }
  const found = new Set(index.scan(text).flatMap((m) => m.values));
  return knowledge.topics.filter((t) => found.has(t));
}
