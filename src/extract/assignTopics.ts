import type { Knowledge, TopicRecord } from '../knowledge/types.ts';
import { PhraseIndex } from './phraseIndex.ts';

interface TopicIndexes {
  phrases: PhraseIndex<TopicRecord>;
  exceptions: PhraseIndex<TopicRecord>;
}

const cache = new WeakMap<Knowledge, TopicIndexes>();

function indexesOf(knowledge: Knowledge): TopicIndexes {
  let indexes = cache.get(knowledge);
  if (!indexes) {
    const of = (list: (t: TopicRecord) => string[]) =>
      new PhraseIndex(knowledge.topics.flatMap((topic) => list(topic).map((phrase) => ({ phrase, value: topic }))));
    indexes = { phrases: of((t) => t.phrases), exceptions: of((t) => t.except) };
    cache.set(knowledge, indexes);
  }
  return indexes;
}

/**
 * The topics whose phrases occur in the text, in taxonomy order.
 * Phrases match whole words in any case; `sanction*` matches any ending. A match inside one of the
 * topic's `except` phrases does not count.
 */
export function assignTopics(text: string, knowledge: Knowledge): TopicRecord[] {
  const { phrases, exceptions } = indexesOf(knowledge);
  const excepted = exceptions.scan(text);
  const found = new Set(
    phrases
      .scan(text)
      .flatMap((m) => m.values.filter((topic) => !excepted.some((x) => x.start <= m.start && x.end >= m.end && x.values.includes(topic)))),
  );
  return knowledge.topics.filter((t) => found.has(t));
}
