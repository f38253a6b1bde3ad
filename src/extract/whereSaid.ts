// Where words were said, from the words around them and the words themselves.
import type { PlaceRecord } from '../knowledge/types.ts';
import type { QuoteSpan } from './findQuotes.ts';
import type { Gazetteer } from './gazetteer.ts';

// Words written, posted or told to someone: where they were said is not where the article was filed.
export const REMOTE = new RegExp(
  [
    String.raw`\b(told(?! (?:reporters|journalists|the press|a news conference|a press conference|a briefing|`,
    String.raw`lawmakers|parliament|delegates)\b)|wrote|writing|posted|tweeted|in (?:an?|its|his|her|their) (?:(?:written|`,
    String.raw`joint|brief) )?(?:interview|post|letter|op-ed|podcast|video|statement|press release)|on (?:a|`,
    String.raw`the) (?:conference |earnings |phone )?call|on (?:X|Twitter|Telegram|Truth Social|Facebook|Instagram|`,
    String.raw`social media)|by (?:phone|telephone|video))\b`,
  ].join(''),
  'i',
);

const HERE_IN = /\b(?:[Tt]oday|[Tt]onight|[Hh]ere|[Tt]his morning|[Tt]his evening) in\s+(?:the\s+)?$/;

/** “Today in Muscat I had the honour of …”: the words say where they are spoken. */
export function whereTheWordsSay(quotes: QuoteSpan[], gazetteer: Gazetteer): PlaceRecord | null {
  for (const q of quotes) {
    for (const m of gazetteer.places(q.text))
      if (HERE_IN.test(q.text.slice(Math.max(0, m.start - 30), m.start)) && m.record.kind !== 'country') return m.record;
  }
  return null;
}
