import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, test } from 'node:test';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { articleIdFromFile } from '../src/load/parseContentFile.ts';
import { buildSiteData } from '../src/pipeline/buildSiteData.ts';
import type { Entry, SiteData } from '../src/types.ts';
import { scoreFixtures, scorePages } from './helpers/corpora.ts';
import { goldNames, goldProblems } from './helpers/checkGold.ts';
import { addScores, ratio, scoreArticle, type GoldFile, type Score } from './helpers/scoreExtraction.ts';
import { scoreTable } from './helpers/scoreTable.ts';

/**
 * Bars per corpus. Seeds: as measured before the open-world work (recall 100%, speaker 98.1%, date 99.4%,
 * place 91.0%); date 98.7% since one statement is one entry (a sentence the seeds print twice, dated
 * 10 July in one place and February in the other, was two entries, one of them right; it is one now,
 * and the date a text states is chosen over the day of the report: here February, wrongly). Real pages and articles written for the tests about people and places no knowledge file
 * lists: precision first (few wrong speakers), then accuracy.
 */
const BARS: Record<string, { recall: number; speaker: number; wrong: number; date: number; place: number }> = {
  seeds: { recall: 1, speaker: 0.98, wrong: 0.01, date: 0.99, place: 0.9 },
  pages: { recall: 0.95, speaker: 0.9, wrong: 0.01, date: 0.85, place: 0.8 },
  // 1,084 articles: 100 from earlier rounds and 984 written in rounds 22 to 49 by helpers who never saw the extractor's
  // output (a sentencing, a central bank, a wildfire evacuation, a mayoral race, a climate summit, a tennis upset, a
  // mayor's security plan, floods; an appeals court, a hurricane, a football match, a merger, an outbreak, a new
  // minister, a strike, a space feature; a murder trial, a rail strike, a summit's second day, a flood clean-up, a state
  // visit, an election count, a football tournament, a regulator's curbs; a minister's interview, a council budget,
  // blockades, a flood-funds row, a court ruling, a health trial, a village feature, capitals' reactions; a committee
  // hearing, a police press conference, a transfer saga, a tea auction, a campaign day, a sentencing, a coastal village,
  // a rate cut; a reshuffle, an emergency-room closure, a cycling stage, a factory strike, a drought, a foreign minister's
  // visit, a criminal appeal, a quantum-computing study; question time, a wildfire briefing, airline pay talks, film
  // awards, a doctors' strike, a layoffs memo, a badminton final, a minister's resignation; continental games, a summit's
  // close, a building collapse, a rate decision, a demolition hearing, a coffee harvest, an opposition rally, a zoo
  // escape; a live blog, a Security Council debate, a writer's interview, a runoff debate, a results call, a papal
  // envoy's visit, a ship collision, a teachers' strike; trade talks, a hospital ransomware attack, a reshuffle press
  // conference, a farmers' march, a football weekend, power cuts, a wildfire evacuation, a finance bill; a judicial
  // election, a referendum, an earthquake, a Grand Prix, a border blockade, a royal commission, a Supreme Court argument,
  // a typhoon; a press briefing, First Minister's Questions, climate-summit preparations, a rate decision, a mine strike,
  // a wealth fund's results, an election count, a phone launch; a Senate tax vote, a coast-guard briefing, a council
  // budget, a cyclone, an election count, a cycling stage, an earnings call, a Security Council session; a parliament's
  // questions, a fuel protest, peace talks abroad, a TV debate, a wildfire, a cup final, a referendum, a sentencing; a
  // teachers' strike, a dam dispute, a coalition collapse, a budget speech, a flood briefing, an EU summit, a trade
  // delegation, a cricket Test; a Senate budget defence, a wildfire's briefings, a post-election press conference, a
  // derby preview, a Supreme Court hearing, a flood's briefings, an OPEC+ meeting, an earthquake rescue; a rate hold, an
  // election night, a budget speech, a Grand Prix, a court removing a prime minister, a farmers' protest, a climate
  // summit's plenary, a City Hall press conference; peace talks abroad, hostage families' plea, a referendum, an
  // election result, a royal commission, a car-plant strike, budget day, a Wimbledon quarter-final; a post-match press
  // conference, a typhoon briefing, a state funeral, a State of the State address, an air-crash briefing, a border
  // blockade, a planning committee, a cycling stage; a leaders' debate, a levy ruling, an assembly walkout, a mining
  // AGM, a team announcement, an eruption's briefings, an investiture debate, a Supreme Court trial; an election
  // result, a ministers' meeting, a budget speech, fuel protests, a marathon, a drought emergency, an inquest, a mine
  // protest; a pope's first Angelus, a governor's impeachment, a rate decision, a cricket final, hurricane briefings,
  // First Minister's Questions, a hostage-deal cabinet vote, a wildfire's briefings; a minister's visit amid unrest, a
  // campaign rally, a budget tabled, a fraud sentencing, a border fence, a cricket final, climate talks, floods; a
  // premier and the church, refugees at a border, a provincial budget, a bank inquiry, an election night, a president
  // elected, a tennis final, a building collapse; an election live blog, a minister's Q&A, a murder verdict, a mining
  // AGM, a signing's presentation, a train collision, a G7 close, a cyclone; a budget speech, a ministerial screening, a
  // mayor's killing, a tractor protest, a State of the State, a court hearing, an election night, a crash anniversary;
  // a cricket Test, an oil strike, a Senate hearing, a labour-law vote, floods, border protests, a wildfire evacuation,
  // a UN vote; election results rejected, a port strike, dueling border briefings, an election count, a mayor detained,
  // a live blog outside parliament, an inauguration, First Minister's Questions; a cup final, a primary night, a
  // wildfire's briefings, a summit's close, an election night, a strike vote, a new prime minister named, a runoff; a
  // doctors' protest, an inauguration, an execution, a referendum, a TV debate, an eruption's briefings, a cycling
  // stage, a summit's close; tributes, Sunday shows, an election tribunal, a trade mission, a mine blockade, a
  // post-game story, a fraud verdict, a mayoral debate; a WHO briefing, a mayor ousted, a bin strike, a state court
  // ruling, street protests, an election night, a foreign ministry briefing, a candidate shot; a public inquiry, Hajj
  // deaths, a golf captains' eve, a State of the Union, a train collision, a midterm night, a recall vote, a march on
  // Parliament; a resignation, a heckled minister, an acquittal, a licensing vote, an avalanche, a transfer, a
  // keynote, a ferry sinking; a budget address, a drone strike, a rate cut, a state election night, a state funeral,
  // a World Cup semi-final, a forced-labour ruling, a journalist killed; a canonisation date, a Security Council vote, a
  // central banker before MPs, a state banquet, a border truckers' protest, a seamen's strike, a stadium vote, a colliery
  // rescue; a Francophonie summit, a flood tour, a teachers' convention, a Grand Prix, an Olympic host vote, a telecom
  // breach, a Senate inquiry, an inquest; a Sejm debate, a Grand Slam final, a minister's gaffe, a border clash, a doping
  // ban, a dockworkers' strike, a cardinal's funeral, an opposition leader arrested; a rocket's failed flight, a
  // jailbreak, a coronation, a chess game, a bus crash, a marriage ruling, an airline merger, a heatwave; a donor
  // conference, a song contest, an Everest season, a retirement, a police chief's resignation, a bridge collapse, a
  // think-tank report, a debt deal; an expulsion row, a polar voyage, a census, a squad named, a vaccine launch, a
  // mayor's inauguration, a data-protection fine, an air-traffic strike; water rationing, a crew's return, looted
  // objects returned, a budget town hall, a riders' strike, fishing talks, a fraud sentencing, a plant closure; a lottery
  // winner, a royal flood visit, a stadium-disaster memorial, a May Day rally, a tsunami drill, a manifesto launch, a
  // wreck found, a metro opening; a whistleblower's evidence, a measles outbreak, a zoo birth, a tomb found, a glacier
  // collapse, a bird-flu cull, locusts, a club takeover; a cannabis referendum, a sugar tax, an ex-president to The
  // Hague, a shark bite, a snowstorm, a state apology, an auction record, a musician's tributes; a tanker blast, a
  // hijacking, a journalist freed, a judge's vetting, dengue, a church fire, a spying verdict, drones over an airport; a
  // cable cut, election observers, a minimum wage, a space-tourism flight, an AI law, a smoking ban, the Boat Race, a
  // sumo final; a snooker final, an airbag recall, an emergency landing, a cave rescue, a UNESCO listing, stranded whales,
  // an oil spill, a cruise outbreak; a volcano, a prison escape, a film festival, a rail strike, a waiting-list scandal, a
  // ferry sinking, a new species, a mayor arrested; a data breach, a tractor protest, a heritage demolition, a chess
  // final, a dam failure, a drug approval, a boat rescue, an army chief dismissed; a rugby Test, a port strike, a metro
  // opening, a pension vote, an airline collapse, wildfire smoke, a meteorite, an enthronement; a golf playoff, a
  // same-sex marriage ruling, a lithium-mine protest, water rationing, hospital ransomware, methanol poisoning, a bank
  // run, a lodge fire; a school stabbing, a heat record, a press-freedom prize, a spy expulsion, a prisoner swap, a
  // referendum, a river flood, an avalanche; pandas at a zoo, a bridge toll, exam rigging, a chef's closure, a tanker
  // hijack, a glacial-lake flood, a union election, a car ban; a coach's first press conference, a snowstorm, a crypto
  // hack, a royal wedding, a coal plant's closure, hostages freed, an arson arrest, a telescope discovery; a speaker
  // elected, a bus pay deal, a famine warning, a marathon, a mosque ruling, a boat seized, a tanker blast, a plagiarism
  // row; a shutdown, a concert crush, a chief justice retiring, bird flu in cattle, an EV recall, a mission attacked, a
  // festival row, a governor before MPs; cyclone aid, a record swim, an eviction moratorium, a pipeline leak, a pardon, a
  // smuggling tunnel, a ballet gala cancelled, a wind farm; a museum heist, looted statues returned, a smog emergency, a
  // casino licence, a vape ban, an abortion vote, an assisted-dying debate, an alcohol ban; a statue removed, a painted
  // tomb, a fossil auction, hail on vineyards, olive-oil prices, a wheat-export ban, a migrant boat capsized, an embassy
  // stormed; a referee attacked, a metro line, a new airport, a school roof collapse, a language law, a census, a
  // heritage listing, a Nobel laureate; a pollution fine, a bank run, a rail contract, a ship aground, bootleg liquor, a
  // surrogacy law, a journalist's murder verdict, a presidential debate; doctors resigning, a skater's retirement,
  // diplomats expelled, an antitrust fine, a city's bankruptcy, rabies, a space tourist, climbers rescued; a coup foiled,
  // a concession speech, a no-confidence vote, a minister's resignation, a peace deal, an inauguration, a speaker
  // elected, lawmakers defecting; a doping ban, a coach sacked, a transfer record, a marathon record, a match-fixing
  // inquiry, a Games host chosen, a title fight, a tennis fine; a nurses' strike, a cancer drug approved, a heatwave's
  // toll, a medicine shortage, a hospital data breach, cholera, an outdoor smoking ban, a waiting list; a car plant
  // closing, a port strike, a crypto exchange's collapse, house prices, a fuel subsidy removed, a currency float, a
  // price-gouging inquiry, a steel tariff; a bridge collapse, a derailment, a gas explosion, a crash report, a dam burst,
  // a tower-block fire, a bus into a gorge, a fireworks factory blast; a police officer acquitted, a fraud extradition, a
  // prison riot, a cold case solved, a gang leader sentenced, a hacker arrested, a ministry raided, a bronze recovered;
  // a new frog, coral bleaching, an oil-spill trial, a fireball, a poaching crackdown, a climate report, glaciers, a red
  // stream; a literary prize, a museum reopened, a director's comeback, a lecturers' strike, a vigil, a bishop resigning,
  // results day, a festival cancelled; a naval drill, a mission stormed, a treaty debate, a defence budget row, hostages
  // freed, a base handed over, a summit without a declaration, arms licences suspended; a congestion charge, a metro
  // delayed, an airline outage, a ride-hailing ban, a telecom outage, a platform fined, an AI funding round, a data
  // centre rejected; a club sold, a doping ban upheld, a coach sacked, a marathon cancelled for heat, a stadium row, a
  // cyclist's crash inquiry, a tennis comeback, betting adverts banned; a nurses' pay deal, a drug shortage, measles at a
  // school, an opt-out donor law, a screening error, a helpline cut, a hospital opened, a wedding food poisoning; a
  // takeover blocked, a plant closing, a chief executive ousted, a bank fined, steel layoffs, a store in administration, a
  // new air route, wage theft; an earthquake rescue, a landslide, an evacuation lifted, an avalanche, a volcano alert, a
  // flood warning, a tornado clean-up, a storm's outages; a recount, coalition talks collapsing, a candidate barred, a
  // referendum, a mayor ousted, a party leader resigning, misprinted ballots, a TV debate; course cuts, a school phone
  // ban, a student-visa cap, an exam leak, a strike ballot, a plagiarism resignation, free school meals, a tuition rise;
  // a mobile outage, a launch scrubbed, ride-hailing fares, a crypto collapse, a robotaxi crash, a subscription fine, a
  // chip-plant subsidy, a space budget cut; a police chief after a shooting, an extradition, a jewellery heist, a
  // phone-scam ring, a hit-and-run appeal, an art theft, a misconduct hearing, a knife amnesty; a film banned, a paper
  // closing, a broadcaster's chief resigning, a cathedral restored, a festival cancelled, a prize row, a heritage protest,
  // a defamation trial; a military exercise, a jet deal, an embassy closed, a border shooting, navy ships colliding, a
  // conscription law, sanctions, a peace envoy; a rent cap, an eviction, a tower block evacuated, an estate demolished, a
  // new archbishop, an abuse inquiry, a mosque opening, a synod vote; boat crossings, a deportation flight grounded, a
  // citizenship test; a bear attack, whales refloated, a wolf cull; a visitor levy, a hotel strike, a ski field closing; a
  // chemical spill, a sewage fine, a landfill fire; a ship aground, a ferry cancelled, a trawler sinking; an aid convoy, a
  // famine appeal, an aid worker freed; a state visit, a state funeral, a memorial unveiled; an online-safety law, a data
  // breach, a YouTuber in court; a mine rescue, a rocket failure, a hosepipe ban, an inquest, a medicine shortage; a
  // fishing-quota row, an air-traffic failure, a pension-age rise, a fire-station closure, a bridge collapse; a hospital
  // ransomware attack, a museum theft, a tariff rise, a prisoner swap, a logging blockade; a composer's death, a crypto
  // hack, an avalanche, a garment-factory collapse, a chess final; a chariot burial, a synod vote, a darts final, a
  // deportation flight, a volcanic eruption; a parking-fee row, a whale stranding, an art auction, a dengue outbreak, a
  // squat eviction); bars just under what they score (95.1 / 0.6 / 91.3 / 72.4; the date bar 0.915 → 0.91 in round 49:
  // the 40 new articles, 80.2% dated on arrival and unchanged, are mostly the story-day convention measured in round 47).
  dev: { recall: 0.98, speaker: 0.94, wrong: 0.01, date: 0.91, place: 0.71 },
  // 632 articles (16 more in each of rounds 22 to 30 and 32, 24 in rounds 31 and 33 to 49, each batch written by helpers
  // told to say nothing of them, never read, scored once at the end of its round); bars just under what the 632 score
  // (91.1 / 2.8 / 88.0 / 66.0). Round 49's 24 score 90.5 / 0 / 90.5 / 59.5 at the freeze, the same as with the round's
  // starting extractor.
  holdout: { recall: 0.95, speaker: 0.9, wrong: 0.032, date: 0.875, place: 0.63 },
};

let site: SiteData;
let knowledge: Knowledge;
let seedToArticle: Map<string, string>;

before(async () => {
  knowledge = await loadKnowledge('content/knowledge');
  site = await buildSiteData({ contentDir: 'content/articles', knowledgeDir: 'content/knowledge', cacheDir: null });
  const manifest = JSON.parse(await readFile('tests/seeds.json', 'utf8')) as Array<{ seed: string; file: string }>;
  seedToArticle = new Map(manifest.map((m) => [m.seed, articleIdFromFile(m.file)]));
});

const entriesOf = (article: string): Entry[] => site.timeline.entries.filter((e) => e.sources.some((s) => s.article === article));
const findQuote = (words: string): Entry | undefined => site.timeline.entries.find((e) => e.quote?.includes(words));

/** Prints the corpus's table and misses, and checks it against its bars. */
function report(corpus: string, rows: Array<[string, Score]>): void {
  const total = addScores(rows.map(([, s]) => s));
  // The held-out set stays sealed in the log too: its totals only, never an article's row or a miss.
  const sealed = corpus === 'holdout';
  console.log(`\n== ${corpus}\n${scoreTable(sealed ? [['all', total]] : [...rows, ['all', total]])}\n`);
  if (!sealed)
    for (const m of total.misses)
      console.log(`  miss ${m.kind.padEnd(8)} ${m.gold.slice(0, 70).padEnd(70)} expected ${m.expected} got ${m.got}`);
  const bar = BARS[corpus];
  assert.ok(bar, corpus);
  const check = (what: string, value: number, ok: boolean) => assert.ok(ok, `${corpus}: ${what} ${(100 * value).toFixed(1)}%`);
  check('quote recall', ratio(total.found, total.quotes), ratio(total.found, total.quotes) >= bar.recall);
  check('speaker accuracy', ratio(total.speakerRight, total.found), ratio(total.speakerRight, total.found) >= bar.speaker);
  const wrong = total.speakerWrong / Math.max(1, total.found);
  check('wrong speakers', wrong, wrong <= bar.wrong);
  check('date accuracy', ratio(total.dateRight, total.dated), ratio(total.dateRight, total.dated) >= bar.date);
  check('place accuracy', ratio(total.placeRight, total.placed), ratio(total.placeRight, total.placed) >= bar.place);
}

test('seeds: extraction meets the bar against the hand-made gold standard', async () => {
  const files = (await readdir('tests/gold')).filter((f) => f.endsWith('.json')).sort();
  assert.equal(files.length, 5, 'one gold file per seed');
  const rows: Array<[string, Score]> = [];
  for (const file of files) {
    const gold = JSON.parse(await readFile(path.join('tests/gold', file), 'utf8')) as GoldFile;
    const article = seedToArticle.get(gold.seed ?? '');
    assert.ok(article, `${file}: seed ${gold.seed} is in tests/seeds.json`);
    rows.push([file.replace('.json', ''), scoreArticle(gold, entriesOf(article), knowledge)]);
  }
  report('seeds', rows);
});

test('real news pages (../shared/pages): people and places no knowledge file lists', async () => {
  const scored = await scorePages(knowledge);
  assert.equal(scored.length, 8, 'gold for each of the eight pages');
  report(
    'pages',
    scored.map((s) => [s.name, s.score]),
  );
});

test('articles written in the manner of 2025 diplomacy coverage, and of council votes, earnings calls, court cases, sport, briefings, legislatures, live updates and elections (development set)', async () => {
  const scored = await scoreFixtures(knowledge, 'dev-');
  assert.equal(scored.length, 1084);
  report(
    'dev',
    scored.map((s) => [s.name, s.score]),
  );
});

test('held-out articles, never read while the extractor was tuned', async () => {
  const scored = await scoreFixtures(knowledge, 'holdout-');
  assert.equal(scored.length, 632);
  report(
    'holdout',
    scored.map((s) => [s.name, s.score]),
  );
});

test("every test article's gold is well formed: quotes and reported sentences verbatim in the article, dates in the gold formats", async () => {
  const names = await goldNames();
  assert.ok(names.length >= 100, `${names.length} gold files`);
  const problems = (await Promise.all(names.map(goldProblems))).flat();
  assert.deepEqual(problems, []);
});

test('known quotes carry the right speaker, date and place', () => {
  const weeks = findQuote('in a matter of weeks, not months');
  assert.equal(weeks?.speaker?.slug, 'marco-rubio');
  assert.equal(weeks?.date, '2025-04-04');
  assert.equal(weeks?.place?.slug, 'brussels');

  const pass = findQuote('take a pass');
  assert.equal(pass?.speaker?.slug, 'donald-trump');
  assert.equal(pass?.date, '2025-04-18');

  const airForceOne = findQuote('until he and I get together');
  assert.equal(airForceOne?.speaker?.slug, 'donald-trump');
  assert.equal(airForceOne?.place?.slug, 'air-force-one');
  assert.equal(airForceOne?.date, '2025-05-15');

  const lavrov = findQuote("I don't want to overpromise");
  assert.equal(lavrov?.speaker?.slug, 'marco-rubio');
  assert.equal(lavrov?.date, '2025-07-10');
  assert.equal(lavrov?.place?.slug, 'kuala-lumpur');

  const peskov = findQuote('there are no plans for the next few days');
  assert.equal(peskov?.speaker?.slug, 'dmitry-peskov');
  assert.equal(peskov?.speaker?.kind, 'person');
});

test('the same words reported twice become one entry with every source', () => {
  // Twice inside the 15 May live blog.
  const trump = findQuote('until he and I get together');
  assert.ok(trump && trump.sources.length >= 2, 'Air Force One quote has both paragraphs as sources');
  assert.equal(new Set(trump.sources.map((s) => s.article)).size, 1);
  // CGTN and the 18 April article, worded differently ("endeavor"/"endeavour", dashes/commas).
  const days = site.timeline.entries.filter((e) => e.quote && /matter of days/.test(e.quote));
  const articles = new Set(days.flatMap((e) => e.sources.map((s) => s.article)));
  assert.ok(articles.size >= 2, 'the matter-of-days quote is reported by two outlets');
  assert.ok(
    days.some((e) => new Set(e.sources.map((s) => s.article)).size >= 2),
    'and merged into one entry',
  );
});

test('bodies speak too: organisations are typed as organisations', () => {
  const kremlin = site.timeline.entries.find((e) => e.speaker?.slug === 'kremlin');
  assert.equal(kremlin?.speaker?.kind, 'organisation');
});

test('live-blog posts carry their clock time and are ordered by their UTC instant', () => {
  const live = site.timeline.articles.find((a) => a.kind === 'liveblog' && a.published.startsWith('2025-04-04'));
  assert.ok(live);
  const posts = site.timeline.entries.filter((e) => e.headline && e.sources.some((s) => s.article === live.id));
  assert.ok(posts.length >= 30, `posts found: ${posts.length}`);
  const last = posts.find((p) => p.headline?.startsWith('That’s all for today'));
  assert.equal(last?.time, '16:50 BST');
  assert.equal(last?.instant, '2025-04-04T15:50:00Z');
  const instants = posts.map((p) => p.instant ?? '');
  assert.deepEqual(instants, [...instants].sort(), 'posts in time order');
});

test('relative dates resolve against the publication date', () => {
  const thursday = site.timeline.entries.find((e) => e.quote?.includes('positive dynamic'));
  assert.equal(thursday?.date, '2025-04-03', 'Dmitriev "said on Thursday" in a Friday live blog');
  const march30 = site.timeline.entries.find((e) => e.quote === 'very angry');
  assert.equal(march30?.date, '2025-03-30', '"On March 30, Mr Trump said he was “very angry”"');
  const lastWeek = findQuote('pissed off');
  assert.equal(lastWeek?.precision, 'week', '"Trump’s talk last week of being “pissed off”"');
  assert.equal(lastWeek?.date, '2025-03-24');
});

test('quotes without an established speaker are listed, not guessed', () => {
  // "The memorandum stated that “the American people desire …”": a joint document, nobody's words.
  const memorandum = findQuote('the American people desire to invest');
  assert.ok(memorandum);
  assert.equal(memorandum.speaker, null);
  assert.ok(site.timeline.unattributed.includes(memorandum.id), 'listed for the build summary');
  for (const id of site.timeline.unattributed) assert.equal(site.timeline.byId[id]?.speaker, null);
});

test('people the knowledge files do not know are found, speak, and carry the role the text gives', async () => {
  const { parseContentFile } = await import('../src/load/parseContentFile.ts');
  const { parseArticle } = await import('../src/parse/parseArticle.ts');
  const { extractEntries } = await import('../src/extract/extractEntries.ts');
  const md = [
    '---',
    'title: Allies buy weapons for Ukraine',
    'source: Reuters',
    'published: 2025-07-11',
    'kind: article',
    '---',
    'Allison Hart, the Nato spokesperson, said on Thursday that "allies continue to work to ensure that Ukraine has the support they need".',
    '',
  ].join('\n');
  const parsed = parseContentFile('content/articles/x.md', new TextEncoder().encode(md));
  assert.ok(parsed.ok);
  const { entries, newPeople } = extractEntries(parseArticle(parsed.article, knowledge), knowledge);
  assert.deepEqual(newPeople, [{ name: 'Allison Hart', slug: 'allison-hart', role: 'Nato spokesperson' }]);
  const quote = entries.find((e) => e.quote?.startsWith('allies continue'));
  assert.equal(quote?.speaker?.name, 'Allison Hart', 'not Nato, which only describes her');
  assert.equal(quote?.date, '2025-07-10');
});
