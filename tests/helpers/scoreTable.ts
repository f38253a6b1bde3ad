import { ratio, type Score } from './scoreExtraction.ts';

const pct = (a: number, b: number) => `${(100 * ratio(a, b)).toFixed(1)}%`.padStart(7);

/** One line per article and a total: recall, speaker accuracy, precision, wrong speakers, date, place, reported speech. */
export function scoreTable(rows: Array<[string, Score]>): string {
  const lines = [`${'article'.padEnd(28)} quotes  recall speaker  precis   wrong    date   place | reported  right  precis   wrong`];
  for (const [name, s] of rows) {
    lines.push(
      `${name.slice(0, 28).padEnd(28)} ${String(s.quotes).padStart(6)} ${pct(s.found, s.quotes)} ${pct(s.speakerRight, s.found)} ${pct(s.speakerRightAttributed, s.attributed)} ${pct(s.speakerWrong, s.found)} ${pct(s.dateRight, s.dated)} ${pct(s.placeRight, s.placed)} | ${String(s.reported).padStart(8)} ${pct(s.reportedRight, s.reported)} ${pct(s.reportedRightAttributed, s.reportedAttributed)} ${pct(s.reportedWrong, s.reported)}`,
    );
  }
  return lines.join('\n');
}
