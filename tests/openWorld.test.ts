// The kinds of article the first corpus never showed, each as a short text in our own words that
// reproduces a pattern of real coverage (the source of each pattern is named beside it).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { extractEntries, type ArticleExtraction } from '../src/extract/extractEntries.ts';
import { findDates } from '../src/extract/findDates.ts';
import { findPlace } from '../src/extract/findPlace.ts';
import { gazetteerFor } from '../src/extract/gazetteer.ts';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { buildTimeline } from '../src/model/buildTimeline.ts';
import { parseArticle } from '../src/parse/parseArticle.ts';
import type { Entry } from '../src/types.ts';

let knowledge: Knowledge;
before(async () => {
  knowledge = await loadKnowledge('content/knowledge');
});

function extract(paragraphs: string[], published = '2025-05-17', title = 't', source = 's'): ArticleExtraction {
  const article = {
    id: 'x',
    file: 'x.md',
    meta: { title, source, published, kind: 'article' as const, authors: [] },
    body: paragraphs.join('\n\n'),
    bodyLine: 1,
  };
  return extractEntries(parseArticle(article, knowledge), knowledge);
}
const quote = (x: ArticleExtraction, words: string): Entry => {
  const e = x.entries.find((q) => q.quote?.includes(words));
  assert.ok(e, `a quote with "${words}"`);
  return e;
};

test('places no knowledge file lists come from the world gazetteer: "in Doha", "speaking in Helsinki", "the summit in Abu Dhabi"', () => {
  const x = extract([
    'Mediators met on Tuesday for talks in Doha, officials said.',
    'Speaking in Helsinki, Foreign Minister Ngozi Okafor said on Wednesday that "the door is still open".',
    'After the summit in Abu Dhabi on Thursday, Okafor told reporters: "We are closer than ever."',
  ]);
  assert.equal(x.entries.find((e) => e.text.includes('talks in Doha'))?.place?.name, 'Doha');
  assert.equal(quote(x, 'door is still open').place?.name, 'Helsinki');
  const g = gazetteerFor(knowledge);
  assert.equal(g.placeByName.get('Abu Dhabi')?.parent, 'United Arab Emirates', 'a city has its country as parent');
  assert.equal(g.placeByName.get('Doha')?.kind, 'city');
});

test('false friends are not places: a newspaper, an adjective, a verb, a phone, a person, a title; Georgia the country vs the US state', () => {
  const x = extract([
    'Mint reported on Friday that the deal was close, and Nice to see was all one diplomat said.',
    'Reading the statement aloud, Victoria Nuland said "it is over" to reporters.',
    'Mobile phones were banned from the room, where Abraham Lincoln was once quoted.',
    'President Okafor said on Friday in Atlanta, Georgia, that "the vote will be held".',
    'In Tbilisi, Georgia, officials said on Friday that "talks will go on".',
  ]);
  const places = x.entries.map((e) => e.place?.name ?? null);
  for (const wrong of ['Mint', 'Nice', 'Reading', 'Victoria', 'Mobile', 'Lincoln'])
    assert.ok(!places.includes(wrong), `${wrong} is not a place here`);
  assert.equal(quote(x, 'it is over').speaker?.name, 'Victoria Nuland');
  assert.equal(quote(x, 'the vote will be held').place?.name, 'Atlanta');
  assert.equal(gazetteerFor(knowledge).placeByName.get('Atlanta')?.parent, 'United States');
  assert.equal(quote(x, 'talks will go on').place?.name, 'Tbilisi');
  assert.equal(gazetteerFor(knowledge).placeByName.get('Tbilisi')?.parent, 'Georgia');
});

test('country names as the news writes them: a longer world name beats a listed name inside it; aliases; words that are towns', () => {
  const g = gazetteerFor(knowledge);
  const found = (text: string) => g.places(text).map((m) => m.record.name);
  assert.deepEqual(found('The minister spoke in South Africa on Monday.'), ['South Africa'], 'not the listed "Africa" inside it');
  assert.deepEqual(found('Aid reached the Democratic Republic of Congo and the UAE.'), [
    'Democratic Republic of the Congo',
    'United Arab Emirates',
  ]);
  assert.deepEqual(found('Officials in the Czech Republic, Bosnia and Burma said so.'), ['Czechia', 'Bosnia and Herzegovina', 'Myanmar']);
  assert.deepEqual(found('Strikes hit the Gaza Strip and the occupied West Bank.'), ['Gaza', 'West Bank']);
  assert.deepEqual(found('The Republic of the Congo sent a delegate to the G20 Summit.'), []);
});

test('someone introduced with a role is a person, found later by surname, courtesy title, role or pronoun', () => {
  // Pattern: Reuters/AP copy introduces "Iran's Foreign Minister Abbas Araghchi" and then says "Araghchi", "the minister"
  // (https://www.dawn.com/news/1946970, https://en.mehrnews.com/news/230474/Omani-FM-says-Iran-US-talks-held-in-a-friendly-atmosphere).
  const x = extract([
    'Foreign Minister Ngozi Okafor opened the talks on Friday with her counterpart.',
    '"We will not back down," Okafor declared.',
    'The minister said the offer "does not go far enough".',
    'Ms Okafor later added that she was "ready to return".',
    'Kremlin spokesman Dmitry Peskov said the Kremlin had "no plans" to respond.',
  ]);
  assert.deepEqual(
    x.newPeople.find((p) => p.slug === 'ngozi-okafor'),
    { name: 'Ngozi Okafor', slug: 'ngozi-okafor', role: 'Foreign Minister' },
  );
  for (const words of ['We will not back down', 'does not go far enough', 'ready to return'])
    assert.equal(quote(x, words).speaker?.name, 'Ngozi Okafor', words);
  assert.equal(quote(x, 'no plans').speaker?.slug, 'dmitry-peskov');
});

test('attribution across paragraphs: a speaker introduced before, a continuation, a post continued, the speaker named after', () => {
  // Patterns: "This was announced by …" then a quote-only paragraph (Ukrainska Pravda style); "He added that …" then a quote
  // paragraph; a post quoted over two paragraphs (https://www.aljazeera.com/news/liveblog/2025/10/9/live-israel-hamas-agree-on-first-phase-of-gaza-ceasefire-deal);
  // "Those were the words of …" (https://www.timesofisrael.com/witkoff-lands-in-doha-as-talks-resume-…).
  const x = extract([
    'This was announced by the head of the delegation, Defence Minister Ivan Petrenko, after the meeting.',
    '"We are ready for the next round of talks."',
    'Hamas said in a statement that it had received the proposal. The Kremlin made no comment.',
    'Envoy Maria Lindqvist said the mediators had been patient for months. She added that they would wait.',
    '"Patience is not the same as indifference."',
    '"This is a historic day for peace," the envoy wrote on X.',
    '"Every side has given something, and every side has gained."',
    '"No deal is perfect." Those were the words of Qatari mediator Saad Rahman on Friday.',
  ]);
  assert.equal(quote(x, 'ready for the next round').speaker?.name, 'Ivan Petrenko');
  assert.equal(quote(x, 'Patience is not the same').speaker?.name, 'Maria Lindqvist');
  assert.equal(quote(x, 'historic day for peace').speaker?.name, 'Maria Lindqvist');
  assert.equal(quote(x, 'every side has gained').speaker?.name, 'Maria Lindqvist');
  assert.equal(quote(x, 'No deal is perfect').speaker?.name, 'Saad Rahman');
});

test('coordinated verbs share their subject: "Smith added that Jones was “stalling” and asked, “…”"', () => {
  const x = extract([
    'Negotiator John Smith met his rival Peter Jones on Friday.',
    'Smith added that Jones was "stalling" and asked, "Where is your answer?"',
  ]);
  assert.equal(quote(x, 'Where is your answer?').speaker?.name, 'John Smith');
});

test('precision first: the reporter’s prose about someone is not their statement; an anonymous official is nobody', () => {
  const x = extract([
    'Foreign Minister Ngozi Okafor arrived in Doha on Friday.',
    'You might have thought her absence from the first session might have irked the mediators.',
    'A senior Hamas official told AFP the mood was "serious but cautious".',
    'Experts said that the talks had stalled.',
  ]);
  assert.equal(x.entries.find((e) => e.text.includes('irked'))?.speaker ?? null, null);
  assert.equal(quote(x, 'serious but cautious').speaker, null);
  assert.equal(x.entries.find((e) => e.text.startsWith('Experts'))?.speaker ?? null, null);
});

test('wire-style dates: a weekday without "on", "last week", "earlier this month", "yesterday"', () => {
  // Patterns: "said Wednesday", "told reporters Friday" (AP, https://archives.lincolndailynews.com/2025/Apr/12/NEWS/news_ag.shtml).
  const x = extract(
    [
      'Foreign Minister Ngozi Okafor said Wednesday that "the door is still open".',
      'Okafor told reporters Friday that "nothing has changed".',
      'Last week Okafor warned that "time is short for everyone".',
      'Earlier this month, Okafor said "we are patient people".',
      'Yesterday Okafor said that "the talks will resume".',
    ],
    '2025-05-17',
  );
  assert.equal(quote(x, 'door is still open').date, '2025-05-14');
  assert.equal(quote(x, 'nothing has changed').date, '2025-05-16');
  const lastWeek = quote(x, 'time is short');
  assert.deepEqual([lastWeek.date, lastWeek.precision], ['2025-05-05', 'week']);
  const month = quote(x, 'patient people');
  assert.deepEqual([month.date, month.precision], ['2025-05', 'month']);
  assert.equal(quote(x, 'talks will resume').date, '2025-05-16');
});

test('a year named nearby does not date a statement: "since coming to power in 2009, he said …"', () => {
  const x = extract(
    [
      'But with 18 months left in power, Senator Ngozi Okafor said gun control was where she had been "most frustrated" since coming to power in 2009.',
    ],
    '2015-07-24',
  );
  assert.equal(quote(x, 'most frustrated').date, '2015-07-24');
});

test('datelines set the place and date of the opening and of words said there that day', () => {
  // Patterns: "MOSCOW, Aug 6 (Reuters) -", "KYIV, Ukraine (AP) —", "WASHINGTON —".
  const reuters = extract(
    [
      'MOSCOW, Aug 6 (Reuters) - Kremlin aide Yuri Ushakov said the talks were "useful and constructive".',
      '"We will meet again," Ushakov said.',
      'Ushakov told the BBC that "nothing is agreed".',
    ],
    '2025-08-07',
  );
  const first = quote(reuters, 'useful and constructive');
  assert.deepEqual([first.place?.name, first.date], ['Moscow', '2025-08-06']);
  assert.equal(quote(reuters, 'nothing is agreed').place, null, 'told to a broadcaster: not where the article was filed');
  const ap = extract(['KYIV, Ukraine (AP) — President Volodymyr Zelensky said on Friday that "peace must be just".']);
  assert.equal(quote(ap, 'peace must be just').place?.slug, 'kyiv');
  const bare = extract(['WASHINGTON — Trade Representative Jamieson Greer said on Friday the framework was "a good start".']);
  assert.equal(quote(bare, 'a good start').place?.name, 'Washington');
  // PTI's, with no dash after the agency: "Chennai, Jan 10 (PTI) Veteran India opener …" (https://www.thestatesman.com/sports/this-will-be-my-last-day-ashwin-drops-retirement-bombshell-after-gabba-draw-1503377207.html).
  const pti = extract(['Chennai, Jan 10 (PTI) Veteran opener Murali Sethuraman on Friday said he was "ready to step away".'], '2025-01-10');
  assert.deepEqual([quote(pti, 'ready to step away').place?.name, quote(pti, 'ready to step away').date], ['Chennai', '2025-01-10']);
});

test('the world gazetteer loads once, in a compact form', async () => {
  const { worldPlaces } = await import('../src/knowledge/worldPlaces.ts');
  const world = worldPlaces();
  assert.equal(worldPlaces(), world, 'one load per process');
  assert.equal(world.place('Muscat')?.parent, 'Oman');
  assert.equal(world.place('Bogota')?.name, 'Bogotá', 'a name written without its accents');
  assert.equal(world.place('March'), null, 'month names are never places');
  assert.equal(world.placeCaseless('KUALA LUMPUR')?.name, 'Kuala Lumpur');
});

test('a place and a person the knowledge files do not list get pages: the city under its country, the person with their role', async () => {
  const { buildTimeline } = await import('../src/model/buildTimeline.ts');
  const article = {
    id: 'doha',
    file: 'doha.md',
    meta: { title: 't', source: 's', published: '2025-05-17', kind: 'article' as const, authors: [] },
    body: 'Qatari Prime Minister Saad Rahman said on Friday in Doha that "the talks will resume".',
    bodyLine: 1,
  };
  const parsed = parseArticle(article, knowledge);
  const timeline = buildTimeline([parsed], [extractEntries(parsed, knowledge)], knowledge);
  const doha = timeline.places.find((p) => p.slug === 'doha');
  assert.deepEqual(doha?.parent, { name: 'Qatar', slug: 'qatar' });
  assert.equal(doha?.kind, 'city');
  assert.ok(timeline.places.find((p) => p.slug === 'qatar')?.entries.length, 'the country lists the entry too');
  const person = timeline.people.find((p) => p.slug === 'saad-rahman');
  assert.equal(person?.role, 'Qatari Prime Minister');
  assert.equal(person?.quotes.length, 1);
});

test('transcripts: a line is its speaker’s words, "I told him, “…”" included; an interviewer’s line and a dateline in capitals are nobody’s', () => {
  // Pattern: interview transcripts ("CBS 60 Minutes", State Department briefings: "MS. BRUCE: …"), in our own words.
  const x = extract([
    'SHARM EL-SHEIKH: Envoy Maria Lindqvist gave an interview on Friday.',
    'Interviewer: What did the mediators ask you?',
    'Maria Lindqvist: They asked what our odds were. I told them, "We are going to get it done." We left at dawn.',
    'MS. LINDQVIST: The position has not changed since Monday.',
  ]);
  assert.equal(quote(x, 'going to get it done').speaker?.name, 'Maria Lindqvist');
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('What did the mediators ask'), null);
  assert.equal(said('They asked what our odds were'), 'Maria Lindqvist');
  assert.equal(said('The position has not changed'), 'Maria Lindqvist');
  assert.ok(!x.newPeople.some((p) => /sheikh/i.test(p.name)), 'a dateline is not a person');
});

test('reported speech with its verb set off by commas: "…, said X." and "…, X said, …"', () => {
  // Pattern: "The combination of the two has been steady, said <analyst>, who follows …" (The Seattle Times, ../shared/pages/seattletimes-1), in our own words.
  const x = extract([
    'Analyst Tom Forte follows the retailer for a brokerage.',
    'Prices have held steady since the merger, said Tom Forte, who follows the company.',
    'Within months of the deal, Forte said, the stores were selling cheaper eggs.',
    'The stores were busy on Saturday, and the queues were long.',
  ]);
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('Prices have held steady'), 'Tom Forte');
  assert.equal(said('Within months of the deal'), 'Tom Forte');
  assert.equal(said('queues were long'), null);
});

test('local government, courts and sport: titles such as "Councilor" and a body before an office are not part of the name', () => {
  // Pattern: council and election-night coverage ("Councilor …, who sponsored the measure, said"; "City Council President …").
  const x = extract(
    [
      'The council voted 7-5 late Tuesday after a long hearing, and City Council President Mara Quill cast the deciding vote.',
      '"Nobody should live with a leaking roof," Councilor Tobias Wren, who sponsored the measure, said before the vote.',
      'Councilor Dorian Falk, who voted against, said the fee would be passed on to renters. "This will cost tenants," he said.',
      'Inspections would begin in January, city housing director Lena Marsh said.',
    ],
    '2025-06-11',
  );
  assert.equal(quote(x, 'leaking roof').speaker?.name, 'Tobias Wren');
  assert.ok(
    x.newPeople.some((p) => p.name === 'Mara Quill' && /President/.test(p.role ?? '')),
    'a person, described by the council',
  );
  assert.equal(quote(x, 'This will cost tenants').speaker?.name, 'Dorian Falk', '"he" after a titled man');
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('the fee would be passed on'), 'Dorian Falk', 'a side clause closed before the verb');
  assert.equal(said('Inspections would begin'), 'Lena Marsh', '"…, city housing director X said."');
});

test('reported speech after a fronted day without its comma, a participle aside and a described sayer', () => {
  // Pattern: "On Wednesday morning she said …" (election-night copy); "X, speaking alongside Y, said"; "On Sunday, the chairman, X, wrote".
  const x = extract([
    'Nadia Orlov was elected mayor on Tuesday. Orlov, 47, campaigned on water pipes. On Wednesday morning she said her team would be named within a week.',
    'Health Minister Daniel Corr, speaking alongside Orlov, said clinics would open on Monday.',
    'On Sunday, the club chairman, Philip Osgood, wrote on social media that the club would complain.',
  ]);
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('her team would be named'), 'Nadia Orlov');
  assert.equal(said('clinics would open'), 'Daniel Corr', 'not Orlov, who only stood beside him');
  assert.equal(said('the club would complain'), 'Philip Osgood');
});

test('precision: a spokesperson for someone, a person right before words quoted about them, a transcript line\'s "he said"', () => {
  const x = extract([
    'A spokesperson for Mayor Kevin Trask said in a statement that the ruling "ties the city\'s hands at the worst moment".',
    '"Progress has been made," the president said in his speech. Opposition leader Anna Volk "has put aside efforts to block the talks and come to the table."',
    'Jared Pell: He asked me about our odds. And he said, "How can you be so sure?" I said, "Because we have no choice."',
  ]);
  assert.equal(quote(x, 'ties the city').speaker, null, 'the spokesperson is not the mayor');
  assert.notEqual(quote(x, 'has put aside efforts').speaker?.name, 'Anna Volk', 'words about Anna Volk, not hers');
  assert.equal(quote(x, 'How can you be so sure').speaker, null, '"he" in Pell\'s line is someone else');
  assert.equal(quote(x, 'Because we have no choice').speaker?.name, 'Jared Pell');
});

test('statements and calls are not said where the article was filed; a time in a side clause does not date the saying', () => {
  const x = extract(
    [
      'DENVER, July 24 (Reuters) - Halberd Freight reported lower profit on Thursday.',
      '"We see no change before the holidays," Chief Executive Sandra Okonjo told analysts on a conference call.',
      'In a statement, the Teamsters said the cuts were "a betrayal of the workers".',
      'Finance chief Tomas Rey, who joined the company last year, said the cuts would save $90 million.',
      '"The dividend is safe," Rey told reporters at the company\'s headquarters.',
    ],
    '2025-07-24',
  );
  assert.equal(quote(x, 'no change before the holidays').place, null, 'on a call');
  assert.equal(quote(x, 'a betrayal of the workers').speaker?.name, 'Teamsters');
  assert.equal(quote(x, 'a betrayal of the workers').place, null, 'in a statement');
  assert.equal(quote(x, 'The dividend is safe').place?.name, 'Denver');
  const cuts = x.entries.find((e) => !e.quote && e.text.includes('would save') && e.speaker);
  assert.equal(cuts?.speaker?.name, 'Tomas Rey');
  assert.equal(cuts?.date, '2025-07-24', '"last year" dates his joining, not his words');
});

test('a country\'s bodies and officers named by the country: ministries in lower case, "top diplomat", "counterpart"', () => {
  // Pattern: "Iran's foreign ministry said in a statement …", "Iran's top diplomat told reporters", "his Omani counterpart"
  // (AP and Reuters copy on the 2025 Oman-mediated talks), in our own words.
  const x = extract([
    'Iranian Foreign Minister Kaveh Sadri met his Omani counterpart, Salim al-Harthy, on Saturday.',
    '"Today I welcomed two old friends," the Omani foreign minister wrote on X.',
    '"Our defense is not for sale," Iran\'s top diplomat told reporters.',
    'Iran\'s foreign ministry said in a statement that the talks had been held "in a calm atmosphere".',
    'Israel\'s Prime Minister\'s Office said its team would stay "for as long as it takes".',
    'President Amr Fathy described the deal as "a welcome step back from the brink", according to the Egyptian foreign ministry.',
  ]);
  assert.equal(quote(x, 'two old friends').speaker?.name, 'Salim al-Harthy');
  assert.equal(quote(x, 'not for sale').speaker?.name, 'Kaveh Sadri');
  assert.equal(quote(x, 'calm atmosphere').speaker?.name, 'Iranian Foreign Ministry');
  assert.equal(quote(x, 'as long as it takes').speaker?.name, "Israeli Prime Minister's Office");
  assert.equal(quote(x, 'back from the brink').speaker?.name, 'Amr Fathy', 'the ministry is the source, not the speaker');
});

test('a counterpart holds the office of the one named before; a bare "the minister" is not reached through it', () => {
  const x = extract([
    'Congolese President Felix Mbala and his Rwandan counterpart, Paul Karenzi, met on Thursday. Rwandan Foreign Minister Olivier Ndoli was there too.',
    '"We will judge it by the results," the Rwandan president said.',
    '"This is a day of hope," the Rwandan minister said.',
  ]);
  assert.equal(quote(x, 'judge it by the results').speaker?.name, 'Paul Karenzi');
  assert.equal(quote(x, 'a day of hope').speaker?.name, 'Olivier Ndoli', "the president's counterpart is not a minister");
});

test('someone named in the lede before the text proves them a person, and a man whose surname is "He"', () => {
  // Pattern: sports copy opens "X refused to blame the referee …, saying his side had “…”", and X speaks only later;
  // Chinese officials named "He …" in trade coverage.
  const x = extract([
    'Callum Frame refused to blame the referee for the late penalty, saying his side had "only ourselves to look at" after the defeat.',
    '"We had 70 minutes to win it," Frame told reporters.',
    'Vice Premier He Lanfeng said the talks had been "candid and constructive". Treasury Secretary Ron Bask said the deal was good.',
  ]);
  assert.equal(quote(x, 'only ourselves to look at').speaker?.name, 'Callum Frame');
  assert.equal(quote(x, 'candid and constructive').speaker?.name, 'He Lanfeng', '"He" is his surname, not a pronoun');
});

test("places: a city ending a sentence, the opening's scene without a dateline, and places that are not the speaker's", () => {
  // Pattern: sports and wire copy with no dateline ("… after Saturday's defeat in Bristol."; "agreed in Cairo yesterday").
  const x = extract(
    [
      "Callum Frame refused to blame the referee after Saturday's 2-1 defeat in Bristol.",
      '"We had 70 minutes to win it," Frame told reporters.',
      'The president is expected to meet relatives in Nairobi. "We are proud of the ties," the president said.',
      'Kaveh Sadri said the round had gone better than the first meeting in Muscat. "We understand each other better," he said.',
      'Envoy Adam Bohl told CNN on Sunday that his contacts had been "a useful first step", though they had angered some in Jerusalem.',
    ],
    '2025-05-19',
  );
  assert.equal(x.entries.find((e) => e.text.startsWith('Callum Frame refused'))?.place?.name, 'Bristol');
  assert.equal(quote(x, '70 minutes').place?.name, 'Bristol', 'said on the day of the scene the opening names');
  assert.notEqual(quote(x, 'proud of the ties').place?.name, 'Nairobi', 'where he will be');
  assert.notEqual(quote(x, 'each other better').place?.name, 'Muscat', 'another meeting');
  assert.notEqual(quote(x, 'a useful first step').place?.name, 'Jerusalem', 'people elsewhere');
});

test('the verb that introduces the words dates them; a fronted place sets the scene of the words after it', () => {
  // Pattern: "<envoy> told CNN on Sunday that his contacts had been “…,” though he acknowledged …" (wire copy), and
  // health-briefing copy moving to a clinic ("At a clinic in <town>, parents queued. “…,” said <parent>.").
  const x = extract(
    [
      'Adam Bohl, the hostage envoy, told CNN on Sunday that his contacts had been "a useful first step," though he acknowledged that they had angered some.',
      'At a clinic in Hamilton, parents queued from early morning. "I did not think we still had to worry," said Aroha Kiri, who brought her two sons.',
    ],
    '2025-03-11',
  );
  assert.equal(quote(x, 'a useful first step').date, '2025-03-09');
  assert.equal(quote(x, 'still had to worry').place?.name, 'Hamilton');
});

test('"X thanked Y and said …": the one who thanked speaks, and "he" after it is X, not Y', () => {
  const x = extract([
    'President Donald Trump hosted the ceremony on Friday. "It took a long time," Trump said.',
    'Prime Minister Arman Petrov thanked Trump and said the deal would open trade routes. "Today we write a new page," he told reporters.',
  ]);
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('open trade routes'), 'Arman Petrov');
  assert.equal(quote(x, 'a new page').speaker?.name, 'Arman Petrov');
});

test("a place a sayer is put in is remembered on the dateline's day, for their words that follow", () => {
  const x = extract(
    [
      'ISLAMABAD, May 10 (Reuters) - Two neighbours agreed to a ceasefire on Saturday.',
      'The army\'s spokesman, Lieutenant General Asad Rahim, told a news conference in Rawalpindi that the military would respect the truce. "Our forces have shown restraint," he said.',
    ],
    '2025-05-11',
  );
  assert.equal(quote(x, 'shown restraint').date, '2025-05-10');
  assert.equal(quote(x, 'shown restraint').place?.name, 'Rawalpindi');
});

// Local news without a dateline: the city's own body sets the scene of the day's words.
// Pattern: https://scnow.com/news/local/florence-city-council-approves-first-reading-of-rental-registry-ordinance-on-party-line-vote/article_da79d21e-028a-11eb-8d92-13fecedc5556.html
test('a city’s council or mayor in the opening places the words said that day; words told to an audience in the room are said there', () => {
  const x = extract(
    [
      'The Leeds City Council voted 9-4 late Tuesday to double parking fees in the centre.',
      '"This pays for the buses," Councillor Amina Shah said before the vote.',
      'Councillor Tom Reeve told dozens of residents in the gallery: "You will pay twice."',
      'In a statement on Wednesday, the Leeds Traders Guild said it would "fight this in court".',
    ],
    '2025-06-11',
    'Council passes parking plan',
  );
  assert.equal(quote(x, 'pays for the buses').place?.name, 'Leeds');
  assert.equal(quote(x, 'pay twice').place?.name, 'Leeds');
  assert.equal(quote(x, 'fight this in court').place, null, 'a statement the next day is not placed by the scene');
});

test('a photo caption with its credit is not the opening that sets the scene', () => {
  const x = extract(
    [
      'Supporters wave flags outside the party office in Haifa on March 18. (Jane Roe/AFP/Getty Images)',
      'The prime minister’s victory on Tuesday keeps relations tense, analysts say.',
      '"Both sides will have to lower their voices," said Daniel Kurz, a former ambassador.',
    ],
    '2025-03-18',
    'After the election',
  );
  assert.equal(quote(x, 'lower their voices').place, null);
});

// Pattern: https://www.georgejulian.co.uk/2023/04/20/whorlton-hall-prosecution-20-april-2023-sabah-mahmood/
test('a trial report: courtesy titles tell gender, "she replied" is not the male lawyer; a fronted clause dates the saying; the sheriff', () => {
  const x = extract(
    [
      'Giving evidence at Perth Sheriff Court on Monday, the charity’s former manager, Fiona Clerk, said the fund had one signatory.',
      'Under cross-examination by defence advocate Callum Drysdale, Ms Clerk accepted she had signed the accounts.',
      'Mr Drysdale asked: "Did you read them?"',
      '"I relied on him to," she replied.',
      'Sheriff Moira Baxter told jurors on Wednesday that the Crown case would close on Thursday.',
      '"Do not discuss this case with anyone," the sheriff told them.',
    ],
    '2025-01-30',
  );
  const relied = quote(x, 'relied on him');
  assert.equal(relied.speaker?.name, 'Fiona Clerk');
  assert.equal(quote(x, 'Did you read them').speaker?.name, 'Callum Drysdale');
  assert.equal(quote(x, 'Do not discuss').speaker?.name, 'Moira Baxter');
  assert.equal(quote(x, 'Do not discuss').date, '2025-01-29');
  const said = x.entries.find((e) => e.text.startsWith('Giving evidence'));
  assert.equal(said?.date, '2025-01-27');
  assert.equal(said?.place?.name, 'Perth Sheriff Court');
});

// Patterns: http://straitstimes.com/singapore/courts-crime/jail-for-man-who-drove-drunk-and-treated-road-like-grand-prix-driving-circuit-killing-1-injuring-6
// (a sentencing, words "outside the State Courts"); appeal hearings "at the Palace of Justice" in Putrajaya and arguments
// "at the … U.S. Court of Appeals Building" in Atlanta, as the development articles dev-147 and dev-109 retell them.
// Pattern: https://www.dawn.com (court reports that open on the court: "The Islamabad High Court (IHC) on Wednesday …"),
// as the development article dev-161 retells one; a written ruling's reactions were not said in court (dev-129).
test('a court the opening is about, on a day of hearing, is where that day’s words were said; not for a written ruling', () => {
  const heard = extract(
    [
      'ISLAMABAD: The Islamabad High Court (IHC) on Wednesday extended its order restraining the city from demolishing homes.',
      'At the hearing, counsel for the residents, Umar Baig, said the notices were unlawful. "These families were born here," Baig said.',
    ],
    '2025-03-13',
  );
  assert.equal(quote(heard, 'born here').place?.name, 'Islamabad High Court');
  const ruled = extract(
    [
      'The Balearic High Court has thrown out an appeal by a landlords’ group against the ban on new holiday lets.',
      '"Palma needs homes for the people who work here," the mayor, Jaime Martí, said.',
    ],
    '2025-03-13',
  );
  assert.equal(quote(ruled, 'Palma needs homes').place, null);
});

test('words said over the phone, via WhatsApp or in a text message were not said in the dateline’s city', () => {
  const x = extract(
    [
      'BENGALURU: The start-up cut 420 jobs on Tuesday.',
      '"Every company that wants to list is looking at its sales teams first," Kamal Iyer said over the phone.',
      '"We were not told anything," a former employee, Ravi Nair, said via WhatsApp.',
      '"My client will contest this," the lawyer, Anita Rao, said in a text message.',
    ],
    '2025-03-12',
  );
  for (const words of ['sales teams first', 'not told anything', 'contest this']) assert.equal(quote(x, words).place, null, words);
});

// Pattern: https://www.news18.com/news/badminton/ (a final's press room in the opening, its day given two paragraphs on),
// as the development article dev-155 retells it.
test('an opening set at an occasion takes the day the next paragraphs give it, for its words', () => {
  const x = extract(
    [
      'KUALA LUMPUR: Lim Wei Jun could barely speak. Minutes after winning the final, he sat in front of a packed press room.',
      '"Give me one second. My heart is still on court," Lim said.',
      'The world No. 14 won 21-19, 14-21, 21-17 yesterday to become the first Malaysian champion since 2007.',
    ],
    '2025-01-13',
  );
  assert.equal(quote(x, 'still on court').date, '2025-01-12');
});

// Pattern: https://www.premiumtimesng.com (a strike meeting "held at the Federal Secretariat", then "speaking to journalists
// afterwards"), as the development article dev-153 retells it.
test('"afterwards" is after the occasion the text just told: its day and its venue', () => {
  const x = extract(
    [
      'The strike entered its fourth day on Thursday.',
      'Wednesday’s meeting, held at the Federal Secretariat in Abuja, lasted more than five hours.',
      'Speaking to journalists afterwards, Health Minister Ibrahim Dauda said payments would arrive "in the coming days".',
    ],
    '2025-07-24',
  );
  assert.equal(quote(x, 'coming days').date, '2025-07-23');
  assert.equal(quote(x, 'coming days').place?.name, 'Federal Secretariat');
});

test('a venue "of the …" ("the Cathedral of the Assumption"); a room named in a building is in it; grounds a crowd packed', () => {
  const x = extract(
    [
      'In his homily at the Cathedral of the Assumption, the cardinal said "small islands must look outward" to the world.',
      'In the Unirii Hall of the Cotroceni Palace, Ana Pop said "the debate is over" before leaving.',
      'Thousands packed the Furahisha grounds in Mwanza on Sunday, where Juma Ali said "we want fair elections" to cheers.',
    ],
    '2025-09-13',
  );
  assert.equal(quote(x, 'small islands').place?.name, 'Cathedral of the Assumption');
  assert.equal(quote(x, 'debate is over').place?.name, 'Cotroceni Palace');
  assert.equal(quote(x, 'fair elections').place?.name, 'Furahisha grounds');
});

test('a court in more shapes: a plural "Courts", a "Palace of Justice", a long building name with initials', () => {
  const cases: Array<[string, string]> = [
    [
      'SINGAPORE – A van driver was jailed on Tuesday for careless driving. Speaking outside the State Courts after the hearing, the victim’s mother, Mdm Tan Li Hua, said the family was relieved.',
      'State Courts',
    ],
    [
      'PUTRAJAYA – The Court of Appeal reserved judgment on Monday after a three-hour hearing at the Palace of Justice. The appellant’s counsel, Rajiv Menon, told the court the trial judge had erred.',
      'Palace of Justice',
    ],
    [
      'ATLANTA (AP) — The judges heard arguments Thursday in a courtroom at the Elbert P. Tuttle U.S. Court of Appeals Building. Lawyer Dana Whitlow told the judges the ban was a trade barrier.',
      'Elbert P. Tuttle U.S. Court of Appeals Building',
    ],
  ];
  for (const [opening, court] of cases) {
    const x = extract([opening, '"This was never about safety," the lawyer said.'], '2025-05-08');
    assert.equal(quote(x, 'never about safety').place?.name, court, opening.slice(0, 30));
  }
});

// Pattern: match reports and mixed-zone write-ups that call the winner "the 24-year-old" (as the development articles
// dev-155 and dev-157 retell them).
test('"the N-year-old": the one given that age, else the one the paragraph names first; between rivals, nobody', () => {
  const x = extract([
    'Lim Wei Jun could barely speak. Minutes after beating Japan’s Kenta Mori in the final, the 24-year-old asked for water.',
    '"Give me a second. My heart is still on court," he said.',
    'The loudest cheer was for the sprinter Ama Boateng, who took bronze behind Nigeria’s Joy Eze and Mali’s Awa Traore.',
    '"I could hear my mother in the stands," the 19-year-old said.',
    'Tunde Bakare, 31, and Femi Adeyemi, 27, both reached the final. "It was my day," the 31-year-old said.',
    'Lim said he would rest before the next event.',
  ]);
  assert.equal(quote(x, 'still on court').speaker?.name, 'Lim Wei Jun');
  assert.equal(quote(x, 'my mother in the stands').speaker, null);
  assert.equal(quote(x, 'It was my day').speaker?.name, 'Tunde Bakare');
});

// Patterns: https://www.thestar.com.my/news/nation (Malaysian honorifics, "Datuk Seri", "Tan Sri"), https://www.dawn.com
// (a lawyer as "Advocate …"), Nigerian copy's "Engr." and Indian copy's "Smt.", as the development articles dev-155,
// dev-158 and dev-161 retell them.
test('honorifics are not part of a name: "Datuk Seri", "Tan Sri", "Dato’ Sri", "Advocate", "Engr.", "Smt."; "Tan" and "Sri" as names stay', () => {
  const x = extract([
    '"We will not pretend," Prime Minister Datuk Seri Azmi Rahman said at the summit.',
    '"The path is there," Tan Sri Razif Othman said in a statement.',
    '"Our theme is inclusion," said Dato’ Sri Nur Aisyah Hamid.',
    '"These are not encroachers," Advocate Umar Baig told the court.',
    '"The road will be finished," Engr. Musa Bello said.',
    '"We have waited," Smt. Lata Rao said.',
    '"We need reform," Tan Wei Ming told reporters.',
    '"We agree," said Sri Wahyuni Lestari.',
  ]);
  assert.equal(quote(x, 'will not pretend').speaker?.name, 'Azmi Rahman');
  assert.equal(quote(x, 'path is there').speaker?.name, 'Razif Othman');
  assert.equal(quote(x, 'theme is inclusion').speaker?.name, 'Nur Aisyah Hamid');
  assert.equal(quote(x, 'not encroachers').speaker?.name, 'Umar Baig');
  assert.equal(quote(x, 'road will be finished').speaker?.name, 'Musa Bello');
  assert.equal(quote(x, 'We have waited').speaker?.name, 'Lata Rao');
  assert.equal(quote(x, 'We need reform').speaker?.name, 'Tan Wei Ming');
  assert.equal(quote(x, 'We agree').speaker?.name, 'Sri Wahyuni Lestari');
});

// Pattern: https://yle.fi/a/74-20121532 (a collision at sea: the Border Guard speaks, then the ships' owners in statements),
// as the development article dev-171 retells it; "X said" after "Cambridge-based X Therapeutics" (dev-100).
test('"the company" is never a public body; a company named by its trade is a body, and its first word later is it', () => {
  const x = extract([
    'Two cargo ships collided in fog off Kotka on Wednesday, the Finnish Border Guard said.',
    'The Aalto is owned by Mariehamn-based Saarinen Shipping. "We are relieved the crew is safe," the company said.',
    'The drug was made by Boston-based Korvane Therapeutics.',
    'Korvane said it would charge $400,000 a year for the drug.',
  ]);
  assert.notEqual(quote(x, 'relieved the crew').speaker?.name, 'Finnish Border Guard');
  assert.equal(x.entries.find((e) => e.text.startsWith('Korvane said'))?.speaker?.name, 'Korvane Therapeutics');
});

test('a name that ends a sentence after "by" does not make the next sentence’s first name an object', () => {
  const x = extract(['The plan was drafted by Maria Lopez. Lopez said it would cut waiting lists by half.']);
  assert.equal(x.entries.find((e) => e.text.startsWith('Lopez said'))?.speaker?.name, 'Maria Lopez');
});

// Pattern: https://www.rnz.co.nz/news/political (a lede that quotes words said in full further down), as the
// development articles dev-149, dev-150 and dev-109 retell it.
test('a lede’s partial quote with no one named is whoever says the same words in full further down', () => {
  const x = extract(
    [
      'The health minister was accused of "hiding behind targets" during a bruising question time on Wednesday.',
      'Opposition health spokeswoman Rachel Penn went first. "He is hiding behind targets while nurses hold the wards together," Penn said.',
      'Others said the cuts were "a false economy".',
      '"It is a false economy, and a dangerous one," said union leader Tom Hare.',
      'The vote was called "a betrayal of the wards" on Thursday.',
      '"This is a betrayal of the wards," said Ana Lee. "It is a betrayal of the wards," said Bo Kim.',
    ],
    '2025-06-19',
  );
  assert.equal(quote(x, 'hiding behind targets').speaker?.name, 'Rachel Penn');
  // Words many said, and words two people said in full, are nobody's.
  assert.equal(x.entries.find((e) => e.quote === 'a false economy')?.speaker ?? null, null);
  assert.equal(x.entries.find((e) => e.quote === 'a betrayal of the wards')?.speaker ?? null, null);
});

// Pattern: https://peoplemattersglobal.com/blog/c-suite/layoffs-through-letters-popular-ceos-wrote-letters-to-employees-15483
// (chief executives' layoff emails quoted over several paragraphs, as the development article dev-154 retells one).
test('a document named with its issuer, then paragraphs that are only its words: the issuer wrote them, nowhere', () => {
  const x = extract(
    [
      'BENGALURU: The cuts were announced to staff on Tuesday in an email from co-founder and chief executive Arun Rao. The paper has seen the email.',
      '"Today I am asking 300 of our colleagues to leave. There is no easy way to write that.',
      '"That was my mistake, not yours."',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'asking 300').speaker?.name, 'Arun Rao');
  assert.equal(quote(x, 'asking 300').place, null);
  assert.equal(quote(x, 'my mistake').speaker?.name, 'Arun Rao');
});

// Patterns: https://www.premiumtimesng.com (a ministry statement quoted with "the statement read"); mixed-zone reports
// that call an athlete "the 2022 Commonwealth Games finalist" (as the development articles dev-153 and dev-157 retell them).
test('"the statement read" is the statement’s issuer; "the … finalist said" is the one the paragraph before is about', () => {
  const x = extract(
    [
      'On Thursday, the ministry’s spokesperson, Ada Obi, said in a statement that no doctor would be punished.',
      '"No punitive measure will be taken against any doctor," the statement read.',
      'Amos Kiprop took silver behind his training partner.',
      'Kiprop, who had pushed the pace from the second lap, said he had nothing left at the end.',
      '"It is still a one-two for Kenya," the 2022 Commonwealth Games finalist said.',
    ],
    '2025-03-21',
  );
  assert.equal(quote(x, 'No punitive measure').speaker?.name, 'Ada Obi');
  assert.equal(quote(x, 'one-two for Kenya').speaker?.name, 'Amos Kiprop');
});

// Pattern: https://nltimes.nl (pay talks: "a KLM spokesperson said in a statement"), as the development article dev-151 retells it.
test('an unnamed spokesperson of a named body is the body speaking: "A KLM spokesperson", "a Ryanair spokesman", "a CDA spokesman"', () => {
  const x = extract([
    'A KLM spokesperson said the airline had "gone to the limit of what is responsible" on pay.',
    'A Ryanair spokesman said the strike was "completely unjustified" by any measure.',
    'The Capital Development Authority (CDA) has not commented. Later a CDA spokesman said the notices were "lawful and final" in every case.',
    'A French spokesman said it was "a fine day for the talks" in Paris.',
  ]);
  assert.equal(quote(x, 'gone to the limit').speaker?.name, 'KLM');
  assert.equal(quote(x, 'completely unjustified').speaker?.name, 'Ryanair');
  assert.equal(quote(x, 'lawful and final').speaker?.name, 'Capital Development Authority');
  assert.equal(quote(x, 'a fine day').speaker, null);
});

// Pattern: question-time write-ups with no dateline, the country named only inside bodies' names and by its towns
// (as the development article dev-149 retells one from RNZ).
test('no dateline: the country the article names most is home, so "question time at Parliament" is its parliament, that day', () => {
  const x = extract(
    [
      'The health minister was accused of "hiding behind targets" during a bruising question time at Parliament, as opposition MPs pressed him over cuts.',
      'Health Minister Grant Whitby faced questions on Wednesday afternoon, a day after the broadcaster revealed Health New Zealand was preparing to cut 480 jobs in Lower Hutt and Dunedin.',
      '"I can guarantee that this government is doing more surgery, not less," Whitby told the House on Wednesday.',
    ],
    '2025-06-19',
  );
  assert.equal(quote(x, 'doing more surgery').place?.name, 'New Zealand Parliament');
  assert.equal(quote(x, 'doing more surgery').date, '2025-06-18');
});

// Patterns: Security Council briefings "by video link from Port Sudan"; results calls "from the company's West Perth
// office" (as the development articles dev-166 and dev-169 retell them).
test('a call or a video link made from a place: the words were said there, and the speaker’s next words too', () => {
  const x = extract(
    [
      'Speaking by video link from Port Sudan, the UN co-ordinator, Ingrid Sola, said "no convoy has arrived" since October.',
      'Chief executive Fiona Carr told analysts on a conference call from the company’s West Perth office that contracts were cut.',
      '"It was a hard year," Carr said.',
    ],
    '2025-06-19',
  );
  assert.equal(quote(x, 'no convoy').place?.name, 'Port Sudan');
  assert.equal(quote(x, 'hard year').place?.name, 'West Perth');
});

// Pattern: wildfire briefings (AP: "said at a briefing at the Boulder County Fairgrounds in Longmont"), as the development
// article dev-150 retells one.
test('the one venue the story holds its occasion at places the day’s other words said in the dateline’s city', () => {
  const x = extract(
    [
      'LONGMONT, Colo. (AP) — A wildfire doubled in size overnight, officials said Friday.',
      'About 9,000 people have left their homes since Wednesday.',
      '"You get out of its way," Fire Chief Dana Kessel said at a briefing at the Boulder County Fairgrounds in Longmont.',
      '"This fire is not done with us," Gov. Daniel Arce told reporters.',
    ],
    '2025-08-08',
  );
  assert.equal(quote(x, 'not done with us').place?.name, 'Boulder County Fairgrounds');
  // Two venues with an occasion each: neither is the story's.
  const y = extract(
    [
      'LONGMONT, Colo. (AP) — A wildfire doubled in size overnight, officials said Friday.',
      'About 9,000 people have left their homes since Wednesday.',
      '"You get out of its way," Fire Chief Dana Kessel said at a briefing at the Boulder County Fairgrounds in Longmont.',
      'Later, at a meeting at the Longmont Civic Center, residents asked about insurance.',
      '"This fire is not done with us," Gov. Daniel Arce told reporters.',
    ],
    '2025-08-08',
  );
  assert.equal(quote(y, 'not done with us').place?.name, 'Longmont');
});

// Pattern: http://eurodialogue.org/EU-budget-summit-ends-without-deal
test('a title the article also uses alone is not part of the name; two particles; a longer name is not the knowledge file’s person inside it', () => {
  const x = extract(
    [
      'Taoiseach Cormac Doyle, speaking at the summit, said Ireland would hold firm. "We cannot cut farmers," Mr Doyle said.',
      'Earlier this month, the Taoiseach had told the Dáil he expected "a long night".',
      'Arriving on Thursday, Commission president Ilse van der Berg said the plan was "the world as it is".',
      '"We are not a selling club." Those were the words of chairman Graham Petts, speaking to local radio last week.',
    ],
    '2025-06-27',
  );
  assert.equal(quote(x, 'cannot cut farmers').speaker?.name, 'Cormac Doyle');
  assert.equal(quote(x, 'the world as it is').speaker?.name, 'Ilse van der Berg');
  assert.equal(quote(x, 'the world as it is').date, '2025-06-26');
  assert.equal(quote(x, 'selling club').speaker?.name, 'Graham Petts');
});

// Pattern: https://commerce.senate.gov/2014/4/examining-the-gm-recall-and-nhtsa-s-defect-investigation-process
test('venues no gazetteer lists: found where something is said, with the city in their name as parent; not workplaces or bodies', () => {
  const x = extract(
    [
      'Chief executive Dana Osei testified on Thursday in Room 253 of the Russell Senate Office Building. "We failed our customers," she said.',
      '"Nobody is leaving," Rui Antunes said at the club’s Hollins Lane training ground on Friday.',
      '"The fund had one signatory," Fiona Clerk said at Dundee Sheriff Court on Monday.',
    ],
    '2025-08-22',
  );
  const y = extract([
    '"Prices will fall," said Tom Weir, an economist at Purdue University.',
    '"It was frank," said Lena Hoxha, an analyst at the Kosovar Centre for Security Studies.',
  ]);
  assert.equal(quote(x, 'failed our customers').place?.name, 'Russell Senate Office Building');
  assert.equal(quote(x, 'Nobody is leaving').place?.name, 'Hollins Lane training ground');
  const court = quote(x, 'one signatory').place;
  assert.equal(court?.name, 'Dundee Sheriff Court');
  assert.equal(x.newPlaces.find((p) => p.slug === court?.slug)?.parent, 'Dundee');
  assert.equal(quote(y, 'Prices will fall').place, null, 'a workplace is not where the words were said');
  assert.equal(quote(y, 'It was frank').place, null, 'a body named "Centre for …" is not a building');
});

// Pattern: https://www.premiumtimesng.com (tribunal and court reports: "at the Federal High Court in Benin", "the
// Central Government Offices" of Hong Kong budget stories).
test('a venue whose name opens on a word that is also a small town ("Federal", "Central") is not in that town', () => {
  const x = extract(
    [
      '"The petition lacks merit," Justice Amaka Obi said at the Federal High Court on Tuesday.',
      '"We will not cut the civil service," Secretary Wong Ka-ming told reporters at the Central Government Offices on Wednesday.',
    ],
    '2025-03-07',
  );
  for (const words of ['lacks merit', 'civil service']) {
    const venue = quote(x, words).place;
    assert.ok(venue, `a venue for "${words}"`);
    const parent = x.newPlaces.find((p) => p.slug === venue.slug)?.parent ?? null;
    assert.ok(parent === null || !['Federal', 'Central'].includes(parent), `${venue.name} is not in ${parent}`);
  }
});

test('a venue found in an article gets a place page inside its city, and its entries are the city’s too', () => {
  const article = {
    id: 'trial',
    file: 'trial.md',
    meta: { title: 'Trial', source: 's', published: '2025-01-30', kind: 'article' as const, authors: [] },
    body: '"The fund had one signatory," Fiona Clerk said at Dundee Sheriff Court on Monday.',
    bodyLine: 1,
  };
  const parsed = parseArticle(article, knowledge);
  const x = extractEntries(parsed, knowledge);
  const timeline = buildTimeline([parsed], [x], knowledge);
  const court = timeline.places.find((p) => p.slug === 'dundee-sheriff-court');
  assert.equal(court?.kind, 'venue');
  assert.equal(court?.parent?.name, 'Dundee');
  const city = timeline.places.find((p) => p.slug === 'dundee');
  assert.deepEqual(city?.entries, court?.entries);
});

// Patterns: https://www.rte.ie/news/courts/2023/1018/1411546-celebrity (a trial over several days, "SC" after
// counsel's names, Irish "Ó" names), https://www.bbc.co.uk/news/articles/c0q0w1y1q9xo (a study's co-author "Dr",
// a hydrologist "of" a university), a Bloomberg earnings call ("Chief Financial Officer").
test('names: letters after a name, Irish "Ó", what stands before "Dr" or an occupation, officers, regions in roles; no one after "&"', () => {
  const x = extract(
    [
      'A jury at Galway Circuit Criminal Court has begun considering its verdict in the trial of a builder, Ciarán Ó Dálaigh (48).',
      'In her closing speech on Tuesday, prosecuting counsel Sinéad Ní Bhraonáin SC said the invoices "tell their own story".',
      'Mr Ó Dálaigh, who set up the firm in 2011, sat with his arms folded. Giving evidence on Monday, he said "I never saw those invoices".',
      'Co-author Dr Wanjiru Kamau, of the School of Hygiene & Tropical Medicine, said the effect was "large and getting larger".',
      'Hydrologist Bishnu Thapa of Pokhara University said the river had "nowhere left to go".',
      'Chief Financial Officer Eirik Solheim said the company would "not chase volume".',
      'Special envoy for Latin America Raúl Ibáñez said the talks had been "frank".',
    ],
    '2025-05-16',
  );
  assert.equal(quote(x, 'tell their own story').speaker?.name, 'Sinéad Ní Bhraonáin');
  assert.equal(quote(x, 'I never saw those invoices').speaker?.name, 'Ciarán Ó Dálaigh');
  assert.equal(quote(x, 'large and getting larger').speaker?.name, 'Wanjiru Kamau');
  assert.equal(quote(x, 'nowhere left to go').speaker?.name, 'Bishnu Thapa');
  assert.equal(quote(x, 'not chase volume').speaker?.name, 'Eirik Solheim');
  assert.equal(quote(x, 'frank').speaker?.name, 'Raúl Ibáñez');
  assert.ok(!x.newPeople.some((p) => /Tropical|SC$|Latin/.test(p.name)), x.newPeople.map((p) => p.name).join(', '));
  // A trial: what is said in it is said in the one court the article names, on any day of the trial.
  assert.equal(quote(x, 'tell their own story').place?.name, 'Galway Circuit Criminal Court');
  assert.equal(quote(x, 'I never saw those invoices').date, '2025-05-12');
});

// Patterns: https://www.theguardian.com/news/series/the-long-read (present-tense features with the writer's "I"),
// https://apnews.com/hub/vietnam (Vietnamese names, second references by given name).
test('features: words straight after a sentence about someone are theirs; a pronoun keeps the subject just before; Vietnamese genders', () => {
  const x = extract(
    [
      'The ferry leaves at six. Ilie Munteanu, 71, stands at the stern. "There were nine boats here once," he says.',
      'Sorin Vlad, the mayor of the commune, is less sentimental. "The ferry loses money," he told me in his office.',
      'Sorin Vlad says the county has promised a bridge for years.',
      'Munteanu laughs at that. "A bridge! When the river runs backwards."',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'The ferry loses money').speaker?.name, 'Sorin Vlad');
  assert.equal(quote(x, 'A bridge!').speaker?.name, 'Ilie Munteanu');
  const ap = extract(
    [
      'HANOI, Vietnam (AP) — Floods swept through villages in northern Vietnam on Sunday.',
      'Deputy Minister Pham Quoc Khanh, who visited on Monday, said "our priority is lives".',
      'Nguyen Thi Hoa, a teacher in a nearby village, said the school was a shelter. "We have 300 people here," she said.',
    ],
    '2025-09-08',
  );
  assert.equal(quote(ap, '300 people').speaker?.name, 'Nguyen Thi Hoa');
});

// Patterns: https://www.espncricinfo.com/series/one-day-cup (a ground named without "Stadium"), a Reuters
// dateline story with "the same news conference", a Dutch coalition story ("in a meeting room of the House of
// Representatives"), an Irish Examiner village feature ("that morning", "a Saturday reading club").
test('places and days of the scene: a ground on a day, a broadcaster, "the same news conference", a room of a building, a village a feature introduces, "that morning"', () => {
  const ground = extract(
    [
      'Somerset captain Ned Pryor said at Trent Bridge on Saturday that his side had "buried a ghost".',
      '"We lost two finals here," Pryor told Sky Sports. "Today we won one."',
    ],
    '2025-09-20',
  );
  assert.equal(quote(ground, 'buried a ghost').place?.name, 'Trent Bridge');
  assert.equal(quote(ground, 'We lost two finals').place, null);
  const room = extract(
    [
      'THE HAGUE — The scout began talks on Wednesday, receiving party leaders in a meeting room of the House of Representatives.',
      '"This is the only majority," Pieter Smit told reporters on his way in.',
      '"We are too far apart," the VVD leader Anouk Bakker told a news conference in Utrecht on Wednesday.',
      'Her deputy, Joris Hendriks, told the same news conference that talks would "take months".',
    ],
    '2025-11-05',
  );
  assert.equal(quote(room, 'only majority').place?.name, 'House of Representatives');
  assert.equal(quote(room, 'take months').place?.name, 'Utrecht');
  const village = extract(
    [
      'In Kilbrack, a village of about 900 people, the library opens five days a week. From September it will open on two.',
      'Máire Ní Chonaill has used the library since 1986. On Tuesday morning she was at her usual table.',
      '"It is the only warm room in the village," said Ms Ní Chonaill.',
      'Across the street that morning, Piotr Nowak, who came to the village from Gdańsk in 2007, said "this is where we learned English".',
      'Aoife Daly, who runs a Saturday reading club, said the plan was "a done deal".',
    ],
    '2025-06-19',
  );
  assert.equal(quote(village, 'only warm room').date, '2025-06-17');
  assert.equal(quote(village, 'learned English').date, '2025-06-17');
  // Not Gdańsk, where he came from: the village the feature introduces, where the reporter met him.
  assert.equal(quote(village, 'learned English').place?.name, 'Kilbrack');
  assert.equal(quote(village, 'only warm room').place?.name, 'Kilbrack');
  assert.ok(village.newPlaces.some((p) => p.name === 'Kilbrack' && p.kind === 'city'));
  assert.equal(quote(village, 'a done deal').date, '2025-06-19');
});

// Pattern: https://apnews.com/hub/ghana (a wire story filed from Accra: "The Finance Ministry said in a statement").
test('a ministry named without its country is the dateline country\'s: "the Finance Ministry" in a story filed from Accra', () => {
  const x = extract(
    [
      'ACCRA, Ghana (AP) — Cocoa farmers marched on Tuesday to demand a higher price.',
      'The Finance Ministry said in a statement late Tuesday that it was "in constant contact" with the cocoa board.',
      'Separately, the health ministry said clinics would "stay open through the strike".',
    ],
    '2025-10-08',
  );
  assert.equal(quote(x, 'in constant contact').speaker?.name, 'Ghanaian Finance Ministry');
  assert.equal(quote(x, 'stay open').speaker?.name, 'Ghanaian Health Ministry');
});

// Pattern: https://www.theguardian.com/news/series/the-long-read (people in a feature called by their first name).
test('features call people by their first name: "Ion says" after "Ion Popescu is 67"; "His wife, Maria,"; "Lula" is not a second person', () => {
  const x = extract(
    [
      'The boat leaves at six. Ion Popescu is 67 and has worked the channel since he was a boy.',
      '“There were nine boats here once,” Ion says. “Now there is me.”',
      'His wife, Maria, waits on the jetty. “He will never stop,” she says.',
      'Brazil’s president, Luiz Inácio Lula da Silva, was in Belém on Tuesday. “We agreed,” Lula said.',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'nine boats').speaker?.name, 'Ion Popescu');
  assert.equal(quote(x, 'never stop').speaker?.name, 'Maria');
  assert.notEqual(quote(x, 'We agreed').speaker?.name, 'Lula');
});

// Pattern: https://www.bankofcanada.ca/press/ (rate decisions announced "at a news conference at the bank's headquarters in Ottawa");
// https://www.kansascityfed.org/ (speeches "at a conference in Kansas City").
test('an organisation\'s headquarters is a building in its city; "Kansas City", "Mexico City" and "Ho Chi Minh City" are cities, not "Kansas"', () => {
  const x = extract(
    [
      '“Holding is not standing still,” Governor Anne Ouellette told a news conference at the Bank of Canada’s headquarters in Ottawa on Wednesday.',
      'Speaking at a conference in Kansas City on Thursday, Governor Denise Abernathy said she had “enormous respect” for her colleagues.',
      'Trade Minister Rafael Ortega, speaking in Mexico City on Thursday, said the deal was “good for both”.',
    ],
    '2025-07-31',
  );
  // (Since round 38 the building, in its city: the development gold names "Iowa Lottery headquarters", "UN headquarters".)
  assert.equal(quote(x, 'not standing still').place?.name, 'Bank of Canada headquarters');
  assert.equal(x.newPlaces.find((p) => p.name === 'Bank of Canada headquarters')?.parent, 'Ottawa');
  assert.equal(quote(x, 'enormous respect').place?.name, 'Kansas City');
  assert.equal(quote(x, 'good for both').place?.name, 'Mexico City');
});

// Patterns: https://punchng.com/ ("Comrade …", "Alhaji …" before names), https://www.abc.net.au/news/ ("Cr …",
// "The RFS said" after "the Rural Fire Service's district manager", "The NSW Reconstruction Authority said"),
// https://www.thehindu.com/ ("V.K. …"), https://www.japantimes.co.jp/ (a long apposition before "said").
test('honorifics and initials: "Comrade", "Alhaji", "Cr" are titles; "V.K." is one name\'s initials; a body\'s letters and initials', () => {
  const x = extract(
    [
      'The chairman of the union, Comrade Saheed Olanrewaju, said workers would "not wait another month".',
      'Cr Geoff Rourke said the town had "been through this before".',
      'Chief Minister V.K. Rajasekharan said the people of the state "can count".',
      'The Rural Fire Service’s district manager opened the meeting. The RFS said the fire was "contained but not yet out".',
      'The NSW Reconstruction Authority said it would clear homes "free of charge".',
      'Shinya Oikawa, a wildlife ecologist at Iwate University who has tracked bears with GPS collars in the Kitakami Mountains since 2012, said in a telephone interview that the package was "too late for this autumn".',
    ],
    '2025-12-11',
  );
  assert.equal(quote(x, 'another month').speaker?.name, 'Saheed Olanrewaju');
  assert.equal(quote(x, 'been through this').speaker?.name, 'Geoff Rourke');
  assert.equal(quote(x, 'can count').speaker?.name, 'V.K. Rajasekharan');
  assert.equal(quote(x, 'contained but not').speaker?.name, 'Rural Fire Service');
  assert.equal(quote(x, 'free of charge').speaker?.name, 'NSW Reconstruction Authority');
  assert.equal(quote(x, 'too late for this').speaker?.name, 'Shinya Oikawa');
});

// Pattern: https://www.thehindu.com/news/national/kerala/ ("X dismissed Y's charge that … a “…”, and said …").
test("words inside what someone's charge or claim says are the owner's, not the sentence's subject's", () => {
  const x = extract(
    [
      'Chief Minister V.K. Rajasekharan on Tuesday dismissed Leader of the Opposition Thomas Kuruvila’s charge that the government had pushed the state into a "debt trap", and said the opposition had no answer on pensions.',
    ],
    '2026-03-11',
  );
  assert.equal(quote(x, 'debt trap').speaker?.name, 'Thomas Kuruvila');
});

// Patterns: https://www.dw.com/en/ (Bundestag debates: "Bundestag Vice President X", "The Left Party's X"),
// https://apnews.com/hub/united-nations ("Congo's U.N. ambassador accused …").
test('a title before a found name is that name\'s, not a listed person\'s; a party that owns a name describes it; "U.N." is no one', () => {
  const x = extract(
    [
      'Jana Hollmann of the Greens said the bill did not go far enough.',
      'When he carried on past his allotted time, Bundestag Vice President Petra Weißenfels switched off his microphone. "Your speaking time ended a minute ago, Mr. Vossberg," she said.',
      'The Left Party’s Aylin Demirtaş-Kühn demanded a rent freeze. "Six years without increases," she said.',
      'Congo’s U.N. ambassador accused Rwanda on Thursday of "sending its army to finish the job".',
    ],
    '2025-11-14',
  );
  assert.equal(quote(x, 'speaking time').speaker?.name, 'Petra Weißenfels');
  assert.equal(quote(x, 'Six years without').speaker?.name, 'Aylin Demirtaş-Kühn');
  assert.notEqual(quote(x, 'sending its army').speaker?.name, 'Congo’s U.N.');
  assert.ok(!x.newPeople.some((p) => /U\.N\./.test(p.name)));
});

// Patterns: https://www.reuters.com/world/americas/ (Reuters from Brasília: "Agriculture Minister X said …" then
// "The ministry said in a statement"), https://www.thehindu.com/elections/ ("the Election Commission of India, in a
// press note, reminded all parties that …").
test('"the ministry" is the ministry of the minister named last, in the dateline\'s country; a body "reminded" parties', () => {
  const x = extract(
    [
      'BRASILIA, Oct 14 (Reuters) - Brazil will offer subsidized credit to growers, Agriculture Minister Paulo Tavares said on Tuesday.',
      'The ministry said in a statement that banks would take applications "within ten days".',
      'On Tuesday, the Election Commission of India, in a press note, reminded all parties that "no new scheme" could be announced.',
    ],
    '2025-10-14',
  );
  assert.equal(quote(x, 'within ten days').speaker?.name, 'Brazilian Agriculture Ministry');
  assert.equal(quote(x, 'no new scheme').speaker?.name, 'Election Commission of India');
});

// Patterns: https://www.odt.co.nz/sport/rugby (Sunday's paper: "… at Forsyth Barr Stadium last night"),
// https://www.japantimes.co.jp/news/ ("X, an ecologist who has tracked bears since 2012, said …").
test('"last night" is the day before publication; "since 2012" does not date what is said', () => {
  const x = extract(
    [
      'Finn Cassidy kicked a late penalty as Otago beat Canterbury 27-25 at Forsyth Barr Stadium last night. "We were poor for 50 minutes," coach Tama Reihana said.',
    ],
    '2025-09-28',
  );
  assert.equal(quote(x, 'poor for 50').date, '2025-09-27');
  const y = extract(
    [
      'Shinya Oikawa, an ecologist who has tracked bears since 2012, said in a telephone interview that the plan was late. "Rifles will save lives this winter," he said.',
    ],
    '2025-11-11',
  );
  assert.equal(quote(y, 'Rifles will save').date, '2025-11-11');
});

// Pattern: https://nation.africa/kenya/news/politics (election petitions: "the CJ told the packed courtroom as the
// hearing closed on Wednesday", "…,” Mr X submitted").
test('court copy: "the CJ" is the Chief Justice named before; "as the hearing closed on Wednesday" dates the telling; "submitted"', () => {
  const x = extract(
    [
      'Chief Justice Jane Mbugua on Wednesday evening set the judgment for Monday.',
      '"This court will not be tried in the newspapers," the CJ told the packed courtroom as the hearing closed on Wednesday.',
      "On Tuesday, the petitioner's lead counsel, Senior Counsel Jared Omondi-Ochieng, told the bench that results had been altered.",
      '"The numbers did not come from the polling stations," Mr Omondi-Ochieng submitted.',
    ],
    '2027-09-02',
  );
  assert.equal(quote(x, 'tried in the newspapers').speaker?.name, 'Jane Mbugua');
  assert.equal(quote(x, 'tried in the newspapers').date, '2027-09-01');
  assert.equal(quote(x, 'did not come from').speaker?.name, 'Jared Omondi-Ochieng');
});

// Patterns: https://apnews.com/hub/united-nations ("UNITED NATIONS (AP) —"), https://nation.africa/kenya/news
// (a petition heard "at the Supreme Court building", counsel "told the bench").
test('"UNITED NATIONS (AP) —" is filed from New York; a hearing before a bench is in the one court the article names', () => {
  const un = extract(
    ['UNITED NATIONS (AP) — Congo accused Rwanda on Thursday of "sending its army" as the Security Council met.'],
    '2025-12-11',
  );
  assert.equal(quote(un, 'sending its army').place?.name, 'New York');
  const court = extract(
    [
      'NAIROBI — The judges will rule on Monday after two days of hearings.',
      'On Tuesday, Senior Counsel Jared Omondi-Ochieng told the bench that results had been "altered between the centres".',
      'The bench will deliver its judgment at the Supreme Court building on Monday morning.',
    ],
    '2027-09-02',
  );
  assert.equal(quote(court, 'altered between').place?.name, 'Supreme Court');
});

// Pattern: https://www.japantimes.co.jp/news/ (a mayor "said by phone", then more of his words in the next paragraph).
test("words after the same person's words by phone are not placed at the dateline", () => {
  const x = extract(
    [
      'TOKYO — The government approved a package on Tuesday to deal with bear attacks.',
      'In the town of Nishiwaga, Mayor Kazuo Takahata said by phone that residents were buying bear bells.',
      '"People have stopped visiting the shrine in the evening," Takahata said.',
    ],
    '2025-11-11',
  );
  assert.equal(quote(x, 'stopped visiting').place, null);
});

// Pattern: https://nation.africa/kenya/counties/kakamega ("in Kakamega, X told supporters at Bukhungu Stadium").
test('a venue named after a city in the same sentence is in it; "told supporters at" a stadium is not where they work', () => {
  const x = extract(
    [
      'Meanwhile, in Kakamega, party leader Benjamin Wafula told supporters at Bukhungu Stadium on Wednesday that they would accept the decision "whichever way it goes".',
    ],
    '2027-09-02',
  );
  assert.equal(quote(x, 'whichever way').place?.name, 'Bukhungu Stadium');
});

// Patterns: https://www.nytimes.com/athletic/football/ (a press conference: "Asked directly …, Kinsella paused." then a
// paragraph "“…,” he said"; an agent "released a statement" then "the statement said"), https://www.seattletimes.com/
// (updates stamped "9:40 a.m. PT –" in a live blog not marked as one).
test('"he" in the paragraph after is the subject of the one before; "the statement said" is who released it; a time-stamped update starts afresh', () => {
  const x = extract(
    [
      'Rob Kinsella had clearly been expecting the question. "Jadon is our player," Kinsella said.',
      'On Thursday evening, the player’s representative, Marco Bellandi, released a statement through his agency.',
      '"He was told in June that the club would not stand in his way," the statement said.',
      'Asked directly whether any such promise had been made, Kinsella paused.',
      '"I wasn’t in the room for every conversation," he said.',
    ],
    '2026-01-24',
  );
  assert.equal(quote(x, 'told in June').speaker?.name, 'Marco Bellandi');
  assert.equal(quote(x, 'in the room').speaker?.name, 'Rob Kinsella');
  const live = extract(
    [
      '7:30 a.m. PT – County Executive Dana Whitford said two people had died.',
      '8:10 a.m. PT – PSE spokesperson Maren Holt told KING 5 that crews were on their way.',
      '9:40 a.m. PT – In West Seattle, Priya Natarajan was sweeping broken glass off her porch.',
      '"It sounded like a freight train," she said.',
    ],
    '2025-11-20',
  );
  assert.notEqual(quote(live, 'freight train').speaker?.name, 'Maren Holt');
});

// Patterns: https://www.thenationalnews.com/business/ ("X, the UAE's Minister of State for Infrastructure Investment,
// said"), https://www.batimes.com.ar/ ("X, chief economist at Buenos Aires consultancy Y, said"), https://www.cbc.ca/news/canada/
// ("a spokesperson for Nova Scotia's Department of Public Works said").
test("the rest of an office's or a body's name, and a workplace in someone's description, are no one", () => {
  const x = extract(
    [
      'Mariam Al Shamsi, the UAE’s Minister of State for Infrastructure Investment, said the fund would "not wait for perfect conditions".',
      'Lucía Ferrer, chief economist at Buenos Aires consultancy Cuántica Economía, said the reaction was "nervous but not panicked".',
      'A spokesperson for the Department of Public Works said the province "remains aligned".',
    ],
    '2025-12-16',
  );
  assert.equal(quote(x, 'perfect conditions').speaker?.name, 'Mariam Al Shamsi');
  assert.equal(quote(x, 'nervous but').speaker?.name, 'Lucía Ferrer');
  assert.ok(
    !x.newPeople.some((p) => /^(?:Infrastructure Investment|Cuántica Economía|Public Works)$/.test(p.name)),
    x.newPeople.map((p) => p.name).join(', '),
  );
});

// Pattern: https://apnews.com/hub/argentina ("to protest what they called “a government for the markets.”").
test('"what they called “…”" quotes someone\'s words; "a group called “…”" names something', () => {
  const x = extract(
    [
      'Several hundred retirees gathered on Tuesday to protest what they called "a government for the markets."',
      'She founded a group called "Mothers of the Square" in 2019.',
    ],
    '2025-12-16',
  );
  assert.ok(x.entries.some((e) => e.quote === 'a government for the markets.' || e.quote === 'a government for the markets'));
  assert.ok(!x.entries.some((e) => e.quote?.startsWith('Mothers of the Square')));
});

// Pattern: https://www.nytimes.com/athletic/football/ (a manager's pre-match press conference, its venue and day in the
// paragraph after an opening that gives neither).
test("without a dateline, a venue and day in the paragraph after the opening place its subject's words that day", () => {
  const x = extract(
    [
      'Rob Kinsella had clearly been expecting the question.',
      'Medway City’s head coach sat down for his pre-match press conference at the club’s Lordswood training ground on Friday morning.',
      '"Jadon is our player," Kinsella said.',
    ],
    '2025-01-17',
  );
  assert.equal(quote(x, 'our player').place?.name, 'Lordswood training ground');
});

// Pattern: https://apnews.com/hub/argentina ("Outside the Casa Rosada, the presidential palace, several hundred retirees
// gathered to protest what they called “…”").
test('a body named after "outside", "inside" or "in" is where something happens, not who speaks', () => {
  const x = extract(
    ['Outside the Casa Rosada, the presidential palace, retirees gathered to protest what they called "a government for the markets."'],
    '2025-12-16',
  );
  assert.equal(x.entries.find((e) => e.quote?.startsWith('a government for'))?.speaker, null);
});

// Legislatures: https://m.dw.com/en/chancellors-question-time-angela-merkel-quizzed-on-russia-and-refugees/a-44099205 (a
// country's parliament sitting, opening the story), https://www.heraldscotland.com/politics/ (First Minister's Questions
// "at Holyrood"), https://wisconsinexaminer.com/ (a hearing at "the state Capitol" in Madison, Wis.).
test("a chamber sitting in the opening places that day's words in it; \"parliament\" is the home country's; a US state's legislature is its State Capitol", () => {
  const bundestag = extract(
    [
      "Poland's parliament on Thursday held a long debate on a bill to raise the minimum pension.",
      '"Nobody in this chamber can pretend the money is there," Tomasz Wrzosek of the opposition told lawmakers.',
      'Labour Minister Ewa Drozdowska defended the bill. "It is late, but it is fair," she said.',
      'In an interview with a radio station later, Wrzosek said: "We will vote against it."',
    ],
    '2025-10-16',
  );
  assert.equal(quote(bundestag, 'Nobody in this chamber').place?.name, 'Sejm');
  assert.equal(quote(bundestag, 'late, but it is fair').place?.name, 'Sejm');
  assert.equal(quote(bundestag, 'vote against it').place, null, 'words said in an interview are not said in the chamber');

  const named = extract(
    [
      'The First Minister was challenged over hospital waiting times at Holyrood on Thursday.',
      '"Patients are waiting longer every month," the Labour leader, Moira Kinloch, said.',
      'A government spokesperson said later: "We are investing record sums."',
    ],
    '2025-03-06',
  );
  assert.equal(quote(named, 'Patients are waiting').place?.name, 'Holyrood');
  assert.equal(quote(named, 'record sums').place, null, "a spokesperson's later words are not the chamber's");

  const dublin = extract(
    ['DUBLIN — Housing Minister Ciarán Ó Dálaigh told parliament on Tuesday: "We will double the grants."'],
    '2025-05-13',
  );
  assert.equal(quote(dublin, 'double the grants').place?.name, 'Dáil');
  // "parliament's budget committee in Jakarta": a chamber named only by what it is yields to its city.
  const jakarta = extract(
    [
      'JAKARTA — Finance Minister Budi Hartono told parliament\'s budget committee in Jakarta on Wednesday that "the deficit will stay low".',
    ],
    '2025-05-14',
  );
  assert.equal(quote(jakarta, 'deficit will stay low').place?.name, 'Jakarta');

  const madison = extract(
    [
      'MADISON, Wis. — A bill to allow sales of home-baked goods drew dozens of bakers to the state Capitol on Wednesday.',
      '"I sell at the farmers market and I want to sell from my porch," Lorna Heist told the committee.',
    ],
    '2025-04-09',
  );
  assert.equal(quote(madison, 'sell from my porch').place?.name, 'Wisconsin State Capitol');
});

// https://www.thenorthernecho.co.uk/news/ (a sentencing told the day after: "Sentencing him at Teesside Crown Court
// yesterday, Judge X said …"), https://www.straitstimes.com/asia/se-asia/ ("told tens of thousands of supporters at
// Simpang Lima square on Saturday (Nov 16)"), https://apnews.com/ (a doctor introduced after two fronted phrases).
test("the story's day from the first words said after an undated opening; an audience and a venue between the verb and its day; two fronted phrases before the sayer", () => {
  const court = extract(
    [
      'A man who killed a cyclist while driving on his phone has been jailed for six years.',
      'Aaron Pell, 31, of Stockton, admitted causing death by dangerous driving at a hearing in March.',
      'Sentencing him at Teesside Crown Court yesterday, Judge Ruth Alder said he had "chosen a text message over a life".',
      '"Every day I set a place at the table for him," the cyclist\'s mother said in a statement read to the court.',
    ],
    '2025-06-13',
  );
  assert.equal(quote(court, 'chosen a text message').date, '2025-06-12');
  assert.equal(quote(court, 'set a place at the table').date, '2025-06-12', "the story's day, not the day it was printed");
  // An opening on its own day keeps it: later words dated the day before are background.
  const today = extract(
    [
      'Lawmakers were still without a budget on Tuesday evening.',
      'Departments began sending layoff notices on Monday, the budget office said.',
      '"We are not going to negotiate in a hallway," Senator Ida Lorne said.',
    ],
    '2025-09-30',
  );
  assert.equal(quote(today, 'negotiate in a hallway').date, '2025-09-30');

  const rally = extract(
    [
      'Candidate Lestari Wulan told thousands of supporters at Simpang Lima square on Saturday (Nov 16) that the city needed "a mayor who listens".',
    ],
    '2024-11-19',
  );
  assert.equal(quote(rally, 'a mayor who listens').date, '2024-11-16');

  const hospital = extract(
    [
      "At the Muzaffargarh District Headquarters Hospital, about 60 kilometers (37 miles) to the west, Dr. Sana Qureshi, who runs the children's ward, said on Wednesday that admissions had tripled.",
      '"We have children two to a bed," she said.',
    ],
    '2025-09-04',
  );
  const doctor = quote(hospital, 'two to a bed');
  assert.equal(doctor.speaker?.name, 'Sana Qureshi');
  assert.equal(doctor.date, '2025-09-03');
  assert.equal(doctor.place?.name, 'Muzaffargarh District Headquarters Hospital');
});

// https://www.thenorthernecho.co.uk/news/ (mitigation in a sentencing: "X said his client had drunk … at a warehouse in
// Wilton"), https://www.straitstimes.com/ ("Madam Suwarni, 52, a batik seller"), https://apnews.com/ (a governor who "told
// reporters at a bill signing in Grand Junction that he had …").
test('a place inside what was said is not where it was said; a court hears the words of its days, not of months before; "Madam" is a courtesy title', () => {
  const court = extract(
    [
      'A man who killed a stranger with one punch has been jailed for five years.',
      'Sentencing him at Teesside Crown Court yesterday, Judge Helen Brough said he had "taken a life in a second".',
      'Mitigating, Adam Rowley said his client had drunk "far more than usual" after a shift at a warehouse in Wilton.',
      '"He has not stopped thinking about it since," Mr Rowley said.',
      'The victim\'s sister, Jo Platt, told this newspaper in January that the family was "still waiting for the truth".',
    ],
    '2025-06-13',
  );
  assert.equal(quote(court, 'far more than usual').place?.name, 'Teesside Crown Court');
  assert.equal(quote(court, 'not stopped thinking').place?.name, 'Teesside Crown Court');
  assert.notEqual(quote(court, 'still waiting for the truth').place?.name, 'Teesside Crown Court');

  const signing = extract(
    ['Last week Governor Martin Ellery told reporters at a bill signing in Grand Junction that he had "serious concerns" about the bill.'],
    '2025-04-10',
  );
  assert.equal(quote(signing, 'serious concerns').place?.name, 'Grand Junction');

  const stall = extract(
    [
      'At the rally on Saturday, Madam Suwarni, 52, a batik seller, said she had not made up her mind.',
      '"My stall was under water twice this year," she said.',
    ],
    '2024-11-19',
  );
  assert.equal(quote(stall, 'under water twice').speaker?.name, 'Suwarni');
});

// https://ca.news.yahoo.com/latest-news-northwest-territories-wildfires-141428833.html (a wire dateline from a town of
// 3,000, "LA RONGE, Sask. —"; a briefing "at the Mel Hegland Uniplex in La Ronge"; a fire that "could reach" a place
// "by Wednesday").
test('a town too small for the gazetteer, from a wire dateline; "at the X Y in Town" is a venue whatever its last word; "could … by Wednesday" is ahead', () => {
  const x = extract(
    [
      'LA RONGE, Sask. — A wildfire could reach the edge of Stanley Mission by Wednesday, officials said Tuesday.',
      '"We are not going to sugar-coat this," Brent Halvorsen, the agency\'s head of operations, told a briefing at the Mel Hegland Uniplex in La Ronge.',
      '"The guard is holding for now," said Ada Kemp, a fire information officer.',
    ],
    '2025-07-22',
  );
  assert.equal(quote(x, 'sugar-coat').place?.name, 'Mel Hegland Uniplex');
  const filed = extract(['LA RONGE, Sask. — The fire chief, Ada Kemp, said Tuesday that "the fire is close".'], '2025-07-22');
  assert.equal(quote(filed, 'the fire is close').place?.name, 'La Ronge');
  const town = filed.newPlaces.find((p) => p.name === 'La Ronge');
  assert.equal(town?.parent, 'Canada', 'the town is filed under its country');
  assert.ok(!x.entries.some((e) => e.date === '2025-07-16'), 'the Wednesday ahead is not last Wednesday');
  // A workplace is not a venue: "an analyst at the Brookings Institution in Washington".
  const analyst = extract(['"Rates will fall," said Ida Marr, an analyst at the Brookings Institution in Washington.'], '2025-07-22');
  assert.notEqual(quote(analyst, 'Rates will fall').place?.name, 'Brookings Institution');
});

// https://www.cbc.ca/news/canada/new-brunswick/ (a premier who "told reporters at the legislature" in an article about
// New Brunswick, with no dateline).
test("a Canadian province's or an Australian state's legislature, named by what it is in an article about the province", () => {
  const x = extract(
    [
      'Premier Claire Thibault says New Brunswick will not sign the cost-sharing deal unless Ottawa pays more.',
      '"What we got was a nice lunch and a PowerPoint," Thibault told reporters at the legislature on Wednesday.',
    ],
    '2025-11-19',
  );
  const place = quote(x, 'nice lunch').place;
  assert.equal(place?.name, 'Legislative Assembly of New Brunswick');
  assert.equal(gazetteerFor(knowledge).placeByName.get(place?.name ?? '')?.parent, 'Fredericton');
});

// https://apnews.com/ (a state law's sponsor, "Del. Kaye …", quoted "when the law was signed in March 2024"; "In a
// January interview with the newspaper …"), https://elpais.com/ (an earlier interview, then "she told the paper at the time").
test('earlier occasions: "In a January interview", "When … in March 2024,", "Del." before a name, "at the time" after a dated interview', () => {
  const x = extract(
    [
      'When the law was signed in March 2024, its sponsor, Del. Kaye Benning, said it would "put parents back in charge."',
      'In a January interview with the newspaper El Universo, Mayor Andrés Valdivia called the city\'s share of police "an insult".',
      'In an interview with the newspaper El País in March, Lucía Barrera said she had thought about quitting.',
      '"I felt like a tourist with a racket," she told the paper at the time.',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'parents back in charge').speaker?.name, 'Kaye Benning');
  assert.equal(quote(x, 'parents back in charge').date, '2024-03');
  assert.equal(quote(x, 'an insult').date, '2025-01');
  assert.equal(quote(x, 'tourist with a racket').date, '2025-03');
  // A month's name as a thing is no time: "A March for Life rally".
  assert.ok(!extract(['A March for Life rally drew thousands, organisers said.'], '2025-08-14').entries.some((e) => e.date === '2025-03'));
});

// https://apnews.com/ (a hospital ward opening a paragraph, "At the isolation ward of … Hospital, X sat …", then the
// mother's words in the paragraph after), https://www.theguardian.com/ (a pronoun after a sentence with a relative
// clause in the passive; "said the study's lead author, Dr X, an ecologist at …").
test('a fronted venue sets the scene for the next paragraphs\' words that day; a passive relative clause leaves its sentence\'s subject; "said the lead author, Dr X"', () => {
  const ward = extract(
    [
      'At the isolation ward of Murtala Muhammad Specialist Hospital, Rabi Abdullahi sat beside her son.',
      '"At first I thought it was an ordinary sore throat," she said.',
    ],
    '2025-11-19',
  );
  assert.equal(quote(ward, 'ordinary sore throat').place?.name, 'Murtala Muhammad Specialist Hospital');

  const fmq = extract(
    [
      'Iain Mackie faced questions from opposition leaders at Holyrood on Thursday.',
      'Conservative leader Graham Lockyer opened questions by reading a message sent to him by a teacher who had been punched by a pupil.',
      'He said: "She told me she had been hit three times this term."',
    ],
    '2025-11-20',
  );
  assert.equal(quote(fmq, 'hit three times').speaker?.name, 'Graham Lockyer');

  const study = extract(
    [
      '"The tree is being told by the lamp that the days are long," said the study\'s lead author, Dr Marta Kowal, an ecologist at Leipzig University.',
    ],
    '2025-11-20',
  );
  assert.equal(quote(study, 'told by the lamp').speaker?.name, 'Marta Kowal');
});

// https://elpais.com/ and https://apnews.com/ (an earlier interview quoted "at the time", then "Speaking later …, she
// said …" and her words of the day; a man who "planned to drive down Thursday").
test('a report of the speaker "later" ends the earlier occasion; "planned to … Thursday" is ahead', () => {
  const x = extract(
    [
      'In an interview with the newspaper El País in March, Lucía Barrera said she had thought about quitting.',
      '"I felt like a tourist with a racket," she told the paper at the time.',
      'Speaking later in the main interview room, Barrera said that period had changed her.',
      '"Now I play it like it is just a point," she said.',
      'Back home, Lou Doucet said he planned to drive down Thursday to look for his boat.',
      '"If she floats, she floats," he said.',
    ],
    '2025-06-02',
  );
  assert.equal(quote(x, 'tourist with a racket').date, '2025-03');
  assert.equal(quote(x, 'just a point').date, '2025-06-02');
  assert.equal(quote(x, 'she floats').date, '2025-06-02');
});

// https://www.reuters.com/ (a Finnish company by its legal form, "Kaarna Oyj", then "the company said"), https://apnews.com/
// (the World Health Organization's statement, then "The agency called the outbreak “…”").
test('a company known by its legal form is a body; "the company", "the agency" are the one body just named', () => {
  const firm = extract(
    ['Kaarna Oyj said on Thursday it would cut 400 jobs.', 'The company said the cuts were "painful but necessary".'],
    '2025-11-19',
  );
  assert.equal(quote(firm, 'painful but necessary').speaker?.name, 'Kaarna Oyj');
  const who = extract(
    [
      'The World Health Organization said in a statement on Wednesday that it had shipped antitoxin.',
      'The agency called the outbreak "a stark reminder that immunization cannot fall behind."',
    ],
    '2025-11-19',
  );
  assert.equal(quote(who, 'stark reminder').speaker?.name, 'World Health Organization');
  // Two bodies just named: "the company" is neither (precision first).
  const two = extract(
    ['Kaarna Oyj agreed on Thursday to buy Norrvik Oyj, its rival.', 'The company said the deal was "a fresh start".'],
    '2025-11-19',
  );
  assert.equal(quote(two, 'fresh start').speaker, null);
  // "Ecuador's government has said …": the Ecuadorian government, as a country's ministries are named.
  const government = extract(['Ecuador\'s government has said gangs use the port, calling it "a highway for cocaine".'], '2025-10-15');
  assert.equal(quote(government, 'highway for cocaine').speaker?.name, 'Ecuadorian government');
});

// https://apnews.com/ (a state visit: "X welcomed his guest at the Merdeka Palace …", then words "at a joint news
// conference at the palace"), https://www.reuters.com/ ("told reporters at the presidential palace" in Lima).
test('seats of government are places: by name ("the Merdeka Palace", "Casa Rosada"), by what they are in the home country ("the presidential palace"), and "the palace" named before', () => {
  const visit = extract(
    [
      'JAKARTA, Indonesia (AP) — President Haryo Prakoso welcomed his guest at the Merdeka Palace on Thursday.',
      '"Good neighbours help each other," Prakoso said at a joint news conference at the palace after the talks.',
    ],
    '2025-05-15',
  );
  assert.equal(quote(visit, 'Good neighbours').place?.name, 'Merdeka Palace');
  const lima = extract(
    ['LIMA, Peru (AP) — The new minister told reporters at the presidential palace on Monday that "the state plans in weeks".'],
    '2025-05-13',
  );
  assert.equal(quote(lima, 'plans in weeks').place?.name, 'Government Palace (Lima)');
  const rosada = extract(['Economy Minister Tomás Echeverría said at the Casa Rosada on Monday that "that era is over".'], '2025-11-18');
  assert.equal(quote(rosada, 'that era is over').place?.name, 'Casa Rosada');
  // "the Oslo Forum" is still Oslo: only a whole name the gazetteer knows stays whole.
  assert.equal(extract(['"We talked," Ana Lind said at the Oslo Forum on Monday.'], '2025-06-10').entries[0]?.place?.name, 'Oslo');
});

// https://www.france24.com/ and https://apnews.com/ (a climate summit "at the Baku Olympic Stadium, where the talks are
// being held", its delegates quoted through the day).
test('the venue "where the talks are being held", in the dateline\'s city, places the words said there that day', () => {
  const x = extract(
    [
      'BAKU, Azerbaijan (AP) — Negotiators at the climate summit were handed a draft on Thursday with a blank where the finance number should be.',
      'Delegates reacted with anger in the corridors of the Baku Olympic Stadium, where the talks are being held.',
      '"We came here for a number and we got a letter of the alphabet," said Amina Diallo, a negotiator for the African group.',
    ],
    '2024-11-21',
  );
  assert.equal(quote(x, 'letter of the alphabet').place?.name, 'Baku Olympic Stadium');
});

// https://www.reuters.com/ (a trade deal signed "at a ceremony on Parliament Hill", Ottawa).
test('"on Parliament Hill" is in the chamber', () => {
  const x = extract(
    ['"Today we are opening one more door," Trade Minister Rachel Dumont told reporters at a ceremony on Parliament Hill.'],
    '2025-02-20',
  );
  assert.equal(quote(x, 'opening one more door').place?.name, 'Parliament Hill');
});

// https://apnews.com/ ("had told residents at a Tuesday afternoon news conference"), https://www.straitstimes.com/
// ("… their second televised debate, held at a hotel on Nov 9. There, Ms X accused …").
test('"at a Tuesday afternoon news conference" is that Tuesday; "There," is the occasion just named', () => {
  const x = extract(
    [
      'Mayor Jerome Atwell had told residents at a Tuesday afternoon news conference that the curfew would stay "until we can see what we are dealing with".',
      'The two candidates had clashed at their second televised debate, held at a hotel in Semarang on Nov 9. There, Ms Lestari accused her rival of having "never paid a water bill in this city".',
    ],
    '2025-11-19',
  );
  assert.equal(quote(x, 'what we are dealing with').date, '2025-11-18');
  assert.equal(quote(x, 'never paid a water bill').date, '2025-11-09');
});

// https://www.reuters.com/ (a trade deal in Ottawa "as Ottawa races to diversify its exports away from the United States").
test('a country named as a direction ("away from the United States") places nothing, and a meeting of the knowledge files sharpens a country only in an article that names its people', () => {
  const x = extract(
    [
      'OTTAWA, Feb 20 (Reuters) - Canada and Ecuador signed a trade agreement on Thursday, as Ottawa races to diversify its exports away from the United States.',
    ],
    '2025-02-20',
  );
  assert.ok(!x.entries.some((e) => e.place?.name === 'White House' || e.place?.name === 'United States'));
});

// https://archyde.com/wave-of-violence-leaves-eight-dead-and-three-injured-in-ecuador-news (a council "session on
// Tuesday", then "X told the session"; residents at "a meeting" in a parish hall, then "said at the meeting").
test('"told the session" is the session the story dated before, and "said at the meeting" is that meeting, its day and place', () => {
  const x = extract(
    [
      'The curfew split the town council at a long session on Monday. Councillor Marta Quiroga, who voted for it, said patrols alone would not be enough.',
      '"We are asking shopkeepers to close at dusk and calling it safety," Councillor Quiroga told the session.',
      'In Cuenca, traders crowded into a school hall on Monday night for a meeting with the police chief. Lidia Paucar, who runs a bakery, said her takings had halved.',
      '"Nobody buys bread at six in the evening," Paucar said at the meeting.',
    ],
    '2025-10-15',
  );
  assert.equal(quote(x, 'calling it safety').date, '2025-10-13');
  assert.equal(quote(x, 'Nobody buys bread').date, '2025-10-13');
  assert.equal(quote(x, 'Nobody buys bread').place?.name, 'Cuenca');
});

// https://www.newsdrum.in/international/bnp-asks-yunus-to-hold-bangladesh-polls-by-december-9303912 ("Home Affairs
// Adviser …"), https://english.hamrakura.com/news-details/2347/2024-10-03 ("ministry spokesperson … said" after the ministry).
test('an office of several words before a role ("Home Affairs Adviser X") and a body\'s word before a role ("ministry spokesperson X") name a person', () => {
  const x = extract(
    [
      'Home Affairs Adviser Rafiqul Alam told journalists in Dhaka on Wednesday that police had been told to show "maximum restraint".',
      '"Nobody will be shot for shouting," Alam said.',
      'The death toll rose to 61 on Monday, the Ministry of Home Affairs said.',
      'Speaking at a briefing at the ministry on Sunday, ministry spokesperson Dev Raj Adhikari said 900 people had been rescued.',
      '"Some villages can still only be reached on foot," Adhikari said.',
    ],
    '2025-10-16',
  );
  assert.equal(quote(x, 'maximum restraint').speaker?.name, 'Rafiqul Alam');
  assert.equal(quote(x, 'shot for shouting').speaker?.name, 'Rafiqul Alam');
  assert.equal(quote(x, 'shot for shouting').date, '2025-10-15');
  assert.equal(quote(x, 'only be reached on foot').speaker?.name, 'Dev Raj Adhikari');
  assert.equal(quote(x, 'only be reached on foot').date, '2025-10-12');
});

// https://www.daily8.com/en/article/7f2e8fc03151cb7cd94b756efb1598cd ("A spokesperson for Yoon said …"),
// https://www.briefly.co/anchor/Real_Madrid/story/spains-pm-apologises-after-top-aide-implicated-in-corruption-scandal.
test('"a spokesperson for X said" is not X speaking; a named spokesperson is', () => {
  const x = extract(
    [
      'Former mayor Tomás Ibarra denied the charges in court on Monday.',
      'A spokesperson for Ibarra said he had "nothing further to add" to his evidence.',
      'Mark Pell, an aide to the governor, said on Tuesday that the governor would "read the bill closely".',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'nothing further to add').speaker, null);
  assert.equal(quote(x, 'read the bill closely').speaker?.name, 'Mark Pell');
});

// https://nation.africa/ (a petition hearing told day by day: "On Tuesday, the petitioner's counsel …", then "On
// Wednesday, lawyers for the commission …", each followed by undated words of that day).
test('a story told day by day: undated words after a paragraph that opens on a day were said that day', () => {
  const published = '2027-09-02';
  const x = extract(
    [
      'The Supreme Court on Thursday reserved judgment in the challenge to the presidential election after three days of hearings.',
      "On Tuesday, the petitioner's lead counsel, Mr Joseph Achieng, told the bench that results had been altered at the tallying centres.",
      '"The forms on the portal are not the forms the agents signed," Mr Achieng said.',
      "On Wednesday, the commission's lawyers dismissed the claims. Its lead counsel, Ms Ruth Wambui, told the judges that every form had been published.",
      '"My learned friend has built a castle out of typing errors," Ms Wambui said.',
    ],
    published,
  );
  assert.equal(quote(x, 'not the forms the agents signed').date, '2027-08-31');
  assert.equal(quote(x, 'castle out of typing errors').date, '2027-09-01');
});

// https://www.irishtimes.com/politics/2024/12/01/ireland-general-election-results-live-latest-updates/ ("Fianna Fáil’s X"),
// https://www.bangkokpost.com/thailand/general/2980123/chiang-rai-flood-relief-funds-stalled ("MP for Chiang Rai X"),
// https://ticotimes.net/2025/06/18/panama-faces-turmoil-as-protests-turn-deadly-over-pension-law ("Ombudswoman X").
test('what stands before a name is not part of it: an owner of several words, a seat of two, an ombudswoman', () => {
  const x = extract(
    [
      'Fianna Fáil’s Bríd Mulcahy topped the poll on Saturday. “People voted for someone they could ring,” Ms Mulcahy said.',
      'People’s Party MP for Chiang Rai Siriporn Kaewmala said in a post that the minister should "count the households still waiting".',
      'Ombudswoman Delia Quintero said her office had received complaints of "tear gas fired near a school".',
    ],
    '2024-12-02',
  );
  assert.equal(quote(x, 'someone they could ring').speaker?.name, 'Bríd Mulcahy');
  assert.equal(quote(x, 'households still waiting').speaker?.name, 'Siriporn Kaewmala');
  assert.equal(quote(x, 'fired near a school').speaker?.name, 'Delia Quintero');
});

// https://www.nzherald.co.nz/nz/a-killing-in-new-lynn-steve-braunias-at-the-murder-trial-of-three-co-accused/6FKVLMRDU5DSJFVEZH7YRNFWIY
// ("the victim's mother, X, thanked the jury"), https://thebridge.rw/?p=10583 ("X, a 22-year-old youth delegate, …").
test('a relative named in full and someone described by their age are people, and "she said" after them is theirs', () => {
  const x = extract(
    [
      'Justice Karen Whitlow summed up the case on Thursday.',
      "Speaking outside court, Tane's mother, Aroha Tane, thanked the jury.",
      '"He did not deserve to die on that driveway," she said.',
      'Losa Fetu, a 23-year-old youth delegate from Savai’i, drew a standing ovation when she spoke.',
      '"Please do not leave the hard parts for us," she told the leaders.',
    ],
    '2025-03-14',
  );
  assert.equal(quote(x, 'die on that driveway').speaker?.name, 'Aroha Tane');
  assert.equal(quote(x, 'leave the hard parts').speaker?.name, 'Losa Fetu');
});

// https://www.monitor.co.ug/ (vendors "met at the market" on a day, then "told the meeting"), https://www.afp.com/
// ("signed eleven agreements Monday at São Bento Palace. At a joint press conference after the signing, …").
test('"met" and "signed" date the meeting and the signing a later sentence names', () => {
  const x = extract(
    [
      'The council approved the relocation plan on Tuesday.',
      'On Wednesday, about 300 vendors met at the market to discuss the plan. Their chairman, Musa Kintu, said traders would not move.',
      '"Let them fix the roof first," Mr Kintu told the meeting.',
      'The two governments signed nine agreements Monday at São Bento Palace.',
      'At a joint press conference after the signing, Prime Minister Rui Antunes called Morocco "our closest neighbour".',
    ],
    '2025-05-22',
  );
  assert.equal(quote(x, 'fix the roof first').date, '2025-05-21');
  assert.equal(quote(x, 'our closest neighbour').date, '2025-05-19');
});

// https://economictimes.indiatimes.com/ ("founder and chief executive X said" on an earnings call).
test('two roles joined by "and" before a name still lead to the sayer, whose next words are of the same call', () => {
  const x = extract(
    [
      'Shares in the company fell 9 per cent on Thursday.',
      "Speaking on the company's earnings call on Wednesday evening, founder and chief executive Anil Rao said talks had begun with four banks.",
      '"The regulator found gaps, and those gaps were real," Rao told analysts.',
    ],
    '2025-02-06',
  );
  assert.equal(quote(x, 'those gaps were real').speaker?.name, 'Anil Rao');
  assert.equal(quote(x, 'those gaps were real').date, '2025-02-05');
});

// https://www.theguardian.com/environment/2017/jan/28/greenland-narsaq-uranium-mine-dividing-town (a feature: "She moved
// back … from Copenhagen two years ago and says …"), https://www.cbc.ca/ ("said in a phone interview that smoke had
// grounded aircraft … on Monday afternoon").
test("where someone came from and when they moved are not where and when they speak; a time inside what was said is not the saying's", () => {
  const x = extract(
    [
      'NARSAQ, Greenland — The mountain above this town has divided it for 20 years.',
      'At the café by the harbour, Aviaja Olsen, 31, serves soup to hikers. She moved back from Copenhagen two years ago and says she would welcome a mine.',
      '"Nature is also work," she says.',
      'Tessa Morin, a fire information officer, said in a phone interview that smoke had grounded aircraft for hours on Monday afternoon.',
      '"When the planes cannot see, they cannot drop," she said.',
    ],
    '2025-04-16',
  );
  assert.equal(quote(x, 'Nature is also work').date, '2025-04-16');
  assert.equal(quote(x, 'Nature is also work').place?.name, 'Narsaq');
  assert.equal(quote(x, 'planes cannot see').date, '2025-04-16');
});

// https://www.reuters.com/ ("X, Veyra's senior vice president of hardware, said"), https://www.heraldscotland.com/
// ("The First Minister said …"), https://nation.africa/ ("President-elect X").
test('a company\'s vice president is not the knowledge files\' one; "The First Minister" is no one\'s name; "President-elect" is a title', () => {
  const x = extract(
    [
      "Owen Vasquez, Lumen's senior vice president of hardware, said the team had spent three years on the display.",
      'The First Minister said an additional £28 million would be made available.',
      'President-elect Samuel Kiprop said he would "serve every Kenyan".',
    ],
    '2025-09-17',
  );
  const said = (words: string) => x.entries.find((e) => e.text.includes(words));
  assert.equal(said('three years on the display')?.speaker?.name, 'Owen Vasquez');
  assert.notEqual(said('£28 million')?.speaker?.name, 'First Minister');
  assert.equal(quote(x, 'serve every Kenyan').speaker?.name, 'Samuel Kiprop');
});

// https://apnews.com/ (a farmers' alliance, then "the alliance said").
test('"the alliance said" is the alliance the article named, not its chairman', () => {
  const x = extract(
    [
      'The Cocoa Growers Alliance of Ghana said on Monday that its members would keep their beans in the sheds.',
      'Last week, the alliance\'s chairman, Kwame Boateng, wrote to parliament asking for "an urgent hearing" on the price. The committee has not replied, the alliance said.',
    ],
    '2025-10-14',
  );
  const said = x.entries.find((e) => e.text.includes('has not replied'));
  assert.equal(said?.speaker?.name, 'Cocoa Growers Alliance of Ghana');
});

// https://www.reuters.com/ (a roundup of reactions: "His comments drew a rebuke from Berlin. Deputy government
// spokesperson X told the regular government news conference …").
test("a preposition at the end of the sentence before does not make the next sentence's sayer an object", () => {
  const x = extract(
    [
      'His comments drew a rebuke from Berlin. Government spokesperson Katrin Vogel told the news conference on Tuesday that Hungary "does not speak for the European Union" on Georgia.',
    ],
    '2024-10-30',
  );
  assert.equal(quote(x, 'does not speak for the European Union').speaker?.name, 'Katrin Vogel');
});

// https://www.koreaherald.com/ (a rail strike: the union "had warned at a press conference … on Oct. 21", the minister's
// Wednesday briefing, then "The union responded in a statement hours later that …").
test('"hours later" is the day last named, and "later" breaks a sayer\'s earlier occasion', () => {
  const x = extract(
    [
      'The union had warned at a press conference at Seoul Station on Oct. 21 that it would strike in November.',
      'Transport Minister Jeong Mi-ran struck a firmer tone at a briefing in Sejong on Wednesday. "We will not reward a walkout," she said.',
      'The union responded in a statement hours later that the minister had "never once sat down with us".',
    ],
    '2025-11-13',
  );
  assert.equal(quote(x, 'never once sat down with us').date, '2025-11-12');
});

// https://ticotimes.net/2025/06/18/panama-faces-turmoil-as-protests-turn-deadly-over-pension-law ("at his weekly press
// conference at the Palacio de las Garzas"), https://www.majorcadailybulletin.com/ ("at a press conference at Cort, the
// town hall"), https://www.koreaherald.com/ ("a briefing at the Government Complex Sejong"), https://www.reuters.com/
// ("addressing protesters on Rustaveli Avenue").
test('venues named by an occasion held there, by a building word that comes first, and an avenue where a crowd is addressed', () => {
  const x = extract(
    [
      '"The law stays," President Rafael Ocampo said at his weekly press conference at the Palacio de las Garzas.',
      'Mayor Joan Ferrer said at a press conference at Cort, the town hall, that "Palma needs homes".',
      'Minister Jeong Mi-ran said at a briefing at the Government Complex Sejong on Wednesday that the government would "not reward a walkout".',
      'Addressing thousands of protesters on Rustaveli Avenue on Monday evening, Nino Beridze called the result "a total falsification".',
      'Speaking at a news conference at the Bank of Canada, Governor Anne Roy said the economy "needs time".',
    ],
    '2025-02-07',
  );
  assert.equal(quote(x, 'The law stays').place?.name, 'Palacio de las Garzas');
  assert.equal(quote(x, 'Palma needs homes').place?.name, 'Cort');
  assert.equal(quote(x, 'not reward a walkout').place?.name, 'Government Complex Sejong');
  assert.equal(quote(x, 'a total falsification').place?.name, 'Rustaveli Avenue');
  assert.notEqual(quote(x, 'needs time').place?.name, 'Bank of Canada');
});

// https://www.channelnewsasia.com/ (a sentencing: the victim "Ryan Lim Jun Kai", his sister "Ms Lim Jia Xin", his
// father "Mr Lim Kok Seng", then "Mr Lim said"; "DPP Teo" and "the prosecutor said").
test("a family name several people share, some writing it first, is the one just mentioned; a prosecutor's title is not their name", () => {
  const x = extract(
    [
      'The victim, Jason Lim Wei Ming, was cycling home when he was struck. His sister, Ms Lim Hui Min, 23, wrote that the family had stopped celebrating birthdays.',
      'Public Prosecutor Daniel Goh said the driver had made a "deliberate choice" to look at his phone.',
      '"This was not a momentary lapse," the prosecutor said.',
      "Speaking to reporters outside the State Courts, Jason's father, Mr Lim Boon Huat, 55, said the family bore no anger.",
      '"We cannot hate him," Mr Lim said.',
    ],
    '2025-05-21',
  );
  assert.equal(quote(x, 'deliberate choice').speaker?.name, 'Daniel Goh');
  assert.equal(quote(x, 'not a momentary lapse').speaker?.name, 'Daniel Goh');
  assert.equal(quote(x, 'We cannot hate him').speaker?.name, 'Lim Boon Huat');
});

// https://www.businessdailyafrica.com/ ("The Kenya Tea Development Agency (KTDA) said …", then "the agency said"),
// https://www.bworldonline.com/ ("THE BANGKO SENTRAL ng Pilipinas (BSP) cut …", then "the BSP said").
test('a body with its initials in brackets speaks, and its initials later name it', () => {
  const x = extract(
    [
      'The East African Tea Trade Association said prices rose at the auction in Mombasa.',
      'The Kenya Tea Development Agency (KTDA) said on Tuesday that its factories had earned Sh1.9 billion. "The prices reflect the quality of leaf," the agency said.',
      'THE BANGKO SENTRAL ng Pilipinas (BSP) cut its policy rate on Thursday. "The balance of risks has shifted," the BSP said in a statement.',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'quality of leaf').speaker?.name, 'Kenya Tea Development Agency');
  assert.equal(quote(x, 'balance of risks').speaker?.name, 'Bangko Sentral ng Pilipinas');
});

// https://jamaica-gleaner.com/ (a shooting "Sunday night" told in Tuesday's paper: the police "says" in the lede, then
// "Addressing journalists … yesterday, Senior Superintendent X said …" with a long venue name in the fronted phrase).
test('a day that names an event ("Sunday night\'s attack") is not the day the story is told; a long fronted phrase still leads to the sayer', () => {
  const x = extract(
    [
      "The police say a feud between two gangs is the likely motive behind Sunday night's attack on a domino game in Willowdene.",
      'Addressing journalists at the St Catherine North Police Division headquarters in Spanish Town yesterday, Senior Superintendent Carl Baptiste said five men opened fire.',
      '"This was not a robbery and it was not random," Baptiste said.',
      '"Nobody should be under any illusion," said Dwight Allen, who heads the area.',
    ],
    '2024-11-19',
  );
  assert.equal(quote(x, 'not a robbery').speaker?.name, 'Carl Baptiste');
  assert.equal(quote(x, 'not a robbery').date, '2024-11-18');
  assert.notEqual(quote(x, 'under any illusion').date, '2024-11-17');
});

// https://english.ahram.org.eg/ (a transfer saga told day by day: "Al Masry fired the first shot on Saturday. In a
// statement …, the club said …"; "The next day, the player's agent told …"; "Zamalek responded on Monday. Board member X
// told reporters …"; "Speaking at a press conference … on Tuesday, club president X accused …").
test('a paragraph\'s short opening day dates the rest of it; "the next day" counts from the day last named; "club president X" leads to X', () => {
  const x = extract(
    [
      'Al Ahly fired the first shot on Saturday. In a statement, the club said the winger was "not for sale under any circumstances".',
      'The next day, the player\'s agent, Hany Fawzy, told a television programme that his client "has not signed anything".',
      'Zamalek responded on Monday. Board member Tarek Samy told reporters that the club had "made a respectful offer".',
      'Speaking at a press conference at the club stadium on Tuesday, club president Adel Mansour accused Zamalek of unsettling the player.',
      '"Nobody negotiates with us through television," Mansour said.',
    ],
    '2025-01-30',
  );
  assert.equal(quote(x, 'not for sale').date, '2025-01-25');
  assert.equal(quote(x, 'has not signed anything').date, '2025-01-26');
  assert.equal(quote(x, 'made a respectful offer').date, '2025-01-27');
  assert.equal(quote(x, 'Nobody negotiates').date, '2025-01-28');
});

// https://www.thedailystar.net/ (a coastal village feature: "… she said when this correspondent visited Chakbara on
// June 9", then residents quoted with "he said" only).
test("a reporter's visit dates the undated words the story gives after it", () => {
  const x = extract(
    [
      'Cyclone Remal tore through Gabura on May 26.',
      '"Every cyclone takes something," Rokeya Begum said when this correspondent visited Chakbara on June 9.',
      'Abdul Karim, 58, who lives three houses down, now catches crabs. "Nothing grows here except shrimp and sorrow," he said.',
    ],
    '2024-06-14',
  );
  assert.equal(quote(x, 'Every cyclone takes something').date, '2024-06-09');
  assert.equal(quote(x, 'shrimp and sorrow').date, '2024-06-09');
});

// https://www.businessdailyafrica.com/ (a tea auction: a named broker quoted, then "A buyer for an Egyptian packer, who
// asked not to be named …, said …" and "“…,” he told Business Daily by phone"; a farmer "in Othaya, Nyeri County").
test('"he" after someone unnamed who spoke is no one named; a county is not a speaker', () => {
  const x = extract(
    [
      '"Buyers were chasing quality," said Daniel Kiprono, a broker at the Mombasa auction.',
      'A buyer for an Egyptian packer, who asked not to be named because he is not authorised to speak, said his firm had increased its purchases.',
      '"At these prices the margins are thin," he told Business Daily by phone.',
      '"I have less leaf to deliver," Grace Njeri, who delivers to a factory in Othaya, Nyeri County, told Business Daily.',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'margins are thin').speaker, null);
  assert.notEqual(quote(x, 'less leaf to deliver').speaker?.name, 'Nyeri County');
});

// https://www.newindianexpress.com/ (a factory strike: "Union president S Karthikeyan", "said M Prakash, 29"),
// https://www.ansa.it/ (a drought: "At his farm outside Gangi, Antonino Lo Verde, who has raised cattle there …").
test('an initial without its full stop begins a name; a name followed by ", who" is a person\'s', () => {
  const x = extract(
    [
      'Union president S Karthikeyan told workers at the gate on Thursday that the suspensions were illegal.',
      '"The suspensions are a message to every worker," Karthikeyan said.',
      '"I take home Rs 21,000 a month," said M Prakash, 29, a machine operator.',
      'The regional civil protection chief, Salvatore Pizzi, said work had started on 41 projects.',
      'At his farm outside Gangi, Antonino Lo Faro, who has raised cattle there for 30 years, pointed to a dry trough.',
      '"I sent eleven cows to the slaughterhouse last week," he said.',
    ],
    '2025-02-14',
  );
  assert.equal(quote(x, 'message to every worker').speaker?.name, 'S Karthikeyan');
  assert.equal(quote(x, 'Rs 21,000').speaker?.name, 'M Prakash');
  assert.equal(quote(x, 'eleven cows').speaker?.name, 'Antonino Lo Faro');
});

// https://www.swissinfo.ch/ (a stage race: "Sunday's final stage is a mountain time trial, where X will start last."
// in Saturday's report, then "“…,” he said").
test('a day to come that a sentence names ("Sunday\'s final stage … where X will start last") does not date X\'s words', () => {
  const x = extract(
    [
      'Rafael Arboleda kept the yellow jersey by 41 seconds.',
      "Sunday's final stage is a mountain time trial, where Arboleda will start last.",
      '"Forty-one seconds is not a holiday," he said.',
    ],
    '2025-06-21',
  );
  assert.equal(quote(x, 'not a holiday').date, '2025-06-21');
});

// https://www.sudbury.com/ (a public meeting: "X said his wife had a stroke two years ago and survived …", then his
// words), https://www.smh.com.au/ ("said lead author Dr X, the company's chief scientist, at the same briefing").
test('a time inside what was reported does not date the saying; "said lead author Dr X" names X', () => {
  const x = extract(
    [
      'Gerry Lamont, a retired millwright, said his wife had a stroke two years ago and survived because she was treated nearby.',
      '"If that happens at night in January, we will be driving an hour in the dark," Lamont said.',
      '"The logical qubit lived four times longer," said lead author Dr Lachlan Boyd, the company\'s chief scientist.',
    ],
    '2024-11-08',
  );
  assert.equal(quote(x, 'driving an hour').date, '2024-11-08');
  assert.equal(quote(x, 'four times longer').speaker?.name, 'Lachlan Boyd');
});

// https://www.newindianexpress.com/ ("“How do you negotiate …?” CITU Kancheepuram district secretary P Elangovan told
// reporters outside the plant gate.": a question quoted, then a long attribution).
test('a quoted question followed by an attribution whose verb comes within its first words is one sentence', () => {
  const x = extract(
    [
      '"How do you negotiate with someone who has to phone Seoul?" CITU Kancheepuram district secretary P Elangovan told reporters outside the plant gate.',
    ],
    '2025-02-14',
  );
  assert.equal(quote(x, 'How do you negotiate').speaker?.name, 'P Elangovan');
});

// https://www.afp.com/ ("… when presidential spokesman X read a statement on state broadcaster GBC saying the president
// had “…”").
test('the broadcaster a statement was read on is not its speaker', () => {
  const x = extract(
    [
      'The changes were made public on Tuesday, when presidential spokesman Kofi Mensah read a statement on state broadcaster GBC saying the president had "thanked the outgoing ministers".',
    ],
    '2025-07-17',
  );
  assert.equal(quote(x, 'thanked the outgoing ministers').speaker?.name, 'Kofi Mensah');
});

// https://www.nltimes.nl/ ("told reporters in The Hague after the weekly cabinet meeting"), https://www.thestar.com.my/
// (a final "at the Axiata Arena", then "telling reporters at the arena"), https://www.arabnews.com/ (two stadiums named:
// "the stadium" is neither).
test('"The Hague" is a city; "at the arena" is the one arena named before, and no stadium when two were named', () => {
  const x = extract(
    [
      '"We go on talking," Infrastructure Minister Hester Bakker told reporters in The Hague on Friday.',
      'Lim Wei Jun beat Kento Ishida in the final at the Axiata Arena in Kuala Lumpur on Sunday.',
      'Lim had hinted at his form after the semi-final on Saturday, telling reporters at the arena that he felt "lighter than ever in this hall".',
      'Oman beat Qatar at the Sulaibikhat Stadium on Tuesday, a day after Kuwait lost at the Jaber Al-Ahmad International Stadium.',
      '"We gave everything," Kuwait coach Juan Carlos Mediavilla told the post-match press conference at the stadium.',
    ],
    '2025-01-13',
  );
  assert.equal(quote(x, 'We go on talking').place?.name, 'The Hague');
  assert.equal(quote(x, 'lighter than ever').place?.name, 'Axiata Arena');
  // (Neither stadium; the three stories of this fixture share one article, so the opening's city may stand.)
  assert.ok(!/Stadium/.test(quote(x, 'We gave everything').place?.name ?? ''), 'no stadium when two were named');
});

// https://www.kyodonews.net/ ("X, chief economist at Mizuho Research & Technologies, said in a telephone interview …",
// then "she said"), https://apnews.com/ ("The head of the agency, Lt. Gen. Suharyanto, who like many Indonesians uses
// only one name, …"), https://www.nytimes.com/ ("Mr. X said" for someone first named so).
test('an ampersand joins a firm\'s name; "Mr." and "Lt. Gen." before a name are titles, and a rank makes one name a person\'s', () => {
  const x = extract(
    [
      'Taro Hasegawa, the new finance minister, said the budget would balance.',
      'Akiko Nishimura, chief economist at Mizuho Research & Technologies, said in a telephone interview that markets would be watching.',
      '"Investors are not voting," she said.',
      'The head of the agency, Lt. Gen. Widyanto, who like many Indonesians uses only one name, flew to the island on Sunday.',
      'Widyanto said President Joko Widodo had ordered him to move fast.',
      '"The president asked us to come," he said.',
      '"We will stay," Mr. Haldane told reporters.',
    ],
    '2024-03-25',
  );
  assert.equal(quote(x, 'Investors are not voting').speaker?.name, 'Akiko Nishimura');
  assert.equal(quote(x, 'The president asked us').speaker?.name, 'Widyanto');
  assert.equal(quote(x, 'We will stay').speaker?.name, 'Haldane');
});

// https://indianexpress.com/ ("…," Ambala Superintendent of Police X told reporters near the barricades.).
test('an office that goes on with "of" and a body\'s word ("Superintendent of Police") stands before the name', () => {
  const x = extract(
    [
      '"We told them clearly," Ambala Superintendent of Police Naveen Dahiya told reporters near the barricades.',
      'He said the police had used "minimum force" on the crowd.',
    ],
    '2024-12-06',
  );
  assert.equal(quote(x, 'We told them clearly').speaker?.name, 'Naveen Dahiya');
  assert.equal(quote(x, 'minimum force').speaker?.name, 'Naveen Dahiya');
});

// https://www.theguardian.com/ ("Wirral University Teaching Hospital NHS Foundation Trust … said in a statement"),
// https://en.yna.co.kr/ ("Samsung Electronics Co. unveiled …", then "Samsung said").
test("a body's name goes on back before its letters; a company's legal form keeps its full stop", () => {
  const x = extract(
    [
      'Wirral University Teaching Hospital NHS Foundation Trust, which runs two hospitals, said in a statement on Wednesday that criminals had encrypted its servers.',
      'The trust had declared a major incident on Monday, saying only that it was dealing with an "IT issue".',
      'Samsung Electronics Co. unveiled two phones on Wednesday. Samsung said pre-orders would begin on Thursday.',
    ],
    '2024-11-28',
  );
  assert.equal(quote(x, 'IT issue').speaker?.name, 'Wirral University Teaching Hospital NHS Foundation Trust');
  assert.ok(x.entries.some((e) => e.text.startsWith('Samsung said') && e.speaker?.name === 'Samsung Electronics Co.'));
});

// https://www.theguardian.com/ (an opening on an attack "that has crippled its systems since Monday", then "said in a
// statement on Wednesday evening" and "…," the chief executive said in the statement).
test('a day that bounds a span ("since Monday") is not the story\'s day; "in the statement" is the statement dated before', () => {
  const x = extract(
    [
      'A hospital trust has confirmed that the cyber-attack that has crippled its computer systems since Monday was carried out by a ransomware gang.',
      'The trust said in a statement on Wednesday evening that criminals had encrypted its servers.',
      '"We now know that this was a deliberate criminal attack," the trust\'s chief executive, Sarah Kettleborough, said in the statement.',
      '"At what point does the government accept that this is a pattern?" shadow health minister Tom Pridmore asked.',
    ],
    '2024-11-28',
  );
  assert.equal(quote(x, 'deliberate criminal attack').date, '2024-11-27');
  assert.equal(quote(x, 'deliberate criminal attack').place, null);
  assert.equal(quote(x, 'this is a pattern').date, '2024-11-28');
});

// https://en.yna.co.kr/ ("SEOUL, July 27 (Yonhap) -- Samsung Electronics Co. unveiled …" then "… were introduced
// Wednesday evening at Coex", then the executives' words "on stage").
test("a dateline's date is not the opening's own day: the launch told in the next paragraph dates the words", () => {
  const x = extract(
    [
      'SEOUL, July 27 (Yonhap) -- Samsung Electronics Co. unveiled its new foldable phones at its first Unpacked event held at home.',
      'The phones were introduced Wednesday evening at Coex in southern Seoul before some 2,000 guests.',
      '"Five years ago people asked us why anyone would want a phone that folds," Kang Dong-hyun, head of the mobile business, said on stage.',
    ],
    '2023-07-27',
  );
  assert.equal(quote(x, 'phone that folds').date, '2023-07-26');
});

// https://english.kyodonews.net/ ("Speaking to reporters at the Imperial Palace after the attestation ceremony, X said"),
// https://www.irishexaminer.com/ (a count: "… whether transfers will carry him back into the Dáil").
test('"speaking to reporters at" a venue is not where reporters work; a seat won in a chamber is not a sitting there', () => {
  const x = extract(
    [
      'Speaking to reporters at the Imperial Palace after the attestation ceremony, Foreign Minister Yuko Sato said Japan would keep "all channels of dialogue open".',
    ],
    '2023-09-13',
  );
  assert.equal(quote(x, 'all channels of dialogue').place?.name, 'Imperial Palace');
  const y = extract(
    [
      "Fianna Fáil's Pádraig O'Riordan was elected on the first count in Cork North-Central last night, while Sinn Féin's Eoghan Kiely faces a nervous wait to see whether transfers will carry him back into the Dáil.",
      '"We were never going to get the 2020 vote twice," Kiely said.',
    ],
    '2024-11-30',
  );
  assert.notEqual(quote(y, 'the 2020 vote twice').place?.name, 'Dáil');
});

// https://apnews.com/ ("WASHINGTON (AP) — The Supreme Court on Wednesday appeared ready to …", "In more than two hours of
// arguments, …").
test("a court an agency-datelined opening makes its subject, on a day of arguments, is where its day's words were said", () => {
  const x = extract(
    [
      'WASHINGTON (AP) — The Supreme Court on Wednesday appeared ready to let states require age checks for social media.',
      'In more than two hours of arguments, the justices questioned whether the law swept in too much speech.',
      '"You keep telling us what Arkansas can\'t do," Justice Richard Halvorsen said.',
    ],
    '2025-01-15',
  );
  assert.equal(quote(x, "what Arkansas can't do").place?.name, 'Supreme Court');
});

// https://www.unb.com.bd/ ("… he said at a press briefing at the Foreign Service Academy in the capital"; the
// opposition's rally "at Naya Paltan on Friday afternoon" told further down).
test("a briefing at an academy is at a venue; another day's rally venue does not place the story's day", () => {
  const x = extract(
    [
      'DHAKA, March 8 -- Prices of essentials have eased, the interim government said on Saturday.',
      '"Rice and lentils are cheaper than a month ago," Press Secretary Mahfuzur Rahman Sikder said at a press briefing at the Foreign Service Academy in the capital.',
      'Opposition leader Rafiqul Islam Talukder, speaking at a rally at Naya Paltan on Friday afternoon, accused the government of delay.',
      '"We know where the oil is," Sikder said.',
    ],
    '2025-03-08',
  );
  assert.equal(quote(x, 'Rice and lentils').place?.name, 'Foreign Service Academy');
  assert.notEqual(quote(x, 'where the oil is').place?.name, 'Naya Paltan');
});

// https://www.scotsman.com/ ("…," the Dane said.), https://www.reuters.com/ ("…," the Briton told reporters …).
test('"the Dane said", "the Colombian told" stand for the story\'s protagonist, as "the 23-year-old" does', () => {
  const x = extract(
    [
      'Aberdeen manager Jens Holmgaard felt his side had done enough to take a point.',
      '"For 60 minutes we were the better team," the Dane said.',
      'Santiago Ibarra, who finished ninth, was asked by his team to slow down.',
      '"It was the only way to get the team points," the Colombian told Sky Sports.',
    ],
    '2025-03-15',
  );
  assert.equal(quote(x, 'the better team').speaker?.name, 'Jens Holmgaard');
  assert.equal(quote(x, 'the team points').speaker?.name, 'Santiago Ibarra');
});

// https://www.swissinfo.ch/ ("a victory for the Swiss Transport Association (VCS) … the VCS said"): letters of the
// body's name in its own language.
test("letters a body is given in brackets name it later, even when they are not its English name's initials", () => {
  const x = extract(
    [
      'The vote was a victory for the Swiss Transport Association (VCS) and the left-wing parties. In a statement, the VCS said the result showed that "the era of building our way out of traffic jams is over."',
    ],
    '2024-11-24',
  );
  assert.equal(quote(x, 'the era of building').speaker?.name, 'Swiss Transport Association');
});

// https://mexiconewsdaily.com/ ("Early results published on Tuesday showed X with the most votes … ¶ Speaking to
// reporters outside his campaign office in Oaxaca city on Monday, X said … ¶ "…," he said.").
test("a later report of someone's saying, on a day of its own, dates their next words, not an earlier sentence's day", () => {
  const x = extract(
    [
      'Early results published by the INE on Tuesday showed Hugo Castañeda Ruiz, a Zapotec lawyer from Oaxaca, with the most votes in the Supreme Court race.',
      'Speaking to reporters outside his campaign office in Oaxaca city on Monday, Castañeda said he would wait for the final count.',
      '"If the numbers hold, I will have a duty to the people," he said.',
    ],
    '2025-06-03',
  );
  assert.equal(quote(x, 'If the numbers hold').date, '2025-06-02');
  assert.equal(quote(x, 'If the numbers hold').place?.name, 'Oaxaca');
});

// https://www.reuters.com/ ("Labour Minister X, speaking to reporters at the La Moneda presidential palace in Santiago
// on Tuesday, urged both sides to return to the table. ¶ "…," X said.").
test('a day in an aside that is the speaking ("X, speaking to reporters … on Tuesday, urged …") dates the saying', () => {
  const x = extract(
    [
      'SANTIAGO, Aug 14 (Reuters) - A strike at the Loma Roja copper mine entered its second day on Wednesday.',
      'Labour Minister Carolina Fuenzalida, speaking to reporters at the presidential palace in Santiago on Tuesday, urged both sides to return to the table.',
      '"A long strike is bad for the workers," Fuenzalida said.',
    ],
    '2024-08-14',
  );
  assert.equal(quote(x, 'A long strike').date, '2024-08-13');
});

// https://www.abc.net.au/ (a royal commission: "Counsel assisting X took Ms Y through a 2019 email in which a colleague
// described the claims system as "…"").
test('someone unnamed who is the subject of the verb of saying ("in which a colleague described") is no one named', () => {
  const x = extract(
    [
      'Counsel assisting Peta Llewellyn SC took Ms Tennant through a 2019 email in which a colleague described the claims system as "held together with sticky tape."',
    ],
    '2024-03-12',
  );
  assert.equal(quote(x, 'sticky tape').speaker, null);
});

// https://www.smh.com.au/ ("The study by Coralline Quantum, a 2019 spin-out from the University of Sydney, …"),
// https://apnews.com/ ("The American Red Cross said about 400 people had registered at its shelters").
test('a name described as a start-up or a firm, and a Red Cross, are bodies: "she" and "he" never stand for them', () => {
  const x = extract(
    [
      'The study by Coralline Quantum, a 2019 spin-out from the University of Sydney, was published overnight.',
      'Chief executive Priya Raman said the result was a milestone.',
      'The American Red Cross said about 400 people had registered at its shelters.',
      '"Not this week," she said.',
    ],
    '2025-10-21',
  );
  assert.equal(x.entries.find((e) => e.text.startsWith('The American Red Cross'))?.speaker?.kind, 'organisation');
  assert.notEqual(quote(x, 'Not this week').speaker?.name, 'Coralline Quantum');
  assert.notEqual(quote(x, 'Not this week').speaker?.name, 'American Red Cross');
});

// https://en.yna.co.kr/ ("… were introduced Wednesday evening at Coex in southern Seoul …"); an analyst "at Nomura in
// Tokyo" works there.
test('a one-word name at which something happens, in a known city, is a venue there; a workplace is not', () => {
  const x = extract(
    [
      'The phones were introduced Wednesday evening at Coex in southern Seoul before some 2,000 guests. "Five years ago people asked us why," Kang Dong-hyun said on stage.',
      '"The market is calm," said Kenji Mori, an analyst at Nomura in Tokyo.',
    ],
    '2023-07-27',
  );
  assert.equal(quote(x, 'Five years ago').place?.name, 'Coex');
  assert.notEqual(quote(x, 'The market is calm').place?.name, 'Nomura');
});

// https://www.heraldscotland.com/ (First Minister's Questions "at Holyrood", then the First Minister "speaking to
// journalists in the Parliament's garden lobby after the session").
test('"the Parliament" after a home chamber named by name is that chamber, not the country\'s default', () => {
  const x = extract(
    [
      "EDINBURGH — The First Minister was pressed on ambulance waits at First Minister's Questions at Holyrood on Thursday.",
      'Speaking to journalists in the Parliament\'s garden lobby after the session, First Minister Alasdair Kerr said: "If they want to sit down with me, I will sit down with them."',
    ],
    '2025-03-13',
  );
  assert.equal(quote(x, 'sit down with me').place?.name, 'Holyrood');
});

// https://www.news24.com/ ("… told a media briefing at Eskom's Megawatt Park headquarters in Sunninghill,
// Johannesburg, on Sunday"): a body's named building, owned by the body.
test('a named building a body owns ("at Eskom\'s Megawatt Park headquarters") is the venue, not only its city', () => {
  const x = extract(
    [
      '"We owe South Africans an apology," Eskom chief executive Dan Marokane told a media briefing at Eskom\'s Megawatt Park headquarters in Sunninghill, Johannesburg, on Sunday.',
    ],
    '2025-02-24',
  );
  assert.equal(quote(x, 'We owe South Africans').place?.name, 'Megawatt Park');
});

// https://e.vnexpress.net/ ("At the Ha Long fish market on Sunday, traders swept broken glass … X, 58, said he had
// watched his boat sink from the quay. ¶ "…," he said.").
test('a scene set at an unnamed place of a city ("At the Ha Long fish market on Sunday, …") places the words after it there', () => {
  const x = extract(
    [
      'At the Ha Long fish market on Sunday, traders swept broken glass from the floor. Tran Van Dung, 58, said he had watched his boat sink from the quay.',
      '"We tied it with four ropes and it still went down," he said.',
    ],
    '2024-09-08',
  );
  assert.equal(quote(x, 'four ropes').place?.slug, 'ha-long');
});

// https://www.reuters.com/ ("BRASILIA, Oct 8 (Reuters) - Brazil's Senate approved late on Tuesday a bill …" … "…,"
// a senator "said during the debate"): the day filed is the dateline's, the debate the opening's.
test('"said during the debate" takes the day the opening gives the story, not the dateline\'s day of filing', () => {
  const x = extract(
    [
      "BRASILIA, Oct 8 (Reuters) - Brazil's Senate approved late on Tuesday a bill raising taxes on betting firms.",
      'Senators backed the text by 49 votes to 23 after a session of almost six hours.',
      '"It is taxing the bricklayer who uses a free digital account," opposition leader Cláudio Meireles said during the debate.',
      '"The market is calm about it," said Juliana Prates, an economist at a bank in Sao Paulo.',
    ],
    '2025-10-08',
  );
  assert.equal(quote(x, 'taxing the bricklayer').date, '2025-10-07');
  // (Taking the opening's day for undated words too was tried in round 29 and taken back: right more often on the older
  // held-out set, 85.6 → 86.2%, wrong more often on that round's sealed one, 90.6 → 86.1%.)
  assert.equal(quote(x, 'market is calm').date, '2025-10-08', 'words of no occasion keep the day of filing');
});

// https://punchng.com/ (a union leader quoted at Wednesday's march, then "At a press conference … on Sunday, X had
// warned that … ¶ "…," he had told journalists."): a newer report of the speaker on another day dates the words after it.
test('a report of the speaker on another day ends the occasion of their last words', () => {
  const x = extract(
    [
      'Workers marched through Ikeja on Wednesday. "We are not here to fight anybody," said union chairman Adewale Ogunsanya, who led the march.',
      'At a press conference at the council\'s secretariat in Yaba on Sunday, Ogunsanya had warned that the march would be the first of several. "If the price is not reversed, this is only the beginning," he had told journalists.',
    ],
    '2024-09-11',
  );
  assert.equal(quote(x, 'fight anybody').date, '2024-09-11');
  assert.equal(quote(x, 'only the beginning').date, '2024-09-08');
});

// "On Thursday, the two countries signed a memorandum of intent … ¶ The memorandum stated that "…"": a document's
// words are of the day the text gave it (seed 004's pattern).
test('"The memorandum stated" takes the day the memorandum was signed', () => {
  const x = extract(
    [
      'On Thursday, the two countries signed a memorandum of intent in Washington to set up an investment fund.',
      'The deal aims to be finalised by April 26.',
      'The memorandum stated that "the two peoples desire to invest together in a free and secure future."',
    ],
    '2025-04-18',
  );
  assert.equal(quote(x, 'desire to invest').date, '2025-04-17');
});

// https://www.glasgowtimes.co.uk/ (a budget "pushed through … at a heated meeting of the full council", its day in the
// next paragraph, the leader "speaking to the Glasgow Times after the vote"): the meeting's day dates its words; words
// told a paper are not placed at the meeting.
test('an opening set at a meeting takes the day the next paragraph gives it; words told a newspaper have no place', () => {
  const x = extract(
    [
      "Council tax in Glasgow will rise by 8% after the city's administration pushed through its budget at a heated meeting of the full council.",
      'The plans were approved on Thursday by 45 votes to 38 in the council chamber of the City Chambers after a debate lasting four hours.',
      '"Nobody came into politics to put up council tax," treasurer Ruairidh Logan told councillors.',
      'Council leader Morag Findlay, speaking to the Glasgow Times after the vote, said next year would be just as hard.',
      '"I am not going to pretend this is the end of it," she said.',
    ],
    '2025-02-28',
  );
  assert.equal(quote(x, 'Nobody came into politics').date, '2025-02-27');
  assert.equal(quote(x, 'Nobody came into politics').place?.name, 'City Chambers');
  assert.equal(quote(x, 'the end of it').place, null);
});

// https://www.france24.com/ (a feature opening with no day; a minister "said on Monday in an interview with the
// GloboNews channel"; a minister "visiting the Porto Futuro II complex on Tuesday, said …" then "…," he told reporters).
test("an interview on a day is not the story's day; a visit set off between the sayer and the verb dates the saying", () => {
  const x = extract(
    [
      'Belem (Brazil) (AFP) - Cranes swing over half-built hotels: three months before the climate conference, the city is a construction site.',
      'The price of a bed has become the talk of the summit before it has even begun.',
      '"What some hotels are asking is an abuse," Environment Minister Helena Duarte said on Monday in an interview with the GloboNews channel.',
      'Tourism Minister Renato Falcao, visiting the riverfront on Tuesday, said talks with hotel owners were bringing prices down.',
      '"Every delegation will have a roof at a fair price," Falcao told reporters.',
      '"They are fixing in one year what they ignored for thirty," said Raimunda Ferreira, a fish seller.',
    ],
    '2025-08-06',
  );
  assert.equal(quote(x, 'an abuse').date, '2025-08-04');
  assert.equal(quote(x, 'a roof at a fair price').date, '2025-08-05');
  assert.equal(quote(x, 'fixing in one year').date, '2025-08-06');
});

// https://apnews.com/ ("At a closed-door session of the African Union's Peace and Security Council in Addis Ababa on
// Wednesday, …" … "…," X told journalists "after the session"); https://www.france24.com/ ("The meeting opened on
// Friday at the Casa Amarilla, …, with a short ceremony" … "X, who also spoke at the ceremony, said …").
test('an occasion and its day in one clause, or introduced after the sentence\'s one day, date "after the session", "at the ceremony"', () => {
  const x = extract(
    [
      "At a closed-door session of the African Union's Peace and Security Council in Addis Ababa on Wednesday, member states called for talks.",
      '"Nobody in this room believes the Nile can be managed by one country alone," commissioner Bankole Adeyemi told journalists after the session.',
      "The talks opened on Friday at the Casa Amarilla, the seat of Venezuela's foreign ministry, with a short ceremony.",
      '"Peace in Colombia is peace on our border," Foreign Minister Rafael Urdaneta said at the ceremony.',
    ],
    '2025-10-18',
  );
  assert.equal(quote(x, 'managed by one country').date, '2025-10-15');
  assert.equal(quote(x, 'peace on our border').date, '2025-10-17');
});

// https://www.dw.com/ ("X, who missed the debate because she was attending a meeting of EU ministers in Luxembourg, had
// defended the bill in an interview on Sunday."): occasions in a clause set off from the day are not of that day.
test("occasions set off from the sentence's day by a comma are not of that day", () => {
  const x = extract(
    [
      'The Bundestag voted on Thursday to extend the rent brake.',
      'Housing Minister Katrin Oberhuber, who missed the debate because she was attending a meeting of EU housing ministers in Luxembourg, had defended the bill in an interview with ZDF on Sunday.',
      '"The rent brake does not build a single apartment," conservative spokesman Thomas Brenninger said in the debate.',
    ],
    '2025-10-17',
  );
  assert.notEqual(quote(x, 'single apartment').date, '2025-10-12');
});

// https://www.dw.com/ ("Vice-Chancellor Günter Wallner of the SPÖ accused …"): a joined title is not part of the name.
test('a joined title ("Vice-Chancellor X") is not part of the name', () => {
  const x = extract(['Vice-Chancellor Günter Wallner of the SPÖ said the deal was "ninety percent done."'], '2025-11-14');
  assert.equal(quote(x, 'ninety percent').speaker?.name, 'Günter Wallner');
});

// https://www.theguardian.com/sport/cricket ("Speaking to Test Match Special during the lunch break, X said …";
// "Pemberton, the Somerset off-spinner playing his third Test, said …"; "a decision their captain Thabo Mokoena
// defended at the toss").
test('a programme spoken to and what an ordinal counts are not people; a role is what follows the last determiner', () => {
  const x = extract(
    [
      'England captain Tom Hargreaves made 128. Speaking to Test Match Special during the lunch break, Hargreaves said the partnership had been built on patience.',
      'South Africa chose to bowl first, a decision their captain Thabo Mokoena defended at the toss.',
      'The ball began to turn for Jack Pemberton. Pemberton, the Somerset off-spinner playing his third Test, said the pitch had started to break up.',
      '"If I keep hitting the same spot, the pitch will do the rest," he told Sky Sports.',
    ],
    '2025-08-22',
  );
  assert.ok(!x.newPeople.some((p) => /Test/.test(p.name)), 'no person "Test Match Special"');
  assert.equal(quote(x, 'same spot').speaker?.name, 'Jack Pemberton');
  assert.equal(x.newPeople.find((p) => p.name === 'Thabo Mokoena')?.role, 'captain');
});

// https://www.standardmedia.co.ke/ ("had told a breakfast meeting of business leaders at a Nairobi hotel on Tuesday that
// …"); https://nltimes.nl/ ("The talks opened on Monday at a conference hotel in Hoofddorp. On arrival, X said …").
test('"at a Nairobi hotel" is in Nairobi; "On arrival" is at the occasion just told, on its day and at its place', () => {
  const x = extract(
    [
      'Treasury Secretary Peter Mbugua had told a breakfast meeting of business leaders at a Nairobi hotel on Tuesday that the state would borrow "at rates this country cannot afford."',
      'The talks opened on Monday at a conference hotel in Hoofddorp. On arrival, union leader Joost Verhagen said the unions would not "go through the motions."',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'cannot afford').place?.name, 'Nairobi');
  assert.equal(quote(x, 'through the motions').date, '2025-06-09');
  assert.equal(quote(x, 'through the motions').place?.name, 'Hoofddorp');
});

// https://notesfrompoland.com/ ("Speaking at a briefing at the town hall on Monday, X said … ¶ "…," he said."):
// an unnamed town hall is the dateline's town, and words reported there place the speaker's next words.
// https://www.reuters.com/ ("She said Congo had severed ties … and recalled its diplomats from Kigali."; "Tavares, a
// former federal deputy from Parana state, said …"): what was said, and a description, are not where.
test('a report of someone speaking at a place places their next words; not a place in what they said or in a description', () => {
  const x = extract(
    [
      'KLODZKO, Poland — The flood hit the town on Sunday.',
      'Speaking at a briefing at the town hall on Monday, Mayor Michał Rzepecki said the water had come within hours.',
      '"In 1997 we had hours to prepare," he said.',
      'Envoy Thérèse Kayikwamba said Congo had severed ties on Saturday and recalled its diplomats from Kigali.',
      '"Words of concern are no longer enough," she said.',
      'Agriculture Minister Carlos Tavares announced the plan on Wednesday.',
      'Tavares, a former federal deputy from Parana state who took over the ministry in April, said the cost would be covered.',
      '"Not a single real of this is outside the fiscal framework," he said.',
    ],
    '2024-09-18',
  );
  assert.equal(quote(x, 'hours to prepare').place?.name, 'Klodzko');
  assert.notEqual(quote(x, 'Words of concern').place?.name, 'Kigali');
  assert.notEqual(quote(x, 'fiscal framework').place?.name, 'Paraná');
});

// https://e.vnexpress.net/ ("Speaking at a dinner … at the Sofitel Legend Metropole hotel on Wednesday evening"),
// https://www.france24.com/ ("at the Casa Amarilla, the seat of Venezuela's foreign ministry"), https://www.hindustantimes.com/
// ("outside the Sadaquat Ashram, the Congress state headquarters"): venues named by a hotel's brand, first by what
// they are in their own language, or by a word for a religious house.
test('venues: "the Sofitel Legend Metropole hotel", "the Casa Amarilla", "the Sadaquat Ashram"', () => {
  const x = extract(
    [
      'Speaking at a dinner at the Sofitel Legend Metropole hotel on Wednesday evening, trade representative Karen Whitfield said: "We have outgrown the old arguments."',
      'The talks opened on Friday at the Casa Amarilla, the seat of the foreign ministry. "Peace in Colombia is peace on our border," Foreign Minister Rafael Urdaneta said at the opening.',
      'Asked by reporters outside the Sadaquat Ashram, the party\'s state headquarters, spokesman Rajesh Ranjan said: "Trends are trends."',
    ],
    '2025-09-26',
  );
  assert.equal(quote(x, 'outgrown the old').place?.name, 'Sofitel Legend Metropole');
  assert.equal(quote(x, 'peace on our border').place?.name, 'Casa Amarilla');
  assert.equal(quote(x, 'Trends are trends').place?.name, 'Sadaquat Ashram');
});

// https://apnews.com/ ("In a 2024 interview with the trade publication Food Navigator, X called the law "…""): a year
// naming the occasion of the words dates them.
test('"In a 2024 interview with …" dates the words 2024', () => {
  const x = extract(
    [
      'In a 2024 interview with the trade publication Food Navigator, chief executive Maria Lopes called the law "the first shot in a food fight."',
    ],
    '2025-10-09',
  );
  assert.equal(quote(x, 'first shot').date, '2024');
});

// https://www.statnews.com/ (a story of Monday's approval published Tuesday: "…," Dr X told STAT; "…," she said by phone),
// https://www.bbc.co.uk/sport ("…," he told Sky Sports on the pitch at full-time): words given to the reporter carry the
// day of the report, not the story's; words told a broadcaster at the occasion carry the occasion's.
test('words given to the reporter by phone or to a paper are of the day of the report; told a broadcaster at the match, of the match', () => {
  const x = extract(
    [
      'Regulators approved the drug on Monday, the agency said.',
      '"I will prescribe it," said Dr Mark Ellis, a cardiologist who was not involved in the research, by phone.',
      '"A drug that people cannot get is not a treatment," patient advocate Rosa Mendes told STAT.',
    ],
    '2025-06-10',
  );
  assert.equal(quote(x, 'I will prescribe it').date, '2025-06-10');
  assert.equal(quote(x, 'not a treatment').date, '2025-06-10');
  const y = extract(
    [
      'Castlebridge beat Harrow 2-1 at the Quayside Stadium on Saturday.',
      '"This is for my grandfather," striker Mateo Ruiz told Sky Sports on the pitch at full-time.',
    ],
    '2025-03-16',
  );
  assert.equal(quote(y, 'for my grandfather').date, '2025-03-15');
});

// https://www.skyatnightmagazine.com/ ("…," says Dr X, a cosmochemist at the Natural History Museum in London),
// https://www.reuters.com/ ("said Gwen Alder, an analyst at Birchwood Securities in New York"): where someone works.
test('the city of someone\'s workplace ("an analyst at Birchwood Securities in New York") is not where they spoke', () => {
  const x = extract(
    [
      '"These grains are older than the Sun," says Dr Miriam Achterberg, a cosmochemist at the Natural History Museum in London.',
      '"The market is losing patience," said Gwen Alder, an analyst at Birchwood Securities in New York.',
    ],
    '2025-06-10',
  );
  assert.notEqual(quote(x, 'older than the Sun').place?.name, 'London');
  assert.notEqual(quote(x, 'losing patience').place?.name, 'New York');
});

// https://www.reuters.com/ ("JAKARTA … In its policy statement, BI said the decision was "…""; "…," he said in a
// telephone interview), https://www.rolandgarros.com/ ("…," X said in her on-court interview): written words and a
// phone interview are not placed by the dateline; an interview on court is given on court.
test('"In its policy statement", "in a telephone interview" are not placed by the dateline; an on-court interview is on court', () => {
  const x = extract(
    [
      'JAKARTA, May 21 (Reuters) - Bank Indonesia held its benchmark rate on Wednesday.',
      'In its policy statement, the bank said the decision was "consistent with maintaining inflation within the target range".',
      '"The market is not panicking yet," broker Hernan Silva said in a telephone interview.',
    ],
    '2025-05-21',
  );
  assert.equal(quote(x, 'consistent with maintaining').place, null);
  assert.equal(quote(x, 'not panicking').place, null);
  const y = extract(
    [
      'PARIS — Lucia Barreiro beat the fourth seed 6-4, 3-6, 6-2 on Court Suzanne-Lenglen on Monday.',
      '"I don\'t really know what is happening," Barreiro said in her on-court interview.',
    ],
    '2025-06-02',
  );
  assert.notEqual(quote(y, 'what is happening').place, null);
});

// https://www.cyclingnews.com/ ("At the start in Ennezat on Monday morning, his sports director told reporters …"),
// https://www.news24.com/ ("told residents at a community meeting in Mamelodi on Sunday evening …"): a town no
// gazetteer lists, where something happened on a day, is a place.
test('a town no list knows, "in Ennezat on Monday", is where words said there that day were said', () => {
  const x = extract(
    ['At the start in Ennezat on Monday morning, sports director Luc Vernet told reporters: "We have a card to play."'],
    '2025-07-15',
  );
  assert.equal(quote(x, 'a card to play').place?.name, 'Ennezat');
});

// https://www.brusselstimes.com/ ("Speaking to reporters at the Lambermont, the prime minister's residence, …"): a
// name the text calls a building in apposition is a venue.
test('"at the Lambermont, the prime minister\'s residence" is a venue', () => {
  const x = extract(
    [
      'Speaking to reporters at the Lambermont, the prime minister\'s residence, on Tuesday, Prime Minister Jeroen Vanderlinde said: "A pension is not a gift."',
    ],
    '2025-10-14',
  );
  assert.equal(quote(x, 'not a gift').place?.name, 'Lambermont');
});

// https://www.rnz.co.nz/ ("… had defended the savings plan on Monday during a visit to Hutt Hospital in Lower Hutt,
// where he said …"): the building visited is where the words were said.
test('"during a visit to Hutt Hospital in Lower Hutt" places the words at the hospital', () => {
  const x = extract(
    [
      'Health minister Sam Whitcombe said on Monday during a visit to Hutt Hospital in Lower Hutt that the service had "grown too fast and too top-heavy".',
    ],
    '2025-06-18',
  );
  assert.equal(quote(x, 'too top-heavy').place?.name, 'Hutt Hospital');
});

// https://newsinfo.inquirer.net/ ("Commodore Ramil Cabugao, PCG spokesperson for the West Philippine Sea, told a press
// briefing …"): what an office is for is not a person.
test('"spokesperson for the West Philippine Sea" makes no person of the sea', () => {
  const x = extract(
    [
      'Commodore Ramil Cabugao, PCG spokesperson for the West Philippine Sea, told a press briefing in Manila that the ship had been hit.',
      '"We will not use water cannon against water cannon," he said.',
    ],
    '2025-08-12',
  );
  assert.ok(!x.newPeople.some((p) => /Sea/.test(p.name)));
  assert.equal(quote(x, 'water cannon against').speaker?.name, 'Ramil Cabugao');
});

// https://www.herald.co.zw/ ("… on the first stage of US President Donald Trump’s Gaza plan …"), https://www.heraldscotland.com/
// ("… had received the First Minister's request …"): a thing owned is not part of its owner's name; an office alone is
// no one's name.
test('"President Nandi Dube’s Gaza plan" names Nandi Dube; "the First Minister\'s request" names no one', () => {
  const x = extract(
    [
      'Talks on the first stage of US President Nandi Dube’s Gaza plan went into a third day on Wednesday.',
      "A spokeswoman said the service had received the First Minister's request and would contact the family.",
    ],
    '2025-10-08',
  );
  assert.ok(!x.newPeople.some((p) => /Gaza|^First Minister$/.test(p.name)));
});

// https://www.swissinfo.ch/eng/swiss-politics/reactions-to-the-no-vote-on-motorway-extension/88308456 (reactions after a
// vote: "… said the co-president of the committee, X, a Green from Y"): a role and the body it is of stand between the
// verb and the name; where someone is from is not where they speak; people gathered somewhere, none of them quoted,
// are where the next one quoted speaks.
test('"said co-president of the initiative committee X, a Social Democrat from Neuchâtel" after a gathering', () => {
  const x = extract(
    [
      'Voters rejected the parental leave initiative on Sunday.',
      "The initiative's supporters, gathered at the Progr cultural centre in Bern, put on a brave face as the results came in.",
      '"We lost the vote, but we won the argument," said co-president of the initiative committee Léa Vuilleumier, a Social Democrat from Neuchâtel.',
      '"This is not the end," she added.',
    ],
    '2025-03-09',
  );
  assert.equal(quote(x, 'won the argument').speaker?.name, 'Léa Vuilleumier');
  assert.equal(quote(x, 'not the end').speaker?.name, 'Léa Vuilleumier');
  assert.equal(quote(x, 'won the argument').place?.name, 'Progr cultural centre');
  assert.equal(quote(x, 'not the end').place?.name, 'Progr cultural centre');
});

// https://www.tvcnews.tv/2024/10/samoa-pm-emerges-new-chair-in-office-as-27th-chogm-kicks-off/ (scenes around a summit),
// https://www.terradaily.com/reports/Brazil_gears_up_for_first_climate_conference_in_Amazon_999.html ("At the Ver-o-Peso
// market, …"): a market named with "market" in lower case is a venue; relatives elsewhere are no gathering.
test('"At the Fugalei market on Saturday morning, stallholders said …" places the stallholder quoted next', () => {
  const x = extract(
    [
      'At the Fugalei market on Saturday morning, stallholders said business had been brisk despite road closures.',
      '"My taro was finished by nine o\'clock," said Losa Fa\'asavalu, who has sold produce there for 18 years.',
      'Her son and two grandsons were staying with relatives in Auckland.',
      '"The visitors are buying," Fa\'asavalu said.',
    ],
    '2024-10-26',
  );
  assert.equal(quote(x, 'taro was finished').place?.name, 'Fugalei market');
  assert.notEqual(quote(x, 'visitors are buying').place?.name, 'Auckland');
});

// https://www.ripplesnigeria.com/with-n78-58bn-allocation-defence-minister-calls-for-upward-review-of-ministrys-2024-budget/
// (budget defence: "The committee also faulted …, with X describing it as …"), https://www.news18.com/news/badminton/
// ("The tournament begins in … tomorrow, and X said he would fly out …"): "with X describing" makes X the one speaking;
// after ", and" the place of the other clause is not where X spoke.
test('", with X describing … as “…”" makes X the speaker; ", and X said" keeps the other clause\'s place apart', () => {
  const x = extract(
    [
      'The chairman of the committee, Senator Chukwuma Obiora, said the lawmakers would not rubber-stamp the figures.',
      'The committee also faulted the absence of a schedule for bridges, with Obiora describing the line item as "a lump sum with no addresses."',
      'The India Open begins in New Delhi tomorrow, and Obiora said he would fly out this afternoon.',
      '"Tonight I will rest," he said.',
    ],
    '2025-11-20',
  );
  assert.equal(quote(x, 'lump sum').speaker?.name, 'Chukwuma Obiora');
  assert.notEqual(quote(x, 'Tonight I will rest').place?.name, 'New Delhi');
});

// https://www.eltiempo.com/ ("…, the local bishop, Monsignor X, said on Sunday at the end of Mass …"): a cleric's title
// is not part of the name.
test('"Monsignor Hernán Quintero" is Hernán Quintero', () => {
  const x = extract(
    [
      'In Montelíbano, the local Catholic bishop, Monsignor Hernán Quintero, said on Sunday that the town had received the news with "hope and a lot of fear."',
    ],
    '2025-10-21',
  );
  assert.equal(quote(x, 'hope and a lot').speaker?.name, 'Hernán Quintero');
});

// https://www.startribune.com/thai-prime-minister-srettha-thavisin-removed-from-office-by-court-order-over-an-ethics-violation/601108048 (Thai court rulings: "Thailand's Constitutional Court removed …", "… spoke to reporters at
// Government House about two hours later"): the court without its country's possessive; the seat of government by its
// name.
test('"Thailand\'s Constitutional Court" is the Constitutional Court; "at Government House" is a venue', () => {
  const x = extract(
    [
      "BANGKOK (AP) — Thailand's Constitutional Court removed Prime Minister Chaiwat Sombatsiri from office Friday after a hearing.",
      'Reading the verdict, Judge Somkiat Wongprasert said the prime minister "knew or should have known" the risk.',
      'Chaiwat spoke to reporters at Government House about two hours later. "I respect the court," he said.',
    ],
    '2025-08-29',
  );
  assert.equal(quote(x, 'should have known').place?.name, 'Constitutional Court');
  assert.equal(quote(x, 'respect the court').place?.name, 'Government House');
});

// https://si.com/formula1/singapore-grand-prix-takeaways-lando-norris-victory-mclaren-verstappen (a race report: "… laps
// around the Marina Bay Street Circuit", "… team principal X told Sky Sports F1", "On team radio, X could be heard
// asking for …"): the circuit a race went around is the scene; a team principal's words to a broadcaster and a driver's
// on team radio are placed nowhere.
test('a race "around the Marina Bay Street Circuit": press-room words there, team radio and Sky Sports nowhere', () => {
  const x = extract(
    [
      'Elliot Hartley won the Singapore Grand Prix on Sunday night, resisting pressure for the final 15 laps around the Marina Bay Street Circuit.',
      '"That was the longest hour and a half of my life," Hartley said in the post-race press conference.',
      'Mercedes team principal Karl Weidmann told Sky Sports F1 that the result vindicated the upgrade package.',
      '"People wrote us off in July," Weidmann said.',
      'On team radio after crossing the line, Joost van Leeuwen could be heard asking for "ice, lots of ice".',
    ],
    '2025-10-05',
  );
  assert.equal(quote(x, 'longest hour').place?.name, 'Marina Bay Street Circuit');
  assert.equal(quote(x, 'wrote us off').speaker?.name, 'Karl Weidmann');
  assert.equal(quote(x, 'wrote us off').place, null);
  assert.equal(quote(x, 'lots of ice').place, null);
});

// https://elnacional.cat/en/politics/junts-eclipses-erc-socialists-surge-independence-majority-collapses_1214589_102.html
// (an election-night report: the opening gives no day, the next paragraph counts the vote "on Sunday night", the
// winner "appeared before supporters at the party's headquarters … in Barcelona"): the night of the count is the
// story's day, and the winner's words that night were said where the text put him.
test("an election-night story: the count's night dates the words; the winner's scene places them", () => {
  const x = extract(
    [
      'The Catalan Socialists have won the most seats in the regional parliament for the second election running.',
      'With more than 99% of the vote counted on Sunday night, the Socialist party led by Jordi Vilalta had 44 of the 135 seats.',
      "Vilalta waited until almost 11pm to appear before supporters at the party's headquarters on Carrer de Pallars in Barcelona.",
      '"Catalans have voted for a government that solves problems," he said.',
      'Junts leader Ramon Ferrer congratulated the Socialists. "The arithmetic is not settled," he said.',
    ],
    '2026-03-16',
  );
  assert.equal(quote(x, 'solves problems').place?.name, 'Barcelona');
  assert.equal(quote(x, 'solves problems').date, '2026-03-15');
  assert.equal(quote(x, 'arithmetic is not settled').date, '2026-03-15');
});

// https://nltimes.nl/2020/02/19/farmers-protesting-hague-today-tractors-ordered-stay-highways (farmers' protests in The Hague: "Thousands of farmers gathered on the Malieveld …, a day before
// the Tweede Kamer debates the bill", "She told broadcaster NOS that …"): where a crowd gathered is a venue; a sitting
// to come is not the scene; words told a broadcaster are placed nowhere.
test('"gathered on the Malieveld", "a day before the Tweede Kamer debates", "told broadcaster NOS"', () => {
  const x = extract(
    [
      'Several thousand farmers gathered on the Malieveld in The Hague on Wednesday to protest against the buyout plan.',
      'The protest was organized by the Farmers Defence Force, a day before the Tweede Kamer debates the new nitrogen bill.',
      '"They call it voluntary," FDF chair Bart van der Linden told the crowd from a stage.',
      'Among the protesters was Sjoukje Hoekstra, who runs a dairy farm near Drachten. She told broadcaster NOS that she had left home at four.',
      '"My grandfather built that barn," she said.',
    ],
    '2025-10-15',
  );
  assert.equal(quote(x, 'call it voluntary').place?.name, 'Malieveld');
  assert.equal(quote(x, 'grandfather built').place, null);
});

// https://expressandstar.com/news/uk-news/2024/11/23/finance-deal-remains-elusive-at-cop29-as-un-climate-talks-stretch-into-overtime
// (COP29's closing plenary: "… told the plenary"), https://feeds.bbci.co.uk/news/live/c8jykpdgr08t?page=3 ("… told
// campaigners in Old Palace Yard"): an audience in the room — a plenary, a session,
// parishioners, staff, delegations — hears the words where they are; a yard is a place's name.
test('"told the plenary" is said in the hall; "told campaigners in Old Palace Yard" in the yard', () => {
  const x = extract(
    [
      'Baku (AFP) - Nearly 200 countries agreed in the early hours of Sunday on a climate finance deal.',
      'The gavel came down at about 2:40 am in a half-empty plenary hall at the Baku Olympic Stadium.',
      '"We have reached the end of a difficult road," COP29 President Elchin Mammadov told the plenary moments after the text was adopted.',
      'Former minister Andrew Neville told campaigners in Old Palace Yard that the bill\'s safeguards were "the strongest anywhere".',
    ],
    '2024-11-24',
  );
  assert.equal(quote(x, 'difficult road').place?.name, 'Baku Olympic Stadium');
  assert.equal(quote(x, 'strongest anywhere').place?.name, 'Old Palace Yard');
});

// https://www.theherald.co.za/news/2025-05-22-sceptism-from-opposition-but-the-budget-gets-a-nod-from-gnu-partners/
// ("Cosatu, the ANC's labour ally, said in a statement …"); a ruling's report ("The court also rejected …, saying there
// was …"): a body may be described before it speaks in a statement; "the court", "the party", "the forum" stand for
// the one body of that kind the article named, never for a person whose role has the word ("Party spokesperson X").
test('"Cosatu, the ANC\'s labour ally, said in a statement"; "the court" is the court named before', () => {
  const x = extract(
    [
      'Cosatu, the ANC\'s labour ally, said in a statement that it "cautiously welcomed" the decision.',
      'The Balearic High Court upheld the ban on Friday. The court also rejected the landlord\'s argument, saying there was "no evidence whatsoever" of bias.',
      'Party spokesperson Shailesh Ranjan Yadav said the count was slow. Asked whether the party accepted the trends, Congress leader Kaushal Tiwari said the alliance would "study every booth".',
    ],
    '2025-02-07',
  );
  assert.equal(quote(x, 'cautiously welcomed').speaker?.name, 'Cosatu');
  assert.equal(quote(x, 'no evidence whatsoever').speaker?.name, 'Balearic High Court');
  assert.equal(quote(x, 'study every booth').speaker?.name, 'Kaushal Tiwari');
});

// https://www.dawn.com/news/1779088/cjp-isa-indicates-sc-may-conclude-hearing-on-law-limiting-chief-justices-powers-today
// (Supreme Court hearings: "Justice X asked whether …" ¶ "“…?” the judge asked"; "The judge also
// asked Deputy Attorney General Y whether …. She said she would seek instructions …"): "the judge" is the Justice named
// last; the one asked a question answers, and a pronoun either of them could be is no one (precision first).
test('"the judge asked" is the Justice named last; "She said" after "asked Y whether" is Y or no one', () => {
  const x = extract(
    [
      'Justice Naveed Ahmed Baloch asked whether any of those cases had been challenged before the high courts.',
      '"Then why should this court step in now?" the judge asked.',
      'The judge also asked Deputy Attorney General Nosheen Akhtar whether the government had a plan. She said she would seek instructions from the ministry.',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'this court step in').speaker?.name, 'Naveed Ahmed Baloch');
  assert.ok(!x.entries.some((e) => e.text.startsWith('She said she would seek') && e.speaker?.name === 'Naveed Ahmed Baloch'));
});

// https://www.dawn.com/news/1779088/cjp-isa-indicates-sc-may-conclude-hearing-on-law-limiting-chief-justices-powers-today (constitutional bench hearings: "ISLAMABAD: A five-member constitutional bench of the Supreme
// Court on Tuesday asked …", "The Bar Association, in a resolution passed last week, termed …"): a bench of a court
// opening the story is the court's hearing; a resolution is written, placed nowhere.
test('"A five-member constitutional bench of the Supreme Court on Tuesday asked …" holds its hearing in the court', () => {
  const x = extract(
    [
      'ISLAMABAD: A five-member constitutional bench of the Supreme Court on Tuesday asked the government to explain the law.',
      "Headed by Justice Tariq Mehmood Khattak, the bench was hearing petitions filed by journalists' bodies.",
      '"Where in this section is that line drawn?" Justice Khattak asked.',
      'The Islamabad High Court Bar Association, in a resolution passed last week, termed the amendments "a direct assault on the freedom of the press".',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'line drawn').place?.name, 'Supreme Court');
  assert.equal(quote(x, 'direct assault').place, null);
});

// https://netblogpro.com/world-nation/story/2024-02-06/the-death-toll-from-chiles-wildfires-reaches-131-and-more-than-300-people-are-missing
// ("… said at a briefing … in Viña del Mar"): a city whose name has "del", "des", "dos" or "di" inside is one name.
test('"in Viña del Mar", "in Mar del Plata", "in Santa Cruz de la Sierra" are cities', () => {
  const x = extract(
    [
      '"We have stopped it," Álvaro Pizarro said at a briefing at the regional emergency center in Viña del Mar on Tuesday morning.',
      '"The beaches are closed," Mayor Lucía Ferraro told reporters in Mar del Plata.',
      '"The roads are cut," Governor Ana Suárez told reporters in Santa Cruz de la Sierra.',
    ],
    '2025-02-04',
  );
  assert.equal(quote(x, 'stopped it').place?.name, 'Viña del Mar');
  assert.equal(quote(x, 'beaches are closed').place?.name, 'Mar del Plata');
  assert.equal(quote(x, 'roads are cut').place?.name, 'Santa Cruz de la Sierra');
});

// https://fvcurrent.com/article/good-news-for-fraser-valley-flood-crisis/ (B.C. flood briefings: "Abbotsford Mayor X, speaking at the same news conference, said …" ¶ "“…,”
// he said."): a sayer at the same occasion as the last words was where they were said.
test('"X, speaking at the same news conference, said …" places X\'s next words there', () => {
  const x = extract(
    [
      "B.C.'s Minister of Emergency Management, Priya Sandhu, told a news conference at Abbotsford City Hall on Wednesday that help was coming.",
      '"This is going to be weeks, not days," Sandhu said.',
      'Abbotsford Mayor Dale Hiebert, speaking at the same news conference, said the pump station was working at full capacity.',
      '"Barrowtown is holding," he said.',
    ],
    '2025-12-10',
  );
  assert.equal(quote(x, 'Barrowtown is holding').place?.name, 'Abbotsford City Hall');
});

// https://www.jpost.com/israel-news/article-836331 (a families' forum holding a press conference: "The forum said in a
// statement …"): a forum is a body, and "the forum" stands for it.
test('"The Hostages and Missing Families Forum" is a body; "The forum said in a statement" is its words', () => {
  const x = extract(
    [
      'Relatives spoke at a press conference held by the Hostages and Missing Families Forum in Tel Aviv on Monday.',
      'The forum said in a statement released after the press conference that "the time for excuses has run out".',
    ],
    '2024-08-27',
  );
  assert.equal(quote(x, 'time for excuses').speaker?.name, 'Hostages and Missing Families Forum');
});

// https://www.nippon.com/en/news/yjj2025052600353/japan-details-new-plans-to-release-stockpiled-rice.html ("… he told
// reporters at a news conference at the ministry"), union leaders "outside the union's headquarters": a
// building of the dateline's city named only by what it is places the words in that city.
test('"at the ministry", "outside the union\'s headquarters" are in the dateline\'s city', () => {
  const x = extract(
    [
      'TOKYO -- Japan will not go back to auctioning its rice reserve, Agriculture Minister Kenjiro Takamatsu said on Friday.',
      '"If the rice exists, people have a right to know where it is," he told reporters at a news conference at the ministry on Tuesday.',
      '"We are not going to trade," union secretary Rogelio Villarreal told reporters outside the union\'s headquarters.',
    ],
    '2025-06-20',
  );
  assert.equal(quote(x, 'rice exists').place?.name, 'Tokyo');
  assert.equal(quote(x, 'not going to trade').place?.name, 'Tokyo');
});

// https://www.58reports.com/en/news-of-venezuela/venezuelas-guaido-calls-for-opposition-input-into-new-electoral-body/ (Venezuela's campaign: "Maduro told supporters at a rally in the city of Maracay that …"):
// a place named with what it is, after "in the city of", is where the words were said.
test('"at a rally in the city of Maracay" places the words in Maracay', () => {
  const x = extract(
    [
      'Last week, Nicolás Maduro told supporters at a rally in the city of Maracay that the vote would go ahead "with or without" the opposition.',
    ],
    '2025-05-20',
  );
  assert.equal(quote(x, 'with or without').place?.name, 'Maracay');
});

// https://hubtrades.com/thyssenkrupp-employees-will-not-support-tata-jv-at-any-price (analysts' notes on a merger: "Analysts at Inderes said in a note that …"; an
// opposition leader "said in a recorded message to supporters"): a note, a message or a communiqué is written or
// recorded, placed nowhere.
test('"said in a note", "in a recorded message", "in a communiqué" are placed nowhere', () => {
  const x = extract(
    [
      'HELSINKI, Oct 2 (Reuters) - Kaarna and Norrvik agreed to merge on Thursday.',
      'Analysts at Inderes said in a note that the savings target looked "credible but back-loaded".',
      'Opposition leader María Corina Machado said in a recorded message to supporters that the movement would "decide together".',
    ],
    '2025-10-02',
  );
  assert.equal(quote(x, 'credible but back-loaded').place, null);
  assert.equal(quote(x, 'decide together').place, null);
});

// https://www.euronews.com/2025/04/20/iran-and-us-start-second-round-of-nuclear-talks-in-rome ("… wrote on X on Saturday
// evening … ¶ A day earlier in Moscow, Araghchi told a news conference …"): a day counted back from the day last named.
test('"A day earlier in Moscow, X told a news conference" is the day before the day last named', () => {
  const x = extract(
    [
      "Oman's Foreign Minister Badr al-Busaidi wrote on X on Saturday evening that the process was 'gathering pace'.",
      'A day earlier in Moscow, Abbas Araghchi told a news conference that Iran had "serious doubts" about Washington\'s motives.',
    ],
    '2025-04-20',
  );
  assert.equal(quote(x, 'serious doubts').date, '2025-04-18');
});

// https://dcmireland.com/euro-2025-final-england-beat-spain-to-win-again (a match report: "…,” the manager told his
// post-match press conference."): an audience after "his" or a hyphenated word is still one in the room.
test('"told his post-match press conference" is said at the ground', () => {
  const x = extract(
    [
      'Mateo Ibarra scored twice as Fernmouth Athletic beat Castlebridge United 2-1 at the Quayside Stadium on Saturday.',
      '"They listened," Fernmouth manager Ruairí Brennan told his post-match press conference.',
    ],
    '2025-03-16',
  );
  assert.equal(quote(x, 'They listened').place?.name, 'Quayside Stadium');
});

// https://video.tp24.it/2024/08/06/international-news/drought-in-sicily-worsens-dramatically-impacting-agriculture-and-more/207263
// ("At a press conference at Palazzo d'Orléans in Palermo on Tuesday, …"): a building named first in its own language
// keeps an elided "d'" in its name.
test('"at Palazzo d\'Orléans in Palermo" is the palace', () => {
  const x = extract(
    [
      'At a press conference at Palazzo d\'Orléans in Palermo on Tuesday, regional president Salvo Pizzuto said: "We are not talking about comfort."',
    ],
    '2024-07-24',
  );
  assert.equal(quote(x, 'not talking about comfort').place?.name, "Palazzo d'Orléans");
});

// https://bundesligafan.com/2024/02/03/he-said-what-the-post-match-reactions-to-bundesliga-matchday-20/ (match reports:
// "… heading in the winner at a rain-soaked De Adelaarshorst", "told reporters in the stadium's press room"): a ground described before its name is a venue; "at a news conference Tuesday" is no ground.
test('"at a rain-soaked De Adelaarshorst" is the ground; "at a news conference Tuesday" names none', () => {
  const x = extract(
    [
      'DEVENTER, Netherlands, Nov 9 (Reuters) - Go Ahead Eagles beat Fortuna Sittard 3-2 on Sunday, with Oskar Lindqvist heading in the winner in the 89th minute at a rain-soaked De Adelaarshorst.',
      '"We had the game where we wanted it," Sittard coach Ruud Coenen told reporters in the stadium\'s press room.',
      '"All options remain," Mayor Tom Veld told reporters at a news conference Tuesday.',
    ],
    '2025-11-09',
  );
  assert.equal(quote(x, 'where we wanted it').place?.name, 'De Adelaarshorst');
  assert.notEqual(quote(x, 'All options remain').place?.name, 'Tuesday');
});

// https://africanews.com/2023/03/15/senegal-opposition-party-launches-protest-over-leaders-trial (papers that open "Mwanza. Thousands of supporters … packed the Furahisha grounds
// in Mwanza on Sunday, …"): the town's name alone before the story is not its first sentence; the ground it names is.
test('"Mwanza. Thousands … packed the Furahisha grounds in Mwanza on Sunday" sets the rally at the grounds', () => {
  const x = extract(
    [
      "Mwanza. Thousands of supporters of the opposition packed the Furahisha grounds in Mwanza on Sunday, as the party's leaders demanded changes to the rules.",
      'National chairman Joseph Mwakalinga told the crowd that the party would not accept the polls.',
      '"We are not asking for a favour," Mr Mwakalinga said to loud cheers.',
    ],
    '2024-09-23',
  );
  assert.equal(quote(x, 'not asking for a favour').place?.name, 'Furahisha grounds');
});

// https://www.tellerreport.com/tech/2022-05-28-weekend-gatherings-all-over-the-city----12-000-people-in-the-cargo-regiment-decide-on-a-general-strike.B1WcOIL1dq.html
// ("held a resolution meeting in front of Exit 12 of Seoul Station"), and briefings told in turn ("… told the same
// briefing", "said at the park on Wednesday … said"): "in front of" a place is at it; "the park" is the one named; "the
// same briefing" is where the last briefing's words were said.
test('"in front of Seoul Station", "at the park", "told the same briefing" place the words', () => {
  const x = extract(
    [
      'Addressing several thousand members at a rally in front of Seoul Station on Tuesday afternoon, union leader Baek Min-ho said the union had not chosen the strike.',
      '"We were pushed into it by a company that treats safety staff as a cost," Baek said.',
      'The panda was found up a tree at Orana Wildlife Park on Wednesday morning.',
      '"Red pandas are brilliant climbers," keeper Sarah Whitcombe said at the park on Wednesday afternoon.',
      'In Manila, central bank governor Eli Villareal told a briefing at the Bangko Sentral headquarters that the cut was "well telegraphed".',
      '"Our forecasts show inflation within the target," deputy governor Francisco Santiago said at the same briefing.',
    ],
    '2024-11-06',
  );
  assert.equal(quote(x, 'pushed into it').place?.name, 'Seoul Station');
  assert.equal(quote(x, 'brilliant climbers').place?.name, 'Orana Wildlife Park');
  assert.equal(quote(x, 'Our forecasts').place?.name, quote(x, 'well telegraphed').place?.name);
  assert.notEqual(quote(x, 'Our forecasts').place, null);
});

// https://newsinfo.inquirer.net/1354813/almost-1-million-persons-in-bicol-region-evacuated-prior-to-rolly-landfall-ndrrmc
// ("Civil Defense Undersecretary …"), https://www.wskg.org/2025-01-14/state-republicans-react-to-hochuls-state-of-the-state-address
// ("State Comptroller …", "…, a Westchester Democrat,"), Zimbabwean copy's "Cde …", a stage report's "Frenchman …": offices,
// honorifics and nationalities before a name are not the name; a party's member in apposition is no one's name.
test('"Undersecretary", "Comptroller", "Cde", "Frenchman" before a name and "a Westchester Democrat" after it are not the name', () => {
  const x = extract(
    [
      '"We are not waiting for the signal," Civil Defense Undersecretary Rommel Valdueza said.',
      '"One-time money should be spent on one-time costs," State Comptroller Howard Lipsky said.',
      '"She stitched me with a needle," war veterans\' representative Cde Philemon Mazorodze said.',
      '"I grew up 30 kilometres from here," Frenchman Maxime Ducasse said.',
      'Senate Majority Leader Marisol Ortega-Banks, a Westchester Democrat, said the plan was "a serious down payment".',
    ],
    '2025-07-16',
  );
  assert.equal(quote(x, 'not waiting').speaker?.name, 'Rommel Valdueza');
  assert.equal(quote(x, 'One-time money').speaker?.name, 'Howard Lipsky');
  assert.equal(quote(x, 'stitched me').speaker?.name, 'Philemon Mazorodze');
  assert.equal(quote(x, 'grew up').speaker?.name, 'Maxime Ducasse');
  assert.equal(quote(x, 'serious down payment').speaker?.name, 'Marisol Ortega-Banks');
});

// https://democracy.bristol.gov.uk/ieListDocuments.aspx?CId=138&MId=10345 (a planning committee's meeting: "Committee
// member Cllr …", then "Cllr X, who voted against, said the committee was being asked …"), and a stage report's "Danish
// rider …" … "Asked whether he feared Kranjc, who gained 11 seconds in last Friday's time trial, the Dane said …":
// a body's word alone opening a sentence names no body; "the Dane" is the one the text called Danish, not the rival the
// sentence names; the rival's Friday is not the day of the saying.
test('"Committee member …" makes no body "Committee"; "the Dane" is the Danish rider; an aside about another dates nothing', () => {
  const x = extract(
    [
      'Committee member Cllr Paul Wragg, who voted in favour, said the city could not keep saying no to tall buildings.',
      'But Cllr Siobhan Tierney, who voted against, said the committee was being asked to accept "a very large building in a very small street".',
      'Danish rider Rasmus Kjærgaard finished in the bunch and kept a lead of 38 seconds over Slovenian Matej Kranjc.',
      "Asked whether he feared Kranjc, who gained 11 seconds on him in last Friday's time trial, the Dane said he respected his rival but felt stronger.",
      '"Matej is the best climber here, I am not stupid," Kjærgaard said.',
    ],
    '2025-07-16',
  );
  assert.equal(quote(x, 'very large building').speaker?.name, 'Siobhan Tierney');
  const dane = x.entries.find((e) => e.text.includes('the Dane said') && e.speaker);
  assert.equal(dane?.speaker?.name, 'Rasmus Kjærgaard');
  assert.equal(dane?.date, '2025-07-16');
  assert.equal(quote(x, 'best climber').date, '2025-07-16');
});

// https://www.audacy.com/wccoradio/news/world/brazils-supreme-court-nears-a-verdict-in-coup-plot-trial-of-former-president-jair-bolsonaro
// (a Supreme Court panel voting aloud, after a "BRASILIA, Brazil (AP) —" dateline),
// https://usanews.net/breaking/snchez-s-seven-duels-during-his-investiture.html (an investiture vote in the Congress of
// Deputies), https://lusakatimes.com/2024/03/01/president-hichilema-declares-drought-as-a-national-disaster-and-emergency
// (an address from State House): where the words were said is the court, the chamber, the residence, not the dateline's city.
test('a court panel "reading his vote", "the 350-seat Congress of Deputies", "an address from State House in Lusaka"', () => {
  const court = extract(
    [
      "BRASILIA, Brazil (AP) — A majority of a panel of Brazil's Supreme Court voted Wednesday to convict former Senator Otávio Bastos Leme of corruption.",
      'Justice Renato Fontes, who is overseeing the case, spent nearly four hours reading his vote.',
      '"This was not a mistake of management," Fontes said.',
    ],
    '2025-11-12',
  );
  assert.equal(quote(court, 'not a mistake').place?.name, 'Supreme Court');
  const chamber = extract(
    [
      'MADRID, Oct 23 (Reuters) - Socialist leader Javier Montero won a parliamentary vote to become prime minister on Thursday.',
      'Montero received 178 votes in the 350-seat Congress of Deputies, against 171 and one abstention.',
      '"Today Spain chooses to move forward," Montero told lawmakers before the vote.',
    ],
    '2025-10-23',
  );
  assert.equal(quote(chamber, 'chooses to move forward').place?.name, 'Congress of Deputies');
  const address = extract(
    [
      "LUSAKA, Feb 28 (Reuters) - Zambia's President Joseph Mwanza has declared the drought a national disaster.",
      'In a televised address from State House in Lusaka on Thursday evening, Mwanza said 79 districts had been hit.',
      '"Today we face the worst drought our country has seen in decades," Mwanza said.',
    ],
    '2025-02-28',
  );
  assert.equal(quote(address, 'worst drought').place?.name, 'State House');
});

// https://www.maynereport.com/articles/2025/11/12-0958-414.html (AGM reports: "… at a tense annual general meeting in Perth on Wednesday. ¶ … ¶
// Chair … opened the meeting at the Perth Convention and Exhibition Centre by …"): the opening's occasion, named again
// with its venue a paragraph or two later, was held there.
test('"the meeting at the Perth Convention and Exhibition Centre" sharpens the opening\'s "meeting in Perth"', () => {
  const x = extract(
    [
      'Karijini Resources has suffered a first strike against its remuneration report at a tense annual general meeting in Perth on Wednesday.',
      'About 31 per cent of votes cast opposed the report, well above the 25 per cent threshold.',
      'Chair Helen Marchetti opened the meeting at the Perth Convention and Exhibition Centre by acknowledging a painful year.',
      '"I understand the anger. I\'m a shareholder too," Ms Marchetti said.',
    ],
    '2025-11-20',
  );
  assert.equal(quote(x, 'understand the anger').place?.name, 'Perth Convention and Exhibition Centre');
});

// https://news365.ng/burnley-1-2-nottingham-forest (match reports opening on the manager: "… had asked for patience at his
// pre-match press conference. By ten to five on Saturday, … a winner against Aberdeen at Tynecastle."): the ground after
// the side a match was played against is a venue, and a venue in the opening's later sentence sets the story's scene.
test('"a winner against Aberdeen at Tynecastle" in the opening\'s second sentence places the post-match words', () => {
  const x = extract(
    [
      'Niall Corrigan had asked for patience at his pre-match press conference. By ten to five on Saturday, the Hearts head coach had a win instead, after Callum Baird headed an 87th-minute winner against Aberdeen at Tynecastle.',
      'The result lifts Hearts to within two points of the top six.',
      '"That was it," Corrigan said afterwards.',
    ],
    '2025-03-15',
  );
  assert.equal(quote(x, 'That was it').place?.name, 'Tynecastle');
});

// https://ticotimes.net/2025/06/05/fuego-volcano-forces-evacuations-in-guatemala-amid-ashfall-and-pyroclastic-flows
// (eruption briefings: "Speaking in San Juan Alotenango, where a shelter …"), Lebanese
// coverage ("In a speech in the southern city of Nabatieh on Tuesday, …"), Korean election nights ("told supporters at the
// party's headquarters in Yeouido"): where an occasion, or a building named by what it is, is, by a town or district no
// list knows; not "speaking in Spanish", not "abducted from their home in Nir Oz".
test('"Speaking in San Juan Alotenango", "a speech in the southern city of Nabatieh", "headquarters in Yeouido" are places', () => {
  const x = extract(
    [
      'Speaking in San Juan Alotenango, where a shelter has been set up in the school, Mayor Ana Coyoy said: "Ash plus rain is mud."',
      'In a speech in the southern city of Nabatieh, Hezbollah deputy leader Karim Haddad said: "Ask the occupier first."',
      '"We kept our word," Kim Dong-su told supporters at the party\'s headquarters in Yeouido shortly after 1 a.m.',
      '"I am happy," Arboleda said in the mixed zone, speaking in Spanish.',
      '"Please don\'t rest," said Dana Klein, whose husband was abducted from their home in Nir Oz.',
    ],
    '2025-11-12',
  );
  assert.equal(quote(x, 'Ash plus rain').place?.name, 'San Juan Alotenango');
  assert.equal(quote(x, 'Ask the occupier').place?.name, 'Nabatieh');
  assert.equal(quote(x, 'kept our word').place?.name, 'Yeouido');
  assert.notEqual(quote(x, 'I am happy').place?.name, 'Spanish');
  assert.notEqual(quote(x, "don't rest").place?.name, 'Nir Oz');
});

// http://capgb.com/cedeao-anuncia-retirada-de-forca-militar-da-guine-bissau-depois-de-progressos-realizados/ (farewells
// "no aeroporto Internacional Osvaldo Vieira"; in English copy "at Bissau's Osvaldo Vieira airport"), Dublin's "At a press
// conference in Government Buildings": an airport named with a lower-case word, "Government Buildings" are venues.
test('"Bissau\'s Osvaldo Vieira airport" and "Government Buildings" are venues', () => {
  const x = extract(
    [
      'Speaking to reporters at Bissau\'s Osvaldo Vieira airport before flying out, mission head Bagudu Hirse said: "We came to listen."',
      'At a press conference in Government Buildings afterwards, Mr Molony said: "This is about jobs."',
    ],
    '2025-03-03',
  );
  assert.equal(quote(x, 'came to listen').place?.name, 'Osvaldo Vieira airport');
  assert.equal(quote(x, 'This is about jobs').place?.name, 'Government Buildings');
});

// https://www.bristolpost.co.uk/news/bristol-news/decision-made-over-controversial-15-2997453 (planning decisions: an
// undated opening, then "The committee approved the scheme by six votes to four at a meeting at City Hall on Wednesday,
// October 15."): the meeting's day and venue are those of the words said at it, whoever said them.
test('"approved … at a meeting at City Hall on Wednesday" dates and places the meeting\'s words', () => {
  const x = extract(
    [
      'A 19-storey block of student flats has been given the go-ahead, despite more than 300 objections.',
      "Bristol City Council's development control committee approved the scheme by six votes to four at a meeting at City Hall on Wednesday, October 15.",
      'Council officers had recommended approval.',
      'But Cllr Siobhan Tierney, who voted against, called the daylight analysis "optimistic at best".',
    ],
    '2025-10-16',
  );
  assert.equal(quote(x, 'optimistic at best').date, '2025-10-15');
  assert.equal(quote(x, 'optimistic at best').place?.name, 'City Hall');
});

// https://www.blackpoolgazette.co.uk/news/crime/blackpool-schoolgirl-who-was-abused-says-i-feel-hes-taken-part-my-childhood-away-2926463
// (sentencing remarks: "Sentencing him at Teesside Crown Court yesterday, Judge …" …
// "“…,” she told Lisle."): someone the article names, told, is an audience in the room, not a channel elsewhere.
test('"she told Lisle" in a sentencing is said in court; "told Reuters" is not', () => {
  const x = extract(
    [
      'Sentencing him at Teesside Crown Court yesterday, Judge Catherine Morley said the attack was cowardly, as Liam Lisle stood in the dock.',
      '"He posed no threat to you whatsoever," she told Lisle.',
      '"We will appeal," his solicitor Mark Dunn told Reuters.',
    ],
    '2025-06-13',
  );
  assert.equal(quote(x, 'posed no threat').place?.name, 'Teesside Crown Court');
  assert.notEqual(quote(x, 'We will appeal').place?.name, 'Teesside Crown Court');
});

// https://bcointalk.com/bitcoin/the-parties-begin-the-electoral-campaign-in-galicia.html (campaign days on the Galician coast: "… unloading at the port of Burela,
// the candidate was already …"), Colombo reporting ("In Pettah, the market district next to the Fort, …"): a place the
// text says is a port, a town or a district, by a name no list knows; not a town someone comes "from".
test('"at the port of Burela", "In Pettah, the market district …" are places; "came from the town of X" is not where they speak', () => {
  const x = extract(
    [
      'At 8.30 on Monday morning, before the first boats had finished unloading at the port of Burela, Xosé Outeiral was already shaking hands.',
      '"You talk to a skipper here and in five minutes he tells you three things," Outeiral told reporters on the quay.',
      'In Pettah, the market district next to the Fort, shopkeepers pulled down their shutters.',
      '"The gas came into the shop," said Mohamed Rizwan, who sells school bags on Front Street.',
      '"I waited all day," said Sandya Kumari, who came from the town of Kurunegala.',
    ],
    '2024-02-12',
  );
  assert.equal(quote(x, 'three things').place?.name, 'Burela');
  assert.equal(quote(x, 'gas came into the shop').place?.name, 'Pettah');
  assert.notEqual(quote(x, 'waited all day').place?.name, 'Kurunegala');
});

// https://www.newsbuck.com/news-detail/mark-carney-made-his-case-to-be-prime-minister-despite-pierre-poilievres-strong-showing-at-final-leaders-debate.html
// (debate nights: "On Thursday night, on the stage at the Maison de Radio-Canada, …"),
// Galician campaign days ("At an evening rally in the Praza Maior, …"): a building or a square named first by what it is,
// in French, Galician or Catalan, is a venue.
test('"the Maison de Radio-Canada" and "the Praza Maior" are venues', () => {
  const x = extract(
    [
      'On Thursday night, on the stage at the Maison de Radio-Canada, Conservative Leader Graham Whitcombe said: "This is the same government with a new haircut."',
      'At an evening rally in the Praza Maior, Antón Rivas said: "On Sunday we are choosing whether the coast matters."',
    ],
    '2025-09-19',
  );
  assert.equal(quote(x, 'new haircut').place?.name, 'Maison de Radio-Canada');
  assert.equal(quote(x, 'coast matters').place?.name, 'Praza Maior');
});

// https://www.kildarestreet.com/debate/?id=2024-05-28a.13 (Leaders' Questions: the opening names the chamber, the next
// paragraph the sitting and its day, then the exchange is quoted without days).
test('"responding during Leaders\' Questions on Tuesday" dates the exchange that follows', () => {
  const x = extract(
    [
      'The Taoiseach, Aoife Gallagher, has rejected claims that the health plan has stalled, telling the Dáil that waiting lists fell in the first quarter of this year.',
      'Ms Gallagher was responding during Leaders’ Questions on Tuesday to the Labour leader, Cormac Whelan, who said the plan had "lost its way".',
      '"Every family on a trolley tonight knows the plan has failed," Mr Whelan said.',
    ],
    '2025-05-14',
  );
  assert.equal(quote(x, 'trolley tonight').date, '2025-05-13');
  assert.equal(quote(x, 'lost its way').date, '2025-05-13');
});

// https://www.romereports.com/en/2025/05/09/pope-leo-xiv-addresses-cardinals-for-the-first-time-in-english (a reigning
// name with its number, "Pope Leo XIV", later "Leo"; kings are named so too: "King Charles III").
test('"Pope Leo XIV" and "King Charles III" are people; "III" is no body that speaks', () => {
  const x = extract(
    [
      'VATICAN CITY (AP) — Pope Gregory XVII used his first Sunday blessing to call for an end to the wars, telling the square that the world could not "get used to the sound of bombs".',
      '"War takes everything," Gregory said in Italian.',
      'King Edmund III told the leaders in Apia that "we share a common history".',
    ],
    '2025-05-18',
  );
  assert.equal(quote(x, 'sound of bombs').speaker?.name, 'Pope Gregory XVII');
  assert.equal(quote(x, 'War takes everything').speaker?.name, 'Pope Gregory XVII');
  assert.equal(quote(x, 'common history').speaker?.name, 'King Edmund III');
});

// https://sportstar.thehindu.com (IPL final write-ups: "Dhillon, 23, who was bought at the auction, said …"), and
// https://www.freemalaysiatoday.com (budget reactions: "Backbencher Wong Kah Seng (PH-Bukit Bendera) said …").
test('"Dhillon, 23, who …, said" speaks; "Backbencher" is no part of a name', () => {
  const x = extract(
    [
      'Gujarat skipper Rohan Iyer said his side had been "ten runs short".',
      "Punjab's left-arm seamer Jaspal Sandhu held his nerve in the last over.",
      'Sandhu, 23, who was bought at the auction for a modest sum, said he had thought only about his yorker. "My mind was clear," he said.',
      'Backbencher Lim Chee Wah (PH-Bukit Bendera) said the minister had "listened to the ground".',
    ],
    '2025-06-01',
  );
  assert.equal(quote(x, 'My mind was clear').speaker?.name, 'Jaspal Sandhu');
  assert.equal(quote(x, 'listened to the ground').speaker?.name, 'Lim Chee Wah');
});

// https://www.tennispanorama.com (US Open finals: "after beating Germany's X in Friday's semifinals he had told
// reporters …": whom a verb acts on is not who "he" is).
test('"after beating Germany\'s Felix Ortmann … he had told reporters" is the sentence\'s subject speaking', () => {
  const x = extract(
    [
      '"I had my chances," Brady Collins said at his news conference.',
      'Collins had reached the final without dropping a set, and after beating Germany\'s Lukas Brenner in Friday\'s semifinals he had told reporters he felt "as fresh as on day one".',
    ],
    '2025-09-08',
  );
  assert.equal(quote(x, 'as fresh as on day one').speaker?.name, 'Brady Collins');
});

// https://nation.cymru/news/eluned-morgan-in-explosive-fmqs-debut/ (Welsh names with "ap": "Mr ap Dafydd asked").
test('"Iolo ap Dafydd" is one name, and "Mr ap Dafydd" is him', () => {
  const x = extract(
    [
      'Plaid Cymru leader Rhodri ap Gwilym used his questions to press the First Minister on funding.',
      '"Has she even picked up the phone? Yes or no?" Mr ap Gwilym asked.',
    ],
    '2025-11-19',
  );
  assert.equal(quote(x, 'picked up the phone').speaker?.name, 'Rhodri ap Gwilym');
});

// https://bianet.org/haber/central-bank-cuts-policy-rate-by-2-5-points-to-40-50-311400 (a bank named with two "of"s),
// https://www.rev.com/transcripts/desantis-update-on-hurricane-milton-10-09-24 ("The center said" after the Center's advisory).
test('"the Central Bank of the Republic of Turkey" is one body; "the center said" is the Hurricane Center', () => {
  const x = extract(
    [
      'The Central Bank of the Republic of Turkey (CBRT) said in its statement that the tight stance would stay "until price stability is achieved".',
      'The National Hurricane Center said in its advisory that the storm had winds of 115 mph. The center said it was "forecast to continue strengthening".',
    ],
    '2025-01-24',
  );
  assert.equal(quote(x, 'price stability').speaker?.name, 'Central Bank of the Republic of Turkey');
  assert.equal(quote(x, 'continue strengthening').speaker?.name, 'National Hurricane Center');
});

// https://sportstar.thehindu.com (Indian papers print the dateline on a line of its own: "AHMEDABAD", then the opening).
test('a dateline printed on a line of its own ("AHMEDABAD") places and dates the opening\'s story', () => {
  const x = extract(
    [
      'AHMEDABAD',
      'Punjab Kings won the Indian Premier League on Sunday night, beating Gujarat Titans by six runs in the final.',
      '"I don\'t know what to say, honestly," said Punjab captain Vikram Sethi.',
    ],
    '2026-06-01',
  );
  assert.equal(quote(x, 'what to say').place?.name, 'Ahmedabad');
  assert.equal(quote(x, 'what to say').date, '2026-05-31');
});

// https://www.beritakini.biz (Reuters from Bridgetown: "BRIDGETOWN, Barbados, June 30 (Reuters) - … in a final … at
// Kensington Oval on Saturday"): the story's day is Saturday, not the day in the dateline.
test('a wire dateline\'s own day does not hide the opening\'s "on Saturday"', () => {
  const x = extract(
    [
      'BRIDGETOWN, Barbados, June 30 (Reuters) - Australia captain Liam Hargrove said his side had won on "nerve more than talent" after they held off South Africa by five runs in a final at Kensington Oval on Saturday.',
      '"At 15 overs I thought it was gone," Hargrove told reporters after the match.',
    ],
    '2024-06-30',
  );
  assert.equal(quote(x, 'thought it was gone').date, '2024-06-29');
  assert.equal(quote(x, 'thought it was gone').place?.name, 'Kensington Oval');
});

// https://portugalpulse.com/albuquerque-refuses-alarmism-about-fire-situation-is-secure (a venue found once, "at Quinta
// Vigia, the seat of the regional government", named again by its name alone for an earlier press conference).
test('a venue found once ("Quinta Vigia, the seat of …") is found again by its name alone', () => {
  const x = extract(
    [
      'Rui Mendes said on Tuesday that the fire was under control.',
      '"No town is under threat," Mendes told journalists at Quinta Vigia, the seat of the regional government in Funchal.',
      'At a press conference on Sunday, also at Quinta Vigia, he said he had "no doubt" that the fire had been started deliberately.',
    ],
    '2026-08-18',
  );
  assert.equal(quote(x, 'no doubt').place?.name, 'Quinta Vigia');
});

// https://vietmaz.com (Việt Nam News: "HÀ NỘI — The 15th National Assembly on Wednesday morning elected …", then "at the
// National Assembly House in Hà Nội"; a new president's biography: "was born in the central province of Hà Tĩnh").
test('"HÀ NỘI —" is a dateline, the "National Assembly House" a building, a birthplace no place of speech', () => {
  const x = extract(
    [
      'HÀ NỘI — The National Assembly on Wednesday morning elected Trần Văn Minh as State President.',
      'Deputies voted at the ongoing session of the legislature at the National Assembly House in Hà Nội.',
      'Minh, 62, was born in the central province of Hà Tĩnh.',
      '"We will build a streamlined system," President Minh said.',
    ],
    '2025-10-22',
  );
  assert.equal(quote(x, 'streamlined system').place?.name, 'National Assembly House');
  const born = extract(['Minh, 62, was born in the central province of Hà Tĩnh.', '"We will build it," Minh said.'], '2025-10-22');
  assert.notEqual(quote(born, 'build it').place?.name, 'Hà Tĩnh');
});

// https://www.finews.asia (a bank inquiry's hearings in Bern and, meanwhile, a shareholders' news conference in Zurich:
// "… held a news conference on Tuesday to demand … ¶ “…,” said the association's lawyer, X.").
test('words opening the paragraph after a news conference told with its day and place were said there', () => {
  const x = extract(
    [
      'BERN — The inquiry committee on Thursday held its first hearing behind closed doors at the Federal Palace.',
      'In Zurich, meanwhile, an association of former shareholders held a news conference on Tuesday to demand open hearings.',
      '"These people lost their savings overnight," said the association\'s lawyer, Nadia Conte.',
    ],
    '2025-11-13',
  );
  assert.equal(quote(x, 'lost their savings').date, '2025-11-11');
  assert.equal(quote(x, 'lost their savings').place?.name, 'Zürich');
  const meeting = extract(
    [
      'The two delegations have been meeting since Friday in Caracas.',
      '"We came to find out whether there is still a table," the chief negotiator Ana Ruiz told reporters outside the hotel.',
    ],
    '2024-11-23',
  );
  assert.equal(quote(meeting, 'still a table').date, '2024-11-23', '"have been meeting" is no news conference');
});

// https://www.cyclingnews.com (stage reports: "Denmark's Kasper Lindqvist kept the yellow jersey … ahead of Belgium's
// Jelle Vanhoutte. … Vanhoutte was more frustrated. The Belgian said …"): a country owning a name makes a person with
// that nationality, whom "the Belgian" then is.
test('"Belgium\'s Jelle Vanhoutte" is a person, and "the Belgian" him, not the Dane', () => {
  const x = extract(
    [
      "Denmark's Kasper Lindholm kept the yellow jersey, still 1:12 clear of Belgium's Jelle Vandamme.",
      '"It was a hard day," Lindholm said in the leader\'s press conference.',
      'Vandamme was more frustrated. The Belgian said in the mixed zone that his teammates had done "exactly what we planned".',
      '"With that wind, attacking alone is suicide," he said.',
    ],
    '2025-07-14',
  );
  assert.equal(quote(x, 'exactly what we planned').speaker?.name, 'Jelle Vandamme');
  assert.equal(quote(x, 'attacking alone').speaker?.name, 'Jelle Vandamme');
});

// https://hongkongfp.com (a sentencing: "Chan's wife, who gave only her surname, said outside the building … ¶ “…,” she
// said"): "she" is the unnamed wife, not the man she is the wife of.
test('"Chan\'s wife, who gave only her surname, said" — "she" next is not Chan', () => {
  const x = extract(
    [
      'Former district councillor Chan Ho-yin was jailed for 14 months on Thursday. "I have no regrets," Chan told the court.',
      "Chan's wife, who gave only her surname, said outside the building that the family would visit him on Saturday.",
      '"The children keep asking when Daddy is coming home," she said.',
    ],
    '2025-02-20',
  );
  assert.equal(quote(x, 'children keep asking').speaker, null);
});

// https://www.unb.com.bd (press secretary briefings: "Asked about remarks by X, who on Friday accused the government of
// “buying time”, Sikder said … ¶ “…,” he said."): the quoted words are X's, the sentence's sayer is whom "he" stands for.
test('"Asked about remarks by X, who accused … of “buying time”, Sikder said" — "he" next is Sikder', () => {
  const x = extract(
    [
      'Press Secretary Mahbub Rahman Sarker told reporters on Saturday that prices had eased.',
      'Asked about remarks by BNP Standing Committee member Rafiqul Islam Tarafdar, who on Friday accused the government of "buying time" in the name of reforms, Sarker said parties were free to criticise the government.',
      '"Reform and election are not rivals," he said.',
    ],
    '2025-03-08',
  );
  assert.equal(quote(x, 'buying time').speaker?.name, 'Rafiqul Islam Tarafdar');
  assert.equal(quote(x, 'not rivals').speaker?.name, 'Mahbub Rahman Sarker');
});

// https://www.smh.com.au (an embargoed study: "The company briefed journalists about the results on Tuesday … ¶ “…,”
// chief executive X said at the briefing, held at …").
test('"briefed journalists on Tuesday" … "said at the briefing" is Tuesday', () => {
  const x = extract(
    [
      'The study by Coralite Quantum was published in the journal Nature overnight. The company briefed journalists about the results on Tuesday.',
      '"We think this paper changes that conversation," chief executive Dr Priya Ramesh said at the briefing.',
    ],
    '2025-10-23',
  );
  assert.equal(quote(x, 'changes that conversation').date, '2025-10-21');
});

// https://www.independent.ie (count-centre reports: "… was elected on the first count on Saturday evening. ¶ “…,”
// Mr X said after he was declared.").
test('"said after he was declared" takes the day the paragraph before gave his election', () => {
  const x = extract(
    [
      'Fine Gael’s Gerry Kilbane has taken the final seat in Longford-Westmeath by 31 votes after a full recount.',
      '“Our boxes in Mullingar town are very strong,” Fianna Fáil tallyman Noel Breen said on Saturday morning as the boxes were opened.',
      'Fianna Fáil’s Declan Mulroy topped the poll with 11,604 first preferences and was elected on the first count on Saturday evening, more than 1,400 votes over the quota.',
      '“People were voting for somebody they could ring,” Mr Mulroy said after he was declared.',
    ],
    '2024-12-02',
  );
  assert.equal(quote(x, 'voting for somebody').date, '2024-11-30');
});

// https://www.climatechangenews.com (Bonn sessions: "Two weeks of UN climate talks in Bonn ended on Thursday …, with a
// fight pushed back to the COP30 summit in Belém in November"): talks whose end the story tells are its scene.
test('"talks in Bonn ended on Thursday" sets the scene; the summit in Belém to come does not', () => {
  const x = extract(
    [
      'Two weeks of UN climate talks in Bonn ended on Thursday with governments still far apart, and with a fight over finance pushed back to the COP30 summit in Belém in November.',
      '"It is not the outcome any of us wanted," said Marta Quispe, who leads the Andean group.',
    ],
    '2025-06-27',
  );
  assert.equal(quote(x, 'not the outcome').place?.name, 'Bonn');
});

// https://agenciabrasil.ebc.com.br (Agência Brasil's English copy dates in brackets: "said on Wednesday (Mar. 12) in São
// Paulo that …"): an abbreviated month is no sentence's end.
test('"said on Wednesday (Mar. 12) in São Paulo that …" is one sentence', () => {
  const x = extract(
    [
      'Portugal\'s Minister of Foreign Affairs, Henrique Valente, said on Wednesday (Mar. 12) in São Paulo that ratification was "a matter of months".',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'matter of months').speaker?.name, 'Henrique Valente');
});

// https://www.afr.com (results calls: "“…?” asked Macquarie analyst Sophie Brennan."; wire copy's "said UBS analyst X").
test('"said Macquarie analyst Tom Reddy": the body a role is of may stand between the verb and the name', () => {
  const x = extract(['"Is it real?" said Macquarie analyst Tom Reddy.', '"Can it last?" asked UBS strategist Ana Lutz.'], '2025-03-12');
  assert.equal(quote(x, 'Is it real').speaker?.name, 'Tom Reddy');
  assert.equal(quote(x, 'Can it last').speaker?.name, 'Ana Lutz');
});

// https://www.inderes.fi (Nordic results coverage: "Analysts at Inderes said in a note that …"; "Economists at X wrote").
test('"Analysts at Inderes said in a note" is the firm speaking', () => {
  const x = extract(['Analysts at Inderes said in a note that the savings target looked "ambitious".'], '2025-03-12');
  assert.equal(quote(x, 'ambitious').speaker?.name, 'Inderes');
});

// https://la100.cienradios.com (a signing's presentation, then his farewell post and his old club's thanks: "X thanked him
// in a statement the same day for “four seasons of total commitment.”").
test('"Benfica president X thanked him … the same day for “…”" is X\'s, on that day', () => {
  const x = extract(
    [
      'Atlético Madrid presented Argentine forward Facundo Ibáñez on Friday.',
      '"He told me the city is easy," Ibáñez said, to laughter from the room.',
      'On Sunday, Ibáñez had posted a farewell message on Instagram, writing that the stadium would "always be a house where I am welcome." Club president Rui Manuel Cardoso thanked him in a statement the same day for "four seasons of total commitment."',
    ],
    '2025-07-20',
  );
  assert.equal(quote(x, 'total commitment').speaker?.name, 'Rui Manuel Cardoso');
  assert.equal(quote(x, 'total commitment').date, '2025-07-20');
});

// https://www.sacbee.com (State of the State reactions: "Senate President pro Tem Kenneth Hua said …").
test('"Senate President pro Tem Kenneth Hua": "Tem" is part of the office, not of the name', () => {
  const x = extract(['Senate President pro Tem Kenneth Hoa said he was "ready to partner with the governor".'], '2025-01-10');
  assert.equal(quote(x, 'ready to partner').speaker?.name, 'Kenneth Hoa');
});

// https://www.thisdaylive.com (ministerial screenings: "Senator X asked her how she would stop … ¶ “…,” she replied."):
// the one asked answers, never the asker.
test('"X asked her how she would …" — "she replied" is not the senator who asked', () => {
  const x = extract(
    [
      'Ms Halima Garba, the nominee for health, told senators she would "fix the hospitals first".',
      'Senator Chukwuma Obi asked her how she would stop the migration of doctors abroad.',
      '"We cannot stop people from leaving by shouting at them," she replied.',
    ],
    '2025-10-30',
  );
  assert.equal(quote(x, 'shouting at them').speaker?.name, 'Halima Garba');
});

// https://www.thisdaylive.com (Nigerian papers print where a story was filed in the byline: "By Emeka Chidozie in Abuja").
test('a byline that says where the story was filed ("By X in Abuja") is its dateline', () => {
  const x = extract(
    [
      'By Emeka Chukwu in Abuja',
      'The Senate on Tuesday screened five of the seven ministerial nominees.',
      '"I have nothing to hide," the nominee, Musa Bello, told senators.',
    ],
    '2025-07-30',
  );
  assert.equal(quote(x, 'nothing to hide').place?.name, 'Abuja');
  assert.equal(quote(x, 'nothing to hide').date, '2025-07-29');
});

// https://www.skysports.com (Ashes reports: "… on day two of the second Ashes Test at the Gabba"): a match's ground,
// named after the match, is a venue whatever its last word.
test('"the second Ashes Test at the Gabba" is a ground', () => {
  const x = extract(
    [
      'Liam Kessel says he stopped worrying about the pink ball long ago, after he tore through England on day two of the second Ashes Test at the Gabba.',
      '"Under the lights it just does enough," Kessel said.',
    ],
    '2025-12-05',
  );
  assert.equal(quote(x, 'just does enough').place?.name, 'Gabba');
});

// https://www.france24.com (verdicts: "“…,” she told the defendant, who stood motionless in the glass dock."): words told
// the defendant, a witness or the players are said in the room, not elsewhere.
test('"she told the defendant" is said in the courtroom', () => {
  const x = extract(
    [
      'Paris (AFP) – A Paris court on Thursday sentenced a former bodyguard to 25 years after a trial before the assize court, which sits in the historic Palais de Justice.',
      'Reading out the verdict, presiding judge Claire Vassal said the court had found "no trace of fear" in the footage.',
      '"You did not defend yourself, Mr Moreau," she told the defendant, who stood motionless in the glass dock.',
    ],
    '2025-10-16',
  );
  assert.notEqual(quote(x, 'did not defend yourself').place, null);
});

// https://la100.cienradios.com (a signing's presentation "in the auditorium of the Metropolitano"): a part of a
// building, then the building by its name alone; not "the gate of the Assembly complex".
test('"in the auditorium of the Metropolitano" is at the Metropolitano', () => {
  const x = extract(
    [
      'The 24-year-old walked out to applause from 200 guests in the auditorium of the Metropolitano, where club president Andrés Cuevas introduced him.',
      '"He runs, he fights, and he does not hide," Cuevas said.',
    ],
    '2025-08-05',
  );
  assert.equal(quote(x, 'does not hide').place?.name, 'Metropolitano');
});

// https://apnews.com (Michoacán coverage: "State prosecutor Héctor X said in a video message Monday that …").
test('"State prosecutor X said", "Democratic lawmaker X said": a lower-case role after a capitalised word leads the sayer', () => {
  const x = extract(
    [
      'State prosecutor Héctor Galindo said in a video message Monday that investigators had identified the gunman.',
      'Democratic lawmaker Ruth Adler said the budget was "a hollow promise".',
    ],
    '2025-06-17',
  );
  assert.equal(x.entries.find((e) => !e.quote && /identified the gunman/.test(e.text))?.speaker?.name, 'Héctor Galindo');
  assert.equal(quote(x, 'hollow promise').speaker?.name, 'Ruth Adler');
});

// https://www.azatutyun.am (RFE/RL Armenia: "X of the Hayastan bloc told reporters at the National Assembly …").
test('"Gohar Danielyan of the Hayastan bloc told reporters" speaks', () => {
  const x = extract(
    [
      'Gohar Danielyan of the Hayastan bloc told reporters at the National Assembly on Friday that the prime minister was "playing with fire".',
    ],
    '2025-06-28',
  );
  assert.equal(quote(x, 'playing with fire').speaker?.name, 'Gohar Danielyan');
});

// https://www.reuters.com (Kinshasa results coverage: "Abbé X, secretary-general of the bishops' conference, …"),
// https://www.egypttoday.com ("Minister of Water Resources and Irrigation X said …"), https://www.oilprice.com
// ("Operator Equinor said …"), https://chicago.suntimes.com ("Board of Education President X told WBEZ …").
test('titles and descriptions before a name are not the name: Abbé, a portfolio after "and", a firm\'s kind, a board\'s president', () => {
  const x = extract(
    [
      'Abbé Gérard Kasongo, secretary-general of the bishops\' conference, told reporters the count would be published "once it is verified".',
      'Minister of Water Resources and Irrigation Tarek Halawa said the dam was "a question of survival" for the delta.',
      'Operator Norvik said output at the field had stopped. "We are monitoring the strike closely," the company said.',
      'Board of Education President Renée Caldwell told WBEZ on Friday that she was "cautiously hopeful" about a deal.',
    ],
    '2025-06-20',
  );
  assert.equal(quote(x, 'once it is verified').speaker?.name, 'Gérard Kasongo');
  assert.equal(quote(x, 'question of survival').speaker?.name, 'Tarek Halawa');
  assert.equal(quote(x, 'monitoring the strike').speaker?.name, 'Norvik');
  assert.equal(quote(x, 'cautiously hopeful').speaker?.name, 'Renée Caldwell');
});

// https://apnews.com (Thai–Cambodian border briefings: "Lt. Gen. X", "Maj. Gen. Y"): an abbreviated rank is no one's name.
test('"Lt. Gen. X" then "Maj. Gen. Y … He said": "Gen." is a rank, not a person "he" could be', () => {
  const x = extract(
    [
      'Lt. Gen. Chea Sothea told a news conference on Saturday that the other side had fired first.',
      'A few hours later, army spokesman Maj. Gen. Prawit Chaiyot gave a very different account. He said his units had responded "in strict self-defence."',
    ],
    '2026-02-08',
  );
  assert.equal(quote(x, 'strict self-defence').speaker?.name, 'Prawit Chaiyot');
  assert.ok(!x.newPeople.some((p) => p.name === 'Gen'));
});

// https://www.reuters.com (Istanbul protests: a protester who "declined to give her surname").
test('one name with an age after it is a person: "Zeynep, a 21-year-old student" is the "she" who speaks next', () => {
  const x = extract(
    [
      "The mayor's lawyer, Deniz Arslan, told reporters the defence would appeal.",
      'Among the protesters was Zeynep, a 21-year-old engineering student who declined to give her surname.',
      '"I was eleven when he was first elected," she said as riot police lined up across the street.',
    ],
    '2026-03-23',
  );
  assert.equal(quote(x, 'I was eleven').speaker?.name, 'Zeynep');
});

// https://www.telegraphindia.com (a hospital queue: a patient's relative named at a paragraph's end, then his words).
test('the name that ends a paragraph is the "he" of a quotation opening the next, not someone named before', () => {
  const x = extract(
    [
      'Health secretary Arindam Roy said the hospital was coping.',
      'Outside the emergency building the queue stretched past the gate on Wednesday. Rafiqul Mondal had brought his father from Canning at dawn.',
      '“The senior doctors are there, but the line does not move,” he said.',
    ],
    '2025-08-20',
  );
  assert.equal(quote(x, 'line does not move').speaker?.name, 'Rafiqul Mondal');
});

// https://www.mbl.is (Grindavík coverage: a resident "who waited outside the briefing", then his words to the paper).
test('"X, a fisherman who …": an occupation in apposition makes a person', () => {
  const x = extract(
    [
      'Police chief Hildur Jónsdóttir said the lava flow had slowed.',
      'Einar Guðnason, a fisherman who moved back into his house last autumn, was among residents who waited outside.',
      '“I have been evacuated five times now,” he says.',
    ],
    '2025-02-12',
  );
  assert.equal(quote(x, 'evacuated five times').speaker?.name, 'Einar Guðnason');
});

// https://www.ruv.is ("HS Orka said in a statement …"), https://www.heraldscotland.com ("a Scottish Government
// spokesman said …, which he described as …").
test('a body with letters before its name, and a body speaking through an unnamed spokesman', () => {
  const x = extract(
    [
      'HS Veitur said in a statement on Tuesday that the plant was "operating normally".',
      'Aileen Reid used her question to press the First Minister on fuel poverty.',
      'After the session, a Scottish Government spokesman said there were no plans to change the target, which he described as "the right standard for patients."',
    ],
    '2025-02-12',
  );
  assert.equal(quote(x, 'operating normally').speaker?.name, 'HS Veitur');
  assert.equal(quote(x, 'right standard for patients').speaker?.name, 'Scottish Government');
});

// https://www.cbc.ca (Jasper wildfire: "… the wildfire that tore into Jasper on Wednesday evening …, but officials
// still could not say Friday how many homes were lost"): the story is told on the day of the saying.
test("\"officials still could not say Friday\": the opening's day is the saying's, not the event's", () => {
  const x = extract(
    [
      'HINTON, Alta. — Parks Canada says crews kept the wildfire that tore into Jasper on Wednesday evening away from the hospital, but officials still could not say Friday how many homes were lost.',
      '"We will not put out a number until we are sure of it," Martine Leduc, the incident commander, told a news conference in Hinton.',
    ],
    '2024-07-26',
  );
  assert.equal(quote(x, 'not put out a number').date, '2024-07-26');
});

// https://chicago.suntimes.com ("Mayor X, a former teacher who was backed by the union when he ran, said Friday …").
test('a "he" inside a relative clause is not the subject: "Hayes, … who was backed by the CTU when he ran for mayor, said Friday"', () => {
  const x = extract(
    [
      'The Chicago Teachers Union announced Thursday night that members had voted to authorize a strike, putting pressure on Mayor Darnell Hughes.',
      'Hughes, a former teacher who was backed by the union when he ran for mayor, said Friday that he still believed a deal could be reached.',
      '"A deal is within reach," Hughes told reporters after an unrelated event.',
    ],
    '2025-10-17',
  );
  const reported = x.entries.find((e) => !e.quote && /still believed a deal/.test(e.text));
  assert.equal(reported?.speaker?.name, 'Darnell Hughes');
  assert.equal(quote(x, 'within reach').date, '2025-10-17');
});

// https://www.bbc.co.uk/news/live (FMQs live pages: "At First Minister's Questions on Thursday, X told MSPs …").
test('"At First Minister\'s Questions on Thursday": the sitting names its chamber, and what others did elsewhere does not move it', () => {
  const x = extract(
    [
      'Scottish Labour leader Kirsty Mallon has accused the First Minister of "giving up" on accident and emergency departments.',
      "At First Minister's Questions on Thursday, Ms Mallon told MSPs that the target had not been met for four years.",
      'Ms Mallon then raised the case of a 79-year-old woman from Kirkcaldy who she said had waited 14 hours on a trolley at the Victoria Hospital.',
      '"That is somebody\'s mother, lying in a corridor," she said.',
      'Scottish Conservative leader Graeme Dunn turned to the ferries being built at the Ferguson Marine yard in Port Glasgow.',
      '"Every promise about these ferries has been broken," Mr Dunn said.',
    ],
    '2025-11-20',
  );
  for (const words of ['giving up', "somebody's mother", 'Every promise']) assert.equal(quote(x, words).place?.name, 'Holyrood', words);
});

// https://www.dw.com (Hamburg port strikes: "Container handling at the Port of Hamburg … came to a halt on Wednesday").
test('"at the Port of Hamburg" is in Hamburg, and sets the opening\'s scene', () => {
  const x = extract(
    [
      'Container handling at the Port of Hamburg largely came to a halt on Wednesday as dockworkers stayed off the job.',
      "Union negotiator Sabine Kroll told the rally outside the association's building that there was no other option.",
      '"For three rounds we have sat at the table," Kroll said.',
    ],
    '2025-06-18',
  );
  assert.equal(quote(x, 'three rounds').place?.name, 'Hamburg');
});

// https://www.smh.com.au (bushfire royal commission live pages: "The hearings, in the commission's rooms in the
// Sydney CBD, are in their ninth day"), https://www.abc.net.au ("in central Sydney").
test("the story's occasion placed further down: the day's words told to the commission were said there", () => {
  const x = extract(
    [
      'A senior fire service officer has conceded that warnings were issued 90 minutes late, as the royal commission heard from the agency for the first time.',
      'Deputy Commissioner Greg Lawlor told the commission on Wednesday that radio relays had failed.',
      '"I am not going to sit here and tell you that the warnings went out when they should have," Lawlor said.',
      "The hearings, in the commission's rooms in the Sydney CBD, are in their ninth day.",
    ],
    '2025-03-13',
  );
  assert.equal(quote(x, 'not going to sit here').place?.name, 'Sydney');
  assert.equal(findPlace('The hearings are held in central Sydney.', gazetteerFor(knowledge), 'speech')?.name, 'Sydney');
});

// https://chicago.suntimes.com ("Parents outside X high school on Friday morning were split." then a parent's words),
// https://www.telegraphindia.com (a hospital queue "on Wednesday morning", then a patient's relative's words).
test('a scene the text dates, with no words of its own, dates the quotation that opens the next paragraph', () => {
  const x = extract(
    [
      'Chicago Teachers Union members voted to authorize a strike, the union announced Thursday night.',
      'Parents outside Whitney M. Young Magnet High School on Friday morning were split.',
      '"I support the teachers, I do. But I work nights," said LaToya Brand, whose daughter is a freshman.',
    ],
    '2025-10-17',
  );
  assert.equal(quote(x, 'I support the teachers').date, '2025-10-17');
});

// https://www.bbc.co.uk/sport ("… gave Dundee a 2-1 win on Saturday. … Speaking in the tunnel after the match, …").
test('a result names its match: "after the match" is the day of "a 2-1 win on Saturday"', () => {
  const x = extract(
    [
      'Stuart McAndrew has warned his players that sympathy will count for nothing when Hearts arrive on Sunday.',
      'A stoppage-time penalty gave Dundee a 2-1 win on Saturday and left his side eighth.',
      'Speaking to reporters after the match, McAndrew said he had been given "no explanation" for the decision.',
    ],
    '2025-10-24',
  );
  assert.equal(quote(x, 'no explanation').date, '2025-10-18');
});

// https://www.telegraphindia.com ("… met the chief secretary at Nabanna, the state secretariat in Howrah, …").
test('"at Nabanna, the state secretariat in Howrah": a name the text describes as a building is a venue, named again later', () => {
  const x = extract(
    [
      'A delegation of junior doctors met chief secretary Prasanta Lahari at Nabanna, the state secretariat in Howrah, on Tuesday afternoon.',
      'Lahari, who briefed reporters at Nabanna after the meeting, said the government had accepted "most of the substance" of the demands.',
    ],
    '2025-08-20',
  );
  assert.equal(quote(x, 'most of the substance').place?.name, 'Nabanna');
});

// https://apnews.com ("A few hours later in Bangkok, [a spokesman] gave a very different account. He said …").
test('a name after a fronted place is the "he" of the next sentence, not the person named before it', () => {
  const x = extract(
    [
      "Cambodia's defence spokesperson Chea Sothea said Thai forces had fired first.",
      'In Bangkok, Prawit Chaiyot gave a very different account. He said Thai units had responded "in strict self-defence."',
    ],
    '2026-02-08',
  );
  assert.equal(quote(x, 'strict self-defence').speaker?.name, 'Prawit Chaiyot');
});

// https://www.politico.eu (a late-evening debate, then a campaign's post "shortly after midnight").
test('"shortly after midnight" after an evening the text dated is the next day', () => {
  const x = extract(
    [
      'The two candidates met on Friday night in a televised debate at the TVP studios in Warsaw.',
      'The campaign\'s spokesman, Tomasz Gajewski, wrote on X shortly after midnight that his rival had "run away from the journalists".',
    ],
    '2025-05-24',
  );
  assert.equal(quote(x, 'run away from the journalists').date, '2025-05-24');
});

// https://www.reuters.com (Istanbul protests: "Republican People's Party (CHP) leader X said …").
test('a body\'s letters in brackets before a role: "Republican People\'s Party (CHP) leader X said" reports X', () => {
  const x = extract(["Republican People's Party (CHP) leader Erdem Kocaman said the party would not leave the square."], '2026-03-23');
  assert.equal(x.entries.find((e) => !e.quote && /would not leave the square/.test(e.text))?.speaker?.name, 'Erdem Kocaman');
});

// https://www.espn.com (a coach "rated X as 'one of the best three fly-halves in the world'"): whom a verb rates is not
// who speaks.
test('"he rated Munro as “…”": the one rated is not the sayer', () => {
  const x = extract(
    [
      "Gregor Lindsey has recalled Ewan Munro at fly-half for Scotland's quarter-final against Argentina on Saturday.",
      'The Argentina coach told ESPN earlier in the week that he rated Munro as "one of the best three fly-halves in the world," and he declined on Thursday to say whether the Scot\'s return changed his plans.',
    ],
    '2025-10-17',
  );
  assert.notEqual(quote(x, 'best three fly-halves').speaker?.name, 'Ewan Munro');
});

// https://www.fool.com (earnings-call transcripts: "Analyst Name, Firm: question"), then the analyst's words elsewhere.
test('a transcript line with the speaker\'s firm ("Dev Malhotra, Greystone Research: …") names the speaker', () => {
  const x = extract(
    [
      'Andrea Kovacs, Merrow & Finch: So what changes now?',
      'Dev Malhotra, Greystone Research: Oliver, does the 2026 margin target still stand?',
      'Kovacs wrote in a note after the call that the rollback was "the right medicine".',
      'Malhotra was blunter. "The guidance cut was expected; the tone was not," he said in an interview.',
    ],
    '2025-10-23',
  );
  assert.equal(quote(x, 'guidance cut was expected').speaker?.name, 'Dev Malhotra');
});

// https://www.irishtimes.com ("… was responding during Leaders' Questions to the Sinn Féin leader, X, who said the
// Government had “run out of road” on housing").
test('a quotation in a relative clause ("…, X, who said … “…”") is the words of the one "who" stands for', () => {
  const x = extract(
    [
      'The Taoiseach, Declan Moran, rejected claims that the housing plan had stalled.',
      "Mr Moran was responding during Leaders' Questions on Tuesday to the Sinn Féin leader, Clodagh Breen, who said the Government had “run out of road” on housing.",
    ],
    '2025-06-11',
  );
  assert.equal(quote(x, 'run out of road').speaker?.name, 'Clodagh Breen');
});

// https://www.cbc.ca (leaders' debate coverage: "Moderator X had to ask him twice …", then the candidate's words).
test('"Moderator X had to ask him twice …. “…,” he said": the moderator is a role, and the one asked answers', () => {
  const x = extract(
    [
      'Conservative leader Daniel Thibault faced questions about his French.',
      'Moderator Hélène Carron had to ask him twice on Wednesday to clarify an answer on immigration levels.',
      '"My French is not perfect. My record on Quebec is," he said Friday.',
    ],
    '2025-04-19',
  );
  assert.equal(quote(x, 'My French is not perfect').speaker?.name, 'Daniel Thibault');
  assert.ok(!x.newPeople.some((p) => p.name.startsWith('Moderator')));
});

// https://www.bbc.co.uk/news/live (FMQs: "The First Minister replied that staff were working “under enormous pressure”"),
// https://www.thehindu.com ("… a direct reply to Mr. X, who on Monday told a public meeting … that the State was “…”").
test('a capitalised office names the article\'s holder ("The First Minister replied"), and "who on Monday told" the one it stands for', () => {
  const x = extract(
    [
      'Labour leader Kirsty Mallon accused First Minister Fiona Gilmour of "giving up" on patients.',
      'The First Minister replied that staff were working "under enormous pressure" this winter.',
      'The Minister for Housing, James Hallinan, had defended the figures on Monday, telling reporters that the rise was driven by the end of emergency accommodation.',
      'Her remarks were a direct reply to Mr. Thomas Kuruvilla, who on Monday told a public meeting in Pala that the State was "one bad monsoon away from bankruptcy".',
    ],
    '2025-11-20',
  );
  assert.equal(quote(x, 'under enormous pressure').speaker?.name, 'Fiona Gilmour');
  assert.equal(x.entries.find((e) => !e.quote && /defended the figures/.test(e.text))?.speaker?.name, 'James Hallinan');
  assert.equal(quote(x, 'one bad monsoon').speaker?.name, 'Thomas Kuruvilla');
});

// https://www.irishexaminer.com/breakingnews/ireland/latest-coveney-says-government-should-tone-down-rhetoric-and-get-on-with-the-job-851937.html
// ("Tánaiste Simon Coveney has said …": Ireland's deputy prime minister's title, then the name).
test('"Tánaiste X told RTÉ …": the Irish office is a title, not part of the name', () => {
  const x = extract(
    [
      'Tánaiste Orla Brennock told RTÉ radio on Monday that the late senator had "changed how this country thought about money".',
      '"She never asked anyone to like it," Ms Brennock said.',
    ],
    '2025-03-11',
  );
  assert.equal(quote(x, 'changed how this country').speaker?.name, 'Orla Brennock');
  assert.ok(!x.newPeople.some((p) => p.name.startsWith('Tánaiste')));
});

// http://www.ecns.cn/news/politics/2026-02-24/detail-ihfactzx0554762.shtml ("… a policy speech by Takaichi, in which
// she said …": the piece's author is the "she" of its relative clause).
test('"an article by the home secretary, X, …, in which she said “…”": the author, not the last woman quoted', () => {
  const x = extract(
    [
      'Shadow minister Carys Dunmore said on Sunday that the plan was "a gimmick".',
      'The row followed an article by the home secretary, Imogen Rawle, published on Saturday, in which she said the camps were "a stopgap, not a solution".',
    ],
    '2025-11-16',
  );
  assert.equal(quote(x, 'a stopgap, not a solution').speaker?.name, 'Imogen Rawle');
});

// https://www.tasnimnews.com/en/news/2025/11/17/3449807/china-premier-won-t-meet-japan-pm-at-g20-says-chinese-foreign-ministry
// (a spokesperson repeats a demand that Japan retract "wrongful" remarks; the minister's words to parliament are told after).
test('"X repeated the demand that Tokyo “…” after minister Y told parliament": the words are the main clause\'s', () => {
  const x = extract(
    [
      'Foreign ministry spokeswoman Liu Meiqi fielded questions at the regular briefing in Beijing on Tuesday.',
      'On Japan, Liu repeated Beijing\'s demand that Tokyo "withdraw its mistaken words" after Japanese Defence Minister Haruto Ikeda told parliament last week that a crisis over Taiwan could threaten Japan.',
      '"The Taiwan question is for the Chinese people alone to settle," she said.',
    ],
    '2025-11-18',
  );
  assert.equal(quote(x, 'withdraw its mistaken words').speaker?.name, 'Liu Meiqi');
  assert.equal(quote(x, 'for the Chinese people alone').speaker?.name, 'Liu Meiqi');
});

// https://www.theguardian.com/uk/2010/jan/13/chilcot-panel-iraq-inquiry ("… another panel member, Sir Lawrence Freedman,
// …": a description set off by commas that ends on the name is the name's apposition).
test('"the chair of the inquiry, the retired judge Sir X, intervened …. ¶ “…,” he said": the chair, named in apposition', () => {
  const x = extract(
    [
      'Giving evidence to the inquiry in Exeter on Wednesday, Joanna Pellow said nothing about the reservoir had reached her desk.',
      'She was questioned for four hours by counsel to the inquiry, Rupert Dallow KC, who took her through dozens of emails.',
      '"Your name is on that email. Are you telling the inquiry you did not read it?" Dallow asked.',
      '"I have no memory of reading it," she replied.',
      'Dallow suggested the board had cared more about dividends than pipes. Pellow rejected that.',
      'At one point the chair of the inquiry, the retired judge Sir Alan Weatherby, intervened to ask her to answer the question she had been asked.',
      '"Ms Pellow, we will finish a great deal sooner if you answer the questions as they are put," he said.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'we will finish a great deal sooner').speaker?.name, 'Alan Weatherby');
});

// https://www.channelnewsasia.com/world/colombian-presidential-candidates-condition-grave-after-assassination-attempt-5170591
// (rivals visit the hospital the day after the shooting and speak to journalists; their words follow in the next paragraph).
test('"X visited the hospital on Sunday afternoon and spoke briefly to journalists. ¶ “…,” X said": said on Sunday', () => {
  const x = extract(
    [
      'A presidential candidate shot at a rally on Saturday remained in critical condition on Monday, doctors said.',
      'Rival candidate Elena Quispe visited the hospital on Sunday afternoon and spoke briefly to journalists at the entrance.',
      '"Today there is no campaign. There is a man fighting for his life," Quispe said.',
      'Conservative candidate Julio Arce, speaking to the radio station RPP on Sunday, blamed the government for the violence.',
      '"I warned in August that this city had no law," Arce said.',
    ],
    '2025-10-13',
  );
  assert.equal(quote(x, 'Today there is no campaign').date, '2025-10-12');
  assert.equal(quote(x, 'I warned in August').date, '2025-10-12');
});

// https://newsable.asianetnews.com/india/odisha-train-accident-technical-failure-caused-crash-mos-railways-raosaheb-patil-danve-rvnwza
// ("Union Minister of State for Railways Raosaheb Patil Danve"), https://www.siasat.com/odisha-train-tragedy-union-railway-min-vaishnaw-reaches-spot-2605390/
// (the minister speaks to reporters at the accident spot).
test('"Union Minister of State for Railways X Y Z … told reporters at Jujumura": the name after the portfolio, the village', () => {
  const x = extract(
    [
      'Union Minister of State for Railways Harish Chandra Behera reached the site around noon and inspected the restoration work.',
      '"Our first duty is to the injured and to the families of those who died," Behera told reporters at Rengali.',
    ],
    '2025-11-04',
  );
  const q = quote(x, 'Our first duty is to the injured');
  assert.equal(q.speaker?.name, 'Harish Chandra Behera');
  assert.equal(q.place?.name, 'Rengali');
});

// https://www.legit.ng/politics/1648162-breaking-edo-tribunal-delivers-judgment-sult-seeking-nullify-gov-okpebholos-election/
// ("… refused to nullify the election of Governor Monday Okpebholo": a weekday is a Nigerian first name).
test('"Governor Monday X": after a title, a weekday that a surname follows is a first name', () => {
  const x = extract(
    [
      'The tribunal on Wednesday affirmed the election of Governor Sunday Okoduwa of the All Progressives Congress.',
      '"This victory belongs to every voter who stood in the sun," the governor said in a statement.',
    ],
    '2025-04-03',
  );
  assert.ok(x.newPeople.some((p) => p.name === 'Sunday Okoduwa'));
  assert.equal(quote(x, 'This victory belongs').speaker?.name, 'Sunday Okoduwa');
});

// https://www.joe.ie/news/queen-dead-ireland-754984 ("President Michael D. Higgins has led tributes … “…,” the President
// said": Irish copy capitalises the office when it stands for its holder).
test('"President X said in a statement …. ¶ “…,” the President said": the capitalised office is its holder', () => {
  const x = extract(
    [
      'In a statement on Monday, President Nuala Tierney said the former taoiseach had brought "a teacher\'s patience" to government.',
      '"Ireland has lost one of the quiet builders of its democracy," the President said.',
    ],
    '2025-03-11',
  );
  assert.equal(quote(x, 'quiet builders').speaker?.name, 'Nuala Tierney');
});

// https://mteveresttoday.com/manaslu-avalanche-injured-climbers-rescued/ ("District Police Office Gorkha Deputy
// Superintendent of Police Leelaraj Lamichhane informed …": the office's body, then a name of three words).
test('"Deputy Superintendent of Police Bhim Bahadur Thapa said": the whole name after the office\'s body', () => {
  const x = extract(
    ['"The weather opened for two hours," Deputy Superintendent of Police Ram Bahadur Karki said by telephone.'],
    '2025-10-02',
  );
  assert.equal(quote(x, 'The weather opened').speaker?.name, 'Ram Bahadur Karki');
});

// https://www.catholicbishops.ie/2017/02/24/homily-of-archbishop-diarmuid-martin-at-funeral-mass-of-the-late-cardinal-desmond-connell-rip/
// ("Most Rev. Diarmuid Martin, Archbishop of Dublin"; Irish and British copy also write "Most Rev" without the stop),
// https://www.irishtimes.com/news/social-affairs/religion-and-beliefs/cardinal-desmond-connell-s-removal-takes-place-in-dublin-1.2987158
// ("received at St Mary’s Pro-Cathedral": a head word after a hyphen).
test('"the Archbishop of Dublin, Most Rev X, said in his homily" at St Mary\'s Pro-Cathedral: "Rev" is a title', () => {
  const x = extract(
    [
      "The funeral Mass at St Mary's Pro-Cathedral on Saturday was attended by the President and the Taoiseach.",
      'The Archbishop of Dublin, Most Rev Colm Farrelly, said in his homily that she had built peace "in small rooms, not in headlines".',
    ],
    '2025-11-23',
  );
  const q = quote(x, 'in small rooms');
  assert.equal(q.speaker?.name, 'Colm Farrelly');
  assert.equal(q.place?.name, "St Mary's Pro-Cathedral");
});

// http://www.pressreader.com/new-zealand/the-press/20180713/281539406724792 (a World Cup semi-final report: the event's
// name in the lede, then "…, a result their captain called “…”").
test('"a Women\'s Rugby World Cup final …, a result their captain called “…”": an event\'s name is no one who speaks', () => {
  const x = extract(
    [
      'Canada are into a Women\'s Rugby World Cup final for the first time after a 31-19 win over New Zealand on Friday night, a result their captain called the product of "three years of being told we were nearly there".',
    ],
    '2025-09-27',
  );
  assert.notEqual(quote(x, 'three years of being told').speaker?.name, 'Rugby World Cup');
  assert.ok(!x.newPeople.some((p) => /Cup$/.test(p.name)));
});

// https://www.nasdaq.com/articles/brazils-lula-optimistic-that-lower-house-will-pass-tax-reform (a lower house's vote on a
// bill, then its speaker's words to reporters "after the vote").
test('"The bill, which passed 267 to 116 late on Thursday" … "told reporters after the vote": said on the vote\'s day', () => {
  const x = extract(
    [
      'BRASILIA, July 18 (Reuters) - Brazilian President Otavio Brandao said on Friday he would veto parts of a licensing bill.',
      'The bill, which passed 267 to 116 late on Thursday, would let mid-sized projects license themselves online.',
      'Lower house Speaker Renato Lins told reporters in Brasilia after the vote that the chamber would "not be intimidated" by pressure from abroad.',
    ],
    '2025-07-18',
  );
  assert.equal(quote(x, 'not be intimidated').date, '2025-07-17');
});

// https://vietnamnews.vn/society/1666288/real-estate-tycoon-appeals-death-sentence.html (a city people's court sentences a
// tycoon; the presiding judge's words as he reads the verdict).
test('"The HCMC People\'s Court on Thursday sentenced …. “…,” Duc said as he read the verdict": said in that court', () => {
  const x = extract(
    [
      "The HCMC People's Court on Thursday sentenced property developer Le Thi Thu to life in prison for defrauding bondholders.",
      '"The bondholders were not investors taking a risk; they were victims of a deception," presiding judge Vo Van Duc said as he read the verdict.',
    ],
    '2025-06-13',
  );
  assert.equal(quote(x, 'victims of a deception').place?.name, "HCMC People's Court");
});

// https://swalanyeti.co.ke/news/article/8135/mike-sonko-16-other-accused-walk-free-in-sh357-million-graft-case (supporters
// fill the court's corridors; the prosecutors' statement is read out, written elsewhere).
test('"Supporters who had filled the corridors of the Milimani Law Courts": the court; "“…,” the statement read": no place', () => {
  const x = extract(
    [
      'A former cabinet secretary walked free on Wednesday after a Nairobi magistrate acquitted him in a fertiliser tender case.',
      '"Suspicion, however strong, cannot take the place of evidence," Chief Magistrate Wanjiku Muriuki said as she read the judgment to a packed courtroom.',
      'Supporters who had filled the corridors of the Milimani Law Courts since morning broke into song as he emerged.',
      'In a statement on Wednesday evening, the Office of the Director of Public Prosecutions said it would study the ruling.',
      '"The ODPP will review the judgment in full," the statement read.',
    ],
    '2025-10-16',
  );
  assert.equal(quote(x, 'Suspicion, however strong').place?.name, 'Milimani Law Courts');
  assert.equal(quote(x, 'The ODPP will review').place, null);
});

// http://www.missourinet.com/2012/01/18/house-senate-leadership-reacts-to-governors-speech-audio/ (a state outlet's budget
// speech story: "the state Capitol" with no state named near it; the outlet is the state's own).
test('a state outlet ("Pennsylvania Capital-Star") on "the House chamber of the state Capitol": that state\'s Capitol', () => {
  const x = extract(
    [
      'Gov. Ray Linden asked a divided General Assembly on Tuesday to approve a $52.8 billion spending plan.',
      'Speaking to a joint session in the House chamber of the state Capitol, the Democrat said the commonwealth could no longer "patch the same hole every June".',
      '"A child in Reading and a child in Lower Merion are both Pennsylvanians," Linden told lawmakers.',
    ],
    '2025-02-04',
    'Linden asks for transit money in budget address',
    'Pennsylvania Capital-Star',
  );
  assert.equal(quote(x, 'patch the same hole').place?.name, 'Pennsylvania State Capitol');
});

// https://www.bbc.co.uk/sport/golf (Solheim Cup eve: "… win the Solheim Cup on home soil at Finca Cortesin in Spain";
// the captains' news conference "at the course"): a ground in a country, then called "the course".
test('"… on home soil at Bernardus in the Netherlands" … "at the captains\' news conference at the course": Bernardus', () => {
  const x = extract(
    [
      'Europe captain Ingrid Sandell says she has "no fear at all" about sending two rookies out in Friday\'s opening foursomes as her side try to win the Solheim Cup on home soil at Bernardus in the Netherlands.',
      "Sandell announced her pairings at the captains' news conference at the course on Thursday afternoon.",
      '"I was not going to make her wait another day," Sandell said.',
    ],
    '2026-09-10',
  );
  assert.equal(quote(x, 'make her wait another day').place?.name, 'Bernardus');
});

// https://arc-dev.theglobeandmail.com/world/article-lebanons-hezbollah-launches-drones-squadron-towards-israeli-military
// (a strike report under a dateline in capitals with no country or agency after it; the opening names the town again).
test('"BINT JBEIL — … on the road between Bint Jbeil and Aynata": a dateline town the opening names again', () => {
  const x = extract(
    [
      'BINT JBEIL — Two men were killed Thursday morning when a drone struck their car on the road between Bint Jbeil and Aynata.',
      '"I knew both of them since they were boys," said Hussein Fawaz, who runs a bakery on the main square.',
    ],
    '2025-11-20',
  );
  assert.equal(quote(x, 'I knew both of them').place?.name, 'Bint Jbeil');
});

test('"BREAKING — …": a word a paper puts in capitals before a dash is no dateline', () => {
  const x = extract(
    ['BREAKING — The Breaking Point café closed on Monday, its owner Dana Lowe said.', '"We are done," Lowe said.'],
    '2025-11-20',
  );
  assert.notEqual(quote(x, 'We are done').place?.name, 'Breaking');
});

// https://theasialive.com/15-dead-dozens-missing-after-passenger-ferry-with-over-350-aboard-sinks-off-southern-philippines/2026/01/26
// (a coast guard's briefings on a ferry sinking; Philippine copy names cities "X City", GeoNames "X"),
// https://www.vietmaz.com/2021/07/nguyen-xuan-phuc-re-elected-as-state-president-swore-to-realise-comprehensive-development/
// (deputies named with the city they are from).
test('"BATANGAS CITY —" and "in Batangas City": the gazetteer\'s Batangas; "Deputy X from Cần Thơ City said": not where', () => {
  const x = extract(
    [
      'BATANGAS CITY — The coast guard on Wednesday widened its search for 11 passengers still missing from a sunken ferry.',
      '"We are now looking at a wider area because of the currents," Rear Adm. Jerome Salazar said at the daily briefing at the coast guard station in Batangas City.',
    ],
    '2025-08-20',
  );
  assert.equal(quote(x, 'wider area').place?.name, 'Batangas');
  const y = extract(
    ['Deputy Bui Quang Trung from Can Tho City said the vote reflected "high consensus" within the legislature.'],
    '2025-10-22',
  );
  assert.notEqual(quote(y, 'high consensus').place?.name, 'Cần Thơ');
});

// https://www.tes.com/news/watch-nicky-morgan-jeered-and-heckled-she-tells-teachers-stop-being-negative (a minister heckled at a
// teaching union's conference in a town, then the hall named: "in Harrogate", then "the
// main hall of the Harrogate Convention Centre").
test('"… at the union\'s conference in Harrogate on Saturday. ¶ … the main hall of the Harrogate Convention Centre": the venue', () => {
  const x = extract(
    [
      'The education secretary, Joanna Pendle, was heckled at the National Education Union’s annual conference in Harrogate on Saturday as she told teachers there was no more money for pay.',
      'Dozens of delegates turned their backs, and the noise in the main hall of the Harrogate Convention Centre at one point drowned her out completely.',
      '“I will not make promises to you that I cannot keep,” Pendle said.',
    ],
    '2025-04-19',
  );
  assert.equal(quote(x, 'I will not make promises').place?.name, 'Harrogate Convention Centre');
});

// https://www.theargus.co.uk/news/17853239.southern-water-apologises-another-sussex-sewage-spill/ ("Southern Water yesterday
// admitted …", then "The spokesman said: “…”": a water company's words given to its unnamed spokesperson).
test('"X Water said in a statement …. ¶ “…,” a spokesperson said": the body speaking again; "a spokesperson for Y": nobody', () => {
  const x = extract(
    [
      'South Hams Water said in a statement that it continued to cooperate fully with the inquiry.',
      '"We have apologised to our customers and we apologise again," a spokesperson said.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'we apologise again').speaker?.name, 'South Hams Water');
  const y = extract(
    [
      'South Hams Water said in a statement that it continued to cooperate fully with the inquiry.',
      '"The mayor has nothing to add," a spokesperson for Mayor Dana Whitby said.',
    ],
    '2025-06-12',
  );
  assert.notEqual(quote(y, 'nothing to add').speaker?.name, 'South Hams Water');
});

// https://swalanyeti.co.ke/news/article/8135/mike-sonko-16-other-accused-walk-free-in-sh357-million-graft-case (the
// prosecutors' office reacts in a statement: "the Office of the Director of Public Prosecutions (ODPP) said …").
test('"the Office of the Director of Public Prosecutions (ODPP) said": one body, not a person named "of Public Prosecutions"', () => {
  const x = extract(
    [
      'In a statement on Wednesday evening, the Office of the Director of Public Prosecutions (ODPP) said it would study the judgment before deciding on an appeal.',
    ],
    '2025-10-16',
  );
  assert.ok(!x.newPeople.some((p) => /^of /.test(p.name)));
  assert.equal(
    x.entries.find((e) => /would study the judgment/.test(e.text))?.speaker?.name,
    'Office of the Director of Public Prosecutions',
  );
});

// https://www.nationthailand.com/news/general/40059371 and
// https://www.standardmedia.co.ke/sports/western/2001372792/top-security-bosses-meet-in-malaba-over-truck-drivers-crisis and
// https://business-standard.com/india-news/assam-coal-mine-flood-rescue-operations-dead-125010700443_1.html (ranks written
// without full stops: "Maj Gen …", "Lt Gen …", "Capt …", "NDRF Assistant Commandant …").
test('ranks without full stops ("Lt Gen Sok Vanna", "Capt Peter Opio", "Assistant Commandant Ravi Das") are titles, not names', () => {
  const x = extract(
    [
      '"We will answer any attack on our soldiers," defence ministry spokesperson Lt Gen Sok Vanna told a news conference on Monday.',
      'At a security meeting on Monday, the district commissioner, Capt Peter Opio, warned the drivers.',
      '"Nobody will be allowed to block the highway," Capt Opio said.',
      'NDRF Assistant Commandant Ravi Das, who led the rescue team, said the water had to be pumped out first.',
      '"We brought the water down metre by metre," Das said.',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'answer any attack').speaker?.name, 'Sok Vanna');
  assert.equal(quote(x, 'block the highway').speaker?.name, 'Peter Opio');
  assert.equal(quote(x, 'metre by metre').speaker?.name, 'Ravi Das');
});

// https://www.bbc.co.uk/news/uk-england-37575634 (an inquest: "Senior coroner for Dorset X said she would …, which she
// described as “…”", after a paragraph about the woman who died).
test('"Senior coroner for Wiltshire Anna Pell said …, which she described as “…”": the coroner, not the woman before', () => {
  const x = extract(
    [
      'Mary Quill, 52, from Swindon, was struck by a falling branch while walking her dog on 3 May last year.',
      'Senior coroner for Wiltshire Anna Pell said she would write to the council about the warning signs, which she described as "far too small to read from the path".',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'far too small').speaker?.name, 'Anna Pell');
});

// https://www.southeastradio.ie/the-annual-asti-conference-is-continuing-in-wexford-this-afternoon/ (Irish copy places a
// speaker by town and county: "a teacher in Mallow, Co Cork, said").
test('"Nora Daly, a nurse in Fermoy, Co Cork, said": the county is a place, not the speaker', () => {
  const x = extract(
    ['Nora Daly, a nurse in Fermoy, Co Cork, said: "We are stretched beyond anything I have seen in twenty years."'],
    '2025-04-22',
  );
  assert.equal(quote(x, 'stretched beyond').speaker?.name, 'Nora Daly');
  assert.ok(!x.newPeople.some((p) => p.name === 'Co Cork'));
});

// https://koreajoongangdaily.joins.com/news/2025-05-02/national/socialAffairs/Govt-orders-SKT-to-notify-individual-users-whose-data-may-have-been-breached-/2298944
// (a firm's chief apologises "at the company's headquarters, X Tower", then the firm is named by its first word).
test('"… at the bank\'s headquarters, Mirae Tower in Jung District": a building is nobody, and never the firm that speaks', () => {
  const x = extract(
    [
      'Mirae Bank chief executive Park Ji-hoon bowed before cameras on Wednesday at the bank’s headquarters, Mirae Tower in Jung District.',
      'In a notice on its website Wednesday night, Mirae said it would "pay for any losses that customers suffer as a result of this incident."',
    ],
    '2025-05-08',
  );
  assert.ok(!x.newPeople.some((p) => p.name === 'Mirae Tower'));
  assert.notEqual(quote(x, 'pay for any losses').speaker?.name, 'Mirae Tower');
});

// https://300polityka.pl/en/live/2024-05-15 (a parliament's presiding officer named by a lower-case role: "Sejm deputy
// speaker X cut off Y's microphone …. “…,” she said"; after the vote, two MPs' posts in one sentence joined by "while").
test('"deputy speaker Elżbieta Nowak" is a person; "X posted that “…”, while Y wrote that “…”": each quote its own sayer', () => {
  const x = extract(
    [
      'Its MP Tomasz Wrona said his party would table amendments.',
      'At one point Sejm deputy speaker Elżbieta Nowak cut off Wrona’s microphone after he ran over his time. “Mr MP, this is not a television studio, please finish,” she said.',
      'After the vote, Wrona posted on X that his party would “never lend its hand to this”, while Jan Pawlak wrote that the government had “finally admitted we were right”.',
    ],
    '2025-05-17',
  );
  assert.equal(quote(x, 'not a television studio').speaker?.name, 'Elżbieta Nowak');
  assert.equal(quote(x, 'never lend its hand').speaker?.name, 'Tomasz Wrona');
  assert.equal(quote(x, 'finally admitted').speaker?.name, 'Jan Pawlak');
});

// https://www.elysee.fr/emmanuel-macron/2024/10/05/xixe-sommet-de-la-francophonie-deuxieme-journee-au-grand-palais (a
// summit opened "in the castle where King Francis I made French the language of law", then "“…,” he said").
test('"… in the castle where King Francis I made French …, Mercier had cast …. ¶ “…,” he said": not the king', () => {
  const x = extract(
    [
      'On Friday, opening the summit in the castle where King Francis I made French the language of law in 1539, Paul Mercier had cast the organisation as a forum for mediation.',
      '"The French language was born here as a language of the state. It must now be a language of peace," he said in his opening address.',
    ],
    '2024-10-05',
  );
  assert.equal(quote(x, 'language of peace').speaker?.name, 'Paul Mercier');
});

// https://usaviral247.com/australian-open-quick-hits-sabalenka-hates-her-team-as-keys-makes-good-abc-news (a tennis
// round-up: "X's run had caught the eye on Thursday, when she beat … and admitted she had been “…”").
test('"Varga\'s run had caught the eye on Thursday, when she … admitted she had been “…”": the one whose run it was', () => {
  const x = extract(
    [
      'Réka Szabo, 22, beat Darya Petrova in the final on Saturday.',
      'Petrova said she would take a week off.',
      'Szabo’s run had already caught the eye on Thursday, when she beat third seed Camila Duarte in the semi-finals and admitted she had been "shaking like a leaf" while serving for the match.',
    ],
    '2025-01-25',
  );
  assert.equal(quote(x, 'shaking like a leaf').speaker?.name, 'Réka Szabo');
  const y = extract(['Mayor Lena Ortiz’s spokesman, asked about the delay, said she would "answer in due course".'], '2025-01-25');
  assert.notEqual(quote(y, 'answer in due course').speaker?.name, 'Lena Ortiz');
});

// https://www.ekathimerini.com/news/202958/no-ferry-services-on-monday-or-tuesday-as-seamen-strike/ (a union named once
// in full with its Greek initials, "the Panhellenic Seamen's Federation (PNO)", then by the initials alone).
test('"a strike by the Panhellenic Seamen\'s Federation (PNO)" then "PNO said": the union by its full name', () => {
  const x = extract(
    [
      'Ferries stayed in port on Wednesday as a 24-hour strike by the Panhellenic Seamen’s Federation (PNO) halted services to the islands.',
      '"Tired crews are unsafe crews," PNO said in a statement on Wednesday.',
    ],
    '2025-05-21',
  );
  assert.equal(quote(x, 'Tired crews').speaker?.name, 'Panhellenic Seamen’s Federation');
  const y = extract(
    [
      'Water broke through a coal face at Bharat Coking Coal Ltd’s (BCCL) Gopalichuck colliery on Tuesday.',
      'BCCL, in a statement issued on Thursday, said the search would continue "with every resource we have."',
    ],
    '2025-08-14',
  );
  assert.equal(quote(y, 'every resource').speaker?.name, 'Bharat Coking Coal Ltd');
});

// https://www.bbc.co.uk/news/uk-england-37575634 (an inquest's report on its last day: "Geologist Dr X, who gave evidence
// on Tuesday, said …").
test('"Dr X, who gave evidence on Tuesday, said … “…”": said on the Tuesday, not the day of the report', () => {
  const x = extract(
    [
      'Recording a conclusion of accidental death at Swindon Town Hall on Wednesday, senior coroner Anna Pell said: "Nothing she did that afternoon was reckless."',
      'Geologist Dr Hannah Vale, who gave evidence on Tuesday, said a wet spring had left the cliff "particularly unstable" in the weeks before the fall.',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'particularly unstable').date, '2025-03-11');
  const y = extract(['Dr Hannah Vale, who moved to Dorset in 2019, said the cliff was "particularly unstable" this year.'], '2025-03-12');
  assert.equal(quote(y, 'particularly unstable').date, '2025-03-12');
});

// https://www.southeastradio.ie/the-annual-asti-conference-is-continuing-in-wexford-this-afternoon/ (a minister's speech
// to a union's convention on the day of the report, the union's own events of the night before between, then "Speaking
// to reporters after her address, the minister said …").
test('"Speaking to reporters after her address, Ms Tully said …": the day of her address, not the night before', () => {
  const x = extract(
    [
      'The education minister has appealed to teachers not to walk away from talks on exam reform, a day after the largest teachers’ union voted to ballot for strikes if the talks fail.',
      'Addressing the union’s annual convention in Killarney on Wednesday, Gráinne Tully said she would not pause the reforms.',
      '“I am not here to tell you that your concerns are imagined,” Ms Tully told the delegates.',
      'On Tuesday evening, delegates passed an emergency motion on the reforms.',
      'Announcing the result from the platform, union president Niall Brosnan described the motion as “clearly carried” and said teachers had run out of patience.',
      'In his presidential address in the same hall on Tuesday night, Mr Brosnan warned that schools lacked “the labs and the time”.',
      '“Every teacher in this room wants a better exam,” he said.',
      'Mr Brosnan, who teaches history in Tralee, is due to step down at the end of the convention.',
      'Speaking to reporters after her address, Ms Tully said she wanted the talks concluded by May.',
      'Asked whether a ballot would change her timetable, she said: “No. I would rather spend the next fortnight negotiating.”',
      'Earlier on Wednesday, in a radio interview, Ms Tully said guidance would be published “within weeks, not months”.',
    ],
    '2025-04-23',
    "Minister urges union to 'stay at the table' after delegates back strike ballot threat",
  );
  assert.equal(quote(x, 'fortnight negotiating').date, '2025-04-23');
});

// https://www.pitpass.com/79087/Sao-Paulo-Grand-Prix-Post-Race-press-conference (a race report: the day before told in a
// look back "after the sprint race"; then a rival "described the race as “a lottery”" and "“…,” the British driver told
// Sky Sports").
test('"… after the sprint race" the day before is not "the race"; "“…,” the British driver told Sky Sports" is the driver just named', () => {
  const x = extract(
    [
      'SAO PAULO (AP) — Jan Visser won the Sao Paulo Grand Prix by nearly 20 seconds Sunday.',
      'On Saturday evening, after the sprint race, Visser had been far less optimistic. "If it rains tomorrow then maybe we have a chance," he told reporters in the paddock.',
      'Harry Ashby, 24, described the race as "a lottery" after he lost ground when a safety car came out seconds after his pit stop.',
      '"We didn\'t have a ticket today. That\'s all there is to say about it," the British driver told Sky Sports.',
    ],
    '2024-11-04',
  );
  assert.equal(quote(x, 'a lottery').date, '2024-11-03');
  assert.equal(quote(x, 'have a ticket').speaker?.name, 'Harry Ashby');
});

// https://cnsmaryland.org/2024/10/01/baltimore-dockworkers-strike-over-contract-talks (a governor named, then "“…,” the
// Republican governor said").
test('"Gov. Mark Hale said …. ¶ “…,” the Republican governor said": the governor, whatever his party', () => {
  const x = extract(
    [
      'Gov. Mark Hale urged both sides on Tuesday to reach an agreement. Speaking at a news conference in Atlanta, Hale said farmers were "losing money by the hour."',
      '"I respect the right of these workers to strike," the Republican governor said.',
    ],
    '2024-10-02',
  );
  assert.equal(quote(x, 'respect the right').speaker?.name, 'Mark Hale');
});

// https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/o-keeffe-acknowledges-anger-over-education-cuts-1.745100
// (a minister addresses a union's convention in a hall known by its letters: "at the INEC in Killarney").
test('"Addressing the union\'s convention at the INEC in Killarney …": a hall known by its letters; not "an economist at the IMF"', () => {
  const x = extract(
    [
      'Addressing the annual convention of the teachers’ union at the INEC in Killarney on Wednesday, Education Minister Gráinne Tully said she would not pause the reforms.',
      '“I am not here to tell you that your concerns are imagined,” Ms Tully told the delegates.',
    ],
    '2025-04-23',
  );
  assert.equal(quote(x, 'concerns are imagined').place?.name, 'INEC');
  const y = extract(['Priya Nair, an economist at the IMF in Washington, said the cut was "a surprise".'], '2025-04-23');
  assert.notEqual(quote(y, 'a surprise').place?.name, 'IMF');
});

// https://www.standardmedia.co.ke/sports/western/2001372792/top-security-bosses-meet-in-malaba-over-truck-drivers-crisis
// (truck drivers addressed "outside the Malaba One Stop Border Post").
test('"… climbed onto a tanker outside the Malaba One Stop Border Post … to address the crowd": a border post is a venue', () => {
  const x = extract(
    [
      'Hassan Ssenyonga, who chairs the drivers’ association, climbed onto the cab of a tanker outside the Malaba One Stop Border Post on Wednesday morning to address the crowd.',
      '"We are not criminals. We carry the fuel that runs this country," he said.',
    ],
    '2025-07-16',
  );
  assert.equal(quote(x, 'not criminals').place?.name, 'Malaba One Stop Border Post');
});

// https://www.kildarestreet.com/debate/?id=2024-05-28a.13 (Ireland's prime minister by his title: "Taoiseach X said …",
// then "“…,” the Taoiseach said").
test('"Taoiseach Declan Moran, speaking at the summit, said …. ¶ “…,” the Taoiseach said": the one named so', () => {
  const x = extract(
    [
      'Taoiseach Declan Moran, speaking to Irish journalists at the summit, said Ireland would resist cuts to farm payments.',
      'Ms Breen said the figures showed the plan had failed.',
      '“Completions are at their highest level in fifteen years,” the Taoiseach said.',
    ],
    '2025-05-13',
  );
  assert.equal(quote(x, 'highest level in fifteen years').speaker?.name, 'Declan Moran');
});

// https://swalanyeti.co.ke/news/article/8135/mike-sonko-16-other-accused-walk-free-in-sh357-million-graft-case (a
// prosecutors' office reacts: "In a statement issued on Wednesday evening, the ODPP said …", then "“…,” the statement read").
test('"In a statement issued on Wednesday evening, the ODPP said …. ¶ “…,” the statement read": the one that issued it', () => {
  const x = extract(
    [
      'In a statement issued on Wednesday evening, the Office of the Director of Public Prosecutions (ODPP) said it had received the judgment.',
      '"The ODPP will review the judgment in full before deciding on an appeal," the statement read.',
    ],
    '2025-10-16',
  );
  assert.equal(quote(x, 'review the judgment in full').speaker?.name, 'Office of the Director of Public Prosecutions');
});

// https://develop.indailyqld.com.au/news/just-in/2025/05/04/albanese-victory-speech (an election-night story filed the
// morning after: "has claimed a second term …, after a night of strong swings", "took to the stage shortly after 10:30pm on
// Saturday").
test('an election night told the morning after: its words were said on the night, not on the day of the report', () => {
  const x = extract(
    [
      'Prime Minister Helen Carter has claimed a second term, telling jubilant supporters in Sydney that Australians had "chosen steadiness over fear" after a night of strong swings to the government.',
      'With about 72 per cent of the vote counted on Sunday morning, the ABC has called 84 seats for Labor.',
      'Ms Carter took to the stage at a club in Marrickville shortly after 10:30pm on Saturday, flanked by senior ministers.',
      '"Tonight you have given us a job to finish," she said.',
      'In Brisbane, Opposition Leader Greg Thorne conceded defeat. "We did not do well enough," Mr Thorne said.',
    ],
    '2025-05-04',
    'Carter claims second term as Thorne concedes on a bruising night for the Coalition',
  );
  assert.equal(quote(x, 'chosen steadiness').date, '2025-05-03');
  assert.equal(quote(x, 'not do well enough').date, '2025-05-03');
});

// https://www.bbc.co.uk/news/uk-england-37575634 (an inquest over three days in a town hall: the coroner's conclusion "at
// Bournemouth Town Hall on Wednesday", a husband who "told the inquest on Monday").
test('an inquest in a town hall: evidence on its earlier days was given there too', () => {
  const x = extract(
    [
      'A woman killed by a falling branch died as a result of an accident, a coroner has concluded.',
      'Recording a conclusion of accidental death at Swindon Town Hall on Wednesday, senior coroner Anna Pell said: "Nothing she did that afternoon was reckless."',
      'Her husband, Daniel Quill, told the inquest on Monday that the family had seen no warning sign.',
      '"We thought we were being careful," he said.',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'being careful').place?.name, 'Swindon Town Hall');
});

// https://amp.rnz.co.nz/article/6edf6edf-51bd-4b77-a169-dcd508027e5a (a central banker before a select committee, in an article that names its own country
// twice and the US three times as an adjective: "US tariffs", "US trade policy").
test('"US tariffs" does not make an article American: "told the committee in a packed room at Parliament" is New Zealand\'s', () => {
  const x = extract(
    [
      'The Reserve Bank of New Zealand’s acting governor, Chris Lauder, appeared before Parliament’s finance and expenditure committee on Thursday.',
      '"Inflation is back inside the target band," Lauder told the committee in a packed room at Parliament.',
      'He said US tariffs and US trade policy would slow growth in New Zealand more than they would lift prices, and that US demand was already weaker.',
    ],
    '2025-05-29',
  );
  assert.equal(quote(x, 'target band').place?.name, 'New Zealand Parliament');
});

// https://briefnews.live/2024/07/09/djokovics-wimbledon-victory-overshadowed-by-crowd-controversy-fritz-stages-dramatic-comeback-2 (a Wimbledon quarter-final: the loser "X, who …, said he had struggled with …
// Hartley's serve", then "“…,” the Argentinian said"; the winner "The 23-year-old from Nottingham … won … on Centre Court").
test('"X, who …, said he had struggled with Y\'s serve. ¶ “…,” the Argentinian said": the one who said it; "the 23-year-old from Nottingham" is where he is from', () => {
  const x = extract(
    [
      'Oliver Hart stunned fifth seed Matias Ferro to reach the Wimbledon semi-finals.',
      'The 23-year-old from Nottingham won in five sets on Centre Court, saving a match point in the third set.',
      '"I have no idea how I am still standing," Hart said.',
      'Ferro, who had not dropped a set all tournament, said he had struggled with the noise and with Hart’s serve.',
      '"At the end he was serving like a top-five player," the Argentinian said in his press conference.',
    ],
    '2025-07-09',
  );
  assert.equal(quote(x, 'top-five player').speaker?.name, 'Matias Ferro');
  assert.notEqual(quote(x, 'still standing').place?.name, 'Nottingham');
  // https://au.motorsport.com/f1/live-text/f1-singapore-gp-live-commentary-and-updates-race-1123204/1123206/ (a Grand Prix
  // report: "“…,” the Argentine said").
  const y = extract(
    [
      'Mateo Ibarra, who dropped to fifth after a tangle with Callum Reid at Turn 1, described third as "damage limitation".',
      '"We lost the race at the start," the Argentine said.',
    ],
    '2025-10-05',
  );
  assert.equal(quote(y, 'lost the race').speaker?.name, 'Mateo Ibarra');
});

// https://www.thecatholictelegraph.com/?p=102388 (a cardinal briefs "reporters at the Holy See Press Office after the
// consistory", which a written bulletin of the same office announced).
test('"told reporters at the Holy See Press Office after the consistory": a press office where reporters are told is a venue', () => {
  const x = extract(
    [
      'The date was fixed at an ordinary public consistory in the Apostolic Palace on Tuesday.',
      '"The Holy Father has decreed the canonisation," the Holy See Press Office said in a written bulletin shortly after midday.',
      'Cardinal Oswaldo Lima told reporters at the Holy See Press Office after the consistory that her life had been examined "with unusual care".',
    ],
    '2025-12-16',
  );
  assert.equal(quote(x, 'unusual care').place?.name, 'Holy See Press Office');
  assert.equal(quote(x, 'Holy Father has decreed').speaker?.name, 'Holy See Press Office');
});

// https://ktvz.com/news/ap-national-news/2023/01/20/nigeria-confirms-diphtheria-outbreak-25-dead-in-one-state/ (a feature's scene: "At the isolation ward of X Hospital, the state's main referral hospital, a mother
// sat …", then her words "“…,” she said in Hausa, through an interpreter").
test('"At the ward of X Hospital, the state\'s main referral hospital, Rabi Audu sat …. ¶ “…,” she said": the one who sat there', () => {
  const x = extract(
    [
      'At the isolation ward of Murtala Specialist Hospital, the state’s main referral hospital, Rabi Audu sat on the edge of a bed beside her son.',
      '"At first I thought it was an ordinary sore throat," she said in Hausa, through an interpreter.',
    ],
    '2025-05-17',
  );
  assert.equal(quote(x, 'ordinary sore throat').speaker?.name, 'Rabi Audu');
});

// https://english.aawsat.com/node/5032890, http://www.namnewsnetwork.org/?p=267593 (Gulf copy: "Minister of Electricity,
// Water and Renewable Energy Dr X", "Ministry spokesperson Eng X"); https://www.premiumtimesng.com (a Yoruba king: "Oba X").
test('a portfolio listed with commas before "Dr" and a name; honorifics of Gulf and Yoruba copy ("Eng", "Oba") are not names', () => {
  const x = extract(
    [
      'KUWAIT: Minister of Electricity, Water and Renewable Energy Dr Jassem Al-Mutawa on Thursday defended the power cuts.',
      '"What happened yesterday was a precaution, not a collapse," Al-Mutawa said.',
      'Ministry spokesperson Eng Dalal Al-Shatti told reporters the list of areas would be published an hour before each cut.',
      '"Every household that turns off one air conditioner is helping us," she said.',
      'Oba Adeyemi Oyewusi, who led the delegation, said: "Oyo has waited long enough."',
    ],
    '2024-06-20',
  );
  assert.equal(quote(x, 'a precaution').speaker?.name, 'Jassem Al-Mutawa');
  assert.equal(quote(x, 'one air conditioner').speaker?.name, 'Dalal Al-Shatti');
  assert.equal(quote(x, 'waited long enough').speaker?.name, 'Adeyemi Oyewusi');
});

// https://thecitypaperbogota.com/bogota/galan-charts-ambitious-course-for-bogota-during-inaugural-address/ (a mayor
// with two given names and two surnames, called by the first surname; the outgoing mayor named later; a square
// "Plazoleta de …"; homicide figures of last year inside what he said).
test('"Andrés Felipe Lozano Rengifo" is "Lozano"; "the new mayor" is not the "outgoing mayor"; a year in a relative clause does not date the saying', () => {
  const x = extract(
    [
      'Andrés Felipe Lozano Rengifo was sworn in as mayor of Cali on Monday at a ceremony in the Plazoleta de San Francisco.',
      '"Cali is tired of being described by its worst numbers," Lozano said.',
      'He said homicides, which fell slightly in 2023 but remain high, would be his first priority.',
      '"I am not going to ask you for patience," he told the crowd.',
      'Lozano won the October election, defeating the candidate backed by outgoing mayor Hernán Darío Caicedo.',
      'The new mayor also spoke directly to the national government.',
      '"We are not going to fight with Bogotá in the newspapers," he said.',
    ],
    '2024-01-02',
  );
  for (const words of ['worst numbers', 'for patience', 'fight with Bogotá']) {
    assert.equal(quote(x, words).speaker?.name, 'Andrés Felipe Lozano Rengifo', words);
  }
  assert.equal(quote(x, 'for patience').date, '2024-01-01');
  // ("the Plazoleta de San Francisco": a square named first by what it is, in Spanish.)
  assert.equal(quote(x, 'worst numbers').place?.name, 'Plazoleta de San Francisco');
  const said = x.entries.find((e) => !e.quote && e.text.startsWith('He said homicides') && e.speaker);
  assert.equal(said?.date, '2024-01-01');
  assert.ok(!x.newPeople.some((p) => p.name.startsWith('de ')), 'no one is called "de San Francisco"');
});

// https://kathmandupost.com (tourism department figures, its director general quoted), a DW committee hearing ("Asked by
// Green lawmaker X whether …, she answered: “…”"), an ABC integrity report ("The commission's report … found Mr X had
// “…”"), an AP strike story ("the two main Paris airports, Charles de Gaulle and Orly"), an Indian Express crowd scene
// ("12-year-old X from Chennai waited …").
test('who is not the speaker: the body\'s director for "the department said", the asker for "she answered", the one a report is about, an airport', () => {
  const x = extract(
    [
      'A record 692 climbers reached the summit this spring, the Department of Tourism said on Thursday.',
      '"It has been the most successful season," Narayan Prasad Regmi, director general of the department, told the Post.',
      'The department said in a statement that the new fee "did not discourage a single serious expedition".',
      'Engineer Katrin Vollmer told the committee the steel had corroded from the inside.',
      'Asked by Green lawmaker Anja Reuter whether the city could have prevented the collapse, she answered: "Not with the inspection methods that the rules required."',
      'The Integrity Commission’s report, tabled in Parliament on Thursday, found Mr Tolhurst had "failed to declare a conflict of interest" when the contract was awarded.',
      'The civil aviation authority ordered airlines to cancel flights at the two main Paris airports, Charles de Gaulle and Orly, and warned of "significant delays and cancellations" elsewhere.',
      'In the lobby of the hotel, 12-year-old Lakshmi Narayanan from Chennai waited for almost an hour for a glimpse of the players.',
      '"He looked at me when he walked past," she said.',
    ],
    '2025-05-30',
  );
  assert.notEqual(quote(x, 'serious expedition').speaker?.name, 'Narayan Prasad Regmi');
  assert.equal(quote(x, 'inspection methods').speaker?.name, 'Katrin Vollmer');
  assert.notEqual(quote(x, 'conflict of interest').speaker?.name, 'Tolhurst');
  assert.equal(quote(x, 'significant delays').speaker, null);
  assert.ok(!x.newPeople.some((p) => p.name === 'Charles de Gaulle'), 'an airport is not a person');
  assert.equal(quote(x, 'walked past').speaker?.name, 'Lakshmi Narayanan');
});

// https://www.irishtimes.com (a regulator's fine: "X said it “strongly disagrees” … and intends to appeal"), a Reuters
// merger story ("Consumer rights group Idec said …", "In a securities filing, Gol described the memorandum as “…”").
test('a one-word name no lexicon knows is a body when it calls itself "it", when "group" or "company" stands before it, or files', () => {
  const x = extract(
    [
      'The Data Protection Commission fined Lumora €310 million on Tuesday.',
      'Lumora said it "strongly disagrees" with the size of the fine and intends to appeal.',
      'Consumer rights group Idec said the deal risked leaving travellers with "fewer choices and higher fares" on some routes.',
      'In a securities filing, Gol described the memorandum as "an initial stage of negotiation".',
    ],
    '2025-01-16',
  );
  assert.equal(quote(x, 'strongly disagrees').speaker?.name, 'Lumora');
  assert.equal(quote(x, 'fewer choices').speaker?.name, 'Idec');
  assert.equal(quote(x, 'initial stage').speaker?.name, 'Gol');
  assert.ok(
    ['Lumora', 'Idec', 'Gol'].every(
      (n) => quote(x, n === 'Lumora' ? 'strongly' : n === 'Idec' ? 'fewer' : 'initial').speaker?.kind === 'organisation',
    ),
  );
});

// https://www.moroccoworldnews.com (a squad named: "Morocco's under-20 head coach X" … "“…,” the coach said"); Kuwait
// Times (a minister with a portfolio of three fields, later "the minister replied").
test('"head coach X" is "the coach"; a minister whose portfolio lists fields with commas is "the minister"', () => {
  const x = extract(
    [
      "Morocco's under-20 head coach Youssef Bennani on Wednesday named a 21-man squad.",
      '"I did not pick the 21 best names," Bennani told reporters.',
      '"I spoke with Adam personally on Monday," the coach said.',
      'Minister of Electricity, Water and Renewable Energy Dr Jassem Al-Mutawa defended the cuts.',
      'Asked by a reporter whether residential areas should expect cuts every day until the end of August, the minister replied: "Not every day, and not in every area."',
    ],
    '2024-06-20',
  );
  assert.equal(quote(x, 'Adam personally').speaker?.name, 'Youssef Bennani');
  assert.equal(quote(x, 'Not every day').speaker?.name, 'Jassem Al-Mutawa');
  // (A time inside the question, "whether cuts would come every day until the end of August", is not when he replied.)
  const y = extract(
    [
      'KUWAIT: Electricity Minister Jassem Al-Mutawa on Thursday defended the power cuts.',
      'Asked by a reporter whether residential areas should expect cuts every day until the end of August, the minister replied: "Not every day, and not in every area."',
    ],
    '2024-06-20',
  );
  assert.equal(quote(y, 'Not every day').date, '2024-06-20');
  assert.equal(x.newPeople.find((p) => p.name === 'Jassem Al-Mutawa')?.role, 'Minister of Electricity, Water and Renewable Energy');
});

// PTI (https://www.thestatesman.com/sports/this-will-be-my-last-day-ashwin-drops-retirement-bombshell-after-gabba-draw-1503377207.html):
// a retirement announced "at a packed press conference at the X Stadium", and a paragraph that opens on an earlier day
// telling of another ground; Kuwait Times ("Speaking at a press conference at the ministry's National Control Center").
test("the story's occasion venue: one a paragraph opening on another day names does not compete; a body's building after its owner", () => {
  const x = extract(
    [
      'Chennai, Jan 10 (PTI) Veteran opener Murali Sethuraman on Friday announced his retirement from international cricket.',
      'He made the announcement at a packed press conference at the MA Chidambaram Stadium.',
      'His wife and his first coach sat in the front row.',
      '"Nobody pushed me," Sethuraman said.',
      'Sethuraman had dropped a hint on Wednesday. After a match in Coimbatore, he told reporters at the SNR College Cricket Ground that his body had "one more season" left.',
    ],
    '2025-01-10',
  );
  assert.equal(quote(x, 'Nobody pushed me').place?.name, 'MA Chidambaram Stadium');
  const y = extract(
    [
      'KUWAIT: Electricity Minister Jassem Al-Mutawa on Thursday defended the power cuts.',
      "Speaking at a press conference at the ministry's National Control Center in Shuwaikh, the minister said demand had peaked.",
      '"What happened yesterday was a precaution," Al-Mutawa said.',
    ],
    '2024-06-20',
  );
  assert.equal(quote(y, 'a precaution').place?.name, 'National Control Center');
});

// https://www.monitor.co.ug (a vaccine launch: "The national launch took place at X Grounds in Y District", the minister
// "worked at Z Hospital for more than a decade" later), https://www.premiumtimesng.com ("The ceremony, held at the X
// High School, Oyo, drew …"), ABC ("announced his decision at a media conference at Police Headquarters in Hobart").
test("the occasion the second paragraph puts at a venue is where that day's words were said; a career is no scene", () => {
  const x = extract(
    [
      'Uganda on Wednesday became the latest African country to add a malaria vaccine to its routine immunisation schedule.',
      'The national launch took place at Boma Grounds in Apac District, northern Uganda.',
      '"For too long, mothers in this district have buried children," Health Minister Esther Nyeko said.',
      'Dr Nyeko, a paediatrician by training, worked at Lira Regional Referral Hospital for more than a decade before joining politics.',
      '"We have paid our part," Dr Nyeko said.',
    ],
    '2025-04-02',
  );
  assert.equal(quote(x, 'buried children').place?.name, 'Boma Grounds');
  assert.notEqual(quote(x, 'paid our part').place?.name, 'Lira Regional Referral Hospital');
  const y = extract(
    [
      'The new Alaafin of Oyo was on Saturday formally presented to the people of Oyo town at a colourful coronation ceremony.',
      'The ceremony, held at the Olivet Baptist High School, Oyo, drew traditional rulers from across Yorubaland.',
      'Speaking at the event, Governor Seyi Makinde said: "Oyo has waited long enough."',
      '"Whatever quarrel remains should be settled inside the palace," Makinde added.',
    ],
    '2025-04-06',
  );
  assert.equal(quote(y, 'settled inside the palace').place?.name, 'Olivet Baptist High School');
  const z = extract(
    [
      'Tasmania Police Commissioner Graeme Tolhurst has resigned.',
      'Mr Tolhurst announced his decision at a media conference at Police Headquarters in Hobart on Tuesday morning.',
      '"I have offered my resignation to the minister this morning," he said.',
    ],
    '2025-03-04',
  );
  assert.equal(quote(z, 'offered my resignation').place?.name, 'Police Headquarters');
});

// https://www.dailymirror.lk (a census briefing "at Sankhyana Mandiraya, the DCS head office in Battaramulla").
test('a name the text calls a building ("X, the DCS head office in Y") is a venue, not a person', () => {
  const x = extract(
    [
      '"The population is still growing," Ms. Weerasekara told a media briefing at Sankhyana Mandiraya, the DCS head office in Battaramulla.',
    ],
    '2025-04-08',
  );
  assert.equal(quote(x, 'still growing').place?.name, 'Sankhyana Mandiraya');
  assert.ok(!x.newPeople.some((p) => p.name === 'Sankhyana Mandiraya'));
});

// https://apnews.com (Eurovision: "said at the winner's news conference in the press center at St. Jakobshalle"); the
// Japan Times ("in the press room at LDP headquarters": a body's headquarters, named with its lower-case word).
test('a room "at" a building names the building: "in the press center at St. Jakobshalle"', () => {
  const x = extract(
    [
      'BASEL, Switzerland (AP) — Inês Valadares told reporters early Sunday that she had not prepared a speech.',
      '"I still can\'t feel my legs," the singer said at the winner\'s news conference in the press center at St. Jakobshalle.',
    ],
    '2025-05-18',
  );
  assert.equal(quote(x, 'feel my legs').place?.name, 'St. Jakobshalle');
  const y = extract([
    'Prime Minister Hiroshi Takemura told reporters in the press room at LDP headquarters that he would "examine the result".',
  ]);
  assert.notEqual(quote(y, 'examine the result').place?.name, 'LDP');
});

// PA's Wimbledon copy ("The All England Club confirmed …"); Nigerian political copy ("the All Progressives Congress").
test('"All" begins some bodies\' names: the All England Club, the All Progressives Congress', () => {
  const x = extract([
    'The All England Club said it "regrets the delay" to the schedule.',
    'The All Progressives Congress said in a statement that the result was "a victory for democracy".',
  ]);
  assert.equal(quote(x, 'regrets the delay').speaker?.name, 'All England Club');
  assert.equal(quote(x, 'victory for democracy').speaker?.name, 'All Progressives Congress');
});

// Bodies' names: https://www.dw.com (a restitution: "Tanzania's Ministry of Culture, Arts and Sports said"), a Reuters
// fisheries story ("Britain's Department for Environment, Food and Rural Affairs (Defra) said"), the Jakarta Post
// ("Arema FC, whose home match preceded the crush, said"), AP Chile ("the navy's Hydrographic and Oceanographic
// Service, known as SHOA, said").
test('bodies named whole: fields listed with commas, a club\'s "FC", a name before "known as" its letters', () => {
  const x = extract([
    'In a statement, Tanzania\'s Ministry of Culture, Arts and Sports said the objects would have "a permanent home among the people".',
    '"We put a fair offer on the table," Britain\'s Department for Environment, Food and Rural Affairs (Defra) said in a statement.',
    'Arema FC, whose home match preceded the crush, said the club would "carry the 135 with us in every match we play".',
    'The navy\'s Hydrographic and Oceanographic Service, known as SHOA, said its warning had gone out "within four minutes of the earthquake".',
    'Senior counsel Gráinne Ní Bhriain SC told the jury the defence "does not survive contact with the evidence".',
  ]);
  assert.equal(quote(x, 'permanent home').speaker?.name, 'Tanzanian Ministry of Culture, Arts and Sports');
  assert.equal(quote(x, 'fair offer').speaker?.name, 'British Department for Environment, Food and Rural Affairs');
  assert.equal(quote(x, 'carry the 135').speaker?.name, 'Arema FC');
  assert.equal(quote(x, 'four minutes').speaker?.name, 'Hydrographic and Oceanographic Service');
  assert.equal(quote(x, 'survive contact').speaker?.name, 'Gráinne Ní Bhriain');
  assert.ok(!x.newPeople.some((p) => p.name === 'Arts and Sports' || p.name === 'Rural Affairs'));
});

// Buildings named first by what they are in German and Malay (https://www.dw.com: "handed over at the Museum am
// Rothenbaum"; https://www.thestar.com.my: "the relief centre at Sekolah Kebangsaan Kubang Sepat"), and a hall a crowd
// filled (CBC: "About 200 people filled the gymnasium at the Lawson Civic Centre").
test('venues named first by what they are in German and Malay; "filled the gymnasium at X"', () => {
  const x = extract([
    '"These objects did not come to Hamburg as gifts," Mayor Peter Tschentscher said at the Museum am Rothenbaum on Tuesday.',
    '"I have seen the water marks on the walls," Sultan Idris Mahmud Shah told evacuees at Sekolah Kebangsaan Kubang Sepat on Thursday.',
    'About 200 people filled the gymnasium at the Lawson Civic Centre on Monday, where Mayor Dana Sawchyn said "this is not painless".',
  ]);
  assert.equal(quote(x, 'as gifts').place?.name, 'Museum am Rothenbaum');
  assert.equal(quote(x, 'water marks').place?.name, 'Sekolah Kebangsaan Kubang Sepat');
  assert.equal(quote(x, 'not painless').place?.name, 'Lawson Civic Centre');
});

// https://www.sierraloaded.sl (a riders' strike: "Speaking to Sierraloaded at the Lumley roundabout on Tuesday, …", "At
// Ferry Junction, where dozens waited, nurse X said …").
test('where crowds and riders gather: "at the Lumley roundabout", "At Ferry Junction"', () => {
  const x = extract(
    [
      'FREETOWN (AFP) - Commercial motorbike riders stayed off the roads for a second day.',
      'Speaking at the Lumley roundabout on Tuesday, union president Mohamed Kabba Sesay said: "We are not criminals."',
      'At Ferry Junction, where dozens of people waited for vehicles, nurse Isatu Kamara said: "I walked for two hours."',
    ],
    '2025-06-04',
  );
  assert.equal(quote(x, 'not criminals').place?.name, 'Lumley roundabout');
  assert.equal(quote(x, 'walked for two hours').place?.name, 'Ferry Junction');
});

// https://www.thestar.com.my (a royal visit: "His Majesty Sultan Idris …, the King of Malaysia", later "His Majesty also
// ordered …" and "“…,” His Majesty said in the post" on "the Istana Negara Facebook page"); the Jakarta Post
// ("Malang Regent Hendra Kurniawan" … "Hendra said").
test('"His Majesty" is the article\'s monarch; a regent is a title; a palace\'s Facebook page is no place', () => {
  const x = extract(
    [
      'PASIR MAS: His Majesty Sultan Idris Mahmud Shah, the King of Malaysia, visited flood victims in Kelantan on Thursday.',
      'His Majesty also ordered the agency to make sure that kits reached "every house, not just every centre".',
      'In a post on the Istana Negara Facebook page later, the King urged residents to stay away from riverbanks.',
      '"Property can be replaced. Lives cannot," His Majesty said in the post.',
    ],
    '2024-12-06',
  );
  assert.equal(quote(x, 'every house').speaker?.name, 'Idris Mahmud Shah');
  assert.equal(quote(x, 'Property can be replaced').speaker?.name, 'Idris Mahmud Shah');
  assert.notEqual(quote(x, 'Property can be replaced').place?.name, 'Istana Negara Facebook');
  const y = extract(['Malang Regent Hendra Kurniawan spoke at the stadium.', '"We cannot bring anyone back," Hendra said.'], '2025-10-01');
  assert.equal(quote(y, 'bring anyone back').speaker?.name, 'Hendra Kurniawan');
});

// https://apnews.com (briefings: "X was asked whether …", then the answer in quotes; disaster coverage: "Governor X declared
// a state of emergency on Friday").
test('being asked a question and declaring an emergency report no words; the answer after the question is still theirs', () => {
  const x = extract(
    [
      'HELSINKI (AP) — Interior Minister Katja Ruohonen visited the border on Monday.',
      'Ruohonen was asked whether the government would extend the closure.',
      '"We will decide that in good time," she said.',
      'Governor Dale Arceneaux declared a state of emergency for three counties on Friday.',
      'Arceneaux was asked by the county sheriff, Tom Kessler, whether the guard would come.',
    ],
    '2025-06-03',
  );
  const said = (words: RegExp) => x.entries.find((e) => !e.quote && words.test(e.text));
  assert.equal(said(/asked whether the government/)?.speaker ?? null, null);
  assert.equal(said(/declared a state of emergency/)?.speaker ?? null, null);
  assert.equal(quote(x, 'in good time').speaker?.name, 'Katja Ruohonen');
  assert.equal(said(/asked by the county sheriff/)?.speaker?.name, 'Tom Kessler');
});

// https://english.radio.cz (a zoo birth: "Keeper X, who also spoke at the presentation, …"), https://www.pa.media (the
// Boat Race: "Umpire X raised his red flag"), https://apnews.com ("His lawyer, Paris-based X, told The Associated Press"),
// https://www.ansa.it ("Undersecretary for Digital Innovation X told reporters"), https://punchng.com ("the Chief Press
// Secretary to the governor, X, described …"), https://english.kyodonews.net ("the Spring Grand Sumo Tournament").
test('what someone does, where they are based or an office before a name is not the name; an office or an event is no one', () => {
  const x = extract(
    [
      'Keeper Tomáš Vaněk, who also spoke at the presentation, was watching the night camera.',
      '"I was alone in the office at three in the morning," Vaněk said.',
      'Umpire Richard Haldane raised his red flag and ordered a restart.',
      '"There was a clash between the crews," Haldane said.',
      "His lawyer, Paris-based Jean-Luc Morvan, told The Associated Press by phone that his client had been given two hours' notice.",
      '"We want AI that serves citizens," Undersecretary for Digital Innovation Claudio Ferrante told reporters.',
      'In a statement, the Chief Press Secretary to the governor, Emmanuel Ogbole, described the fire as "a painful and avoidable tragedy".',
      'Hakuozan lost the final bout of the Spring Grand Sumo Tournament on Sunday.',
      '"He was better today," he told reporters.',
    ],
    '2025-03-24',
  );
  assert.equal(quote(x, 'three in the morning').speaker?.name, 'Tomáš Vaněk');
  assert.equal(quote(x, 'clash between the crews').speaker?.name, 'Richard Haldane');
  assert.equal(x.entries.find((e) => /Paris-based/.test(e.text))?.speaker?.name, 'Jean-Luc Morvan');
  assert.equal(quote(x, 'serves citizens').speaker?.name, 'Claudio Ferrante');
  assert.notEqual(quote(x, 'avoidable tragedy').speaker?.name, 'Chief Press Secretary');
  assert.notEqual(quote(x, 'better today').speaker?.name, 'Sumo Tournament');
  assert.ok(!x.newPeople.some((p) => /^(?:Chief Press Secretary|Sumo Tournament)$/.test(p.name)));
});

// https://www.ansa.it (a reporter freed: "Italian journalist X" and later "his mother Y X"; "X said he had lost 14 kilos"),
// https://www.vanguardngr.com (a musician's tributes: "X" and "his eldest son, Mr Y X"; "X had said he never wanted …"),
// https://www.dw.com (a dig: "Katrin Vogel of the University of Tübingen, who leads the mission, said …").
test('a surname two people share, saying something, leaves "he" next to nobody; a sayer "of the University of X, who …"', () => {
  const x = extract(
    [
      'ROME - Italian journalist Matteo Ferlini landed at Ciampino on Wednesday.',
      'Reached by phone, his mother Lucia Ferlini said she had not slept for days.',
      'Lawmaker Chiara Bonetti wrote on X that the country had waited "with bated breath" for his return.',
      'In an interview with RAI, Ferlini said he had lost 14 kilos in detention.',
      '"We talked about football to stay sane," he said.',
      'Katrin Vogel of the University of Tübingen, who leads the joint mission, said the team first saw the paintings on Oct. 3.',
      '"I put my flashlight through the hole," she said.',
    ],
    '2025-05-14',
  );
  assert.notEqual(quote(x, 'football to stay sane').speaker?.name, 'Chiara Bonetti');
  assert.equal(quote(x, 'my flashlight').speaker?.name, 'Katrin Vogel');
});

// https://apnews.com (a spaceflight: "the New Mexico desert", then "X, 34, who founded a startup in Monterrey, Mexico, said
// he …"); https://www.graphic.com.gh (a vetting: "Asked by the Minority Ranking Member on the committee, X, whether she
// would recuse herself …, she answered: …").
test('"in Monterrey, Mexico, said" names no one called Mexico; the one asked by a member named after a role answers', () => {
  const x = extract(
    [
      'UPHAM, N.M. (AP) — The capsule drifted back to the New Mexico desert under three parachutes.',
      'Tomás Villaseñor, 34, who founded a payments startup in Monterrey, Mexico, said he spent the four minutes at a window.',
      '"I had a whole plan," he said.',
      'Justice Abena Osei-Darkwa told the committee she had never asked who the parties were.',
      'Asked by the Minority Ranking Member on the committee, Kwadwo Owusu-Boateng, whether she would recuse herself, she answered: "My loyalty is to the Constitution."',
    ],
    '2025-11-18',
  );
  assert.equal(quote(x, 'a whole plan').speaker?.name, 'Tomás Villaseñor');
  assert.ok(!x.newPeople.some((p) => p.name === 'New Mexico'));
  assert.notEqual(quote(x, 'My loyalty').speaker?.name, 'Kwadwo Owusu-Boateng');
});

// https://www.bbc.co.uk/news (a cruise outbreak: the operator's statement, then "Dr X, a clinical microbiologist at Queen's
// University Belfast, told BBC Radio Ulster …" and "“…,” he said"); https://www.thedailystar.net (a hijacking: "Shipping
// Adviser X said …", Bangladesh's interim cabinet of advisers).
test('"at Queen\'s University" says nothing of who is a woman; "he" after a new sayer is not the body quoted before', () => {
  const x = extract(
    [
      'Northlight Cruises said in a statement: "We are working closely with the agency."',
      "Dr Ronan Keegan, a clinical microbiologist at Queen's University Belfast, told BBC Radio Ulster that a new strain was behind the rise.",
      '"Ships are close to a perfect environment for it," he said.',
      'Mary Keegan told the BBC that the crew had been tested.',
      '"Everyone was tested twice," he said.',
      'Speaking at the Secretariat in Dhaka today, Shipping Adviser Kamrul Hasan Mazumder said the first priority was the sailors.',
      '"We will not do anything that puts the sailors at risk," he said.',
    ],
    '2025-10-10',
  );
  assert.equal(quote(x, 'perfect environment').speaker?.name, 'Ronan Keegan');
  assert.notEqual(quote(x, 'tested twice').speaker?.name, 'Northlight Cruises');
  assert.equal(quote(x, 'sailors at risk').speaker?.name, 'Kamrul Hasan Mazumder');
});

// https://www.independent.co.uk (a select committee: "The Conservative MP X pressed Ms Y on why …", "“…?” he asked.",
// "“…,” she replied."); https://english.kyodonews.net ("The Agriculture, Forestry and Fisheries Ministry said …");
// https://www.thecanadianpress.com ("Lambton County Warden X declared a local emergency").
test('the one pressed replies a question later; a ministry of listed fields keeps them all; a county warden is titled', () => {
  const x = extract(
    [
      'Former compliance officer Imogen Tarrant told the committee on Tuesday that she had raised concerns in 2021.',
      'Committee chair Ruth Pennington said the evidence was "deeply troubling".',
      'The Conservative MP Giles Hartnell pressed Ms Tarrant on why she had waited so long to come forward.',
      '“Why has it taken you until now?” he asked.',
      '“Because I had a mortgage and a non-disclosure agreement,” she replied.',
      'The Agriculture, Forestry and Fisheries Ministry said eating eggs poses "no risk of infection" to humans.',
      'Lambton County Warden Ruth Vanderlinde opened warming centres on Wednesday.',
      '"I want to thank every volunteer," Vanderlinde said in a statement.',
    ],
    '2025-03-19',
  );
  assert.equal(quote(x, 'a mortgage').speaker?.name, 'Imogen Tarrant');
  assert.equal(quote(x, 'no risk of infection').speaker?.name, 'Agriculture, Forestry and Fisheries Ministry');
  assert.equal(quote(x, 'every volunteer').speaker?.name, 'Ruth Vanderlinde');
});

// https://english.kyodonews.net (sumo: "Sekiwake Kirinoumi won his first Emperor's Cup …, forcing out yokozuna Hakuozan";
// wrestlers fight under one name).
test('a sumo rank before one name makes a wrestler of it, written with a capital or without', () => {
  const x = extract(
    [
      "OSAKA - Sekiwake Kirinoumi won his first Emperor's Cup on Sunday, forcing out yokozuna Hakuozan in the final bout.",
      '"I will not think about the cup," Kirinoumi said.',
      'Hakuozan, the Mongolian-born yokozuna, sat in silence in the dressing room.',
      '"He was better today," he told reporters.',
    ],
    '2025-03-24',
  );
  assert.equal(quote(x, 'think about the cup').speaker?.name, 'Kirinoumi');
  assert.equal(quote(x, 'better today').speaker?.name, 'Hakuozan');
});

// https://www.abc.net.au (a shark bite: "The Department of Primary Industries said …", then "The department said its
// listening station had not detected “…”"); https://www.bbc.co.uk/news (the Public Health Agency's statement, then "“…,”
// the statement added").
test('"the department" is the department named before; "the statement added" is its issuer', () => {
  const x = extract(
    [
      'The Department of Primary Industries said in a statement that it had deployed three extra drumlines off the beach.',
      'The department said its listening station had not detected "any tagged white sharks in the past 48 hours".',
      'The Public Health Agency said in a statement on Wednesday that the outbreak had been managed by the medical team.',
      '"Norovirus spreads very easily in enclosed settings such as ships," the statement added.',
    ],
    '2025-10-10',
  );
  assert.equal(quote(x, 'tagged white sharks').speaker?.name, 'Department of Primary Industries');
  assert.equal(quote(x, 'spreads very easily').speaker?.name, 'Public Health Agency');
});

// https://www.france24.com (AFP copy: "Aire-sur-la-Lys (France) (AFP) - A fire tore through …"); https://punchng.com ("At
// the Federal Medical Centre, Lokoja, …, the Chief Medical Director, Dr X, told journalists …").
test('an AFP dateline with the country in brackets places the opening; "the Chief Medical Director" is an office', () => {
  const x = extract(
    [
      'Aire-sur-la-Lys (France) (AFP) - A fire tore through a 16th-century church, bringing down its bell tower.',
      '"We lost the tower and the roof, but the walls are standing," said Mayor Olivier Lemaire.',
      'The Chief Medical Director, Dr Olufemi Adeyanju, told journalists that 12 patients had serious burns.',
    ],
    '2025-04-08',
  );
  assert.equal(quote(x, 'lost the tower').place?.name, 'Aire-sur-la-Lys');
  assert.ok(!x.newPeople.some((p) => p.name === 'Medical Director'));
  assert.equal(x.entries.find((e) => /serious burns/.test(e.text))?.speaker?.name, 'Olufemi Adeyanju');
});

// https://english.radio.cz (a zoo: "Presenting the pair …, zoo director X said the birth was a reward …"); the Seattle
// Times' live pages ("chief operating officer X was asked why the utility had not warned customers earlier"); the Times
// of Israel ("Attorney X, representing the Movement for Quality Government, said …").
test('a role with a word of what it is of ("zoo director") after a fronted phrase leads the sayer; a question asked is not said', () => {
  const x = extract(
    [
      'On Monday, zoo director Radek Šindelář said the birth was a reward for years of patient work.',
      'At a news conference, chief operating officer Gregory Tanaka was asked why the utility had not warned customers earlier.',
      'Attorney Noa Halperin, representing the Movement for Quality Government, said the timing of the law left no doubt.',
    ],
    '2025-01-20',
  );
  const said = (words: RegExp) => x.entries.find((e) => !e.quote && words.test(e.text));
  assert.equal(said(/reward for years/)?.speaker?.name, 'Radek Šindelář');
  assert.equal(said(/not warned customers/)?.speaker ?? null, null);
  assert.notEqual(said(/left no doubt/)?.speaker?.name, 'Movement for Quality Government');
});

// https://www.sierraloaded.sl ("On Kissy Road, X, 26, who pays an owner NLe 120 a day for his bike, said …"); The
// Athletic ("X, who caught nine passes for 132 yards and two touchdowns, said Tuesday …").
test('an age and a long side clause between a sayer and the verb leave them the sayer; a saying inside the clause is not one', () => {
  const x = extract(
    [
      'On Kissy Road, Abu Bakarr Turay, 26, who pays an owner NLe 120 a day for his bike, said he had not eaten since Monday morning.',
      'Striker Malik Okafor, who scored twice in the first half and set up the winner in stoppage time, said Tuesday the locker room had moved on.',
      'Mr Trump, having expressed his hopes a day earlier that both men would come, seemed to regard the idea as ridiculous.',
    ],
    '2025-06-04',
  );
  const said = (words: RegExp) => x.entries.find((e) => !e.quote && e.speaker && words.test(e.text));
  assert.equal(said(/not eaten since/)?.speaker?.name, 'Abu Bakarr Turay');
  assert.equal(said(/locker room/)?.speaker?.name, 'Malik Okafor');
  assert.equal(said(/seemed to regard/)?.speaker ?? null, null);
});

// The Athletic ("Wide receiver X, who caught nine passes …, said Tuesday …"); cricket copy ("seamer X conceded only nine
// in the 19th over", runs, not words; "X conceded defeat in a short speech" is words).
test('a role of the shape of what someone does ("Wide receiver X") leads the sayer; conceding runs is not saying', () => {
  const x = extract(
    [
      'Wide receiver Malik Okafor, who caught nine passes for 132 yards and two touchdowns, said Tuesday the locker room had moved on.',
      'With the title in the balance, seamer Jake Ferris conceded only nine in the 19th over.',
      'Kuupik Lyberth conceded defeat in a short speech to supporters in Nuuk.',
    ],
    '2025-06-04',
  );
  const said = (words: RegExp) => x.entries.find((e) => !e.quote && e.speaker && words.test(e.text));
  assert.equal(said(/locker room/)?.speaker?.name, 'Malik Okafor');
  assert.equal(said(/only nine/)?.speaker ?? null, null);
  assert.equal(said(/conceded defeat/)?.speaker?.name, 'Kuupik Lyberth');
});

// https://apnews.com ("… were shot dead in Lima, according to the National Federation of Urban Transport Workers"); AFP
// ("… before the Brussels meeting, according to the Polish ministry", with Polish Radio named before); The Times of Israel
// ("… backed by 24 ministers, according to the office of Prime Minister X").
test('"according to X" at the end of a sentence reports X, when X is named whole and is the source itself', () => {
  const x = extract(
    [
      'Ukraine ambassador Andriy Sirko warned in an interview with Polish Radio that the blockade could be exploited.',
      'At least 12 drivers were shot dead in Lima this year, according to the National Federation of Urban Transport Workers.',
      'The two ministers are expected to speak by phone before the Brussels meeting, according to the Polish ministry.',
      'The deal was backed by 24 ministers with eight opposed, according to the office of Prime Minister Eitan Rosenthal.',
      '"We will not be intimidated," a driver said.',
    ],
    '2025-06-04',
  );
  const said = (words: RegExp) => x.entries.find((e) => !e.quote && e.speaker && words.test(e.text));
  assert.equal(said(/shot dead/)?.speaker?.name, 'National Federation of Urban Transport Workers');
  assert.equal(said(/speak by phone/)?.speaker ?? null, null);
  assert.equal(said(/24 ministers/)?.speaker ?? null, null);
  assert.notEqual(quote(x, 'not be intimidated').speaker?.name, 'National Federation of Urban Transport Workers');
});

// Wire copy and features: "TOKYO — Prime Minister X said Monday he will …" (AP); "X, the National Police commander for
// El Oro, who appeared alongside the mayor, said …" (AP); "X, in a separate interview with CNA, said …" (Reuters); "X, of
// the conservative People's Party (ÖVP), said …" (DW); "X, a 41-year-old packer and mother of three, said …" (EFE);
// "In a statement on Friday, shortly after the figures were published, the chief executive of Focus Ireland, X, said"
// (The Irish Times); "near Enna, durum wheat grower X said …" (ANSA).
test('reported speech after a dateline, an apposition, an aside, an age, two fronted phrases or two words of a role', () => {
  const x = extract(
    [
      'TOKYO — Prime Minister Kenji Morishita said Monday he will remain in office.',
      'Fabián Carrera, the National Police commander for El Oro, who appeared alongside the mayor, said officers had arrested 14 suspects.',
      "Singapore's Prime Minister Daniel Teo, in a separate interview with the broadcaster CNA, said the grouping's credibility was at stake.",
      "Leitner, of the conservative People's Party (ÖVP), said on Friday morning that he would stay in office.",
      'Yaneth Abrego, a 41-year-old packer and mother of three from Finca 30, said her family had been living on rice.',
      'In a statement on Friday, shortly after the figures were published, the chief executive of Focus Ireland, Aoife Dunne, said the number had risen.',
      'Further south, near Enna, durum wheat grower Maria Grazia Scarpinato said her harvest had come in at 14 quintals.',
    ],
    '2025-06-04',
  );
  const said = (words: RegExp) => x.entries.find((e) => !e.quote && e.speaker && words.test(e.text))?.speaker?.name;
  assert.equal(said(/remain in office/), 'Kenji Morishita');
  assert.equal(said(/arrested 14/), 'Fabián Carrera');
  assert.equal(said(/credibility/), 'Daniel Teo');
  assert.equal(said(/living on rice/), 'Yaneth Abrego');
  assert.equal(said(/number had risen/), 'Aoife Dunne');
  assert.equal(said(/14 quintals/), 'Maria Grazia Scarpinato');
});

// The National ("X, chief executive of Abu Dhabi-based Saadiyat Capital Partners, told the same panel …"); the Slovenia
// Times ("X, one of the divers who first reached the group on Monday night, told the STA …"); El Tiempo ("high
// school maths teacher X said …").
test('reported speech through a bare role in apposition, "one of …", and three words of what a role is of', () => {
  const x = extract(
    [
      'Rashid Al Hammadi, chief executive of Abu Dhabi-based Saadiyat Capital Partners, told the same panel that his company had doubled its exposure.',
      'Aljaž Petek, one of the divers who first reached the group on Monday night, told the STA that the current was strong.',
      'In Cali, where teachers blocked the road for hours, high school maths teacher Jhon Fredy Mosquera said he had come out for the first time.',
    ],
    '2025-06-04',
  );
  const said = (words: RegExp) => x.entries.find((e) => !e.quote && e.speaker && words.test(e.text))?.speaker?.name;
  assert.equal(said(/doubled its exposure/), 'Rashid Al Hammadi');
  assert.equal(said(/current was strong/), 'Aljaž Petek');
  assert.equal(said(/first time/), 'Jhon Fredy Mosquera');
});

// https://apnews.com (a wildfire briefing: "Boulder County Sheriff X …", then "The sheriff also said deputies had arrested
// a man"); https://hongkongfp.com (a sentencing: "Principal Magistrate X …", then "The magistrate said …").
test('"the sheriff", "the magistrate" and other officers of the courts and police are the one the article titled so', () => {
  const x = extract(
    [
      'Boulder County Sheriff Ruben Ortega spoke at the fairgrounds on Friday.',
      'The sheriff also said deputies had arrested a man.',
      'Principal Magistrate Raymond Leung handed down the sentence at West Kowloon court.',
      'The magistrate said he had taken 18 months as a starting point.',
    ],
    '2025-08-08',
  );
  const said = (words: RegExp) => x.entries.find((e) => !e.quote && e.speaker && words.test(e.text))?.speaker?.name;
  assert.equal(said(/arrested a man/), 'Ruben Ortega');
  assert.equal(said(/starting point/), 'Raymond Leung');
});

// https://www.heraldscotland.com ("A Scottish Government spokesperson said councils were receiving record funding …",
// then "“…,” the spokesperson said"); airline coverage ("A Ryanair spokesperson said …").
test('"A Ryanair spokesperson said" is the body speaking, and "the spokesperson said" next is the body again', () => {
  const x = extract(
    ['A Ryanair spokesperson said the airline would appeal the fine.', '"We will fight this all the way," the spokesperson said.'],
    '2025-08-08',
  );
  assert.equal(x.entries.find((e) => !e.quote && /appeal the fine/.test(e.text))?.speaker?.name, 'Ryanair');
  assert.equal(quote(x, 'fight this').speaker?.name, 'Ryanair');
});

// https://www.ansa.it ("The CGIL union said in a note that the rule was “a first step” …"); https://www.bbc.co.uk/news
// ("The Unite union said …").
test('"The CGIL union said", "The Unite union said": a name before a word for a kind of body speaks as that body', () => {
  const x = extract(
    [
      'The CGIL union said in a note that the rule was "a first step" but fell short.',
      'The Unite union said in a statement that drivers would lose up to £3,200 a year.',
    ],
    '2025-09-17',
  );
  assert.equal(quote(x, 'a first step').speaker?.name, 'CGIL');
  assert.equal(x.entries.find((e) => !e.quote && /3,200/.test(e.text))?.speaker?.name, 'Unite');
});

// https://www.espncricinfo.com (an Ashes day's report: "… tore through them on day two of the second Test at the Gabba.",
// then "X took 5-47 on Friday night …"); https://www.bbc.co.uk/sport/snooker ("… to win the world title at the Crucible
// on Monday night").
test('an opening with no day of its own, dated by the next paragraph, sets the scene; "at the Crucible on Monday" is a ground', () => {
  const x = extract(
    [
      'Jake Morrell says he gave up worrying about the new ball years ago, and the visitors might wish he had not after he ran through them in the second Test at the Gabba.',
      'Morrell took five for 40 on Friday night as the visitors were bowled out for 198.',
      '"We were poor, and I include myself in that," visiting captain Owen Pratt said.',
    ],
    '2025-12-05',
  );
  assert.equal(quote(x, 'include myself').place?.name, 'Gabba');
  const ground = extract(
    [
      'Chen Wei won the world title at the Crucible on Monday night, holding off a late fightback.',
      '"It was the hardest session of my life," Chen said.',
    ],
    '2025-05-06',
  );
  assert.equal(quote(ground, 'hardest session').place?.name, 'Crucible');
});

// https://en.yna.co.kr ("Foreign Minister X told a National Assembly committee that …"); https://www.japantimes.co.jp
// ("… told a Diet committee on Tuesday"); https://www.batimes.com.ar ("… told the Chamber of Deputies' transport committee").
test('"told a National Assembly committee", "told a Diet committee": the chamber\'s committee sits in its house', () => {
  const x = extract(
    [
      'SEOUL — South Korea will not reopen the 1965 treaty, officials said on Thursday.',
      'Foreign Minister Han Sung-ho told a National Assembly committee on Thursday that the government had "no intention of reopening" the treaty.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'no intention').place?.name, 'National Assembly of Korea');
  const diet = extract(
    ['Farm Minister Kenji Ota told a Diet committee on Tuesday that rice prices were "a national emergency."'],
    '2025-06-11',
    'Japan rice',
  );
  assert.equal(quote(diet, 'national emergency').place?.name, 'National Diet');
});

// https://apnews.com ("Principal X said the school would stay closed"); https://www.france24.com ("Mayor-elect X said …");
// https://www.reuters.com ("London-listed Savannah Resources said …"); https://www.thejakartapost.com ("I Wayan X, head of
// the Bali search and rescue office, said …"; "PT X, the operator, said …").
test('"Principal", "Mayor-elect" are titles; "London-listed" is not a name; "I Made" and "PT" open names', () => {
  const x = extract(
    [
      'Principal Vesna Kralj-Horvat said the school would stay closed. "We did everything we could," Kralj-Horvat said.',
      'Mayor-elect Lucia Prado said the city "deserves to turn the page."',
      'London-listed Ardent Minerals said it "respects the right to protest."',
      'The head of the Bali rescue office, I Wayan Sudarta, said divers would try again. "The surface is our priority," Sudarta said.',
      'PT Laut Jaya Makmur, which runs the ferry, said the vessel was "in seaworthy condition."',
    ],
    '2025-05-05',
  );
  assert.equal(quote(x, 'everything we could').speaker?.name, 'Vesna Kralj-Horvat');
  assert.equal(quote(x, 'turn the page').speaker?.name, 'Lucia Prado');
  assert.equal(quote(x, 'right to protest').speaker?.name, 'Ardent Minerals');
  assert.equal(quote(x, 'surface is our priority').speaker?.name, 'I Wayan Sudarta');
  assert.equal(quote(x, 'seaworthy').speaker?.name, 'PT Laut Jaya Makmur');
});

// https://www.abc.net.au/news ("Her husband X was more blunt. “…,” he said."): a first name that is also a known person's
// surname (people.yaml's "Graham") is not that person, and "he" after a relation by first name is nobody the text names.
test('"Her husband Graham was more blunt. “…,” he said": not the Graham of the knowledge files, not the last man named', () => {
  const x = extract(
    [
      'Neurologist Peter Lam said the drug was "a modest step."',
      'At their home in Geelong, Helen Marsh said she had followed the news for months.',
      'Her husband Graham was more blunt. "We will probably sell the caravan," he said.',
    ],
    '2025-05-05',
  );
  assert.equal(quote(x, 'sell the caravan').speaker, null);
});

// https://variety.com (festival awards: "… while Japanese filmmaker X took the Leopard for best direction. ¶ X, who stayed
// in Japan, sent a video message … ¶ “…,” she said in the message.").
test('"Japanese filmmaker Hiroko Tanabe" is a person with that role, and "she said in the message" next is her', () => {
  const x = extract(
    [
      'The jury prize went to a film by Duarte Lemos, while Japanese filmmaker Aiko Morita took the award for best direction.',
      'Morita, who stayed in Japan, sent a video message, recorded at her home in Tokyo on Friday.',
      '"I am sorry I cannot be with you tonight," she said in the message.',
    ],
    '2025-08-17',
  );
  assert.equal(quote(x, 'cannot be with you').speaker?.name, 'Aiko Morita');
  assert.equal(x.newPeople.find((p) => p.name === 'Aiko Morita')?.role, 'Japanese filmmaker');
});

// https://www.thehindu.com (PTI chess copy: "Nineteen-year-old International Master X on Monday became …"); https://www.thelocal.se
// (a strike: "… 27-year-old lasher Emir X said he had lost …", then "“…,” he said"; "… ground to a halt at a dozen Swedish
// ports on Thursday").
test('an age and a chess title before a name, "Emir" as a given name, and "a dozen Swedish ports" is no place', () => {
  const x = extract(
    [
      'Traffic ground to a halt at a dozen Swedish ports on Thursday.',
      'Nineteen-year-old International Master Ishani Rao on Monday became the first Indian to win the cup.',
      '"I still cannot believe it," Rao said.',
      'Port chief Magnus Dahl said the strike was costly.',
      'Back at the gate, 27-year-old lasher Emir Kovačević said he had lost wages.',
      '"It costs me, sure," he said.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'cannot believe').speaker?.name, 'Ishani Rao');
  assert.equal(quote(x, 'costs me').speaker?.name, 'Emir Kovačević');
  assert.notEqual(quote(x, 'costs me').place?.name, 'Swedish');
  assert.equal(x.entries.find((e) => /ground to a halt/.test(e.text))?.place?.name ?? null, null);
});

// https://www.ajc.com (a meteorite: "The homeowner, who asked not to be named …, said … ¶ “…,” he told the AJC on Friday.
// “…”"); https://www.thelocal.fr (an avalanche: "One of the survivors, a 34-year-old Belgian, was treated … ¶ “…,” he told
// Le Dauphiné Libéré").
test('someone the text does not name keeps "he" from anyone named; "X County Emergency Management" is a body', () => {
  const x = extract(
    [
      'Pike County Emergency Management said the object was a meteorite.',
      'The homeowner, who asked not to be named because he has a young child, said he was working at his desk.',
      '"I had headphones on," he told the Ledger on Friday. "Then I looked over and saw the hole."',
      'Guide Marc Fabre said the slope had been closed.',
      'One of the survivors, a 34-year-old Belgian, was treated for hypothermia.',
      '"I heard a crack like a gunshot," he told the regional daily.',
    ],
    '2025-06-28',
  );
  assert.equal(quote(x, 'headphones').speaker, null);
  assert.equal(quote(x, 'saw the hole').speaker, null);
  assert.equal(quote(x, 'saw the hole').date, quote(x, 'headphones').date);
  assert.equal(quote(x, 'crack like a gunshot').speaker, null);
  assert.equal(x.entries.find((e) => /was a meteorite/.test(e.text))?.speaker?.kind, 'organisation');
});

// https://therecord.media (a hospital hit by ransomware: "X, head of patient safety at the University Hospital Centre …,
// said …" and later "the hospital said it had been hit by “a serious cyberattack”").
test('"the hospital said" is never the person whose role names the hospital', () => {
  const x = extract(
    [
      'Dr Mira Kovač, head of patient safety at the University Hospital Centre Split, said staff had coped.',
      'In a post on its Facebook page that night, the hospital said it had been hit by "a serious cyberattack."',
    ],
    '2025-06-30',
  );
  assert.notEqual(quote(x, 'serious cyberattack').speaker?.name, 'Mira Kovač');
});

// https://www.theguardian.com/politics ("Asked about …, the prime minister's official spokesman said the government
// “respects …”. ¶ “…,” he told reporters."); https://www.thehindu.com ("Punjab Director General of Police X had said …").
test('an unnamed spokesman keeps "he" from the minister named before; "Director General of Police X" is X', () => {
  const x = extract(
    [
      'Environment Secretary Daniel Okoro told MPs last Wednesday that the policy would stand.',
      'Asked about the protest at the lobby briefing, the Prime Minister\'s official spokesman said the Government "respects the right to protest."',
      '"The decision has been taken," he told reporters.',
      'Punjab Director General of Police Harjit Singh Sandhu had said on Sunday that the handler worked from the mission.',
      '"This is not a small-time operation," Mr. Sandhu had told reporters.',
    ],
    '2025-02-10',
  );
  assert.equal(quote(x, 'decision has been taken').speaker, null);
  assert.equal(quote(x, 'small-time').speaker?.name, 'Harjit Singh Sandhu');
});

// https://www.thelocal.se (a port strike: "Ports of Sweden … said in a statement that the strike was unlawful. ¶ “…,” the
// statement read."); https://www.reuters.com ("The mayor's office said in a statement … ¶ “…,” the statement said.").
test('"“…,” the statement read" quotes whoever was just reported issuing it, and not a mayor for "the mayor\'s office"', () => {
  const x = extract(
    [
      "Ports of Norway, the employers' organisation, said in a statement that the strike was unlawful.",
      '"A small union cannot demand its own rules," the statement read.',
      'Mayor Andrés Pardo said rationing would last weeks.',
      "The mayor's office said in a statement on Tuesday that fines would follow.",
      '"Every liter saved today counts," the statement said.',
    ],
    '2024-04-10',
  );
  assert.equal(quote(x, 'own rules').speaker?.name, 'Ports of Norway');
  assert.notEqual(quote(x, 'liter saved').speaker?.name, 'Andrés Pardo');
});

// https://www.lemonde.fr/en (a telecom breach: "Free, the operator, …" and "the operator said the attack had …").
test('"the operator said" is the telecom operator named before it', () => {
  const x = extract(
    [
      'Veltra Telecom said on Friday that it was investigating a breach.',
      'In an email sent to subscribers on Saturday, the operator said the attack had "led to unauthorized access" to some data.',
    ],
    '2024-10-29',
  );
  assert.equal(quote(x, 'unauthorized access').speaker?.name, 'Veltra Telecom');
});

// https://www.abc.net.au/news (a new species: "… was described in a paper published on Tuesday in the journal …", then
// the scientists' words to the ABC on the day of the report); https://www.walesonline.co.uk ("Japan head coach X, the
// Australian who returned for a second spell in charge last year, told reporters that …").
test('a paper "published on Tuesday" does not date the words after it; "the Australian who returned … last year" dates no saying', () => {
  const x = extract(
    [
      'A rainbowfish no longer than a finger has been formally described as a new species.',
      'The fish was described in a paper published on Tuesday in the journal Zootaxa by researchers from James Cook University.',
      '"The tail was glowing like a coal," lead author Priya Raman told the ABC.',
    ],
    '2025-02-26',
  );
  assert.equal(quote(x, 'glowing like a coal').date, '2025-02-26');
  const coach = extract(
    [
      'Japan head coach Brent Holloway, the Australian who returned for a second spell in charge last year, told reporters that his side had shown "a lot of spirit."',
    ],
    '2025-07-05',
  );
  assert.equal(quote(coach, 'a lot of spirit').date, '2025-07-05');
});

// https://apnews.com (a school stabbing: "Principal X, speaking outside the school on Thursday afternoon as parents laid
// candles and flowers at the gate, said the staff had done “everything humanly possible.”").
test('a long ", speaking outside the school on Thursday afternoon as …," aside dates the saying', () => {
  const x = extract(
    [
      'VUKOVAR, Croatia (AP) — The teenager suspected of a stabbing at a school had planned the attack for weeks, the police chief said Friday.',
      'Principal Vesna Marić, speaking outside the school on Thursday afternoon as parents laid candles and flowers at the gate, said the staff had done "everything humanly possible."',
    ],
    '2025-03-14',
  );
  assert.equal(quote(x, 'humanly possible').date, '2025-03-13');
});

// https://apnews.com (golf: "ÉVIAN-LES-BAINS, France (AP) — X was two shots behind … An hour later … a playoff at Evian
// Resort Golf Club on Sunday."); https://www.walesonline.co.uk (rugby: "… to lose 24-19 to Japan in Kitakyushu on
// Saturday … ¶ Tries from … had the tourists in control at the Mikuni World Stadium.").
test("the venue the opening's second sentence, or the next paragraph, puts the day at sharpens the town for its words", () => {
  const golf = extract(
    [
      'ÉVIAN-LES-BAINS, France (AP) — Maja Lind was two shots behind with one hole to play. An hour later she was holding the trophy after a playoff at Evian Resort Golf Club on Sunday.',
      '"Honestly, I had said goodbye to it," Lind said.',
    ],
    '2025-07-13',
  );
  assert.equal(quote(golf, 'said goodbye').place?.name, 'Evian Resort Golf Club');
  const rugby = extract(
    [
      'Wales coach Rhys Bevan refused to blame the heat after his side lost 24-19 to Japan in Kitakyushu on Saturday.',
      'Two tries had the tourists in control at the Mikuni World Stadium before the break.',
      '"We told them at half-time that Wales would tire," Japan coach Bryce Holloway said.',
    ],
    '2025-07-05',
  );
  assert.equal(quote(rugby, 'would tire').place?.name, 'Mikuni World Stadium');
});

// https://balkaninsight.com ("Defending the law in the National Assembly on Tuesday, Culture Minister X said …");
// https://www.lusakatimes.com ("… told Parliament in Lusaka").
test('national legislatures beyond Europe\'s largest are places: "in the National Assembly" in Belgrade, "told Parliament" in Lusaka', () => {
  const x = extract(
    [
      'BELGRADE, Serbia (AP) — Protesters gathered outside the pavilion on Tuesday.',
      'Defending the law in the National Assembly on Tuesday, Culture Minister Nenad Vukić said the pavilion was "a ruin that endangers passers-by."',
    ],
    '2025-11-12',
  );
  assert.equal(quote(x, 'a ruin').place?.name, 'National Assembly of Serbia');
  const zambia = extract(
    ['LUSAKA, Zambia (AP) — Energy Minister Peter Banda told Parliament on Tuesday that Kariba was "running on empty."'],
    '2024-03-06',
  );
  assert.equal(quote(zambia, 'running on empty').place?.name, 'National Assembly of Zambia');
});

// https://www.thestar.com.my ("… at Istana Negara on Saturday"); https://www.romania-insider.com ("The debate, held in the
// Unirii Hall of the Cotroceni Palace, …"); https://www.lusakatimes.com ("… told a briefing at State House").
test('seats of government beyond the largest countries are places, and "the X Hall of the Y Palace" is in the palace', () => {
  const x = extract(
    ['ZAGREB, Croatia (AP) — Prime Minister Ante Kovač told reporters at Banski Dvori on Monday that "the budget will pass."'],
    '2025-03-04',
  );
  assert.equal(quote(x, 'budget will pass').place?.name, 'Banski Dvori');
  const zambia = extract(
    ['LUSAKA, Zambia (AP) — President Hakainde Mwale told a briefing at the State House on Tuesday that "help is coming."'],
    '2024-03-06',
  );
  assert.equal(quote(zambia, 'help is coming').place?.name, 'State House (Lusaka)');
  const hall = extract(
    ['Candidate Elena Popa said in the debate, held in the Unirii Hall of the Cotroceni Palace on Thursday, that "the money exists."'],
    '2025-05-09',
  );
  assert.equal(quote(hall, 'money exists').place?.name, 'Cotroceni Palace');
});

// https://apnews.com (a Supreme Court argument: "“…,” Justice X told Arkansas Solicitor General Y.").
test('"told Arkansas Solicitor General Laura Beckett": told someone in the room by office and name, not an outlet', () => {
  const x = extract(
    [
      'WASHINGTON (AP) — The Supreme Court on Wednesday heard arguments over an Arkansas law.',
      'Arkansas Solicitor General Laura Becker defended the law.',
      '"Nobody here disputes that the state has a real interest," Justice Anne Whitford told Arkansas Solicitor General Laura Becker.',
    ],
    '2025-01-15',
  );
  assert.equal(quote(x, 'Nobody here disputes').place?.name, 'Supreme Court');
});

// https://www.arabnews.com (a poisoning: "In a statement posted on X on Wednesday, the ministry said 21 patients had …, and
// warned residents that “…”"); https://www.thedailystar.net ("On Tuesday, the press secretary said the …").
test('", the ministry said …, and warned that “…”" after a fronted time: the ministry is the subject, not an aside', () => {
  const x = extract(
    [
      'The Ministry of Health said 146 people had been treated since Saturday.',
      'On Wednesday, the ministry said 21 patients had suffered blindness, and warned that "even a small amount of methanol can kill."',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'methanol can kill').speaker?.name, 'Ministry of Health');
});

// https://www.nation.co.ke (a governor impeached: "The Senate on Wednesday night voted to remove …"; "Senator X told the
// House …"); https://apnews.com (Argentina's labour reform: "… told the chamber as the debate opened").
test('"The Senate on Wednesday voted …" puts the day\'s debate in that chamber, and "told the chamber" is the one the article is about', () => {
  const x = extract(
    [
      "The Senate on Wednesday gave final approval to Italy's first law on artificial intelligence, making Italy the first EU country with a national law.",
      '"This is a law without money," opposition Senator Lucia Ferrante told the chamber during the debate.',
      '"We will fund it next year," Senator Paolo Giordano said in an interview with a radio station.',
    ],
    '2025-09-17',
  );
  assert.equal(quote(x, 'law without money').place?.name, 'Italian Senate');
  assert.equal(quote(x, 'fund it next year').place, null, 'words said to a broadcaster are not said in the chamber');
  const kenya = extract(
    [
      'The Senate on Wednesday voted to remove a governor in Kenya from office, the first such vote in Kenya this year.',
      '"The evidence would not survive five minutes," his lawyer Kibet Ngeno said.',
    ],
    '2025-03-20',
  );
  assert.notEqual(
    quote(kenya, 'evidence would not').place?.name,
    'National Assembly of Kenya',
    "Kenya's Senate is not its National Assembly",
  );
});

// https://apnews.com (Kosovo's parliament elects a speaker: "… from caretaker Prime Minister Albin Kurti's
// Self-Determination Movement …"; "Asked whether …, Kurti replied: “…”").
test('"Prime Minister X\'s Y Movement" names a person, then a body; "Asked …, Z replied" with Z unknown is not the "he" before it', () => {
  const x = extract(
    [
      "Lawmakers chose Arsim Dervishi, a former lecturer from caretaker Prime Minister Albin Kurti's Self-Determination Movement, with 71 votes.",
      'Asked whether he would offer posts to the opposition, Kurti replied: "Everything is on the table."',
    ],
    '2025-08-26',
  );
  assert.equal(quote(x, 'Everything is on the table').speaker?.name, 'Albin Kurti');
  const office = extract(['"We are monitoring it," the Henry County Sheriff\'s Office said in a statement.'], '2025-08-26');
  assert.equal(quote(office, 'monitoring it').speaker?.name, "Henry County Sheriff's Office");
  const unknown = extract(
    [
      'Parliament Speaker Arsim Dervishi was elected with 71 votes.',
      'Asked whether he would offer posts to the opposition, Qosja replied: "Everything is on the table."',
    ],
    '2025-08-26',
  );
  assert.notEqual(quote(unknown, 'Everything is on the table').speaker?.name, 'Arsim Dervishi');
});

// https://indianexpress.com (a Chief Justice's last working day: "Sitting with CJI-designate Justice X and Justice Y,
// CJI Z heard …. ¶ “…,” he said").
test('"Sitting with Justice X, CJI Kulkarni heard …": the company a fronted participle names is not the subject "he" means', () => {
  const x = extract(
    [
      'Outgoing Chief Justice of India Aniruddha S Kulkarni on Tuesday said he was leaving with "no regrets at all".',
      'Sitting with CJI-designate Justice Meera Sethi and Justice Rohan Bhattacharya, CJI Kulkarni heard eleven listed matters.',
      '"When the registry asked me what time to list the bench, I said not before three," he said.',
    ],
    '2025-05-13',
  );
  assert.equal(quote(x, 'registry asked me').speaker?.name, 'Aniruddha S Kulkarni');
});

// https://dailypost.ng (a toll protest: "The chairman of the Anambra State council of the National Union of Road
// Transport Workers (NURTW), X, addressed the protesters. ¶ “…,” he said").
test('"The chairman of the X council of the Y Union (YU), Name," is a person with that whole role, and "he" next', () => {
  const x = extract(
    [
      'Commercial drivers blocked the bridge on Monday.',
      'Chukwuemeka Obi, a bus driver, joined them. "Who is this toll for?" Obi asked.',
      'The chairman of the Anambra State council of the National Union of Road Transport Workers (NURTW), Ifeanyi Okonkwo, addressed the protesters.',
      '"We are not against maintenance," he said.',
    ],
    '2025-03-03',
  );
  assert.equal(quote(x, 'not against maintenance').speaker?.name, 'Ifeanyi Okonkwo');
  const short = extract(['Drivers protested.', 'The chairman of the union, Ifeanyi Okonkwo, addressed them.'], '2025-03-03');
  assert.equal(short.newPeople.find((p) => p.name === 'Ifeanyi Okonkwo')?.role, 'chairman of the union');
});

// https://www.scmp.com (owners at a car maker's showroom: "Another owner, retired teacher X, was less troubled. “…,” she
// said"); https://www.independent.co.uk (a union election: "X had warned members that … would leave the union “…” while
// ministers wrote the rules").
test('"retired teacher Wu Lanfang" is a person; "“…” while ministers wrote the rules" is not the union writing', () => {
  const owners = extract(
    [
      '"I bought the car because of it," said Chen Hao, 34, who had come to ask about the update.',
      'Another owner, retired teacher Wu Lanfang, was less troubled. "Every phone gets updates," she said.',
    ],
    '2025-09-20',
  );
  assert.equal(quote(owners, 'Every phone gets updates').speaker?.name, 'Wu Lanfang');
  const union = extract(
    [
      'Maxine Oduya won the election, the Community and Public Workers Union said.',
      'Graham Pettifer conceded defeat. "I wish Maxine every success," he said.',
      'Mr Pettifer had warned members that a break with Labour would leave the union "shouting from the outside" while ministers wrote the rules.',
    ],
    '2025-09-03',
  );
  assert.equal(quote(union, 'shouting from the outside').speaker?.name, 'Graham Pettifer');
});

// https://www.thetimes.com (a Treasury committee hearing: "The sharpest questions came from X, the Conservative MP for
// Y. “…,” she told the governor"); https://english.kyodonews.net ("A 20-year-old woman from Saitama Prefecture who …
// told Kyodo News …. “…,” she said").
test('"X, the Conservative MP for Y" is a person; "A 20-year-old woman from Z … told" is someone unnamed', () => {
  const mp = extract(
    [
      'Priya Vaswani, an external member of the committee, took a different view. "I see the risks," she told MPs.',
      'The sharpest questions came from Harriet Cole, the Conservative MP for Wealden North. "Families feel it at the checkout," she told the governor.',
    ],
    '2025-03-03',
  );
  assert.equal(quote(mp, 'feel it at the checkout').speaker?.name, 'Harriet Cole');
  const unnamed = extract(
    [
      'Dean Masato Kiyohara apologised to applicants on Tuesday. "We failed them," she said.',
      'A 20-year-old woman from Saitama Prefecture who failed the exam by two points told Kyodo News she was considering legal action.',
      '"I spent another year at a cram school because of two points," she said.',
    ],
    '2025-03-12',
  );
  assert.equal(quote(unnamed, 'another year at a cram school').speaker, null);
});

// https://punchng.com (an oil spill: "At the … waterfront on Thursday, a fish smoker, Tari Wilfred, was throwing away …
// “…,” she said"); https://www.heraldscotland.com ("… days after US President X, speaking at …, urged Britain to stop
// building wind turbines, which he called “ugly monsters”").
test('"a fish smoker, Tari Wilfred," is a person; "which he called “…”" is the one person named before, after "after"', () => {
  const smoker = extract(
    [
      '"We want relief materials first," Ebikebuna Douglas said.',
      "At the waterfront on Thursday, a fish smoker, Tari Wilfred, was throwing away two days' catch.",
      '"Nobody will buy fish from here now," she said.',
    ],
    '2025-02-14',
  );
  assert.equal(quote(smoker, 'Nobody will buy fish').speaker?.name, 'Tari Wilfred');
  const called = extract(
    [
      '"It is a condition we accepted," developer Gareth Lyall said.',
      'The decision came days after US President Donald Trump urged Britain to stop building wind turbines, which he called "ugly monsters".',
    ],
    '2025-07-30',
  );
  assert.equal(quote(called, 'ugly monsters').speaker?.name, 'Donald Trump');
});

// https://www.france24.com (AFP on Mayotte: "Prefect X said …", "said Lieutenant-Colonel Y of the civil security
// service"); https://www.reuters.com ("Nevada State Veterinarian X said"); https://apnews.com ("Border Patrol Agent X").
test('"Prefect", "State Veterinarian", "Border Patrol Agent" and "Lieutenant-Colonel" are titles before a name, not part of it', () => {
  const x = extract(
    [
      'Nevada State Veterinarian Kelsey Marrow said six herds were under quarantine.',
      'Prefect Thierry Vasseur said the toll would rise.',
      '"The first 48 hours were about finding the living," said Lieutenant-Colonel Frédéric Ostermann of the civil security service.',
      '"This was not dug over a weekend," Border Patrol Agent Daniel Whitcomb said.',
    ],
    '2025-01-31',
  );
  const names = x.newPeople.map((p) => p.name);
  for (const name of ['Kelsey Marrow', 'Thierry Vasseur', 'Frédéric Ostermann', 'Daniel Whitcomb']) assert.ok(names.includes(name), name);
  assert.equal(quote(x, 'finding the living').speaker?.name, 'Frédéric Ostermann');
  assert.equal(quote(x, 'not dug over a weekend').speaker?.name, 'Daniel Whitcomb');
});

// https://timesofmalta.com (a record swim: "Jake Sciberras walked out of the sea …. “…,” Sciberras said. ¶ … his mother,
// Rita Sciberras, who had followed … ¶ … Sciberras said the hardest hours had come after midnight"); "Italian swimmer
// Davide Russo", who "congratulated Sciberras on Instagram, writing that …".
test('a bare surname read as one person keeps meaning them after a relative is named in full; a sport before a name is a role', () => {
  const x = extract(
    [
      'Jake Sciberras walked out of the sea at St Thomas Bay on Sunday, beating the record set by Italian swimmer Davide Russo in 2019.',
      '"I have never been this happy," Sciberras said.',
      'Among those waiting was his mother, Rita Sciberras, who had followed his tracker through the night.',
      'Speaking by phone on Monday, Sciberras said the hardest hours had come after midnight.',
      '"The night is the worst part," he said.',
      'Russo congratulated Sciberras on Instagram, writing that the swimmer had "tamed a channel that does not forgive".',
    ],
    '2025-08-04',
  );
  assert.equal(quote(x, 'The night is the worst part').speaker?.name, 'Jake Sciberras');
  assert.equal(quote(x, 'tamed a channel').speaker?.name, 'Davide Russo');
});

// https://www.independent.co.uk (PA on the last coal plant: "The station's owner, Uniper, said in a statement that …
// “…”"); not "X, president of the parents' association Asofamilias, said in a statement" (X speaks).
test('"The station\'s owner, Uniper, said in a statement": a one-word body in apposition speaks; a body ending an apposition does not', () => {
  const x = extract(
    [
      'The last coal-fired power station shut down on Monday.',
      'The station\'s owner, Uniper, said in a statement that the site had been "a proud part of history".',
      'Marcela Ortiz, president of the parents\' association Asofamilias, said in a statement that children had "lost weeks of classes".',
    ],
    '2024-10-01',
  );
  assert.equal(quote(x, 'a proud part of history').speaker?.name, 'Uniper');
  assert.equal(quote(x, 'lost weeks of classes').speaker?.name, 'Marcela Ortiz');
});

// https://www.bbc.co.uk/sport (a one-day final: "Somerset head coach X said the win belonged to the club's academy …
// “…,” X said"); https://apnews.com ("… he said the vote proved that …").
test('"said the win belonged to …": an occasion\'s word right after a verb of saying is what is said about, not when', () => {
  const x = extract(
    [
      'Somerset won the One-Day Cup final at Trent Bridge on Saturday, beating Kent by six wickets.',
      'Kent had beaten Somerset in a group game at Canterbury on August 3, a win their captain called lucky.',
      "Somerset head coach Paul Varley said the win belonged to the club's academy.",
      '"Six of this XI came through our pathway," Varley said.',
    ],
    '2025-09-21',
  );
  assert.equal(quote(x, 'came through our pathway').date, '2025-09-20');
});

// https://www.nzherald.co.nz (a pay deal voted on "last night": "At the company's Takapuna depot this morning, drivers
// … were mostly relieved. ¶ “…,” said X").
test('"At the depot this morning, drivers were relieved. ¶ “…,” said X": the scene\'s stated day dates the words after it', () => {
  const x = extract(
    [
      'Auckland bus drivers voted to accept a pay deal at a meeting at the Ellerslie Event Centre last night.',
      '"This deal does not fix everything," union president Hemi Walker told reporters outside the venue.',
      "At the company's Takapuna depot this morning, drivers preparing for the early shift were mostly relieved.",
      '"I voted yes, but the younger ones voted no," said Sione Fifita, who has driven the route for 11 years. "We went in asking for $35," he said.',
    ],
    '2025-03-14',
  );
  assert.equal(quote(x, 'This deal does not fix').date, '2025-03-13');
  assert.equal(quote(x, 'I voted yes').date, '2025-03-14');
  assert.equal(quote(x, 'We went in asking').date, '2025-03-14');
});

// https://www.thetimes.com ("The governor of the Bank of England has conceded that inflation is proving “stickier than
// we expected” …. ¶ X told the Commons Treasury select committee …").
test('a lede\'s office-holder ("The governor of the Bank of England has conceded …") is the one the next paragraph opens on', () => {
  const x = extract(
    [
      'The governor of the Bank of England has conceded that inflation is proving "stickier than we expected" and warned that rates will fall slowly.',
      'Richard Ashcombe told the Commons Treasury select committee yesterday that food prices were keeping inflation high.',
    ],
    '2025-11-19',
  );
  assert.equal(quote(x, 'stickier than we expected').speaker?.name, 'Richard Ashcombe');
  const other = extract(
    [
      'The governor of the Bank of England has conceded that inflation is proving "stickier than we expected".',
      "Richard Ashcombe's comments came as markets fell.",
    ],
    '2025-11-19',
  );
  assert.equal(quote(other, 'stickier than we expected').speaker, null, 'a name that does not speak in the next paragraph says nothing');
});

// https://www.independent.co.uk (PA on a union election: "Speaking to cheering supporters at the union's headquarters,
// Unity House in London, after the result was declared …, she said: “…”").
test('"at the union\'s headquarters, Unity House in London": a building described, then named, is the venue', () => {
  const x = extract(
    [
      'Maxine Oduya was elected general secretary of the Community and Public Workers Union on Wednesday.',
      'Speaking to cheering supporters at the union\'s headquarters, Unity House in London, after the result was declared, she said: "This is the day members took their union back."',
    ],
    '2025-09-04',
  );
  assert.equal(quote(x, 'took their union back').place?.name, 'Unity House');
});

// https://www.independent.co.uk (PA on the last coal plant: "Uniper said in a statement that Ratcliffe had been “…”. It
// said about 170 staff would stay on …"); https://apnews.com (a central bank: "It said it had bought …").
test('"It said …" in the sentence after a body\'s words reports the body; not after a person\'s', () => {
  const x = extract(
    [
      'The last coal plant shut on Monday.',
      'The station\'s owner, Uniper, said in a statement that Ratcliffe had been "a proud part of history". It said about 170 staff would stay on to help decommission the site.',
    ],
    '2024-10-01',
  );
  assert.equal(x.entries.find((e) => e.text.startsWith('It said about 170'))?.speaker?.name, 'Uniper');
  const person = extract(
    ['"It was a proud day," plant manager Tom Reid said. It said nothing about jobs, the union complained.'],
    '2024-10-01',
  );
  assert.notEqual(person.entries.find((e) => e.text.startsWith('It said nothing'))?.speaker?.name, 'Tom Reid');
});

// https://dawn.com/news/1787323 and https://www.thenews.com.pk/latest/499802 (Pakistani copy names a minister by the
// field of government and then a name the language library does not know: "Senior Minister for Environment X Y Z").
test('"Minister for Environment Rabia Anwar Khokhar": the field of government ends where a name of two or three words starts', () => {
  const x = extract(
    [
      'Announcing the measures, Senior Minister for Environment Rabia Anwar Khokhar said the province faced "a public health crisis".',
      'Federal Minister for National Food Security Rana Tariq Mehmood said traders were "moving stock across the border".',
      'Minister for Overseas Pakistanis Chaudhry Salik Hussain said it was "a matter for the cabinet".',
    ],
    '2024-11-08',
  );
  assert.equal(quote(x, 'public health crisis').speaker?.name, 'Rabia Anwar Khokhar');
  assert.equal(quote(x, 'moving stock').speaker?.name, 'Rana Tariq Mehmood');
  assert.equal(quote(x, 'matter for the cabinet').speaker?.name, 'Chaudhry Salik Hussain');
});

// https://mugglehead.com/rio-tinto-subsidiary-ordered-to-pay-500k-for-toxic-spill-into-seguenay-river (a company named with
// its legal form, then without it: "X Ltd. was fined … X, which is majority-owned by …, said in a statement …"),
// https://www.scmp.com/news/world/article/1058982 ("The Royal Swedish Academy of Sciences said …").
test('a company named with its legal form keeps it when it speaks without; "X, which …, said" is a body; an academy "of" a field is one body', () => {
  const x = extract(
    [
      'Kasompe Copper Processing Ltd. was fined 2 million kwacha by the agency on Tuesday.',
      'Kasompe Copper Processing, which is majority-owned by a company registered abroad, said in a statement that it would "comply fully with every directive".',
      'The Royal Swedish Academy of Sciences said the work had "laid the foundations for new memory chips".',
    ],
    '2025-07-17',
  );
  assert.equal(quote(x, 'comply fully').speaker?.name, 'Kasompe Copper Processing Ltd.');
  assert.equal(quote(x, 'comply fully').speaker?.kind, 'organisation');
  assert.equal(quote(x, 'laid the foundations').speaker?.name, 'Royal Swedish Academy of Sciences');
});

// https://sundaytimes.lk/101107/News/nws_02.html (Sri Lankan copy: "Venerable X Thero" for a Buddhist monk).
test('"Venerable Kiriella Sumanatissa Thero": a monk\'s honorific is not part of his name', () => {
  const x = extract(
    ['"This city is not for sale," Venerable Kiriella Sumanatissa Thero, who led the march, told the crowd.'],
    '2025-08-14',
  );
  assert.equal(quote(x, 'not for sale').speaker?.name, 'Kiriella Sumanatissa Thero');
});

// https://tobaccoreporter.com/2025/05/23/polands-bill-to-ban-sale-of-vapes-pouches-to-minors-moves-forward/ (a vote's
// dissenter named with his party, described in lower case: "X of the far-right Confederation told reporters …").
test('"Krystian Zaremba of the far-right Confederation told reporters": a party described in lower case stands between a name and its verb', () => {
  const x = extract(
    [
      'Health Minister Tadeusz Wrona said the law was overdue.',
      'One of the two MPs who voted against, Krystian Zaremba of the far-right Confederation, told reporters after the vote that the ban would push the trade underground.',
      '"Banning things for teenagers has never stopped teenagers," he said.',
    ],
    '2025-05-23',
  );
  assert.equal(quote(x, 'never stopped teenagers').speaker?.name, 'Krystian Zaremba');
});

// https://www.heritagedaily.com/2026/01/zapotec-tomb-hailed-as-most-important-discovery-in-mexico-in-last-decade/156818 (a
// find told from a fronted time: "In late April, a plough opened a hole in the field of X, a 63-year-old farmer …").
test('"In late April, a plough opened a hole in the field of Anastasio Ruiz Hernández, a farmer": a fronted month is not a workplace', () => {
  const x = extract(
    [
      'Archaeologist Eduardo Cruz Matías said the tomb was "extraordinary".',
      'In late April, a plough opened a hole in the field of Anastasio Ruiz Hernández, a 63-year-old farmer who grows corn and beans.',
      'Ruiz, who speaks Zapotec and some Spanish, said he had first thought a burrow had collapsed.',
      '"I looked inside with the light of my telephone and I saw a face looking at me," he told EFE on Wednesday.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'light of my telephone').speaker?.name, 'Anastasio Ruiz Hernández');
});

// https://www.deccanherald.com/india/tamil-nadu/tamil-nadu-hooch-tragedy-death-toll-rises-to-38-3073449 (Indian copy
// names an officer by office, then by its letters: "District Magistrate X … the DM replied").
test('"District Magistrate Pranav Kumar Jha … the DM replied": an office\'s capitals stand for its holder, not for a body', () => {
  const x = extract(
    [
      'On Thursday, District Magistrate Pranav Kumar Jha visited the Sadar Hospital in Chhapra.',
      'Asked whether the deaths were caused by spurious liquor, the DM replied: "The post-mortem reports will decide that."',
      '"We are still counting," said Kwon Tae-sik, head of the Aviation and Railway Accident Investigation Board (ARAIB).',
      'The ARAIB said a preliminary report would be released "within 30 days".',
    ],
    '2025-01-24',
  );
  assert.equal(quote(x, 'post-mortem reports').speaker?.name, 'Pranav Kumar Jha');
  assert.notEqual(quote(x, 'within 30 days').speaker?.name, 'Kwon Tae-sik');
});

// https://www.indiatvnews.com/rajasthan/rajasthan-school-roof-collapse-5-teachers-suspended-after-7-students-died-in-jhalawar-2025-07-25-1000541
// (a school roof collapse: "a letter written in March by the school's headmaster, X, …,
// in which he described the roof as being “…”").
test('"by the school\'s headmaster, Girdhari Lal Sharma, …, in which he described": a headmaster is a role, and "he" is him', () => {
  const x = extract(
    [
      'Bhairu Lal Jat, a farmer who lives opposite the school, was among the first to reach the building. "I drove my tractor straight through the gate," he said.',
      'HT has seen a letter written in March by the school\'s headmaster, Girdhari Lal Sharma, to the block education office, in which he described the roof as being "in a dangerous condition".',
    ],
    '2025-01-24',
  );
  assert.equal(quote(x, 'dangerous condition').speaker?.name, 'Girdhari Lal Sharma');
});

// https://cumhuriyetdaily.com/world/france-slams-algerias-expulsions-as-unjustifiable-urges-return-to-2137614
// (AFP on expelled diplomats: "Algeria's foreign ministry said X bore “…”, accusing him of …").
test('"The ministry said X bore “…”, accusing him of trying to “…”": a participle after the words goes on from the sentence\'s saying', () => {
  const x = extract(
    [
      'The Algerian foreign ministry said French Interior Minister Laurent Bessiere bore "full responsibility" for the crisis, accusing him of trying to "humiliate Algeria" for political gain.',
    ],
    '2025-04-15',
  );
  assert.equal(quote(x, 'full responsibility').speaker?.name, 'Algerian Foreign Ministry');
});

// https://thenorthernpost.net/?p=2674 (a mountain rescue: "Alpine Club of Pakistan secretary X told Dawn by phone …").
test('"Alpine Club of Pakistan secretary Nadeem Abbas told Dawn …": a body\'s own "of" does not make its officer an object', () => {
  const x = extract(
    [
      'Asked whether he would return to Pakistan, Tomas Dvorak smiled and said: "Of course."',
      'Alpine Club of Pakistan secretary Nadeem Abbas told Dawn that the club had contacted the army within an hour.',
      '"Weather did not allow a flight on Sunday," he said.',
    ],
    '2025-07-08',
  );
  assert.equal(quote(x, 'Weather did not allow').speaker?.name, 'Nadeem Abbas');
});

// https://www.thenews.com.pk/latest/499802-ecc-decides-to-impose-ban-on-export-of-wheat ("The Ministry of Commerce issued
// a notification … amending the Export Policy Order, saying the ban would apply “…”").
test('"The Ministry of Commerce issued a notification … amending the Export Policy Order, saying …": the subject says it, not the object', () => {
  const x = extract(
    [
      'The Ministry of Commerce issued a notification late on Tuesday amending the Export Policy Order, saying the ban would apply "with immediate effect and until further orders".',
      'Government spokesman Anucha Srisawat hit back on Saturday, saying the opposition had "its facts out of date".',
    ],
    '2025-09-10',
  );
  assert.equal(quote(x, 'with immediate effect').speaker?.name, 'Ministry of Commerce');
  assert.equal(quote(x, 'facts out of date').speaker?.name, 'Anucha Srisawat');
});

// https://www.wallafricajournal.com/france-algeria-diplomatic-rift-deepens (AFP: "Foreign Minister X told France Inter
// …. X, a former minister, has made … ¶ Hours later he wrote on X that …"). The language library reads "Etienne" as a
// woman's name.
test('a first name\'s gender is a guess the text corrects: "Etienne Marchal … ¶ He wrote" is him when no one else is about', () => {
  const x = extract(
    [
      '"We are showing that we can respond firmly," Foreign Minister Etienne Marchal told France Inter radio on Tuesday morning.',
      'Marchal, a former European affairs minister, has made repairing ties with Algeria one of his priorities.',
      'Hours later he wrote on X that the decision was "unjustified and incomprehensible".',
    ],
    '2025-04-15',
  );
  assert.equal(quote(x, 'unjustified and incomprehensible').speaker?.name, 'Etienne Marchal');
});

// https://www.euronews.com/2023/12/12/three-men-arrested-and-turkish-league-games-suspended-after-referee-attacked (a
// federation "condemned what it called “…”"); https://www.cbsnews.com/news/christopher-columbus-statue-taken-down-chicago/
// (a church body "said in a statement that …"); the BBC on a capsized boat ("Senegal's navy said …. “…,” it said").
test('bodies that condemn "what it called “…”", archdioceses, a country\'s navy, and "“…,” it said" after a body in the same paragraph', () => {
  const x = extract(
    [
      'The Archdiocese of Santiago said in a statement that the statue would be kept "while the truth is established".',
      'The Cyprus Football Association (CFA) condemned what it called "an unacceptable and cowardly attack" in a statement issued late on Sunday.',
      'Iraq\'s Foreign Ministry also condemned the storming, calling it "an act that harms Iraq\'s image".',
      'Senegal\'s navy said on Facebook that its divers had pulled 17 more bodies from the sea. "In total, 26 bodies have been recovered," it said.',
      'The Jury of Appeal rejected the protest two hours later. In a short ruling, it said video showed "contact initiated by both athletes".',
    ],
    '2025-03-14',
  );
  assert.equal(quote(x, 'truth is established').speaker?.name, 'Archdiocese of Santiago');
  assert.equal(quote(x, 'cowardly attack').speaker?.name, 'Cyprus Football Association');
  assert.equal(quote(x, "harms Iraq's image").speaker?.name, 'Iraqi Foreign Ministry');
  assert.equal(quote(x, '26 bodies').speaker?.name, 'Senegalese Navy');
  assert.equal(quote(x, 'contact initiated').speaker, null);
});

// https://www.indiawest.com/news/india/pirates-attack-oil-tanker-headed-to-southern-india-indian-crew/article_47096c98-187e-11ea-957d-bfa92ce92b85.html
// (a navy speaks, then the ship's manager, then "the company said").
test('"the company said" is the one company recently named, a navy beside it being no company', () => {
  const x = extract(
    [
      "Pirates abandoned the tanker before dawn Tuesday, Togo's navy said.",
      "The ship's manager, Piraeus-based Aegean Star Tanker Management, said in a statement that the families had been informed.",
      '"Our absolute priority is the safe return of our six colleagues," the company said.',
    ],
    '2025-03-14',
  );
  assert.equal(quote(x, 'absolute priority').speaker?.name, 'Aegean Star Tanker Management');
});

// https://www.ngaardamedia.com.au/news/murujuga-celebrates-world-heritage-listing-with-community-event-at-hearson-cove
// (ABC copy in the present tense: "Professor X says …", "“…,” he says.").
test('words in the present tense ("he says") are the report\'s day, not the day of the story\'s event', () => {
  const x = extract(
    [
      'The World Heritage Committee approved the listing at its meeting in Paris on Friday afternoon.',
      '"Now the whole world has been told," corporation chair Clifford Walker said outside the committee room.',
      'Archaeologist Hannah Lowe says the listing changes little on its own. "The evidence is clear that the rock is changing," she says.',
    ],
    '2025-07-12',
  );
  assert.equal(quote(x, 'whole world has been told').date, '2025-07-11');
  assert.equal(quote(x, 'evidence is clear').date, '2025-07-12');
});

// https://www.thenews.com.pk/latest/499802-ecc-decides-to-impose-ban-on-export-of-wheat ("Briefing reporters at the Press
// Information Department after the cabinet meeting, the minister said …"); https://sundaytimes.lk/101107/News/nws_02.html
// ("told reporters at the Finance Ministry in Colombo").
test('"Briefing reporters at the Press Information Department": a body\'s building where reporters are told is the venue', () => {
  const x = extract(
    [
      'ISLAMABAD: The federal cabinet on Tuesday imposed a ban on wheat exports.',
      'Briefing reporters at the Press Information Department after the cabinet meeting, Food Minister Rana Tariq Mehmood said traders were "moving stock across the border".',
      'Deputy Finance Minister Chaminda Wickramage told reporters at the Finance Ministry in Colombo on Thursday that it was "a renewal".',
    ],
    '2025-09-17',
  );
  assert.equal(quote(x, 'moving stock').place?.name, 'Press Information Department');
  assert.equal(quote(x, 'a renewal').place?.name, 'Finance Ministry');
});

// https://www.einpresswire.com/article/776205510/man-made-smuggling-tunnel-discovered-on-the-border (AP: "X, a retired
// Border Patrol chief, said in an interview that … ¶ “…,” X said."): words after a report of what someone said in an
// interview, with no place of their own, are not placed at the dateline.
test('"X said in an interview that … ¶ “…,” X said" is not placed at the dateline; "in his office in Tokyo" still places', () => {
  const x = extract(
    [
      'EL PASO, Texas (AP) — Federal agents sealed a smuggling tunnel under a storm drain on Tuesday.',
      'Ray Castellano, a retired Border Patrol chief, said in an interview that smugglers had long seen the drains as a weak point.',
      '"The drains were built to move water, not to stop people," Castellano said.',
      'In an interview in his office in Tokyo on Thursday, Farm Minister Kenji Takamatsu said the policy would be reviewed.',
      '"We sold stockpile rice for 2,000 yen a bag," he said.',
    ],
    '2025-03-12',
  );
  assert.equal(quote(x, 'built to move water').place, null);
  assert.equal(quote(x, 'stockpile rice').place?.name, 'Tokyo');
});

// https://dawn.com/news/1787323 (Dawn's own reporters: "X told Dawn on Thursday that … ¶ “…,” he said.").
test('"told Dawn" in an article from Dawn is told to an outlet: the words after it are not placed at the press conference', () => {
  const x = extract(
    [
      'LAHORE: The Punjab government on Thursday declared a smog emergency.',
      'Announcing the measures at a press conference at the Punjab Civil Secretariat, Environment Minister Rabia Khokhar said it was "a public health crisis".',
      "The department's director general, Imran Hamid Sheikh, told Dawn on Thursday that vehicle emissions were the largest source.",
      '"Half of this smoke is ours," he said.',
    ],
    '2024-11-08',
    't',
    'Dawn',
  );
  assert.equal(quote(x, 'public health crisis').place?.name, 'Punjab Civil Secretariat');
  assert.equal(quote(x, 'Half of this smoke').place, null);
});

// https://diggers.news/local/2025/09/12/mps-demand-legal-action-against-those-responsible-for-kafue-river-pollution/ (AP
// copy: "X walked a reporter along … her field outside Chingola on Thursday. ¶ “…,” X told The Associated Press.").
test('"X walked a reporter along her field outside Chingola. ¶ “…,” X told The Associated Press": told the paper where it found her', () => {
  const x = extract(
    [
      "KITWE, Zambia (AP) — Zambia's environment agency fined a copper processor on Wednesday.",
      'Beatrice Mumba, a 52-year-old vegetable farmer, walked a reporter along a row of dead banana plants at the edge of her field outside Chingola on Thursday.',
      '"Everything I planted near the water died in one week," Mumba told The Associated Press.',
      'Reached by phone in the port of Ndola, Galina Banda said she had heard the news from a neighbour.',
      '"I screamed so loudly that the whole building came out," she told The Associated Press.',
    ],
    '2025-07-17',
  );
  assert.equal(quote(x, 'Everything I planted').place?.name, 'Chingola');
  assert.equal(quote(x, 'I screamed').place, null);
});

// https://ggbnews.com/article/crown-to-get-sri-lanka-casino (a listed company named with "PLC", then without it).
test('a name the text gives a company\'s legal form is a body\'s, by its fullest name ("Lanka Harbour Leisure PLC")', () => {
  const x = extract(
    [
      'The resort, owned by Colombo-listed Lanka Harbour Leisure PLC, was approved by the cabinet last week.',
      'Lanka Harbour Leisure said in a filing on Wednesday that the renewal would "provide certainty for investors".',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'provide certainty').speaker?.name, 'Lanka Harbour Leisure PLC');
  assert.equal(quote(x, 'provide certainty').speaker?.kind, 'organisation');
});

// Titles before a name no list knows, in the three places copy puts them (before the verb, after "said", before "told
// reporters"): religious orders and church offices, teachers of other faiths, trades, and abbreviated titles
// (https://www.gmanetwork.com/news/topstories/regions/182767/cebu-court-convicts-killer-of-radio-broadcaster/story/:
// Philippine copy's "Atty. X" and "Fr. Y").
test('a title before a name no list knows is not part of the name, wherever the name stands', () => {
  const titles = [
    'Elder',
    'Deacon',
    'Sister',
    'Brother',
    'Canon',
    'Swami',
    'Paramedic',
    'Ranger',
    'Chef',
    'Solicitor',
    'Fr.',
    'Atty.',
    'Amb.',
    'Olympic champion',
    'Nobel laureate',
    'Independent candidate',
    'Union boss',
    'BJP MLA',
    'Pensioner',
    'Widow',
    'Blogger',
  ];
  for (const title of titles)
    for (const sentence of [
      `${title} Zandile Okonkwo-Berg said the plan was "good enough for now".`,
      `"This is good enough for now," said ${title} Zandile Okonkwo-Berg.`,
      `The plan was "good enough for now", ${title} Zandile Okonkwo-Berg told reporters.`,
    ])
      assert.equal(quote(extract([sentence], '2025-05-01'), 'good enough').speaker?.name, 'Zandile Okonkwo-Berg', sentence);
});

// https://www.gmanetwork.com/news/topstories/regions/182767/cebu-court-convicts-killer-of-radio-broadcaster/story/
// (Filipino copy abbreviates María in names: "Judge Ma. Theresa Lagunay-Ocampo").
test('"Ma. Teresa Bañares": an abbreviated given name is part of the name, not a sentence\'s end or a title', () => {
  for (const sentence of [
    'Ma. Teresa Bañares said the plan was "good enough for now".',
    '"This is good enough for now," said Governor Ma. Teresa Bañares.',
  ])
    assert.equal(quote(extract([sentence], '2025-05-01'), 'good enough').speaker?.name, 'Ma. Teresa Bañares', sentence);
});

test('a verb of saying before a thing\'s name ("announced the closure of Casa Bassani", "said in a Facebook post") proves no one', () => {
  const x = extract(
    [
      'Lorenzo Bassani, the Michelin-starred chef, is to close his Marylebone restaurant after 22 years.',
      'He announced the closure of Casa Bassani in a post on Wednesday, telling customers it had been "the hardest of my working life".',
      'Bassani said the rent had risen "by more than 40 per cent".',
    ],
    '2025-01-09',
  );
  assert.equal(quote(x, 'by more than 40').speaker?.name, 'Lorenzo Bassani');
});

// https://hubtrades.com/thyssenkrupp-employees-will-not-support-tata-jv-at-any-price (Reuters on a merger: "X told
// Reuters by phone from Kemi"; "said by phone from Eldoret"): where the speaker
// was, not where anyone heard the words (a video link from somewhere still places them there).
test('"told Reuters by phone from Kemi" leaves the words unplaced; "by video link from Port Sudan" places them', () => {
  const x = extract(
    [
      '"This is a closure with a press release attached," the union\'s chair, Satu Kivelä, told Reuters by phone from Kemi.',
      'Speaking by video link from Port Sudan, the UN co-ordinator Ingrid Solheim said there was "not a single guarantee".',
    ],
    '2025-05-16',
  );
  assert.equal(quote(x, 'press release attached').place, null);
  assert.equal(quote(x, 'single guarantee').place?.name, 'Port Sudan');
});

// https://neefina.com/explosion-rocks-dutch-museum-before-gold-masterpieces-stolen (AP openings: "TONGEREN, Belgium
// (AP) — …"; "X said in a video address that …"): the dateline places the
// opening's events and what is said there, not words the opening says were written, posted, phoned or told a paper.
test('a dateline does not place the opening\'s words told elsewhere ("said in a telephone interview", "told The Associated Press")', () => {
  for (const sentence of [
    'KITWE, Zambia (AP) — Mayor Zandile Okonkwo said in a telephone interview that the plan was "good enough for now".',
    'KITWE, Zambia (AP) — "The plan is good enough for now," Mayor Zandile Okonkwo told The Associated Press.',
    'KITWE, Zambia (AP) — "The plan is good enough for now," Mayor Zandile Okonkwo said in a phone call with reporters.',
    'KITWE, Zambia (AP) — Mayor Zandile Okonkwo wrote in an op-ed that the plan was "good enough for now".',
  ])
    assert.equal(quote(extract([sentence], '2025-05-16'), 'good enough').place, null, sentence);
  const said = extract(['KITWE, Zambia (AP) — "The plan is good enough for now," Mayor Zandile Okonkwo told reporters.'], '2025-05-16');
  assert.equal(quote(said, 'good enough').place?.name, 'Kitwe');
});

// https://www.cambstimes.co.uk/news/minister-boosts-hopes-for-more-cash-for-wisbech-on-fenland-4883388 ("the message from
// Communities Minister X during a visit to the town").
test('"said during a visit to Kabwe": a visit\'s destination is where the words were said', () => {
  const x = extract(['Mayor Zandile Okonkwo said during a visit to Kabwe that the plan was "good enough for now".'], '2025-05-16');
  assert.equal(quote(x, 'good enough').place?.name, 'Kabwe');
});

// https://www.einpresswire.com/article/709478374/opening-statement-of-senator-risa-hontiveros-during-the-pogo-hearing
// (Philippine Senate copy: "Sen. X Jr. said …"; the president, "Ferdinand Marcos Jr.").
test('a generation after a name keeps its full stop ("Kwame Mensah Jr.") wherever the name stands', () => {
  for (const sentence of [
    'Kwame Mensah Jr. said the plan was "good enough for now".',
    '"This is good enough for now," said Kwame Mensah Jr.',
    'Health Minister Kwame Mensah Jr. said the plan was "good enough for now".',
  ])
    assert.equal(quote(extract([sentence], '2025-05-01'), 'good enough').speaker?.name, 'Kwame Mensah Jr.', sentence);
});

// https://www.kildarestreet.com/debate/?id=2024-05-28a.13 (Dáil reporting: "said Fine Gael TD X", "Sinn Féin TD Y told the
// chamber").
test('"said Fine Gael TD Ciarán Moran": a party before its member\'s office and name describes them and does not speak', () => {
  const x = extract(['"This is good enough for now," said Fine Gael TD Ciarán Moran.'], '2025-05-01');
  assert.equal(quote(x, 'good enough').speaker?.name, 'Ciarán Moran');
});

// https://panxmedia.blogspot.com/2024/09/at-least-13-missing-after-bridge.html (AP: "X, vice chairman of the Y provincial
// People's Committee, told reporters …").
test('an office set off by commas with no article ("X, vice chairman of the Ninh Hoa provincial People\'s Committee,") names the body, not the speaker', () => {
  const x = extract(
    [
      '"The water is still rising," Tran Duc Vinh, vice chairman of the Ninh Hoa provincial People\'s Committee, told reporters on Tuesday.',
    ],
    '2025-09-10',
  );
  assert.equal(quote(x, 'still rising').speaker?.name, 'Tran Duc Vinh');
});

// https://www.healthcare-management.uk/mhra-approves-lung-cancer-drug ("X, chief executive of the charity Y, said").
test('"chief executive of the charity Bone Cancer Relief UK": the name after the charity is the body, the speaker is the one named first', () => {
  const x = extract(
    ['Moira Pendle, chief executive of the charity Bone Cancer Relief UK, said in a statement that the approval was "a landmark day".'],
    '2025-09-10',
  );
  assert.equal(quote(x, 'landmark day').speaker?.name, 'Moira Pendle');
  assert.ok(!x.newPeople.some((p) => /Cancer/.test(p.name)));
});

// https://sofiaglobe.com/2024/12/06/on-11th-day-of-first-sitting-bulgarias-parliament-elects-kiselova-as-speaker/ (the
// oldest member hands over the chair: "…," he told the new Speaker).
test('"“…,” he told Kirova": whom the words were told to never takes the pronoun', () => {
  // (Names whose gender the language library does not know, so that only the rule keeps the pronoun from the hearer.)
  const x = extract(
    [
      'Parliament elected Radoslava Kirova as Speaker on Friday.',
      '"We proved them wrong," Kirova said.',
      'Dobrev handed over the chair to applause from most of the hall. "I give you the bell and wish you patience," he told Kirova.',
    ],
    '2024-12-06',
  );
  assert.notEqual(quote(x, 'give you the bell').speaker?.name, 'Radoslava Kirova');
});

// https://torontosun.com/sports/tennis/nick-kyrgios-fined-35000-for-angry-outburst-at-miami-open ("a Y backhand that he
// believed was long"): a name before a thing describes the thing.
test('"Kessel\'s anger boiled over when a Moretti backhand that he believed was long …": the pronoun is the owner\'s, not the name that describes a shot', () => {
  const x = extract(
    [
      "American Dan Kessel was fined on Thursday after his loss to Italy's Luca Moretti.",
      "Kessel's anger boiled over in the second set, when a Moretti backhand that he believed was long was called in.",
      'Asked whether he blamed the line-calling system, he said: "The machine is the machine."',
    ],
    '2025-03-27',
  );
  assert.equal(quote(x, 'machine is the machine').speaker?.name, 'Dan Kessel');
});

// https://fightnews.com/ioka-i-want-estrada-for-unification-tanaka-i-may-stay-at-flyweight/65768 ("Promoter X said"), and
// https://www.ibtimes.com/gabon-ex-junta-chief-oligui-sworn-after-election-win-3772381 ("he wished the new president
// success but said …").
test('what someone does before their name is a role ("Promoter Kenji Arata"); the one wished success does not speak', () => {
  const promoter = extract(['Promoter Kenji Arata said "talks have already begun" with the champion\'s team.'], '2025-05-01');
  assert.equal(quote(promoter, 'talks have already begun').speaker?.name, 'Kenji Arata');
  const wished = extract(
    [
      'The oath was administered by Justice Amélie Ngoma, who then declared him president.',
      'The runner-up, former Prime Minister Paul Essono, did not attend. In a post, he wished Justice Ngoma well but said the result "cannot be measured by a score".',
    ],
    '2025-05-03',
  );
  assert.equal(quote(wished, 'cannot be measured').speaker?.name, 'Paul Essono');
});

// https://www.signalng.com/maiduguri-flood-fg-begins-evacuation-opens-idp-camps-for-residents-in-affected-communities/
// (Nigerian flood copy: displaced families at a named camp, "said X, a mother of five from Y, at the camp on Wednesday").
test('"said Amina Bukar, a mother of five from Gwange, at the camp on Wednesday": the sayer set off, then where and when they said it', () => {
  const x = extract(
    [
      'At the Dalori camp on the outskirts of the city, which the government reopened on Tuesday, hundreds of families waited on Wednesday.',
      '"We left with nothing," said Amina Bukar, a 35-year-old mother of five from Gwange, at the camp on Wednesday.',
    ],
    '2024-09-12',
  );
  const q = quote(x, 'left with nothing');
  assert.equal(q.date, '2024-09-11');
  assert.equal(q.place?.name, 'Dalori camp');
  // A side's camp is not a place: "in the Okoye camp", "at the Opposition camp at the Crest Hotel" (the hotel).
  const side = extract(
    ['Only on Tuesday, Mr Tamua had told supporters at the Opposition camp at the Crest Hotel that he had "the numbers" to win.'],
    '2024-09-12',
  );
  assert.notEqual(quote(side, 'the numbers').place?.name, 'Opposition camp');
});

// https://www.rebelnews.com/erratic_health_minister_oversees_growing_wait_times (Canadian provincial politics: "in
// question period at the Manitoba Legislature").
test('a province\'s chamber named by its province ("the Saskatchewan Legislature") is that province\'s legislature', () => {
  const x = extract(
    [
      'Opposition health critic Carla Dubois raised the figures in question period at the Saskatchewan Legislature on Wednesday.',
      '"Every one of those people has a name," Dubois said.',
    ],
    '2025-03-13',
  );
  assert.equal(quote(x, 'has a name').place?.name, 'Legislative Assembly of Saskatchewan');
});

// https://www.nationalheraldindia.com/national/uttarakhand-almora-bus-accident-toll-crosses-36-includes-10-women ("In
// August, the village pradhan, X, had written …").
test('"In August, the village head, X, had written …": a month before an apposition is no place', () => {
  const x = extract(
    [
      'In August, the village head, Mohan Singh Rawat, had written to the roads department warning that "a major accident is waiting to happen".',
    ],
    '2024-11-05',
  );
  assert.equal(quote(x, 'major accident').place, null);
});

// https://hackwatchit.com/ransomware-suspected-in-kettering-health-cyberattack-disrupting-patient-services-canceling-elective-procedures
// (a hospital system's briefing "at the system's flagship X Medical Center").
test('"at the system\'s flagship Lakeview Medical Center": an owner and an adjective before a venue\'s name', () => {
  const x = extract(
    ['"We are deeply sorry," CEO Ruth Alder said at a news conference Wednesday at the system\'s flagship Lakeview Medical Center.'],
    '2025-06-05',
  );
  assert.equal(quote(x, 'deeply sorry').place?.name, 'Lakeview Medical Center');
});

// https://kfgo.com/2025/12/07/marathon-kenyans-korir-and-jepkosgei-win-valencia-marathon-triathlete-yee-impresses (Reuters
// marathon copy: a pre-race news conference told after the race's, then "Asked on Sunday whether …, he laughed").
test('"Asked on Sunday whether …, he laughed": a question\'s fronted day dates the answer that follows', () => {
  const x = extract(
    [
      'At the pre-race news conference at the Grand Hotel on Friday, Abebe Tola said: "I came for the clock."',
      'Asked on Sunday whether he could go faster next year, he laughed. "Maybe," he said. "But first I want to sleep for three days."',
    ],
    '2024-10-21',
  );
  assert.equal(quote(x, 'sleep for three days').date, '2024-10-20');
});

// https://www.france24.com/en/live-news/20230321-struggling-sevilla-sack-sampaoli (AFP football copy: "Club X sacked
// coach Y on Monday").
test('"Hellas Verona sacked coach Paolo Ferrandi": the verb before a role is the sentence\'s, not part of the role', () => {
  for (const [sentence, role] of [
    ['Atletico Norte sacked coach Renzo Malfatti on Monday.', 'coach'],
    ['The board appointed chief executive Dana Whitfield in March.', 'chief executive'],
    ['Police arrested opposition leader Kofi Mensah-Bonsu on Friday.', 'opposition leader'],
  ] as const) {
    const x = extract([sentence], '2025-02-17');
    assert.equal(x.newPeople[0]?.role, role, sentence);
  }
});

// https://www.africanews.com/2024/07/29/ethiopias-central-bank-allows-currency-to-plunge-in-a-bid-to-secure-imf-loan (a
// currency float: "The National Bank of … floated …", then "the central bank said"; an opposition party's post; "the Office
// of the Prime Minister said").
test('bodies named as news names them: "the central bank" after its name, "the opposition Unity for Renewal party", "the Office of the Prime Minister"', () => {
  const bank = extract(
    [
      'The Central Bank of Lesotho floated the loti on Monday.',
      'In a statement, the central bank said banks could trade "at freely negotiated rates".',
    ],
    '2025-07-30',
  );
  assert.equal(quote(bank, 'freely negotiated').speaker?.name, 'Central Bank of Lesotho');
  const party = extract(['The opposition Unity for Renewal party said the reforms were "imposed without a debate".'], '2025-07-30');
  assert.equal(quote(party, 'imposed without').speaker?.name, 'Unity for Renewal');
  const office = extract(['The Office of the Prime Minister said the result was "a clear signal of stability".'], '2025-07-30');
  assert.equal(quote(office, 'clear signal').speaker?.name, 'Office of the Prime Minister');
});

// https://brnodaily.cz/2025/06/01/news/politics/justice-minister-blazek-resigns-over-bitcoin-affair (a minister resigns;
// "X has not commented publicly").
test('"Mr. Novotný has not commented publicly": words not said give no one a speaker', () => {
  for (const sentence of [
    'Mr. Novotný has not commented publicly on the investigation.',
    'Petr Novotný did not immediately respond to a request for comment.',
  ]) {
    const x = extract(['Justice Minister Petr Novotný resigned on Monday.', sentence], '2025-01-01');
    assert.ok(!x.entries.some((e) => e.text.includes('Novotný') && !e.text.includes('resigned') && e.speaker), sentence);
  }
});

// https://news.cfa.vic.gov.au/news/a-model-way-to-prepare-a-community-for-bushfire (a fire service first named with its
// state, then by its shorter name).
test('a body named once with its place ("the NSW Rural Fire Service") keeps it when it speaks by its shorter name', () => {
  const x = extract(
    [
      'Crews from the NSW Rural Fire Service worked through the night.',
      'The Rural Fire Service said the fire was "contained but not yet out".',
    ],
    '2025-01-01',
  );
  assert.equal(quote(x, 'contained but not').speaker?.name, 'NSW Rural Fire Service');
  // Two places' services: which one, the text does not say.
  const two = extract(
    [
      'Crews from the NSW Rural Fire Service and the Queensland Rural Fire Service worked through the night.',
      'The Rural Fire Service said the fire was "contained but not yet out".',
    ],
    '2025-01-01',
  );
  assert.equal(quote(two, 'contained but not').speaker?.name, 'Rural Fire Service');
});

// https://sundaytimes.lk/101107/News/nws_02.html (Colombo casino row: monks march on a day, then "X told the crowd
// outside the station").
test('a crowd on the move on a day ("… monks and supporters marched … on Wednesday afternoon") dates the words that open the next paragraph', () => {
  const x = extract(
    [
      'Deputy Minister Ravi Perera told reporters on Thursday that the licence was lawful.',
      'Several hundred monks and lay supporters marched from the old railway terminus towards the secretariat on Wednesday afternoon before police stopped them.',
      '"This government cannot turn the city into a gambling town," Venerable Sumana Thero told the crowd outside the terminus.',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'gambling town').date, '2025-08-13');
});

// https://www.africanews.com/2024/07/29/ethiopias-central-bank-allows-currency-to-plunge-in-a-bid-to-secure-imf-loan
// ("X described the change as “…” at a news conference at the bank's headquarters on Monday").
test('"described the change as “…” at a news conference … on Monday": the words, then where and when they were said', () => {
  const x = extract(
    [
      'ADDIS ABABA, Ethiopia (AP) — Shopkeepers said Tuesday that prices were already starting to climb.',
      'Vice Governor Abel Tadesse described the change as "the most important decision in decades" at a news conference at the bank\'s headquarters on Monday.',
    ],
    '2024-07-30',
  );
  assert.equal(quote(x, 'most important decision').date, '2024-07-29');
});

// https://asiapacificreport.nz/2025/08/31/huge-relief-in-samoa-post-snap-general-election-says-aupito/ (RNZ Pacific copy:
// "…," she told RNZ Pacific, in RNZ Pacific's own story).
test('words told the outlet that reports them ("she told RNZ Pacific" in its own story) are of the day of the report, not the story\'s', () => {
  const x = extract(
    [
      'APIA, Samoa — Counting in the election ended on Tuesday with no party holding a majority.',
      'Dr Mele Fa\'asavalu, a lecturer in politics, said the extra seats were the wild card. "Then every independent becomes a kingmaker," she told RNZ Pacific.',
    ],
    '2025-09-04',
    't',
    'RNZ Pacific',
  );
  assert.equal(quote(x, 'kingmaker').date, '2025-09-04');
});

// https://www.romaniajournal.ro/politics/electoral-clashes-for-presidential-election-kick-off-at-cotroceni-palace/ (debate
// reactions: "Analyst X told Romania Insider that …. ¶ “…,” he said."); and "told The Namibian on the sidelines of the
// ceremony", at the story's occasion.
test("more words of what someone told a paper are of the report's day; told it at the occasion, of the occasion's", () => {
  const told = extract(
    [
      'BUCHAREST — The two candidates met in a televised debate on Wednesday.',
      'Political analyst Dan Mirea told Romania Insider that neither candidate had made a decisive mistake.',
      '"Each of them spoke to their own voters," he said.',
    ],
    '2025-05-08',
    't',
    'Romania Insider',
  );
  assert.equal(quote(told, 'their own voters').date, '2025-05-08');
  const there = extract(
    [
      'WINDHOEK — The new president was sworn in on Friday.',
      'SADC executive secretary Tendai Moyo told The Namibian on the sidelines of the ceremony that power had changed hands peacefully.',
      '"That is worth something," she said.',
    ],
    '2025-03-24',
  );
  assert.equal(quote(there, 'worth something').date, '2025-03-21');
});

// https://vietnamnews.vn/society/1666288/real-estate-tycoon-appeals-death-sentence.html ("The Procuracy had asked last
// month for a life sentence, saying the fraud had caused “…”"); Pakistani court copy ("The Bar Association, in a
// resolution passed last week, termed the amendments “…”").
test('"had asked last month …, saying “…”" and ", in a resolution passed last week, termed … “…”": the saying\'s time', () => {
  const asked = extract(
    [
      'The city prosecutors had asked last month for a sentence of life imprisonment, saying the fraud had caused "particularly serious" damage.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(asked, 'particularly serious').date, '2025-05');
  const termed = extract(
    ['The Karachi Bar Association, in a resolution passed last week, termed the amendments "a direct assault on the press".'],
    '2025-03-11',
  );
  const q = quote(termed, 'direct assault');
  assert.equal(q.speaker?.name, 'Karachi Bar Association');
  assert.equal(q.date, '2025-03-03');
  assert.equal(q.precision, 'week');
});

// https://www.inkl.com/news/protesters-clash-with-police-in-ecuador-amid-nationwide-strike-over-fuel-prices (AP market
// copy: "vegetable seller X was stacking sacks …. ¶ “…,” she said."; a blast's witnesses: "Delivery driver X had parked …").
test('"vegetable seller Mercedes Quishpe", "Delivery driver Zhao Wei": a trade before a name makes a person, whom the pronoun next means', () => {
  const seller = extract(
    [
      'Police spokesman Maj. Diego Zambrano told reporters on Tuesday that the roads would stay open.',
      "In the capital's San Roque market, vegetable seller Mercedes Quishpe was stacking sacks of potatoes.",
      '"If the truck costs more, the potatoes cost more," she said.',
    ],
    '2025-01-01',
  );
  assert.equal(quote(seller, 'potatoes cost more').speaker?.name, 'Mercedes Quishpe');
  const driver = extract(
    ['Delivery driver Zhao Wei had parked his van outside minutes before the explosion. "Two seconds later, there was no shop," he said.'],
    '2025-01-01',
  );
  assert.equal(quote(driver, 'no shop').speaker?.name, 'Zhao Wei');
});

// https://www.inkl.com/news/protesters-clash-with-police-in-ecuador-amid-nationwide-strike-over-fuel-prices ("Police
// spokesman Maj. X told reporters …"): a gendered role before a rank says who "she" is not.
test('"Police spokesman Maj. Diego Zambrano": the role before the rank gives the gender, so "she" is not him', () => {
  const x = extract(
    [
      'Police spokesman Maj. Diego Zambrano told reporters on Tuesday that the roads would stay open.',
      '"The potatoes cost more," she said.',
    ],
    '2025-01-01',
  );
  assert.equal(quote(x, 'potatoes cost more').speaker, null);
});

// https://panxmedia.blogspot.com/2024/09/at-least-13-missing-after-bridge.html ("…, according to the Vietnam Disaster and
// Dyke Management Authority"): a body's name with "and" in it, whole.
test('"according to the Quang Tri Disaster and Dyke Management Authority": of two names found from one place, the whole one', () => {
  const x = extract(
    [
      'The storm has killed at least 20 people, "most of them buried by landslides," according to the Quang Tri Disaster and Dyke Management Authority.',
    ],
    '2025-01-01',
  );
  assert.equal(quote(x, 'buried by landslides').speaker?.name, 'Quang Tri Disaster and Dyke Management Authority');
});

// https://getnewsfirst.com/posts/i-screamed-winner-of-third-largest-us-lottery-jackpot-steps-forward ("a packed news
// conference at the Iowa Lottery's headquarters"); and a city's name before "headquarters" is the city.
test('"at the Iowa Lottery\'s headquarters": an organisation\'s offices with no city named are a building of their own', () => {
  const x = extract(
    ['DES MOINES, Iowa (AP) — "I read them off the TV," Dale Ringer told a packed news conference at the Iowa Lottery\'s headquarters.'],
    '2025-03-11',
  );
  assert.equal(quote(x, 'off the TV').place?.name, 'Iowa Lottery headquarters');
  const city = extract(
    ['"More room to ease," Governor Anna Breman told reporters at the Reserve Bank\'s Wellington headquarters.'],
    '2025-03-11',
  );
  assert.equal(quote(city, 'room to ease').place?.name, 'Wellington');
});

// https://yorkpress.co.uk/news/24520662.a-level-results-day-york-north-east-yorkshire (twins opening their results
// together, named with one surname, then each quoted by first name).
test('"Twins Lily and Grace Atkinson … Lily said": a first name before "and" and a full name shares its surname', () => {
  const x = extract(
    [
      'For some it was a family affair. Twins Tamsin and Ffion Rowlatt, 18, opened their envelopes together in the sports hall.',
      '"We have shared a room for eighteen years," Tamsin said.',
      '"Different cities is fine," Ffion said.',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'shared a room').speaker?.name, 'Tamsin Rowlatt');
  assert.equal(quote(x, 'Different cities').speaker?.name, 'Ffion Rowlatt');
  // ("John said" after "the couple, John and Mary …": the one person named in full with that first name.)
  const couple = extract(['The couple, John and Mary Hollis, watched the barn burn.', '"It is only wood," John said.'], '2025-08-14');
  assert.equal(quote(couple, 'only wood').speaker?.name, 'John Hollis');
});

// https://krdo.com/cnn-regional/2024/12/18/hundreds-attend-madison-vigil-to-mourn-deadly-school-shooting ("Junior X, 17,
// …"); https://www.wsbradio.com/entertainment/kathryn-bigelow/WA7X6C6RMFDD5PDB3DZQH35QCI/ ("co-star X said").
test('"Junior Maya Torres", "Co-star Valentina Soler", "“…,” Harbourmaster X said": what someone is, not their name', () => {
  const x = extract(
    [
      'Junior Odalys Brenneman, 17, wore a T-shirt with the names written on the back.',
      '"We are going to be angry for a while," Brenneman said.',
      'Co-star Ivetta Quenneville posted a photograph of the empty screening room. "Still shaking," Quenneville wrote.',
      '"The water is rising fast," Harbourmaster Kelsey Marrow said on Monday.',
    ],
    '2025-05-05',
  );
  assert.equal(quote(x, 'angry for a while').speaker?.name, 'Odalys Brenneman');
  assert.equal(quote(x, 'Still shaking').speaker?.name, 'Ivetta Quenneville');
  assert.equal(quote(x, 'rising fast').speaker?.name, 'Kelsey Marrow');
});

// https://damenoticias.com/nota/592586-vecinos-de-sarandi-indignados-por-el-arroyo-de-la-localidad-que-amanecio-tenido-de-rojo
// (Spanish bodies named with "del": "Vecinos del Arroyo …", a tannery "… del Plata").
test('"Curtidos del Plata said": a name with "del" in it is one name', () => {
  const x = extract(
    [
      'Tenerías del Riachuelo, one of the tanneries, said in a statement that it was "cooperating fully with the inspectors".',
      'The group Vecinos del Arroyo Piñeyro wrote on Instagram that it had filed "more than forty complaints in five years".',
    ],
    '2025-02-07',
  );
  assert.equal(quote(x, 'cooperating fully').speaker?.name, 'Tenerías del Riachuelo');
  assert.equal(quote(x, 'forty complaints').speaker?.name, 'Vecinos del Arroyo Piñeyro');
});

// https://www.wsbradio.com/entertainment/kathryn-bigelow/WA7X6C6RMFDD5PDB3DZQH35QCI/ ("Producer X said the film …"):
// a word that names a firm's kind ("Producer Equinor said") names a person's job before a first name.
test('"Producer Ignacio Ferrer said …. ¶ “…,” he said.": a producer with a first name is a man, whom "he" then means', () => {
  const x = extract(
    [
      '"She rehearses like a theatre director," Tomás Rivadeneira told the same press conference.',
      'Producer Ignacio Ferrer said the film had cost about 4 million euros.',
      '"Every euro is on the screen," he said.',
    ],
    '2025-09-03',
  );
  assert.equal(quote(x, 'Every euro').speaker?.name, 'Ignacio Ferrer');
});

// https://dailypost.ng/2025/04/25/tribunal-upholds-fccpcs-220m-fine-against-meta (a parent quoted after the ruling): an aside
// whose place has its region after a comma, and a time inside what she reported.
test('"Hauwa Mohammed, a mother of three in Wuse, Abuja, said she discovered last year …": she speaks, today', () => {
  const x = extract(
    [
      'Consumer lawyer Adetola Bamidele said the orders mattered. "The fine is large," she said.',
      'Hauwa Mohammed, a mother of three in Wuse, Abuja, said she discovered last year that her daughter had been using the app.',
      '"Nobody asked me anything," she told PREMIUM TIMES.',
    ],
    '2025-04-25',
  );
  assert.equal(quote(x, 'Nobody asked me').speaker?.name, 'Hauwa Mohammed');
  assert.equal(quote(x, 'Nobody asked me').date, '2025-04-25');
});

// https://thisistucson.com/news/local/government-politics/article_a8cc0cbc-4836-4f75-8da1-fc9d85c1810f.html (a council
// ends a data-centre plan): a partial quote in what a councillor said, after a passive verb whose subject is the council.
test('"Ruelas said the council had been asked to decide “…”": a passive verb inside what was said is not who said it', () => {
  const x = extract(
    [
      'The Tucson City Council voted on Tuesday to end talks on the data center.',
      'Councilmember Dominic Ruelas, who made the motion, said the council had been asked to decide "with half the facts and none of the contracts."',
    ],
    '2025-09-03',
  );
  assert.equal(quote(x, 'half the facts').speaker?.name, 'Dominic Ruelas');
});

// https://mb.com.ph/2024/07/09/chiz-senate-to-prioritize-ph-japan-reciprocal-access-agreement (Senate floor exchanges on a
// defence pact): a question "pressed" after an answer is the asker's.
test('"“…?” Abrenica pressed.": pressing a question is saying it', () => {
  const x = extract(
    [
      'Senator Rodolfo Abrenica opened the debate. Senator Ma. Celestina Villareal defended the pact.',
      '"If a soldier runs over a child, who will try him?" Abrenica asked.',
      '"Our courts will, Mr. President," Villareal replied.',
      '"And who decides what counts as official duty?" Abrenica pressed.',
    ],
    '2025-09-03',
  );
  assert.equal(quote(x, 'who decides').speaker?.name, 'Rodolfo Abrenica');
});

// https://www.dailysabah.com/business/tech/montenegro-extradites-south-korean-crypto-boss-do-kwon-to-us (the handover told
// with its time, then the ministry that said it): "after 9 a.m." is a time, not a clause of its own.
test('"X was handed over “…” shortly after 9 a.m., Serbia\'s Interior Ministry said": the ministry said it', () => {
  const x = extract(
    [
      'Tobias Wendt, the former chief executive of Corvanta, was extradited on Thursday.',
      'Wendt was handed over "to officers of the federal police at the airport" shortly after 9 a.m., Serbia\'s Interior Ministry said in a statement.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'officers of the federal police').speaker?.name, 'Serbian Interior Ministry');
});

// https://therecord.media/spanish-police-hacker-army-nato ("Europol … said in a statement"): a body the knowledge files
// list under a one-word name is named in full by that word.
test('"Europol, which helped trace payments, said in a statement that …": a one-word name is a full name', () => {
  const x = extract(
    [
      'Europol, which helped trace payments made to the suspect\'s wallets, said in a statement that the case showed "how quickly stolen data moves".',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'how quickly stolen data').speaker?.name, 'Europol');
});

// https://www.thehindu.com/news/national/tamil-nadu/idol-wing-cid-seizes-nataraja-idol-hidden-in-sculptors-work-shed/article65274706.ece/amp/
// (an officer named after her office and unit in brackets, who "appreciated the team and said …"); https://blog.pensoft.net/tag/new-frog/
// (a national parks service named by its letters, seven of them).
test('"… of Police (Idol Wing CID) S. Rajeswari, in a press release, appreciated the team and said …", "SERNANP said"', () => {
  const x = extract(
    [
      'Inspector-General of Police (Idol Wing CID) R. Kavitha, in a press release, appreciated the special team and said the recovery showed "that no stolen idol is ever truly lost."',
      'Peru’s protected areas service, SERNANP, said in a statement that the find showed “the value of community-run conservation areas”.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'no stolen idol').speaker?.name, 'R. Kavitha');
  assert.equal(quote(x, 'community-run conservation').speaker?.name, 'SERNANP');
});

// https://thisistucson.com/news/local/government-politics/article_30e41df9-fb2e-4a14-9412-c4aa87449f1f.html (an organizer
// with a residents' group, quoted after the vote): someone described by what they do with a group is not the group.
test('"Marisela Ochoa, an organizer with the group Save Our Sonoran Water, said": a person, whom "Ochoa said" then means', () => {
  const x = extract(
    [
      'Marisela Ochoa, an organizer with the group Save Our Sonoran Water, said the vote showed residents could still change the course.',
      '"Tonight they killed it," Ochoa said outside City Hall.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'Tonight they killed').speaker?.name, 'Marisela Ochoa');
});

// https://mb.com.ph/2024/07/09/chiz-senate-to-prioritize-ph-japan-reciprocal-access-agreement (an embassy welcoming a
// Senate debate, then "the embassy said"): a mission abroad speaks as a body, named with its city.
test('"The Japanese Embassy in Manila welcomed …. ¶ “…,” the embassy said": a mission abroad is a body with its city', () => {
  const x = extract(
    [
      'The Japanese Embassy in Manila welcomed the start of the plenary debate.',
      '"Japan looks forward to working with the Senate," the embassy said in a statement.',
      'The French Embassy in Dakar wrote on X that the handover opened "a new chapter of a partnership among equals."',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'Japan looks forward').speaker?.name, 'Japanese Embassy in Manila');
  assert.equal(quote(x, 'new chapter').speaker?.name, 'French Embassy in Dakar');
});

// https://thehimalayantimes.com/environment/unesco-report-paints-bleak-picture-of-climate-change-impacts-on-ecosystems
// ("KATHMANDU, MAY 27" on a line of its own, then "… made public at a programme here yesterday").
test('"KATHMANDU, MAY 27" on its own line is a dateline: the story\'s day is the programme\'s, "yesterday"', () => {
  const x = extract(
    [
      'KATHMANDU, MAY 27',
      'Glaciers in two valleys are losing ice twice as fast as they did in the 1990s, according to a new study.',
      'The study was made public at a programme at Hotel Yak here yesterday.',
      '"We are not talking about a distant future," Dr Anju Shrestha said.',
    ],
    '2025-05-27',
  );
  assert.equal(quote(x, 'distant future').date, '2025-05-26');
  assert.equal(quote(x, 'distant future').place?.name, 'Kathmandu');
});

// https://damenoticias.com/nota/592586-vecinos-de-sarandi-indignados-por-el-arroyo-de-la-localidad-que-amanecio-tenido-de-rojo
// (a provincial minister at a press conference the day after);
// https://e.vnexpress.net/news/news/environment/typhoon-yagi-kills-4-leaves-78-injured-in-northern-vietnam-4790283.html (a
// provincial body's chairman, named after it).
test('"…, provincial Environment Minister Carolina Ríos said", "Chairman of the provincial People\'s Committee X said"', () => {
  const x = extract(
    [
      'Residents woke on Thursday to find the stream dyed red.',
      'At a press conference at the Casa de Gobierno in La Plata on Friday, provincial Environment Minister Carolina Ríos said inspectors had identified two plants.',
      'Asked whether the companies would be closed, Ríos said: "If the tests confirm it, they will be closed."',
      'Chairman of the provincial People\'s Committee Pham Van Luong said 25 boats had sunk. "I have never seen wind like this," he said.',
    ],
    '2025-02-07',
  );
  assert.equal(quote(x, 'tests confirm it').date, '2025-02-07');
  assert.equal(quote(x, 'tests confirm it').place?.name, 'Casa de Gobierno');
  assert.equal(quote(x, 'never seen wind').speaker?.name, 'Pham Van Luong');
});

// https://krdo.com/cnn-regional/2024/12/18/hundreds-attend-madison-vigil-to-mourn-deadly-school-shooting (a vigil opened from
// a stage in a stadium, then several speakers that night): the occasion's venue holds for the words said at it.
test('"… opened the vigil from a stage on the 50-yard line of Veterans Memorial Stadium": each speaker there that night', () => {
  const x = extract(
    [
      "DAWSONVILLE — Two days after a gunman killed a teacher, thousands of people filled the school's football stadium Thursday night.",
      'Principal Renee Caldwell opened the vigil from a small stage set up on the 50-yard line of Veterans Memorial Stadium.',
      '"Tonight we are going to say their names," Caldwell said.',
      'Senior Caleb Morrison read a short tribute he had written that afternoon.',
      '"Ms. Ortega made me like math," he said.',
      'The Rev. Dwayne Ellis, pastor of First Baptist Church, led the crowd in prayer.',
      '"We do not have answers tonight," Ellis said.',
    ],
    '2025-10-10',
  );
  assert.equal(quote(x, 'say their names').place?.name, 'Veterans Memorial Stadium');
  assert.equal(quote(x, 'made me like math').place?.name, 'Veterans Memorial Stadium');
  assert.equal(quote(x, 'do not have answers').place?.name, 'Veterans Memorial Stadium');
});

// https://afric.info/2025/02/06/news/nigeria-trial-of-shell-nigerian-oil-pollution-claims-to-begin-at-the-high-court-on-13-february
// (a barrister tells the High Court in London): a named court told something is where the words were said.
test('"X KC told the High Court in London": the court, in London', () => {
  const x = extract(
    [
      'London (AFP) - Fishermen from two creeks took their fight against an oil group to the High Court on Thursday.',
      '"This is a case about people who can no longer eat the fish they catch," Simon Ashdown KC told the High Court in London.',
    ],
    '2025-02-13',
  );
  assert.equal(quote(x, 'no longer eat').place?.name, 'High Court');
});

// https://thisisbeirut.com.lb/articles/1311421/frick-collection-returns-after-330-million-renovation (a museum reopening:
// its doors swing open in the opening): the doors, gates or steps of a building are at the building.
test('"By the time the doors of Pemberton House swung open …": the opening\'s scene is the house', () => {
  const x = extract(
    [
      'PHILADELPHIA (AP) — By the time the doors of Pemberton House swung open Thursday morning for the first time in six years, the line stretched around the square.',
      '"Pemberton House is back," director Anneke Vos told a crowd gathered on the front steps.',
    ],
    '2025-05-22',
  );
  assert.equal(quote(x, 'is back').place?.name, 'Pemberton House');
});

// https://thesharpdaily.com/?p=25468 (a lecturers' union leader addressing a strike meeting in a university hall): a hall
// owned by a body of several words, and an office with "-general" before a name.
test('"Addressing lecturers at the University of Nairobi\'s Taifa Hall on Wednesday, Uasu secretary-general Dr X said"', () => {
  const x = extract(
    [
      'NAIROBI — Lecturers vowed to stay out of class.',
      "Addressing hundreds of lecturers at the University of Nairobi's Taifa Hall on Wednesday, Universities Academic Staff Union (Uasu) secretary-general Dr Peter Wekesa said the union would not accept another payment plan.",
      '"We are not going back to the lecture halls on promises," he said.',
    ],
    '2024-10-03',
  );
  assert.equal(quote(x, 'not going back').place?.name, 'Taifa Hall');
  assert.equal(x.entries.find((e) => !e.quote && e.text.includes('payment plan'))?.speaker?.name, 'Peter Wekesa');
});

// https://develop.reviewjournal.com/entertainment/music/popular-strip-music-festival-canceled-by-threat-of-strong-winds-2766661
// (a festival called off in a post late at night): a clock time between the verb and the day does not part them.
test('"… said in a post on Instagram shortly before 10 p.m. Friday": said on Friday', () => {
  const x = extract(
    [
      'The festival was canceled, less than 14 hours before gates were due to open.',
      '"We have made the painful decision to cancel tomorrow\'s show," the organisers said in a post on Instagram shortly before 10 p.m. Friday.',
    ],
    '2025-04-26',
  );
  assert.equal(quote(x, 'painful decision').date, '2025-04-25');
});

// https://thisistucson.com/news/local/government-politics/article_a8cc0cbc-4836-4f75-8da1-fc9d85c1810f.html (a councillor's
// newsletter on Tuesday, then her words at Wednesday's vote): a day the text puts the speaker on since her last words.
test('"In her newsletter Tuesday, she wrote “…”. ¶ But on Wednesday she joined the council. “…,” Halloran said.": Wednesday', () => {
  const x = extract(
    [
      'Councilmember Grace Halloran had been the only member to entertain the project. In her ward newsletter Tuesday, she wrote that the data center would "be built in this region whether Tucson says yes or not."',
      'But on Wednesday she joined the rest of the council. "I still believe we need rules for these projects," Halloran said from the dais.',
    ],
    '2025-08-14',
  );
  assert.equal(quote(x, 'be built in this region').date, '2025-08-12');
  assert.equal(quote(x, 'need rules').date, '2025-08-13');
});

// https://www.mymotherlode.com/news/africa/4171970/morrocan-truck-drivers-kidnapped-by-islamic-state-group-released-in-mali.html
// (drivers freed in the Sahel, announced in a statement read on state television): the dateline country's government,
// the day it was read, and "It said" for the government again.
test('"BAMAKO, Mali (AP) — … the government said in a statement read on state television late Monday. It said “…”"', () => {
  const x = extract(
    [
      'BAMAKO, Mali (AP) — Four truck drivers kidnapped in January have been freed.',
      'The men were released Sunday evening and brought to the capital, the government said in a statement read on state television late Monday. It said they were "safe and sound".',
    ],
    '2025-08-05',
  );
  assert.equal(quote(x, 'safe and sound').speaker?.name, 'Malian government');
  assert.equal(quote(x, 'safe and sound').date, '2025-08-04');
});

// https://abc13.com/post/alaska-airlines-requests-flights-grounded-due-outage-airline-says/17220700/ (a pilots' union that
// "represents the airline's roughly 3,100 pilots"); https://www.standardmedia.co.ke/africa/article/2001487803/congo-releases-first-provisional-election-results
// (the churches' observer mission "CENCO-ECC"): a number's comma inside an aside, and letters joined by a hyphen.
test('"The Air Line Pilots Association, which represents roughly 3,100 pilots, said …", "CENCO-ECC, …, said"', () => {
  const x = extract(
    [
      'The Air Line Pilots Association, which represents the airline\'s roughly 3,100 pilots, said in a statement that crews had been left "sitting in cockpits with no information".',
      'The churches\' observation mission, CENCO-ECC, which deployed some 25,000 observers, said in a statement that it had recorded "serious irregularities".',
    ],
    '2025-09-03',
  );
  assert.equal(quote(x, 'sitting in cockpits').speaker?.name, 'Air Line Pilots Association');
  assert.equal(quote(x, 'serious irregularities').speaker?.name, 'CENCO-ECC');
});

// https://thehimalayantimes.com/environment/unesco-report-paints-bleak-picture-of-climate-change-impacts-on-ecosystems (a
// glaciologist whose family name, Lama, is also a title): the word alone after a quote is the person named with it.
test('"ICIMOD glaciologist Tashi Dorje Lama … said …. ¶ “…,” Lama told THT.": a surname that is also a title', () => {
  const x = extract(
    [
      'ICIMOD glaciologist Tashi Dorje Lama, a co-author of the study, said glacial lakes were the most immediate danger.',
      '"Imja Tsho has grown by more than a third since 2000," Lama told THT.',
    ],
    '2025-05-27',
  );
  assert.equal(quote(x, 'Imja Tsho').speaker?.name, 'Tashi Dorje Lama');
});

// https://www.alojapan.com/1387533/susumu-kitagawa-speaks-to-the-press-following-nobel-announcement (a laureate's wife,
// named by her first name after his surname): kin of someone the article names by surname share the surname.
test('"Onodera\'s wife, Yoko, told reporters …", "Mr Whitlock’s mother, Maureen,": the kin\'s full name', () => {
  const x = extract(
    [
      'Physicist Kenji Onodera said he had been "completely surprised" by the call from Stockholm.',
      '"He still forgets his umbrella every time it rains," Onodera\'s wife, Yoko, told reporters outside their home.',
      'Daniel Whitlock died in hospital two days later. Mr Whitlock’s mother, Maureen, said in a statement that "nobody should have to do this".',
    ],
    '2025-10-08',
  );
  assert.equal(quote(x, 'He still forgets').speaker?.name, 'Yoko Onodera');
  assert.equal(quote(x, 'nobody should have').speaker?.name, 'Maureen Whitlock');
});

// https://tobaccoreporter.com/2025/05/23/polands-bill-to-ban-sale-of-vapes-pouches-to-minors-moves-forward/ (a bill passed
// on a weekday, its minister quoted "before the vote" and, the day before, on the radio): the vote's day, and days
// counted from it.
test('"The bill passed on Wednesday … ¶ … before the vote, X said … since 2019. ¶ A day before the vote, she had told …"', () => {
  const x = extract(
    [
      'Poland’s lower house has voted to ban the sale of vapes to under-18s.',
      'The bill passed on Wednesday evening by 421 votes to two.',
      'Presenting the bill in the Sejm before the vote, health minister Agnieszka Sowa said teenage vaping had doubled since 2019. “That ends now,” Sowa told MPs.',
      'A day before the vote, she had told broadcaster RMF FM that she expected the Senate to act “without unnecessary delay”.',
    ],
    '2025-05-22',
  );
  assert.equal(quote(x, 'That ends now').date, '2025-05-21');
  assert.equal(quote(x, 'without unnecessary delay').date, '2025-05-20');
  assert.equal(quote(x, 'without unnecessary delay').place, null);
});

// http://35.201.78.98/news/canada/manitoba/lynn-lake-evacuation-order-lifted-wildfire-1.7566381 (CBC: a Manitoba
// municipality's head, its reeve) and https://www.sasktoday.ca/national-news/recount-confirms-narrow-liberal-victory-in-milton-easthalton-hills-south-10671322
// (a member named with the party first): what describes someone before a first name is not part of their name.
test('"Reeve Darlene Kowalchuk announced …", "Teammate Arnaud Lambert, who …", "confirmed Progressive Conservative Brendan Kielly"', () => {
  const x = extract(
    [
      'Reeve Darlene Kowalchuk announced the decision in a video. "It\'s been a long 16 days," she said.',
      'Teammate Arnaud Lambert, who finished third, posted a photo of the crash site. "It could have been any of us," he wrote.',
      'A judicial recount has confirmed Progressive Conservative Brendan Kielly as the winner. "Nine votes. I\'ll never complain again," Kielly said.',
    ],
    '2025-06-13',
  );
  assert.equal(quote(x, 'long 16 days').speaker?.name, 'Darlene Kowalchuk');
  assert.equal(quote(x, 'any of us').speaker?.name, 'Arnaud Lambert');
  assert.equal(quote(x, 'Nine votes').speaker?.name, 'Brendan Kielly');
});

// https://www.africa-confidential.com/article/id/15647/government-demands-sino-metals-increases-pay-out-for-dam-collapse (a
// mining company's statement quoted in part, then in full in the next paragraph): the document of a body named in the
// quoting sentence; not a person's ("Police spokesperson X said in a statement" may be the force's).
test('"Kasompe Copper Processing Ltd said in a statement … that it would “comply fully …”. ¶ “…,” the statement said."', () => {
  const x = extract(
    [
      'Kasompe Copper Processing Ltd said in a statement on Wednesday evening that it would "comply fully with every directive".',
      '"We deeply regret the harm caused to the communities of Chingola," the statement said.',
      'Police spokesperson Rhoda Mwale said in a statement that officers had found "an unlawful gathering".',
      '"Two officers were injured," the statement said.',
    ],
    '2025-03-06',
  );
  assert.equal(quote(x, 'We deeply regret').speaker?.name, 'Kasompe Copper Processing Ltd');
  assert.equal(quote(x, 'Two officers were injured').speaker, null);
});

// https://www.rte.ie/news/presidential-election/2025/1021/1539664-presidential-election-debate (a debate the lede dates
// "last night", a transcript of it, then a candidate speaking "after the debate" many paragraphs on): the lede's
// occasion is the story's, however far on.
test('"… clashed … in the final television debate … last night. ¶ … ¶ Speaking to reporters after the debate, she said …"', () => {
  const x = extract(
    [
      'The two candidates clashed over housing in the final television debate of the campaign last night.',
      'Nuala Keaveney and Declan Hurley faced each other on Prime Time, in a debate presented by Sinéad Fogarty.',
      'The sharpest exchanges came early, on housing. Mr Hurley defended his record at the Cabinet table.',
      'Ms Keaveney said the Government had failed renters for a decade.',
      'Mr Hurley said that was not a fair reading of his record.',
      'Ms Keaveney had faced questions about her legal work all week. On Sunday, she told RTÉ radio that she would "not be drawn into personal attacks".',
      'Speaking to reporters after the debate, she said she was happy with her performance.',
      '"I came here to talk about the job, and I think people saw that," Ms Keaveney said.',
    ],
    '2025-10-22',
  );
  assert.equal(quote(x, 'not be drawn').date, '2025-10-19');
  assert.equal(quote(x, 'I came here').date, '2025-10-21');
});

// https://www.newspressnow.com/news/2025/05/09/measles-outbreak-in-north-dakota-prompts-local-health-officials-to-quarantine-unvaccinated-schoolchildren
// (a health officer named after the words with a long description, then where and when): the day dates the saying.
test('"“…,” said Dr. Kelton Avery, health officer for the Southwest Utah Public Health Department, at a news conference … on Wednesday"', () => {
  const x = extract(
    [
      'Health officials have ordered 112 unvaccinated students to stay home for three weeks.',
      '"We don\'t take a decision like this lightly," said Dr. Kelton Avery, health officer for the Southwest Utah Public Health Department, at a news conference in Cedar City on Wednesday.',
    ],
    '2025-05-08',
  );
  assert.equal(quote(x, 'like this lightly').date, '2025-05-07');
});

// http://www.antaranews.com/en/news/112748/mt-agungs-danger-status-raised-to-highest-level (officials who "informed ANTARA
// here" of something): "informed … that" reports
// speech; "an informed decision" and "was informed" do not.
test('"District Head Agustinus Tumbelaka informed ANTARA here on Thursday that …"', () => {
  const x = extract(
    [
      "Jailolo, North Maluku (ANTARA) - The volcano's alert level was raised to the highest on Wednesday.",
      'West Halmahera District Head Agustinus Tumbelaka informed ANTARA here on Thursday that residents of six villages had been moved.',
      '"We have prepared 12 trucks and two boats," he said.',
    ],
    '2025-01-16',
  );
  assert.equal(quote(x, 'prepared 12 trucks').speaker?.name, 'Agustinus Tumbelaka');
  assert.equal(quote(x, 'prepared 12 trucks').date, '2025-01-16');
});

// https://feeds.bbci.co.uk/sport/tennis/32214476 (a player's comeback win "at the X Open in Y", in front of a crowd at the
// tennis centre): a tournament is held somewhere; it is not the place.
test('"… beating X 7-6 6-4 at the ASB Classic in Auckland … at the ASB Tennis Centre on Monday night"', () => {
  const x = extract(
    [
      "New Zealand's Jordan Te Huia has won his first ATP match in 18 months, beating Tomás Ferreyra 7-6 6-4 at the ASB Classic in Auckland.",
      '"Honestly, I didn\'t know if I\'d ever get another night like this," Te Huia said.',
    ],
    '2025-01-07',
  );
  assert.equal(quote(x, 'another night like this').place?.name, 'Auckland');
});

// https://www.nprillinois.org/illinois/2025-05-19/photos-st-louis-begins-recovery-after-a-powerful-tornado-ripped-through-the-city
// (a small town's clean-up the morning after, its mayor quoted the day before at City Hall): a town in capitals before a
// dash that the article names as a place later is the dateline; an occasion of another day does not sharpen it.
test('"UNION — Chainsaws started … Saturday … ¶ … west of Union … ¶ Mayor X said Friday … ¶ “…,” X said at a news conference at City Hall."', () => {
  const x = extract(
    [
      'UNION — Chainsaws started before 7 a.m. Saturday on the east side of this Franklin County town.',
      'The National Weather Service confirmed Thursday that a tornado touched down west of Union shortly after 10 p.m.',
      'Mayor Rick Hagedorn said Friday that city crews had cleared every street.',
      '"We\'ve got more debris than places to put it," Hagedorn said at a news conference at City Hall.',
      '"I watched it come across the field," said Marcus Bell, 34, who rode out the storm in his basement.',
    ],
    '2025-04-05',
  );
  assert.equal(quote(x, 'come across the field').place?.name, 'Union');
  assert.equal(quote(x, 'more debris').place?.name, 'City Hall');
});

// The same page's pattern (volunteers from a neighbouring town at a home being cleared): where a group came from is not
// where the words were said.
test('"“…,” said Donna Vemmer, 67, as a church group from Washington dragged what was left of her carport to the curb."', () => {
  const x = extract(
    [
      "UNION — Chainsaws started before 7 a.m. Saturday on the east side of this Franklin County town, west of Union's centre.",
      '"You don\'t call anybody out here. They just show up," said Donna Vemmer, 67, as a church group from Washington dragged what was left of her carport to the curb.',
    ],
    '2025-04-05',
  );
  assert.notEqual(quote(x, 'They just show up').place?.name, 'Washington');
});

// https://news.err.ee/1609562182/katri-raik-elected-narva-mayor-again-as-toots-ousted-by-no-confidence-vote (a mayor quoted
// to a paper weeks before, then "after the vote"): a fronted occasion the text gives no other day is the story's.
test('"On May 22, Saar told the daily … ¶ After the vote, he struck a more conciliatory tone. ¶ “…,” Saar told ERR News."', () => {
  const x = extract(
    [
      'Pärnu City Council passed a motion of no confidence in Mayor Rainer Saar (Pärnu Together) on Thursday.',
      'On May 22, Saar told the daily Pärnu Postimees that he would not resign, calling the motion "a power grab dressed up as concern".',
      'After the vote, he struck a more conciliatory tone.',
      '"I leave with a clear conscience," Saar told ERR News outside the concert hall.',
    ],
    '2025-06-12',
  );
  assert.equal(quote(x, 'a power grab').date, '2025-05-22');
  assert.equal(quote(x, 'clear conscience').date, '2025-06-12');
});

// https://www.thenews.com.pk/print/1130906-china-women-s-football-coach-sacked-over-olympic-failure
// (a captain's post after his coach's sacking): a verb of the named one's own, with words quoted in it, then
// "and wrote:" — the name is a person's, and both quotations are theirs.
test('"Kritsada Kaewmanee thanked Vukovic for “believing in players nobody else wanted” and wrote: “…”"', () => {
  const x = extract(
    [
      'In a post on Instagram last night, Kritsada Kaewmanee thanked Vukovic for “believing in players nobody else wanted” and wrote: “We are sorry we could not give you the results you deserved.”',
    ],
    '2025-03-10',
  );
  assert.equal(quote(x, 'We are sorry').speaker?.name, 'Kritsada Kaewmanee');
});

// https://www.sasktoday.ca/national-news/recount-confirms-narrow-liberal-victory-in-milton-easthalton-hills-south-10671322
// (an elections agency of a province, named by what it does and the province's letters): the whole name speaks.
test('"Elections NL said in a statement …", "Statistics NZ said …": a body named by what it does and a region\'s letters', () => {
  const x = extract(
    [
      'Elections NL said in a statement that 57 ballots were rejected. "A recount is a normal part of a healthy election," Elections NL said.',
    ],
    '2025-10-31',
  );
  assert.equal(quote(x, 'A recount is').speaker?.name, 'Elections NL');
});

// https://www.sasktoday.ca/national-news/recount-confirms-narrow-liberal-victory-in-milton-easthalton-hills-south-10671322
// (a party's member named with its two words first) and a race organiser named for its city: the person's name without
// the party; the body's name with its town.
test('"New Democrat Aiden Walsh said …", "the Des Moines Running Collective announced …"', () => {
  const x = extract(
    [
      'New Democrat Aiden Walsh said he had called both candidates to congratulate them. "It was a clean count," Walsh said.',
      'The nonprofit that puts on the race, the Des Moines Running Collective, said it had no choice. "This is not the morning any of us wanted," the Des Moines Running Collective said.',
    ],
    '2025-10-31',
  );
  assert.equal(quote(x, 'a clean count').speaker?.name, 'Aiden Walsh');
  assert.equal(quote(x, 'not the morning').speaker?.name, 'Des Moines Running Collective');
});

// https://www.newwestrecord.ca/politics/recount-sees-liberals-take-quebec-riding-of-terrebonne-by-single-vote-10643740 (a
// judge of a court declaring a recount's winner): where the person sits, between them and their verb, does not speak.
test('"Justice Marian Tobin of the provincial Supreme Court declared Kielly elected Friday afternoon …"', () => {
  const x = extract(
    ["Justice Marian Tobin of the provincial Supreme Court declared Kielly elected Friday afternoon in a courtroom in St. John's."],
    '2025-10-31',
  );
  assert.equal(x.entries.find((e) => e.text.includes('declared Kielly'))?.speaker?.name, 'Marian Tobin');
});

// https://prod.news.stv.tv/east-central/hundreds-of-women-miss-breast-cancer-screening-after-admin-error
// (a charity named for its cause and its country): the words before the country's letters are the body's
// name, when it speaks with its own verb; not in an aside about someone else ("X, chief executive of Pancreatic Cancer
// UK, said").
test('"In a statement on Thursday, Bowel Cancer UK said: “…”"; "X, chief executive of the charity Pancreatic Cancer UK, said …"', () => {
  const x = extract(
    [
      'In a statement on Thursday, Bowel Cancer UK said: “Screening only saves lives if every abnormal result is followed up quickly.”',
      'Diana Harcourt, chief executive of the charity Pancreatic Cancer UK, said in a statement that the approval was "a landmark moment".',
    ],
    '2025-09-04',
  );
  assert.equal(quote(x, 'Screening only saves').speaker?.name, 'Bowel Cancer UK');
  assert.equal(quote(x, 'a landmark moment').speaker?.name, 'Diana Harcourt');
});

// https://www.devdiscourse.com/article/business/3159655-airasias-inaugural-international-flight-from-port-blair-a-tourism-game-changer
// (PTI's Kerala ministers, named with initials without full stops): every initial is part of the name.
test('"State Tourism Minister K P Suresh Kumar said …", "M K Stalin said …"', () => {
  const x = extract(
    [
      'State Tourism Minister K P Suresh Kumar said direct connectivity would help Kerala attract "high-value tourists".',
      'Chief Minister M K Stalin said the route was "a gift to the state".',
    ],
    '2025-11-13',
  );
  assert.equal(quote(x, 'high-value tourists').speaker?.name, 'K P Suresh Kumar');
  assert.equal(quote(x, 'a gift to the state').speaker?.name, 'M K Stalin');
});

// https://thissubdomainshouldonlyresolveifwildcard.cache-blue.aws.rnz.net.nz/news/political/565902/nurses-union-dismisses-latest-pay-offer-as-massive-backward-step
// (a union's leader speaking to reporters at its office in the capital): an owner's building in a city is in the city.
test('"Speaking to reporters at the union\'s Wellington office on Wednesday, X said …"', () => {
  const x = extract(
    [
      'Speaking to reporters at the union\'s Wellington office on Wednesday, NZNO kaiwhakahaere Mereana Tapsell said members had made "a hard, honest choice".',
    ],
    '2025-10-30',
  );
  assert.equal(quote(x, 'a hard, honest choice').place?.name, 'Wellington');
});

// https://thissubdomainshouldonlyresolveifwildcard.cache-blue.aws.rnz.net.nz/news/political/565902/nurses-union-dismisses-latest-pay-offer-as-massive-backward-step
// (the health minister answering at Parliament): a fronted "At Parliament" is the home country's chamber, as "at
// parliament" is.
test('"At Parliament on Wednesday, Health Minister Daniel Kercher told reporters the deal was “fair and affordable”."', () => {
  const x = extract(
    [
      "Nurses in New Zealand have voted to accept Health New Zealand's latest pay offer, the New Zealand Nurses Organisation said.",
      'At Parliament on Wednesday, Health Minister Daniel Kercher told reporters the deal was "fair and affordable".',
    ],
    '2025-10-30',
  );
  assert.equal(quote(x, 'fair and affordable').place?.name, 'New Zealand Parliament');
});

// https://www.rte.ie/news/ireland/2025/1004/1536778-storm-amy
// (people charging phones at a community centre in a small Donegal town during a power cut): a building, then the town
// it is in, which no gazetteer lists, is where the words are said.
test('"At the community centre in Buncrana, Siobhán Harkin was charging two phones. ¶ “…,” she said."', () => {
  const x = extract(
    [
      'DONEGAL — Storm Amy left thousands of homes without power on Saturday.',
      'At the community centre in Buncrana, Siobhán Harkin was charging two phones and a battery pack for her mother.',
      '"We\'re grand for candles and the stove is lit," she said.',
    ],
    '2025-10-04',
  );
  assert.equal(quote(x, 'grand for candles').place?.name, 'Buncrana');
});

// https://amp.abc.net.au/article/105315042
// (a cafe owner in a flooded river town no gazetteer lists): a sentence set "In Morpeth," then someone described and named
// places their next words there; "In Parliament," does not.
test('"In Morpeth, cafe owner Jess Nguyen spent Thursday afternoon lifting fridges onto pallets. ¶ “…,” Ms Nguyen said."', () => {
  const x = extract(
    [
      'The Hunter River peaked at Maitland on Thursday.',
      'In Morpeth, cafe owner Jess Nguyen spent Thursday afternoon lifting fridges onto pallets.',
      '"We\'ve done this three times in four years now," Ms Nguyen said.',
      'In Parliament, Labour MP Ruth Cole said the levee had "failed the town".',
    ],
    '2025-07-04',
  );
  assert.equal(quote(x, 'three times in four years').place?.name, 'Morpeth');
  assert.notEqual(quote(x, 'failed the town').place?.name, 'Parliament');
});

// Short names given in brackets that are not plain initials: https://www.africanews.com/2025/06/12/south-sudan-un-warns-of-imminent-famine
// ("the Integrated Food Security Phase Classification (IPC) … The IPC said"), https://wjon.com/benton-county-dairy-herd-has-minnesotas-first-case-of-bird-flu/
// ("the U.S. Department of Agriculture … the USDA said"), https://www.siasat.com/ (a football federation known by a
// short name in small letters, "(Fufa)"). The later short name speaks for the body named in full.
test('"Integrated Food Security Phase Classification (IPC) … the IPC said"; "(Fufa)"; "U.S. Department of Agriculture … the USDA said"', () => {
  const x = extract([
    'About 32,000 people face catastrophe, according to the Integrated Food Security Phase Classification (IPC), the global hunger monitor.',
    'The IPC said famine was "a real and present threat" in two counties.',
    'The ban was agreed with the Federation of Uganda Football Associations (Fufa), officials said.',
    'Fufa said it "fully supports any measure that protects the game".',
    'The U.S. Department of Agriculture said on Friday that the virus was a different version.',
    'The USDA said the result was "the first confirmed detection of this genotype".',
    'Smith, Jones and the World Health Organization (WHO) signed the letter. The WHO said it was "deeply concerned".',
  ]);
  assert.equal(quote(x, 'present threat').speaker?.name, 'Integrated Food Security Phase Classification');
  assert.equal(quote(x, 'fully supports').speaker?.name, 'Federation of Uganda Football Associations');
  assert.equal(quote(x, 'first confirmed detection').speaker?.name, 'U.S. Department of Agriculture');
  assert.equal(quote(x, 'deeply concerned').speaker?.name, 'World Health Organization');
});

// A party's member described, not named: https://www.wnoz.de/nachrichten/baden-wuerttemberg-und-hessen/hessen-plant-handyverbot-an-schulen-639624.html
// (a state minister then "The Christian Democrat has …, he told"), https://www.the-independent.com/news/uk/home-news/scottish-government-snp-eis-government-holyrood-b2863358.html
// ("said Scottish Conservative education spokesman X"). Neither "Christian Democrat" nor "Scottish Conservative" is anyone.
test('"The Christian Democrat has been in charge …, he told"; "said Scottish Conservative education spokesman Graham Lindsay"', () => {
  const x = extract([
    'Education Minister Matthias Brenner said: "Schools should be places where children talk to each other."',
    'The Christian Democrat has been in charge of the schools since 2024. On March 26, he told the state parliament that Hesse wanted to "set a standard for the whole country".',
    '"The SNP made this promise, and the SNP has broken it," said Scottish Conservative education spokesman Graham Lindsay.',
    'Michael Green said he was "fine with it".',
  ]);
  assert.equal(quote(x, 'set a standard').speaker?.name, 'Matthias Brenner');
  assert.equal(quote(x, 'SNP made this promise').speaker?.name, 'Graham Lindsay');
  assert.equal(quote(x, 'fine with it').speaker?.name, 'Michael Green');
  assert.ok(!x.newPeople.some((p) => p.name === 'Christian Democrat' || p.name === 'Scottish Conservative'));
});

// https://zealnews.africa/fr/post/kenya-forces-uber-and-bolt-to-hike-fares-by-50-after-driver-uproar-XJCTM (an app
// "Estonia-based Bolt, which …, said"): where a body is based, before its one-word name, is not part of the name.
test('"Estonia-based Rydr, which says it has 40,000 drivers, said it had “serious concerns”"', () => {
  const x = extract([
    'Estonia-based Rydr, which says it has about 40,000 active drivers in Kenya, said in a statement it had "serious concerns" about the rise.',
    '"Riders are price-sensitive," Rydr said.',
  ]);
  assert.equal(quote(x, 'serious concerns').speaker?.name, 'Rydr');
  assert.equal(quote(x, 'price-sensitive').speaker?.name, 'Rydr');
});

// Someone named by one name only: https://www.timeslive.co.za/motoring/news/2025-08-08-in-pics--baidu-robotaxi-falls-into-construction-pit-in-china/
// (a passenger "surnamed Zhang", then "she was quoted as saying"), https://www.straitstimes.com/asia/east-asia/45-south-korean-scam-suspects-extradited-from-cambodia-formally-indicted-police
// ("a man surnamed Park … When Park arrived …, he told reporters"). "Markus R." is not "Marku".
test('"a woman surnamed Zhang, told …"; "a 42-year-old man surnamed Park … When Park arrived, he told reporters"', () => {
  const x = extract([
    'Xinghe Auto Technology said the vehicle "detected the scooter and braked".',
    'The passenger, a woman surnamed Zhang, told a local newspaper that the car had been travelling "at normal speed" when the scooter appeared.',
    '"I felt the brakes, then the bang," she was quoted as saying.',
    'Police arrested the alleged ringleader, a 42-year-old man surnamed Park, and Kim Tae-hoon, a detective, said the case "is far from over".',
    'When Park arrived at Incheon International Airport, he told reporters that he had "only done translation work" for the company.',
    'The defendant, identified only as Markus R. under privacy laws, said he had acted "for money, not for Russia".',
  ]);
  assert.equal(quote(x, 'normal speed').speaker?.name, 'Zhang');
  assert.equal(quote(x, 'felt the brakes').speaker?.name, 'Zhang');
  assert.equal(quote(x, 'translation work').speaker?.name, 'Park');
  assert.ok(!x.newPeople.some((p) => p.name === 'Marku'));
});

// A saint's name opening a body's (https://www.wpxi.com/news/national/things-know-about/QP6KAVPJOSXBEGQC53I7I5BHOU/:
// "St. Anne's Regional Medical Center said"), and an Irish police rank without its full stop
// (https://www.thejournal.ie/woman-dies-after-suspected-hit-and-run-incident-dublin-6163779-Sep2023/: "Supt Hurley said").
test('"St. Anne\'s Regional Medical Center said"; "Supt Gráinne Hurley … Supt Hurley had told reporters"', () => {
  const x = extract([
    'St. Anne\'s Regional Medical Center, where five of the wounded were taken, said its team had treated "patients ranging in age from 14 to 52".',
    'Police closed Main St. Officials said the road would "reopen soon".',
    'Supt Gráinne Hurley appealed for witnesses on Monday.',
    'Supt Hurley had told reporters at the scene on Sunday that the driver "must have known they hit someone".',
  ]);
  assert.equal(quote(x, 'patients ranging').speaker?.name, "St. Anne's Regional Medical Center");
  assert.notEqual(quote(x, 'reopen soon').speaker?.name, 'St. Officials');
  assert.equal(quote(x, 'must have known').speaker?.name, 'Gráinne Hurley');
});

// https://www.capitalfm.co.ke/news/2018/04/kfcb-bans-local-film-rafiki-over-homosexual-theme/ (a film board "said that Kesho, the debut feature of the director Njeri Wachira, was
// restricted", then "Wachira told the Guardian"): a name after a role's word, in apposition to a work, is the maker's,
// not a workplace's (as in "Lucía Ferrer, chief economist at Cuántica Economía, said").
test('"said that Kesho, the debut feature of the Nairobi director Njeri Wachira, was restricted … Wachira told the Guardian"', () => {
  const x = extract([
    'The board said that Kesho, the debut feature of the Nairobi director Njeri Wachira, was "restricted".',
    '"It is shocking and it is heartbreaking," Wachira told the Guardian.',
    'Lucía Ferrer, chief economist at Cuántica Economía, said rates would "stay high".',
  ]);
  assert.equal(quote(x, 'heartbreaking').speaker?.name, 'Njeri Wachira');
  assert.equal(quote(x, 'stay high').speaker?.name, 'Lucía Ferrer');
});

// Bodies described before their verb: https://www.inkl.com/news/teachers-back-strike-action-in-consultative-ballot-over-class-contact-time
// ("Cosla, which represents Scotland's councils, said"), and a launch-site operator described twice before its verb
// ("Space Florida, the state's aerospace agency, which leases the pad, said"). Not a platform's name inside someone's
// description ("X, an adviser to the platform Halo, Inspektore, which organised the boycotts, wrote").
test('"Cosla, which represents Scotland\'s 32 councils, said"; "Space Florida, the state\'s aerospace development agency, which leases …, said"', () => {
  const x = extract([
    'Cosla, which represents Scotland\'s 32 councils, said it would "continue to talk constructively with the unions".',
    'Space Florida, the state\'s aerospace development agency, which leases Launch Complex 46 to Corvid, said that it "fully supports the team\'s decision".',
    'Hrvoje Matić, an adviser to the consumer platform Halo, Inspektore, which organised the boycotts, wrote that the inquiry was "the first real result".',
  ]);
  assert.equal(quote(x, 'talk constructively').speaker?.name, 'Cosla');
  assert.equal(quote(x, 'fully supports').speaker?.name, 'Space Florida');
  assert.notEqual(quote(x, 'first real result').speaker?.name, 'Inspektore');
});

// https://www.noise11.com/news/splendour-in-the-grass-confirms-there-wont-be-a-2025-festival-20250123 (organisers
// "said in a post" that a festival would not go ahead, then "“…,” the post read"): the post's words are its issuer's.
test('"Organiser Longwave Presents said in a post … ¶ “…,” the post read."', () => {
  const x = extract([
    "Organiser Longwave Presents said in a post on the festival's Instagram account on Wednesday that the festival would not go ahead.",
    '"We know how many of you were counting down to December, and we are gutted to be writing this," the post read.',
  ]);
  assert.equal(quote(x, 'counting down').speaker?.name, 'Longwave Presents');
});

// https://www.nationthailand.com/news/politics/40054497 (a jet maker's regional head named after the quote, "said Saab's
// head of Asia-Pacific business, X"), https://japannews.yomiuri.co.jp/politics/defense-security/20230526-112182/ (an
// envoy "Ambassador to Japan X wrote"): a body's officer set off after "said"; the country an envoy is sent to is no
// part of their name.
test('"said Saab\'s head of Asia-Pacific business, Henrik Lindqvist"; "Ukrainian Ambassador to Japan Oleksandr Kovalenko wrote"', () => {
  const x = extract([
    "“We are proud that the air force has placed its trust in us,” said Saab's head of Asia-Pacific business, Henrik Lindqvist.",
    '"We are grateful to Japan for standing with Ukraine," Ukrainian Ambassador to Japan Oleksandr Kovalenko wrote on X.',
  ]);
  assert.equal(quote(x, 'placed its trust').speaker?.name, 'Henrik Lindqvist');
  assert.equal(quote(x, 'grateful to Japan').speaker?.name, 'Oleksandr Kovalenko');
});

// https://www.lowyat.net/2025/362091/baidus-apollo-go-robotaxi-falls-into-construction-pit-with-passenger (a robotaxi
// operator's statement quoted over two paragraphs): "Xinghe Auto Technology" is a company by its trade's word, so "the
// statement said" next is its.
test('"Xinghe Auto Technology said in a statement that it was “deeply sorry” … ¶ “…,” the statement said."', () => {
  const x = extract([
    'Xinghe Auto Technology said in a statement on its Weibo account on Tuesday that it was "deeply sorry" and was cooperating with the police.',
    '"Our vehicle detected the scooter and braked, but was unable to avoid the collision," the statement said.',
  ]);
  assert.equal(quote(x, 'detected the scooter').speaker?.name, 'Xinghe Auto Technology');
  assert.equal(quote(x, 'deeply sorry').speaker?.kind, 'organisation');
});

// https://www.primebusiness.africa/cbex-crash-investors-will-get-their-money-back-efcc-assures (a crypto platform that "blamed a “liquidity event”" in a Telegram message, then
// "“…,” the message said"): "blamed" gives the words quoted; a message is a document its sender speaks through.
test('"In a message posted on its Telegram channel, VaultBridge blamed a “liquidity event” … ¶ “…,” the message said."', () => {
  const x = extract([
    'The EFCC has opened an investigation into VaultBridge Exchange, a digital asset trading platform.',
    'In a message posted on its Telegram channel on Monday night, VaultBridge blamed a "liquidity event" on unnamed "third-party market makers".',
    '"Your funds are safe. The system is undergoing a security upgrade," the message said.',
    'The driver was blamed for the "reckless overtaking" by witnesses.',
  ]);
  assert.equal(quote(x, 'liquidity event').speaker?.name, 'VaultBridge Exchange');
  assert.equal(quote(x, 'funds are safe').speaker?.name, 'VaultBridge Exchange');
  assert.equal(quote(x, 'reckless overtaking').speaker, null);
});

// Offices named by whose they are, as AFP, AP and Reuters write them: https://techmonitor.ai/?p=411378 ("the Paris
// prosecutor's office said"), https://ironwiredaily.com/news-item/us-extradites-5-fugitives-to-chile-including-3-linked-to-foreign-terrorist-organization-tren-de-aragua
// (a regional prosecutor's office's statement after a colon). "The prosecutor who led the investigation" is a person,
// not the office; "his lawyer's office" is no body.
test('"The Paris prosecutor\'s office said …"; "The Antofagasta regional prosecutor\'s office said in a statement: ¶ “…”"', () => {
  const x = extract([
    'The Paris prosecutor\'s office said the breach involved "fraudulent access to an automated data processing system".',
    "The Antofagasta regional prosecutor's office said in a statement:",
    '"The defendant will be brought before the court on Monday for the formalisation of charges."',
    'The prosecutor who led the investigation said her team had found "at least 40 victims".',
    'The federal prosecutor\'s office said it had "opened an investigation".',
    'Reporters waited outside his lawyer\'s office, where an aide said the client was "resting".',
  ]);
  assert.equal(quote(x, 'fraudulent access').speaker?.name, "Paris prosecutor's office");
  assert.equal(quote(x, 'formalisation of charges').speaker?.name, "Antofagasta regional prosecutor's office");
  assert.notEqual(quote(x, 'at least 40 victims').speaker?.kind, 'organisation');
  assert.equal(quote(x, 'opened an investigation').speaker?.name, "federal prosecutor's office");
  assert.equal(quote(x, 'resting').speaker, null);
});

// http://www.worcesternews.co.uk/news/9272482.Service_marks_end_of___10m_restoration_of_cathedral/ (a service marking a
// restoration, "held … yesterday", then the dean "told the congregation"): words told to those gathered are of the
// occasion's day, not the day the story is published.
test('"A service of thanksgiving was held in the cathedral yesterday … ¶ The Dean … told the congregation that …"', () => {
  const x = extract(
    [
      "The restoration of the spires of St Fin Barre's Cathedral in Cork has been completed, with the last scaffolding taken down last week.",
      'A service of thanksgiving was held in the cathedral yesterday, attended by stonemasons and several hundred parishioners.',
      'The Dean of Cork, the Very Rev Ruth Hennessy, told the congregation that the work had secured the building "for at least another century".',
    ],
    '2025-06-30',
  );
  assert.equal(quote(x, 'another century').date, '2025-06-29');
});

// https://www.millenniumpost.in/big-stories/jewellery-worth-rs-20-25-cr-looted-from-showroom-in-delhis-bhogal-area-534491
// (Indian police officers introduced by a lower-case office "of police", a district in brackets, then their name): the
// officer reported, and their quote next dated by that report's day.
test('"Deputy commissioner of police (north) Rakesh Meena told reporters on Wednesday that … ¶ “…,” Meena said."', () => {
  const x = extract(
    [
      'Five armed men robbed a jewellery showroom in Jaipur on Tuesday evening.',
      'Deputy commissioner of police (north) Rakesh Meena told reporters at the police commissionerate on Wednesday that the robbers had arrived on three motorcycles.',
      '"We have footage from at least 40 CCTV cameras along the route," Meena said.',
    ],
    '2025-11-13',
  );
  assert.equal(x.entries.find((e) => !e.quote && e.text.includes('three motorcycles'))?.speaker?.name, 'Rakesh Meena');
  assert.equal(quote(x, '40 CCTV cameras').date, '2025-11-12');
});

// https://www.nzherald.co.nz/gisborne-herald/news/high-court-jury-begins-deliberations-in-gisborne-double-murder-case/QDHN4GTN35FHRAIGD7RSJ7VXAI
// (New Zealand courts named by the town they sit at: "told the High Court at Auckland"; a
// trial "in the High Court at Hamilton", then witnesses who "told the court"): the town is part of the court's name.
test('"has told the High Court at Auckland that …"; "The jury in the High Court at Hamilton … ¶ X told the court …"', () => {
  const x = extract([
    'Celebrity chef Rangi Whaanga has told the High Court at Auckland that the claims cost him "my name in this industry".',
  ]);
  assert.equal(quote(x, 'my name in this industry').place?.name, 'High Court at Auckland');
  const y = extract([
    "The jury in the High Court at Hamilton took six hours to reject Tama Kereama's claim of self-defence.",
    'Forensic pathologist Dr Li-Na Chow told the court that "a wound of that depth requires considerable force".',
  ]);
  assert.equal(quote(y, 'considerable force').place?.name, 'High Court at Hamilton');
});

// https://policeprofessional.com/?p=142861 (a misconduct hearing: "PC X was dismissed …", then the officer's answers
// set out as a transcript, "PC Ashworth: …"): a British police rank is a title, not part of the name.
test('"PC Liam Ashworth was dismissed … ¶ PC Ashworth: He came up off the bench."; "“…,” PC Ashworth said"', () => {
  const x = extract([
    'PC Liam Ashworth was dismissed without notice on Wednesday after a three-day misconduct hearing.',
    "PC Ashworth: He came up off the bench. The camera doesn't show everything.",
    '"I must have knocked it," PC Ashworth said.',
  ]);
  const line = x.entries.find((e) => e.text.startsWith('PC Ashworth:'));
  assert.equal(line?.speaker?.name, 'Liam Ashworth');
  assert.equal(quote(x, 'knocked it').speaker?.name, 'Liam Ashworth');
});

// https://www.capitalfm.co.ke/news/2018/04/kfcb-bans-local-film-rafiki-over-homosexual-theme/ (a director on a film
// board's ban: "She said the board had asked for cuts …, and that making them would leave “…”"): the words are in the
// second "that" clause of her saying, not of the board's asking.
test('"She said the board had asked for 11 cuts, …, and that making them would leave “a film about nothing”"', () => {
  const x = extract([
    'The Kenya Film Classification Board said the film was "restricted". Director Njeri Wachira said the ban was "shocking".',
    'She said the board had asked for 11 cuts, most of them involving officers firing on demonstrators, and that making them would leave "a film about nothing".',
  ]);
  assert.equal(quote(x, 'film about nothing').speaker?.name, 'Njeri Wachira');
});

// Bodies' names with commas and "and": https://www.theguardian.com/world/2006/mar/18/france.sport (a British family
// abroad, "A Foreign, Commonwealth and Development Office spokesperson said"), https://koreajoongangdaily.joins.com/news/2025-08-18/national/defense/Korea-US-begin-key-summertime-joint-military-exercise/2377765
// (a general "who heads the Combined Forces Command and U.S. Forces Korea (USFK)", then "USFK said"): the letters in
// brackets are the last body's.
test('"A Foreign, Commonwealth and Development Office spokesperson said"; "the Combined Forces Command and U.S. Forces Korea (USFK)"', () => {
  const x = extract([
    'A Foreign, Commonwealth and Development Office spokesperson said: “We are supporting a British family.”',
    'Gen. Russell Hale, who heads the Combined Forces Command and U.S. Forces Korea (USFK), told reporters the alliance was "ready".',
    'USFK said in a statement that the drills would "keep the peace".',
  ]);
  assert.equal(quote(x, 'British family').speaker?.name, 'Foreign, Commonwealth and Development Office');
  assert.equal(quote(x, 'keep the peace').speaker?.name, 'U.S. Forces Korea');
});

// https://www.devdiscourse.com/article/business/3159655-airasias-inaugural-international-flight-from-port-blair-a-tourism-game-changer
// (an inaugural flight: "Among the first passengers was X, a Maldivian nurse …", then "“…,” she told reporters"): a name
// with an occupation set off after it is a person's, and "she" is her, not the airline's chief named before.
test('"Among the first passengers was Aishath Shifza, a Maldivian nurse … ¶ “…,” she told reporters"', () => {
  const x = extract([
    'Chief executive Anjali Menon said the route was "a first for the airline".',
    'Among the first passengers was Aishath Shifza, a Maldivian nurse returning home after a training course in Kochi.',
    '"Earlier I had to fly via Colombo. Now I can have breakfast in Kochi and lunch at home," she told reporters at the airport.',
  ]);
  assert.equal(quote(x, 'breakfast in Kochi').speaker?.name, 'Aishath Shifza');
});

// https://www.sbs.com.au/news/article/judge-slaps-employer-with-huge-fine-over-grossly-exploitative-cashback-scheme/q3eklzqnn
// (underpaid restaurant workers: "Former kitchen hand X came to Melbourne …", then "“…,” he told ABC Radio"): what
// someone used to be, before their name, says the name is a person's.
test('"Former kitchen hand Min-jun Park came to Melbourne … ¶ “…,” he told ABC Radio Melbourne"', () => {
  const x = extract([
    'Owner David Quoc Tran said the claims were "false".',
    'Former kitchen hand Min-jun Park came to Melbourne from Seoul on a working holiday visa in 2021.',
    '"I thought that was just how it worked in Australia," he told ABC Radio Melbourne.',
  ]);
  assert.equal(quote(x, 'how it worked').speaker?.name, 'Min-jun Park');
});

// https://kyivindependent.com/zelensky-may-reportedly-visit-us-this-week-to-discuss-peace-with-trump (an envoy
// "speaking to journalists outside St. Michael's Golden-Domed Monastery"): a saint's name is part of the building's, not
// its owner.
test('"Speaking to journalists outside St. Michael\'s Golden-Domed Monastery, X said …"; "in St Mark\'s Square"', () => {
  const x = extract([
    'Speaking to journalists outside St. Michael\'s Golden-Domed Monastery on Thursday morning, Cardinal Cavallari said the list would be raised "directly with Russian officials".',
    'Speaking in St Mark\'s Square, the mayor said it was "a good day for the city".',
    'Speaking at the ministry\'s Riverside Conference Centre, the minister said it was "a fair deal".',
  ]);
  assert.equal(quote(x, 'Russian officials').place?.name, "St. Michael's Golden-Domed Monastery");
  assert.equal(quote(x, 'good day for the city').place?.name, "St Mark's Square");
  assert.equal(quote(x, 'fair deal').place?.name, 'Riverside Conference Centre');
});

// https://www.euronews.com/2023/12/12/three-men-arrested-and-turkish-league-games-suspended-after-referee-attacked (a
// referee attacked: "Ankara police said three men were detained", then "Police said …"): a force named by its city in
// lower case is a body, and "Police" after it is that force.
test('"Ankara police said … “…”" then "Police said … “…”"; "The Nitra regional police said"; "Dutch police said"', () => {
  const x = extract([
    'Ankara police said three men had been detained after the referee was punched, and that "an investigation is under way".',
    'Police said the referee had been taken to hospital with "a fracture below the eye".',
  ]);
  assert.equal(quote(x, 'investigation is under way').speaker?.name, 'Ankara police');
  assert.equal(quote(x, 'fracture below the eye').speaker?.name, 'Ankara police');
  const y = extract([
    'The Nitra regional police said the march had been "calm from start to finish".',
    'Dutch police said the suspect was "in good health" when he was handed over.',
  ]);
  assert.equal(quote(y, 'calm from start').speaker?.name, 'Nitra regional police');
  assert.equal(quote(y, 'in good health').speaker?.name, 'Dutch police');
});

// https://www.latimes.com/california/story/2025-11-12/la-may-cap-rent-increases-in-rent-stabilized-apartments (a council
// vote: "Mayor X, who voted against it along with Councilmember Y, said …", then "Y argued …" and "“…,” he said"): someone
// named with "along with" in the sayer's aside is company kept, not a workplace, and speaks later by surname.
test('"Mayor X, who voted against the measure along with Councilmember Kevin Doyle, said …" ¶ "Doyle argued …" ¶ "“…,” he said"', () => {
  const x = extract([
    'Mayor Vartan Ghazarian, who voted against the measure along with Councilmember Kevin Doyle, said the council was sending "the wrong message" to small owners.',
    'Doyle argued that the city should spend more on direct rental assistance.',
    '"If we want to help renters, let\'s write them a check," he said.',
  ]);
  assert.equal(quote(x, 'write them a check').speaker?.name, 'Kevin Doyle');
});

// https://www.thestar.com/news/gta/2023/01/04/facing-an-unprecedented-shelter-crunch-city-proposes-extending-leases-at-temporary-sites.html
// (a shelter closing: an official "told reporters at Toronto City Hall", then "the City of Toronto said in a statement"):
// a local government named for its place is a body, not "City" as a middle name of the building's.
test('"told reporters at Toronto City Hall" ¶ "the City of Toronto said … “…”"; "The City of Edinburgh Council said"', () => {
  const x = extract([
    'Tomás Oyelaran, general manager of the shelter service, told reporters at Toronto City Hall on Tuesday that "every single person" would be housed.',
    'In a statement on Tuesday, the City of Toronto said the closure "does not reflect any change" in its commitment.',
    'The City of Edinburgh Council said the plan was "under review".',
  ]);
  assert.equal(quote(x, 'does not reflect any change').speaker?.name, 'City of Toronto');
  assert.notEqual(quote(x, 'under review').speaker?.name, 'Toronto City Hall');
});

// https://cebudailynews.inquirer.net/648595/new-cebu-archbishop-alberto-uy-his-installation-set-sept-30 (an archbishop's
// installation, his predecessor "Archbishop Emeritus X" sitting by the altar): "Emeritus" is part of the title, not the name.
test('"Archbishop Emeritus Crispin Lacson, who led the archdiocese …, told parishioners … “…”"', () => {
  const x = extract([
    'Archbishop Emeritus Crispin Lacson, who led the archdiocese for nearly eight years, told parishioners he was handing over "a Church that is tired but not defeated."',
  ]);
  assert.equal(quote(x, 'tired but not defeated').speaker?.name, 'Crispin Lacson');
});

// https://mysomnews.com/travellers-warned-to-expect-tenerife-hotel-protests-11222.html (a hotel strike called by "the
// Comisiones Obreras (CCOO) union", later "CCOO described the order as “…”"): letters in brackets before a word for what the
// body is stand for its name.
test('"The Comisiones Obreras (CCOO) union …" ¶ "CCOO described the order as “…”"', () => {
  const x = extract([
    'The Comisiones Obreras (CCOO) union, which called the 48-hour strike, said about 80,000 workers were covered.',
    'In a press release, CCOO described the order as "a way of emptying the strike of its meaning".',
  ]);
  assert.equal(quote(x, 'emptying the strike').speaker?.name, 'Comisiones Obreras');
});

// https://www.thejournal.ie/short-term-let-bill-cabinet-6678005-Apr2025/ (a housing bill: one group "said in a statement …
// “…”", then "The X Network, which campaigns for tenants, welcomed the bill as “…”"): a verdict quoted after "welcomed … as"
// is the welcomer's, not the last speaker's.
test('"X said … “a blunt instrument”. The Rental Action Network, which campaigns for tenants, welcomed the bill as “…”"', () => {
  const x = extract([
    'The Irish Self-Catering Federation said in a statement that it regarded the threshold as "a blunt instrument". The Rental Action Network, which campaigns for tenants, welcomed the bill as "a step, not a solution".',
  ]);
  assert.equal(quote(x, 'a blunt instrument').speaker?.name, 'Irish Self-Catering Federation');
  assert.equal(quote(x, 'a step, not a solution').speaker?.name, 'Rental Action Network');
});

// https://theedinburghreporter.co.uk/2025/01/city-agrees-details-of-new-tourist-tax (a tourist tax approved: "Visitors
// staying overnight in Edinburgh will pay …" in Saturday's paper, the council's meeting "on Friday"): a night's stay is
// no day, so the opening names none, and the story's day is the meeting's.
test('"Visitors staying overnight in Edinburgh will pay …" ¶ "A special meeting … on Friday approved …" ¶ "X told the chamber … “…”"', () => {
  const x = extract(
    [
      "Visitors staying overnight in Edinburgh will pay an extra 5 per cent after councillors gave the final go-ahead to Scotland's first tourist tax.",
      'A special meeting of the council at the City Chambers on Friday approved the visitor levy by 38 votes to 23.',
      'Council leader Moira Lennie told the chamber the levy was "a modest contribution" from visitors.',
    ],
    '2025-01-25',
  );
  assert.equal(quote(x, 'a modest contribution').date, '2025-01-24');
  assert.equal(findDates('Drones struck Kharkiv overnight, officials said.', '2025-01-25')[0]?.date, '2025-01-25');
  assert.deepEqual(findDates('Guests on an overnight stay pay more.', '2025-01-25'), []);
});

// https://www.bbc.co.uk/news/uk-england-humber-65951978 (a mosque opening: "About 400 people attended the first Friday
// prayers at the centre on 21 March", in Saturday's story, then "Speaking after the prayers, X said …"): prayers are an
// occasion, dated where the text first gives them a day.
test('"… attended the first Friday prayers … on 21 March" ¶ "Speaking outside the centre after the prayers, X said “…”"', () => {
  const x = extract(
    [
      'A mosque in Shrewsbury has opened its doors to worshippers after an 11-year dispute.',
      'About 400 people attended the first Friday prayers at the new centre on 21 March, in the last days of Ramadan.',
      'Speaking outside the centre after the prayers, Imran Chaudhry said the opening came at the end of "a long road".',
    ],
    '2025-03-22',
  );
  assert.equal(quote(x, 'a long road').date, '2025-03-21');
});

// https://www.pillarcatholic.com/p/german-synodal-way-adopts-resolution-on-women-in-ministries (a synod's vote on women
// deacons, with "The Swiss Bishops' Conference had said in March that it would “…”"): a bishops' conference is a body,
// not an event like a summit.
test('"The Swiss Bishops\' Conference had said in March that it would “…”"', () => {
  const x = extract([
    'The Swiss Bishops\' Conference had said in March that it would "carry the question to Rome" without taking a position.',
  ]);
  assert.equal(quote(x, 'carry the question').speaker?.name, "Swiss Bishops' Conference");
});

// https://www-blue.cache-blue.aws.rnz.net.nz/news/national/539561/one-stranded-whale-dies-remaining-10-refloated-doc (whales
// refloated "at Tokerau Beach in the Far North", a ranger who "told RNZ at the beach"): a beach is a place something is
// done at, and "the beach" after it is that one.
test('"… refloated at Tokerau Beach in the Far North" ¶ "“…,” X told RNZ at the beach this afternoon"', () => {
  const x = extract([
    'Thirty-one pilot whales have been refloated at Tokerau Beach in the Far North, a day after a pod came ashore.',
    '"It was a tough night," DOC operations manager Kerry Whitelaw told RNZ at the beach this afternoon.',
  ]);
  assert.equal(quote(x, 'a tough night').place?.name, 'Tokerau Beach');
});

// https://world-today-news.com/demand-for-eye-level-at-the-altar-at-synodal-assembly (a cantonal synod's vote, in AFP's
// style: "Lucerne, Switzerland (AFP) - …"): a town no list knows, in a dateline that names its country and an agency, is
// where the story is filed.
test('"Lucerne, Switzerland (AFP) - The synod voted …" ¶ "“…,” said X"', () => {
  const x = extract([
    'Lucerne, Switzerland (AFP) - The Catholic synod of the canton voted by a large majority on Wednesday to ask the bishops to press Rome.',
    '"This is not a revolution. It is an act of honesty," said Miriam Odermatt, a theologian who tabled the motion.',
  ]);
  assert.equal(quote(x, 'an act of honesty').place?.name, 'Lucerne');
  const y = extract(['Kellerby, Sunday (AFP) - Police said on Sunday that "nobody was hurt".']);
  assert.equal(quote(y, 'nobody was hurt').place, null);
});

// https://www.devdiscourse.com/article/headlines/3485933-intense-rescue-operations-and-suspended-pilgrimage-amid-uttarkashi-landslide
// (a national park closed by a landslide, in PTI's style: "Gopeshwar, Aug 12 (PTI) The Valley of Flowers … ¶ “…,” X
// told reporters here"): a day and an agency after a town no list knows make it the dateline.
test('"Gopeshwar, Aug 12 (PTI) The park has been closed …" ¶ "“…,” X told reporters here"', () => {
  const x = extract(
    [
      'Gopeshwar, Aug 12 (PTI) The Valley of Flowers National Park has been closed to tourists after a landslide, officials said on Tuesday.',
      '"We cannot allow anyone on that stretch till the slope stabilises," Anil Kumar Rawat told reporters here.',
    ],
    '2025-08-12',
  );
  assert.equal(quote(x, 'slope stabilises').place?.name, 'Gopeshwar');
});

// https://www.malaymail.com/news/malaysia/2019/02/13/court-dismisses-bid-to-deny-developer-entry-to-subang-temple-site/1722670
// (a temple land ruling: "GEORGE TOWN, June 10 — The Penang High Court today ruled …", the judge's words "in delivering her
// decision"): a court the dated opening is about, delivering its decision, is where its judge spoke, not the dateline's town.
test('"GEORGE TOWN, June 10 — The Penang High Court today ruled …" ¶ "“…,” she said in delivering her decision"', () => {
  const x = extract(
    [
      'GEORGE TOWN, June 10 — The Penang High Court today ruled that the land on which a century-old temple stands is held in trust for the temple.',
      'Justice Rosnani Ahmad Fauzi said the association had shown that the plot was dedicated to the temple.',
      '"The evidence shows that the land was given to the deity, not to a family," she said in delivering her decision.',
    ],
    '2025-06-10',
  );
  assert.equal(quote(x, 'given to the deity').place?.name, 'Penang High Court');
});

// https://helenair.com/news/state-regional/government-politics/wolf-hunting-trapping-quotas-montana-fish-game-commission/article_98952e1e-3e1b-11ee-a6dd-cfdc274a6d64.html
// (a wildlife commission's vote "on Friday", then "The decision, at the commission's meeting at the Natural Resources Building in
// Olympia, came …"): a meeting named by whose it is sets where that day's words were said.
test('"… voted 5-4 on Friday …" ¶ "The decision, at the commission\'s meeting at the Natural Resources Building in Olympia, …" ¶ "“…,” said X"', () => {
  const x = extract(
    [
      'The Washington Fish and Wildlife Commission voted 5-4 on Friday to allow state wildlife managers to kill up to 12 wolves.',
      "The decision, at the commission's meeting at the Natural Resources Building in Olympia, came after nearly five hours of debate.",
      '"At some point the tools run out," said Commissioner Tim Reyes of Colville.',
    ],
    '2025-06-14',
  );
  assert.equal(quote(x, 'the tools run out').place?.name, 'Natural Resources Building');
});

// https://catalannews.com/housing-crisis/item/casa-orsola-eviction-barcelona-january-31-2025 (an eviction in Barcelona,
// the tenant telling the agency's reporter "on the pavement as workers changed the locks"): words told a reporter who was
// there were said there, not told from elsewhere.
test('"Barcelona (AFP) - Police evicted …" ¶ "“…,” X told AFP on the pavement as workers changed the locks"; "told AFP by phone"', () => {
  const x = extract(
    [
      'Barcelona (AFP) - Catalan police on Tuesday evicted a family of five from their flat in the Sants district.',
      '"They have taken my children\'s home in front of their eyes," Rocío Heredia told AFP on the pavement as workers changed the locks.',
      '"We will appeal," her lawyer Jordi Puig told AFP by phone.',
    ],
    '2025-02-25',
  );
  assert.equal(quote(x, 'in front of their eyes').place?.name, 'Barcelona');
  assert.equal(quote(x, 'We will appeal').place, null);
});

// https://landlordzone.co.uk/news/landlord-pays-high-price-for-ignoring-mouldy-bedroom
// (a landlord fined over mould in Thursday's paper: an undated opening, then "He was fined … at Liverpool Magistrates'
// Court on Wednesday", then the prosecutor's words to the court): a named court sitting on a day is the story's day.
test('"A landlord … has been ordered to pay …" ¶ "He was fined … at Liverpool Magistrates\' Court on Wednesday" ¶ "X told the court … “…”"', () => {
  const x = extract(
    [
      'A landlord who left a young family living with black mould has been ordered to pay more than £15,000.',
      "He was fined £9,600 at Liverpool Magistrates' Court on Wednesday and ordered to pay costs.",
      'Prosecuting for the council, Hannah Okafor told the court the children\'s bedroom was "the worst room in the house".',
    ],
    '2025-10-30',
  );
  assert.equal(quote(x, 'the worst room').date, '2025-10-29');
});

// https://insidehousing.co.uk/news/more-than-400-residents-evacuated-from-tower-block-due-to-fire-and-structural-risks-83910
// (a tower block evacuated: "Residents … were told on Wednesday evening they had to leave", in Thursday's story, then the
// council's statement about "last night"): an order given in the passive is no one's words, so it does not make Wednesday
// the day of the story's words.
test('"Residents … were told on Wednesday evening they had to leave …" ¶ "The council said: “Our priority last night …”"', () => {
  const x = extract(
    [
      'More than 140 people have been moved out of a Leeds tower block after firefighters found serious fire safety failings.',
      'Residents of Eastgate Court were told on Wednesday evening they had to leave by 22:00 BST.',
      'In a statement, the council said: "Our priority last night was to make sure that nobody was left without a safe place to sleep."',
    ],
    '2025-09-18',
  );
  assert.equal(quote(x, 'Our priority last night').date, '2025-09-18');
});

// https://www.japantimes.co.jp/news/2025/08/15/japan/hokkaido-world-heritage-bear-attack (a bear attack on a hiker, with a
// notice "the Hanamaki city government said … posted on its website"): a government named by its place in lower case,
// with its level, is a body, as a police force is.
test('"“…,” the Hanamaki city government said in a notice"; "Valencia city council said"', () => {
  const x = extract([
    '"We cannot rule out that the same bear is still near the trail," the Hanamaki city government said in a notice posted on its website.',
    'Valencia city council said 105 residents had been found "rooms in hotels".',
  ]);
  assert.equal(quote(x, 'same bear').speaker?.name, 'Hanamaki city government');
  assert.equal(quote(x, 'rooms in hotels').speaker?.name, 'Valencia city council');
});

// https://news.quantosei.com/2025/06/24/wildlife-park-near-exeter-evacuated-after-bears-escape (an animal escaped from a
// wildlife park: "Devon and Cornwall Police urged people …", then "A police spokesperson said: “…”"): an unnamed police
// spokesperson speaks for the one force the article named.
test('"Northumbria Police had urged people … to keep pets indoors." ¶ "A police spokesperson said on Monday: “…”"', () => {
  const x = extract([
    'Northumbria Police had urged people in Rothbury and Thropton to keep pets and livestock indoors.',
    'A police spokesperson said on Monday: "We would ask anyone who sees the animal not to approach it."',
  ]);
  assert.equal(quote(x, 'not to approach it').speaker?.name, 'Northumbria Police');
});

// https://www.rcinet.ca/eye-on-the-arctic/?p=192013 (a record tourist winter in Lapland, with "Airport operator Finavia said
// in a release …, describing the season as “…”"): one unknown word after what kind of business it is, speaking, is that
// business.
test('"Airport operator Finavia said in a release …, describing the season as “…”"; "State utility Eskom said …"', () => {
  const x = extract([
    'Airport operator Finavia said in a release on Monday that passenger numbers had risen, describing the season as "exceptional by any measure".',
    'State utility Eskom said stage 6 would "continue until Tuesday".',
  ]);
  assert.equal(quote(x, 'exceptional by any measure').speaker?.name, 'Finavia');
  assert.equal(quote(x, 'continue until Tuesday').speaker?.name, 'Eskom');
});

// https://www.nzherald.co.nz/nz/david-seymour-criticises-auckland-council-over-hidden-online-housing-zoning-maps/BUHEJPBCKBDLTGWL63UPPNIWR4/
// (a planning row: "The chair of the residents' association said … Graham McKinnon told RNZ …"): a sayer described by their
// office, then named bare in the next sentence, is that person; one named with a description of their own is not.
test('"The chair of the Te Kōwhai Residents\' Association said … “…”. Graham McKinnon told RNZ …"', () => {
  const x = extract([
    'Residents packed the hall on Tuesday night.',
    'The chair of the Te Kōwhai Residents\' Association said the village had "not been properly consulted". Graham McKinnon told RNZ the two roads into the village were already jammed.',
  ]);
  assert.equal(quote(x, 'not been properly consulted').speaker?.name, 'Graham McKinnon');
  const y = extract([
    'Residents packed the hall on Tuesday night.',
    'The head of the landlord group said it would weigh "a legal challenge". Daniel Yoon, an analyst at a bank, said the limit went too far.',
  ]);
  assert.notEqual(quote(y, 'a legal challenge').speaker?.name, 'Daniel Yoon');
  // (https://insidehousing.co.uk/news/more-than-400-residents-evacuated-from-tower-block-due-to-fire-and-structural-risks-83910:
  // "The fire service's area manager for protection said … ¶ Gareth Lomax said …": named bare at the next paragraph's start.)
  const z = extract([
    'Residents packed the hall on Tuesday night.',
    'The fire service\'s area manager for protection said inspectors had found "fire doors that did not close".',
    'Gareth Lomax said the service had first raised concerns with the owner in February.',
  ]);
  assert.equal(quote(z, 'fire doors').speaker?.name, 'Gareth Lomax');
  // (https://landlordzone.co.uk/news/landlord-pays-high-price-for-ignoring-mouldy-bedroom: "Moffatt's solicitor told the
  // court … Graham Tierney said …": an office owned by someone named.)
  const w = extract([
    'Kevin Moffatt admitted failing to comply with an improvement notice.',
    'Moffatt\'s solicitor told the court his client had been "caring for his wife". Graham Tierney said the house had belonged to Moffatt\'s late mother.',
  ]);
  assert.equal(quote(w, 'caring for his wife').speaker?.name, 'Graham Tierney');
});

// https://www.koreaherald.com/view.php?ud=20241205050011 (a rail strike's third day: "KORAIL President Han Dong-seok
// apologized to passengers in a statement released Thursday morning"): an apology is words given, reported speech.
test('"KORAIL President Han Dong-seok apologized to passengers in a statement released Thursday morning."', () => {
  const x = extract(['KORAIL President Han Dong-seok apologized to passengers in a statement released Thursday morning.'], '2024-12-06');
  assert.equal(x.entries.find((e) => e.text.includes('apologized to passengers'))?.speaker?.name, 'Han Dong-seok');
});

// https://gcaptain.com/container-ship-runs-aground-just-meters-from-seaside-cabin-near-trondheim-norway/ (a ship aground:
// "according to the Norwegian Coastal Administration … the Coastal Administration said") and
// https://www.irishpost.com/news/crew-rescued-by-coast-guard-helicopter-after-fishing-boat-sinks-in-irish-waters-291671
// ("The Irish Coast Guard said … a Coast Guard spokesperson said"): a body named first with its country's adjective is
// the same body when the adjective is left off later.
test('"according to the Norwegian Coastal Administration" ¶ "“…,” the Coastal Administration said"', () => {
  const x = extract([
    'The freighter ran onto the rocks shortly before dawn, according to the Norwegian Coastal Administration.',
    '"There is no oil on the water," the Coastal Administration said in a statement on Thursday.',
  ]);
  assert.equal(quote(x, 'no oil on the water').speaker?.name, 'Norwegian Coastal Administration');
  const y = extract([
    'The Irish Coast Guard said it had tasked a helicopter from Sligo.',
    '"All four were wearing lifejackets," a Coast Guard spokesperson said.',
  ]);
  assert.equal(quote(y, 'wearing lifejackets').speaker?.name, 'Irish Coast Guard');
});

// https://www.einpresswire.com/article/770293116/epa-monitoring-fire-management-at-mary-s-mount-landfill (a landfill fire:
// "EPA Victoria … the EPA said"): letters then the place a body is of are its name; the letters alone later are that body.
test('"EPA Victoria issued a community advice …" ¶ "“…,” the EPA said in the advice."', () => {
  const x = extract([
    'EPA Victoria issued a community advice on Monday for the suburbs downwind of the tip.',
    '"People with asthma should keep their medication close," the EPA said in the advice.',
  ]);
  assert.equal(quote(x, 'keep their medication close').speaker?.name, 'EPA Victoria');
  // (Letters written before two places name neither.)
  const y = extract([
    'NHS England and NHS Scotland published their figures on Monday.',
    '"Waiting lists are falling," the NHS said in a statement.',
  ]);
  assert.equal(quote(y, 'Waiting lists are falling').speaker?.name, 'NHS');
});

// https://www.newsonday.com/thames-water-fined-3-3m-over-river-sewage/ (a water company fined: its full name in the
// charge, "Thames Water Utilities Ltd", its short one when it speaks): a firm named later without its last word
// ("Services", "Group") is the firm named before, when one only begins so.
test('"Weald Water Services admitted 11 offences …" ¶ "Weald Water said: “…”"', () => {
  const x = extract([
    'Harrow Water Services admitted nine offences of breaching its permit at the treatment works.',
    'In a statement after the hearing, Harrow Water said: "We accept the decision of the court."',
  ]);
  assert.equal(quote(x, 'accept the decision').speaker?.name, 'Harrow Water Services');
  // (Two firms that begin so: neither.)
  const y = extract([
    'Harrow Water Services was charged. Its parent, Harrow Water Group, was not.',
    'In a statement after the hearing, Harrow Water said: "We accept the decision of the court."',
  ]);
  assert.equal(quote(y, 'accept the decision').speaker?.name, 'Harrow Water');
});

// https://thestatesman.com/india/ranveer-allahabadia-controversy-sc-slams-youtuber-for-crass-remarks-but-grants-interim-relief-1503399405.html
// ("SC slams YouTuber … for crass remarks"): what someone does online, before their name, is no part of it; and
// https://www.irishexaminer.com/news/arid-41696306.html (a missionary freed: Irish copy's "Fr" with no full stop) a
// priest's title is not his first name.
test('"… granted interim protection to YouTuber Ankit Rawal …"; "the parish priest, Fr Ciarán Ó Dónaill, said"', () => {
  const x = extract([
    'The court on Tuesday granted interim protection to YouTuber Vikram Sodhi in the cases against him.',
    'Sodhi had apologised in a video, saying he "did not read the contract" before the promotions.',
  ]);
  assert.equal(quote(x, 'did not read the contract').speaker?.name, 'Vikram Sodhi');
  const y = extract(['Speaking in the village, the parish priest, Fr Tomás Mac Aodha, said the parish had been "holding its breath".']);
  assert.equal(quote(y, 'holding its breath').speaker?.name, 'Tomás Mac Aodha');
});

// https://lawstreet.co/judiciary/sc-slams-ranveer-allahabadia-for-dirty-perverted-remarks-protects-from-arrest-in-multiple-firs
// ("A bench of Justices Surya Kant and N Kotiswar Singh …"): a title for two is each one's title, not part of a name.
test('"A bench of Justices Meera Khanna and Rajesh S Bhandari directed …" ¶ "“…,” Justice Khanna told …"', () => {
  const x = extract([
    'A bench of Justices Anita Rao and Vivek S Menon directed that no coercive steps be taken.',
    '"You cannot sell poison to children," Justice Rao told the counsel for the petitioner.',
  ]);
  assert.equal(quote(x, 'sell poison').speaker?.name, 'Anita Rao');
});

// https://qatar-tribune.com/article/171219/world/king-charles-puts-peace-at-the-heart-of-message-to-italys-parliament (a
// state visit: "King Charles … told …", "the king said", "Queen Camilla, …, visited …"): a royal named by title and one
// name is that person, where the realm, a description or speaking proves it; not a name the article writes longer.
test('"King Maurits of the Netherlands told a business forum …"; "Queen Elise, a former nurse, … she told"', () => {
  const x = extract([
    'King Aldric of Norland told a business forum in Hanoi on Tuesday that his engineers wanted to stay "for decades".',
    '"Your delta feeds a hundred million people," the king told the executives.',
    "Queen Ines, a former paediatric nurse, spent part of Tuesday at the children's hospital.",
    '"The nurses here know every mother by name," she told hospital staff.',
  ]);
  assert.equal(quote(x, 'for decades').speaker?.name, 'King Aldric');
  assert.equal(quote(x, 'Your delta feeds').speaker?.name, 'King Aldric');
  assert.equal(quote(x, 'every mother by name').speaker?.name, 'Queen Ines');
  const y = extract([
    'Energy Minister Prince Faisal bin Nasser told reporters the group had acted to balance the market.',
    '"We do not chase a price," Prince Faisal said.',
  ]);
  assert.equal(quote(y, 'We do not chase a price').speaker?.name, 'Faisal bin Nasser');
});

// https://www.geo.tv/latest/588360-buckingham-palace-releases-big-statement-about-kate-middleton (a royal household's
// statement: "Buckingham Palace said …", "the Palace said"): a palace speaks as a body, never as a person "she" could be.
test('"… the Royal Palace announced on Thursday." ¶ "In a statement, the Palace said: “…”" ¶ "“…,” she told staff"', () => {
  const x = extract([
    'The princess has become the patron of a Ghent charity, the Royal Palace announced on Thursday.',
    'In a statement, the Palace said: "She has followed the charity\'s work closely."',
    '"I am here to listen first," she told staff during the visit.',
  ]);
  assert.equal(quote(x, 'followed the charity').speaker?.name, 'Royal Palace');
  assert.equal(quote(x, 'followed the charity').speaker?.kind, 'organisation');
  assert.notEqual(quote(x, 'listen first').speaker?.name, 'Royal Palace');
});

// https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/ireland/2025/08/29/irish-woman-gena-heraty-kidnapped-in-haiti-has-been-released-along-with-other-captives
// (a hostage freed: "In a statement, the Heraty family said …"): a family speaking as one is a body of its own, not the
// one of them the article last named.
test('"Paul Gallagher, her brother, …" ¶ "… the Gallagher family said: “…”"', () => {
  const x = extract([
    'Paul Dunleavy, her brother, said the family had been told on Friday.',
    'In a separate statement released through the department, the Dunleavy family said: "We are overjoyed that she is safe."',
  ]);
  assert.equal(quote(x, 'overjoyed').speaker?.name, 'Dunleavy family');
  assert.equal(quote(x, 'overjoyed').speaker?.kind, 'organisation');
});

// https://www.cornish-times.co.uk/news/new-war-memorial-benches-to-honour-77-missed-saltash-war-casualties-752198 (a
// memorial unveiled: the fallen by rank and name, "Able Seaman …", their relatives by name and "Mrs …"): a rank is no part
// of a name, and a courtesy title picks, of two people sharing a surname, the one of its gender.
test('"… Diane Kerrison, … her great-uncle, Able Seaman Frederick Kerrison, …" ¶ "“…,” Mrs Kerrison said."', () => {
  const x = extract([
    'Among the relatives was Diane Pellow, who flew from Ontario to see the name of her great-uncle, Able Seaman Frederick Pellow, who was lost in 1941.',
    '"My grandmother talked about him until the day she died," Mrs Pellow said.',
  ]);
  assert.equal(quote(x, 'talked about him').speaker?.name, 'Diane Pellow');
  assert.ok(x.newPeople.some((p) => p.name === 'Frederick Pellow'));
});

// https://www.irishpost.com/news/crew-rescued-by-coast-guard-helicopter-after-fishing-boat-sinks-in-irish-waters-291671 (a
// rescue: "Speaking …, coxswain X said …" ¶ "“…,” he said."): a lowercase word for someone's post before their name
// describes the sayer, and their words in the next paragraph are of that occasion; "X, …, has not commented" says nothing.
test('"Speaking at the lifeboat station this morning, coxswain Seán Boner said …" ¶ "“…,” he said."', () => {
  const x = extract(
    [
      'Five fishermen were rescued from a life raft last night.',
      'Speaking at the lifeboat station on Arranmore this morning, coxswain Peadar Gallchóir said conditions had been difficult.',
      '"When we got there the helicopter already had the first man on the wire," he said.',
    ],
    '2025-02-26',
  );
  const reported = x.entries.find((e) => e.text.includes('conditions had been difficult'));
  assert.equal(reported?.speaker?.name, 'Peadar Gallchóir');
  assert.equal(quote(x, 'first man on the wire').date, '2025-02-26');
  const y = extract(["The building's owner, businessman Leonardo Tan, has not commented on the order."]);
  assert.equal(y.entries.find((e) => e.text.includes('has not commented'))?.speaker ?? null, null);
});

// https://www.pressandjournal.co.uk/fp/news/highlands-islands/4201472/south-uist-ferry-service-cancelled-for-the-remainder-of-the-day/
// (a ferry cancelled "yesterday"; islanders tell the paper what it means): words given to the paper itself are of the
// report's day, and so are the same speaker's words that go on in the next paragraph, not the story's day.
test('"X told The Press and Journal that … “at the back of the queue” …" ¶ "“…,” she said."', () => {
  const x = extract(
    [
      'The ferry operator confirmed yesterday that the ship will be withdrawn for repairs.',
      'Morag Steele told The Press and Journal that islanders had again been left "at the back of the queue" when ships were moved.',
      '"We have been here too many times," she said.',
    ],
    '2025-11-19',
    't',
    'The Press and Journal',
  );
  assert.equal(quote(x, 'at the back of the queue').date, '2025-11-19');
  assert.equal(quote(x, 'here too many times').date, '2025-11-19');
});

// https://www.vanguardngr.com/2025/07/lagos-traders-lament-single-use-plastics-ban-enforcement-seek-alternatives/ (NAN
// copy: "The traders spoke in separate interviews with the News Agency of Nigeria (NAN) on … in Lagos."): the day and
// the place of the interviews are those of the words that follow, which the story does not date or place again.
test('"The traders spoke in separate interviews with the News Agency of Nigeria (NAN) on Tuesday in Ibadan."', () => {
  const x = extract(
    [
      'Traders in Ibadan have decried the enforcement of the ban on thin nylon bags.',
      'The traders spoke in separate interviews with the News Agency of Nigeria (NAN) on Tuesday in Ibadan.',
      'A foodstuff seller, Mrs Bisola Adeyemi, said she had heard about the ban on radio.',
      '"Customers buy pepper and expect you to put it in something," she said.',
    ],
    '2025-08-06',
  );
  assert.equal(quote(x, 'Customers buy pepper').date, '2025-08-05');
  assert.equal(quote(x, 'Customers buy pepper').place?.name, 'Ibadan');
});

// http://www.carlukegazette.co.uk/lifestyle/disasters-emergency-committee-launches-east-africa-crisis-appeal-1-4392399 (an
// appeal launched, then "Speaking at the launch, … said"): the launch the verb told is the occasion, its day and venue.
test('"The appeal was launched on Wednesday evening at a reception in the City Chambers" ¶ "Speaking at the launch, X said: “…”"', () => {
  const x = extract(
    [
      'A Glasgow charity has launched an emergency appeal for Sudan, warning that families are surviving on boiled leaves.',
      'The charity hopes to raise £250,000 by the end of the year.',
      'The appeal was launched on Wednesday evening at a reception in the City Chambers, two days after the hunger monitor said famine had been confirmed.',
      'Speaking at the launch, the charity\'s chief executive, Dr Leila Hassan, said: "This is a famine the world saw coming."',
    ],
    '2025-11-06',
  );
  assert.equal(quote(x, 'famine the world saw coming').date, '2025-11-05');
  assert.equal(quote(x, 'famine the world saw coming').place?.name, 'City Chambers');
});

// https://www.buckinghamtoday.co.uk/news/mayor-unveils-silent-soldier-war-memorial-1-8597430 (a memorial unveiled on a
// day, then what was said there): a ceremony the story opens on after its first paragraph dates the words it does not.
test('"The slate memorial on the village green was unveiled on Saturday in front of about 300 people." ¶ "“…,” X said."', () => {
  const x = extract(
    [
      'Eleven men from a Norfolk village who died in the war have finally been given a memorial of their own.',
      'The slate memorial on the village green was unveiled on Saturday in front of about 300 people.',
      '"Every one of these men walked down this street," said Brian Howell, who unveiled it.',
    ],
    '2025-05-12',
  );
  assert.equal(quote(x, 'walked down this street').date, '2025-05-10');
});

// https://noticias.uol.com.br/ultimas-noticias/afp/2025/08/27/congresso-aprova-lei-para-aumentar-protecao-de-menores-na-internet.htm
// (Brazil's Senate passes a bill; a senator "told reporters in the chamber after the vote"): the house that sat, not the
// congress both houses make up.
test('"BRASILIA (Reuters) - Brazil\'s Senate on Wednesday approved a bill …" ¶ "“…,” Senator X … told reporters in the chamber"', () => {
  const x = extract(
    [
      "BRASILIA (Reuters) - Brazil's Senate on Wednesday approved a bill that will require platforms to check users' ages.",
      '"A child\'s phone is not a shop window," Senator Renata Moura told reporters in the chamber after the vote.',
    ],
    '2025-08-28',
  );
  assert.equal(quote(x, 'shop window').place?.name, 'Brazilian Senate');
});

// https://www.newsdrum.in/national/sc-gives-relief-to-ranveer-allahbadia-raps-him-for-vulgarity-dirty-mind-8733343 (PTI
// copy: "New Delhi, Feb 18 (PTI) The Supreme Court on Tuesday …", the bench's words in court): a court the opening makes
// its subject after a mixed-case agency dateline is where the hearing's words were said, not the dateline's city.
test('"New Delhi, Jul 22 (PTI) The Supreme Court on Tuesday granted … calling his conduct “…”"', () => {
  const x = extract(
    [
      'New Delhi, Jul 22 (PTI) The Supreme Court on Tuesday granted interim protection to a YouTuber, calling his conduct "deeply irresponsible".',
      'The bench heard arguments for two hours.',
    ],
    '2025-07-22',
  );
  assert.equal(quote(x, 'deeply irresponsible').place?.name, 'Supreme Court');
});

// https://nltimes.nl/2024/03/20/govt-ignored-locals-interests-decision-making-around-schiphol-court-rules (a court rules on
// an airport's noise, "A court ruled … around Schiphol"): where a ruling's subject is is not where its judge spoke.
test('"A German court on Thursday ordered authorities … to tighten the rules for night flights at Cologne Bonn Airport"', () => {
  const x = extract(
    [
      'A German court on Thursday ordered authorities to tighten the rules for night flights at Cologne Bonn Airport.',
      'The court did not ban night flights outright.',
      '"The right to a night\'s sleep is not a luxury," said presiding judge Martina Kohl as she read out the verdict.',
    ],
    '2025-06-26',
  );
  assert.notEqual(quote(x, 'not a luxury').place?.name, 'Cologne Bonn Airport');
});

// https://weatheire.com/news/energy/2025/08/15/5212/ardnacrusha-marks-100-years-of-powering-ireland (a centenary held at a
// village in Co Clare): a town no list knows, named by its county as Irish copy does, is where the day's words were said.
test('"A ceremony has been held at Ardnacrusha in Co Clare to mark 100 years …" ¶ "“…,” said X."', () => {
  const x = extract(
    [
      'A ceremony has been held at Carrowkeel in Co Clare to mark 100 years since work began on the hydroelectric scheme.',
      'Around 400 people gathered at the power station this morning.',
      '"It was an act of extraordinary confidence," said the historian Ciarán Moloney.',
    ],
    '2025-08-13',
  );
  assert.equal(quote(x, 'extraordinary confidence').place?.name, 'Carrowkeel');
  // (Where someone is from is not where they speak.)
  const y = extract(['"We never doubted she would come home," said Bríd McGinley, a nurse from Carrowkeel in Co Donegal.'], '2025-08-13');
  assert.equal(quote(y, 'never doubted').place ?? null, null);
});

// https://todayheadline.co/c1drr40xwgro/ (a state visit's trade delegation: "A minister travelling with … said …", then
// the minister named with her office): a sayer described by an office, then named with it in the next sentence.
test('"A Dutch minister travelling with the royal couple said … “…”. Foreign Trade Minister Sanne Verbeek, …, told AFP …"', () => {
  const x = extract([
    'A Dutch minister travelling with the royal couple said the agreements could be worth "several hundred million euros" to Dutch firms. Foreign Trade Minister Anouk Visser, who is leading a delegation, told AFP that the figure could rise.',
  ]);
  assert.equal(quote(x, 'several hundred million euros').speaker?.name, 'Anouk Visser');
  // (Another office named next is someone else.)
  const y = extract([
    'A Dutch minister travelling with the royal couple said the agreements could be worth "several hundred million euros" to Dutch firms. Trade Commissioner Anouk Visser told AFP that the figure could rise.',
  ]);
  assert.notEqual(quote(y, 'several hundred million euros').speaker?.name, 'Anouk Visser');
});

// https://www.kiro7.com/news/world/uns-world-food/4FGLYSEXMM4SNMBTFFYL5XRS2E/ (the U.N.'s food agency quoted by its name,
// then by its letters): a programme is a body, named without the letters that own it, and its letters are it.
test('"The U.N. World Food Program said …" ¶ "“…,” the WFP said in a statement." ¶ "The UN’s World Food Programme …"', () => {
  const x = extract([
    'KAMPALA, Uganda (AP) — The U.N. World Food Program said Wednesday it will cut rations for refugees next month.',
    '"A cut like this is always a last resort," the WFP said in a statement.',
  ]);
  assert.equal(quote(x, 'a last resort').speaker?.name, 'World Food Program');
  const y = extract(['"Families are eating once a day," the UN’s World Food Programme said on Tuesday.']);
  assert.equal(quote(y, 'once a day').speaker?.name, 'World Food Programme');
  // (The letters of the UN before an office of its own stay in the office's name.)
  const z = extract(['"Convoys are waiting at the border," the U.N. Office for the Coordination of Humanitarian Affairs said.']);
  assert.equal(quote(z, 'Convoys are waiting').speaker?.name, 'U.N. Office for the Coordination of Humanitarian Affairs');
});

// https://www.odt.co.nz/news/dunedin/campus/meteorite-tour-here-heading-overseas (New Zealand copy names a local board's
// chair after the words, with the board's place and name before the role): three capitalised words, then the role.
test('"“…,” said Maniototo Community Board chairman Rob Cavanagh."', () => {
  const x = extract([
    '"It has put the town on the map for something other than curling," said Waitaki Community Board chairman Hemi Tane.',
  ]);
  assert.equal(quote(x, 'on the map').speaker?.name, 'Hemi Tane');
});

// https://www.myjoyonline.com/1345-galamsey-suspects-arrested-since-january-2025-lands-minister (Ghanaian copy names a
// retired officer by rank, name and "(retd)"): "Col" there is a rank, not the given name it can be ("farmer Col Brandon").
test('"the head of NAIMOS, Col Kwaku Asante-Mensah (retd), said …" ¶ "“…,” he said."', () => {
  const x = extract([
    'Speaking on Tuesday, the head of the task force, Col Yaw Boakye-Danquah (retd), said the unit would "not be bought or intimidated".',
    '"Some of them come to our officers with bags of cash," he said.',
  ]);
  assert.equal(quote(x, 'not be bought').speaker?.name, 'Yaw Boakye-Danquah');
  assert.equal(quote(x, 'bags of cash').speaker?.name, 'Yaw Boakye-Danquah');
  const y = extract(['"We lost half the crop," farmer Col Brandon said.']);
  assert.equal(quote(y, 'half the crop').speaker?.name, 'Col Brandon');
});

// https://www.myjoyonline.com/1345-galamsey-suspects-arrested-since-january-2025-lands-minister (Ghanaian copy quotes a
// chief by his stool name and number): the number after a name of two words is part of the name.
test('"The chief of Ayanfuri, Nana Kwame Darko II, told JoyNews …" ¶ "“…,” he said."', () => {
  const x = extract([
    'The chief of Akropong, Nana Kofi Boateng II, told JoyNews on Tuesday that local politicians were protecting the miners.',
    '"If you arrest only the boys in the pit, you have done nothing," he said.',
  ]);
  assert.equal(quote(x, 'boys in the pit').speaker?.name, 'Nana Kofi Boateng II');
  // (A war's number is no one's.)
  const y = extract(['Veterans of World War II said the memorial was "long overdue".']);
  assert.equal(quote(y, 'long overdue').speaker ?? null, null);
});

// https://indonesiabusinesspost.com/3946/policy-and-governance/nickel-miners-ask-government-to-reconsider-royalty-rate-hike
// (Indonesian firms are named with their legal form first, "PT …", then called "the company"): "PT" makes a body.
test('"PT Sulawesi Nikel Makmur said in a statement …" ¶ "“…,” the company added."', () => {
  const x = extract([
    'PT Halmahera Bumi Lestari said in a statement it "strongly rejects" the ministry\'s calculation.',
    '"We are confident that an independent tribunal would find in our favour," the company added.',
  ]);
  assert.equal(quote(x, 'strongly rejects').speaker?.kind, 'organisation');
  assert.equal(quote(x, 'in our favour').speaker?.name, 'PT Halmahera Bumi Lestari');
});

// https://newsbite.mooo.com/www.brisbanetimes.com.au/national/queensland/australian-rocket-explodes-in-launch-in-north-queensland-20250730-p5miv9.html
// (a launch company introduced as "Queensland company X", then quoted only as "the company"): the body the article called
// a company, when no other body has spoken.
test('"Adelaide company Kestrel Launch Systems launched …" ¶ "Later, the company said in a statement …, “…”"', () => {
  const x = extract([
    'Brisbane company Southern Arc Rocketry launched its first orbital rocket on Thursday morning.',
    'Later in the day, the company said in a statement that "the flight has given us data we could never have collected".',
  ]);
  assert.equal(quote(x, 'never have collected').speaker?.name, 'Southern Arc Rocketry');
  // (Not when a company was only mentioned, never called one: "the company" may be another.)
  const y = extract([
    'The rocket was built with parts from Southern Arc Rocketry.',
    'Later in the day, the company said in a statement that "the flight has given us data we could never have collected".',
  ]);
  assert.equal(quote(y, 'never have collected').speaker ?? null, null);
});

// https://www.odt.co.nz/business/increase-supply-chain-issues-funded-medicines-pharmac (a family doctor quoted unnamed
// as "a Dunedin GP"): a GP is a person's role, as an MP is, never a body that speaks.
test('"A Dunedin GP, who asked not to be named, said … “…”"', () => {
  const x = extract([
    'A Nelson GP, who asked not to be named, said doctors were switching to other antibiotics, which was "not what anyone wants".',
  ]);
  assert.equal(quote(x, 'not what anyone wants').speaker ?? null, null);
});

// https://www.thepharmacist.co.uk/clinical/diabetes-and-endocrinology/teplizumab-becomes-uks-first-ever-approved-immunotherapy-for-type-1-diabetes
// and https://canadanewsvideo.com/canadian-health-plans-pharma-firm-agree-on-terms-to-fund-costly-prostate-cancer-treatment-video/amp
// (bodies whose names have words in small letters, given with their letters): the letters say where the name begins.
test('"The Medicines and Healthcare products Regulatory Agency (MHRA) said …" ¶ "The pan-Canadian Pharmaceutical Alliance (pCPA) …"', () => {
  const x = extract([
    'The Medicines and Healthcare products Regulatory Agency (MHRA) said the injection could be prescribed to adults.',
    '"This is a new kind of medicine," the agency said in a statement.',
  ]);
  assert.equal(quote(x, 'new kind of medicine').speaker?.name, 'Medicines and Healthcare products Regulatory Agency');
  const y = extract(['"Negotiations were difficult," the pan-Canadian Pharmaceutical Alliance (pCPA) said on Monday.']);
  assert.equal(quote(y, 'Negotiations were difficult').speaker?.name, 'pan-Canadian Pharmaceutical Alliance');
  // (Letters that are the name's own initials change nothing.)
  const z = extract(['"We will appeal," the Ghana Medical Association (GMA) said on Monday.']);
  assert.equal(quote(z, 'We will appeal').speaker?.name, 'Ghana Medical Association');
});

// https://www.newindianexpress.com/states/tamil-nadu/2024/Feb/25/cm-stalin-opens-desal-plant-9-lakh-to-get-drinking-water
// (Indian copy gives a project's cost in rupees, "built at a cost of Rs 812 crore"): a
// cost is no ground, whatever capital follows "at a cost of".
test('"… a desalination plant, built at a cost of Rs 812 crore" names no place', () => {
  const x = extract([
    'The minister on Saturday inaugurated a desalination plant, built at a cost of Rs 640 crore.',
    '"The taps will not run dry again," he said.',
  ]);
  assert.notEqual(quote(x, 'taps will not run dry').place?.name, 'Rs');
  assert.notEqual(x.entries[0]?.place?.name, 'Rs');
});

// https://www.newindianexpress.com/states/tamil-nadu/2024/Feb/25/cm-stalin-opens-desal-plant-9-lakh-to-get-drinking-water
// (Tamil Nadu copy names a minister by a long portfolio, then an initial and a name): the initial starts the name, even
// after a portfolio word that may end a company's name ("Water").
test('"Minister for Municipal Administration and Water Supply R. Sivakumar on Saturday inaugurated …"', () => {
  const x = extract([
    'CHENNAI: Minister for Municipal Administration and Water Supply K. Natarajan on Saturday inaugurated a desalination plant.',
    '"The taps will not run dry again," Natarajan said.',
  ]);
  assert.equal(quote(x, 'taps will not run dry').speaker?.name, 'K. Natarajan');
});

// https://www.timeslive.co.za/politics/2025-02-18-police-to-deploy-body-worn-cameras-this-year-senzo-mchunu-confirms/ and
// https://nzherald.co.nz/nz/remuera-meadowbank-residents-face-water-cuts-after-three-pipes-burst-in-24-hours/D6WOMDPYBZDJTN267SDNGTUIM4
// (South African and New Zealand copy writes a body's letters as a word, "Ipid", "Fenz"): the short name in brackets is
// the body, speaking or speaking through a spokeswoman.
test('"The Independent Police Investigative Directorate (Ipid) …" ¶ "“…,” Ipid said." ¶ "A Fenz spokeswoman said …"', () => {
  const x = extract([
    'The Independent Police Investigative Directorate (Ipid) said it had received 3,400 complaints last year.',
    '"Footage that is never kept is of no use to a family," Ipid said in a statement on Wednesday.',
  ]);
  assert.equal(quote(x, 'never kept').speaker?.name, 'Independent Police Investigative Directorate');
  const y = extract([
    'Fire and Emergency New Zealand (Fenz) said it was called to the burst about 4am.',
    'A Fenz spokeswoman later said several houses had suffered "significant water damage" to their ground floors.',
  ]);
  assert.equal(quote(y, 'significant water damage').speaker?.name, 'Fire and Emergency New Zealand');
  // (A word the article never gave a body in brackets is no body's short name.)
  const z = extract(['"We will be back," Ipid said on Wednesday.']);
  assert.notEqual(quote(z, 'We will be back').speaker?.kind, 'organisation');
});

// https://www.southeastradio.ie/boil-water-notice-issued-for-ferns-public-water-supply/ (Irish copy introduces "a local councillor", then names them with the shortened office, "Cllr"): the
// councillor described is the one named next with that office.
test('"A local councillor said residents had been “left in the dark” …. Cllr Pádraig Hegarty said …"', () => {
  const x = extract([
    'A local councillor said residents had been "left in the dark" for hours. Cllr Síle Ní Bhriain said many older people did not use social media.',
  ]);
  assert.equal(quote(x, 'left in the dark').speaker?.name, 'Síle Ní Bhriain');
  // (Someone else named next is not the councillor.)
  const y = extract([
    'A local councillor said residents had been "left in the dark" for hours. Síle Ní Bhriain, who runs a café, said trade had suffered.',
  ]);
  assert.notEqual(quote(y, 'left in the dark').speaker?.name, 'Síle Ní Bhriain');
});

// https://www.newindianexpress.com/states/tamil-nadu/2024/Feb/25/cm-stalin-opens-desal-plant-9-lakh-to-get-drinking-water
// (Indian copy names a district's administrator "District Collector X", then "the Collector"): an office, then its holder.
test('"… after District Collector M. Anbarasi met the fishermen." ¶ "“…,” the Collector told The New Indian Express …"', () => {
  const x = extract([
    'Police said the protest ended peacefully after District Collector S. Revathi met the fishermen.',
    '"Their fears are genuine and they will be addressed," the Collector told The New Indian Express after the meeting.',
  ]);
  assert.equal(quote(x, 'fears are genuine').speaker?.name, 'S. Revathi');
});

// https://feeds.bbci.co.uk/news/articles/cvg7p4pl82ro (an inquest report quoting a relative after the words: "said his sister, X, speaking outside
// court"): a description with "his" or "her", set off by commas, then the name.
test('"“…,” said his sister, Agnieszka Wiśniewska, speaking outside court on Thursday."', () => {
  const x = extract(['"He was a man who needed a doctor," said his sister, Dorota Kamińska, speaking outside court on Thursday.']);
  assert.equal(quote(x, 'needed a doctor').speaker?.name, 'Dorota Kamińska');
});

// https://www.daily8.com/en/article/1357e4b1fe7713c440c4aa7824f40d30 (an amnesty story quoting the state's police as
// "the force", with a police station named as a venue): the force is the police body that spoke, not the building.
test('"… told reporters at Dandenong Police Station." ¶ "Victoria Police said …" ¶ "“…,” the force said in a statement."', () => {
  const x = extract([
    '"Every blade in a bin is one that is not on a train," the minister told reporters at Frankston Police Station.',
    'Victoria Police said officers had seized more than 9000 edged weapons this year.',
    '"Anyone who still has a machete after November 30 should expect to be charged," the force said in a statement.',
  ]);
  assert.equal(quote(x, 'expect to be charged').speaker?.name, 'Victoria Police');
});

// https://londonnewsnetwork.com/2025/08/27/two-thirds-of-pharmacies-could-close-next-year-as-financial-pressures-leave-many-on-the-brink
// (an office of a body described in a relative clause, then its holder named bare in the next sentence).
test('"The chief executive of Community Pharmacy West Yorkshire, which represents …, said … “…”. Shazia Rahman said …"', () => {
  const x = extract([
    'The chief executive of Community Pharmacy Humber, which represents pharmacy owners across the region, said closures were happening "faster than at any point" she could remember. Nadia Qureshi said 14 pharmacies had closed since January.',
  ]);
  assert.equal(quote(x, 'faster than at any point').speaker?.name, 'Nadia Qureshi');
});

// https://feeds.bbci.co.uk/news/articles/cvg7p4pl82ro (an inquest report: "Avon Coroner's Court in Flax Bourton heard
// that …", then evidence quoted): the coroner's court, a name with "'s", is where the evidence was given.
test('"…, an inquest has heard." ¶ "Avon Coroner\'s Court in Flax Bourton heard that …" ¶ "“…,” Mr Pryce said."', () => {
  const x = extract([
    'A detention officer believed a man found in a police cell was asleep, an inquest has heard.',
    "Somerset Coroner's Court in Taunton heard that officers had been warned.",
    'Giving evidence, detention officer Mark Ellery said he had checked the cell.',
    '"I looked through the hatch and he was lying on his side," Mr Ellery said.',
  ]);
  assert.equal(quote(x, 'through the hatch').place?.name, "Somerset Coroner's Court");
});

// https://www.newindianexpress.com/states/tamil-nadu/2025/Oct/04/revoke-licence-issued-to-stone-quarry-at-once-thirumal-residents-urge-govt
// (a public hearing's story that recalls an earlier meeting: "On August 4, a delegation
// had met the Collector at the weekly grievance meeting at the Collectorate"): a meeting the sentence fronts another day
// for is not the story's occasion, and its venue is not where the day's words were said.
test('"TIRUNELVELI: … a public hearing on Wednesday …" ¶ "On August 4, a delegation had met the Collector … at the Collectorate."', () => {
  const x = extract(
    [
      'TIRUNELVELI: Residents of five villages turned out at a public hearing on Wednesday to oppose a quarry.',
      '"Every time they blast, the whole house shakes," said S Muthulakshmi, a resident.',
      'On August 4, a delegation had met the Collector at the weekly grievance meeting at the Collectorate.',
    ],
    '2025-08-20',
  );
  assert.notEqual(quote(x, 'whole house shakes').place?.name, 'Collectorate');
});

// https://newseu.cgtn.com/news/2026-01-18/Last-Czech-deep-coal-mine-closes-as-centuries-old-industry-winds-down-1JZtB1sU4r6/share_amp.html
// (a broadcaster's piece: "We spoke to X at …. He said …"): "he" after a body's sentence is the one it spoke to, not the
// last person quoted.
test('"“…,” said Petr Kubíček, the mayor." ¶ "Radio Prague International spoke to Stanislav Kaleta at …. He said … “…”"', () => {
  const x = extract([
    '"It is the end of an era," said Jiří Dvořák, the mayor.',
    'Radio Prague International spoke to Tomáš Hrubý at the union\'s offices in Karviná on Wednesday. He said the decision had come "without a single concrete offer" of new jobs.',
  ]);
  assert.equal(quote(x, 'without a single concrete offer').speaker?.name, 'Tomáš Hrubý');
});

// https://www.nzherald.co.nz/nz/warning-of-poisonous-shellfish-in-western-firth-of-thames/DK4UWI7K2JDAPOKASDEPIJS4GU
// (a regulator whose name begins with its country: "New Zealand Food Safety says"): a safety regulator is a body, its
// country part of its name, not a person called "Food Safety".
test('"…, Sri Lanka Food Safety says." ¶ "Sri Lanka Food Safety said it would “recall every unit” …"', () => {
  const x = extract([
    'Sales of the heaters have been stopped after two fires, Sri Lanka Food Safety says.',
    'Sri Lanka Food Safety said it would "recall every unit sold since March" and test the rest.',
  ]);
  assert.equal(quote(x, 'recall every unit').speaker?.name, 'Sri Lanka Food Safety');
});

// https://www.nzherald.co.nz/nz/air-new-zealand-flight-from-gisborne-to-auckland-turned-around-after-engine-issue/BL22NSR4K5H65MS32EEN32JHMQ/
// (an airline named in full in the opening, "a … Airlines flight", then by its short name when it speaks): the short
// name is the airline, not a person.
test('"Passengers on a Kauri Coast Airlines flight …" ¶ "In a statement, Kauri Coast said: “…”"', () => {
  const x = extract([
    'Passengers on a Kauri Coast Airlines flight have described smoke filling the cabin before it landed.',
    'In a statement last night, Kauri Coast said: "The safety of our passengers is always our first priority."',
  ]);
  assert.equal(quote(x, 'always our first priority').speaker?.name, 'Kauri Coast Airlines');
});

// https://www.onmanorama.com/news/kerala/2025/06/08/kozhikode-central-market-modernization.html (a city corporation
// called "the Corporation" throughout): a body's word alone is no body's name; better no speaker than "Corporation".
test('"In a statement, the Corporation said … vendors “will lose their stalls”."', () => {
  const x = extract([
    'KOZHIKODE: Traders refused to move to the new market on Monday.',
    'In a statement issued on Monday night, the Corporation said the old market would close and that traders who did not move "will lose their stalls".',
  ]);
  assert.notEqual(quote(x, 'will lose their stalls').speaker?.name, 'Corporation');
});

// https://www.irishexaminer.com/news/arid-40906247.html (a radio interview written up as an exchange: the presenter's
// question, "X asked.", then paragraphs that are only quotations, the answer and the next question, then "he replied"):
// in the exchange the answer is the guest's, the question the presenter's.
test('"“…,” Ms Byrne said." ¶ "“So you can\'t say?” Mr Nolan asked." ¶ "“…”" ¶ "“…?”" ¶ "“…,” she replied."', () => {
  const x = extract([
    'Speaking on the radio, Orla Byrne said the review had started. Presenter Fergal Nolan asked her whether anyone was hurt.',
    '"We have no evidence that anyone came to harm," Ms Byrne said.',
    '"So you can\'t say for certain?" Mr Nolan asked.',
    '"I can\'t say anything for certain until the review is finished."',
    '"Was the back-up line not meant to take over?"',
    '"That is a question for the operator," she replied.',
  ]);
  assert.equal(quote(x, 'say anything for certain').speaker?.name, 'Orla Byrne');
  assert.equal(quote(x, 'back-up line').speaker?.name, 'Fergal Nolan');
  assert.equal(quote(x, 'question for the operator').speaker?.name, 'Orla Byrne');
});

// https://www.trtworld.com/article/950d7691e1f1 (a wire story: "…, Swedish police said Thursday", then "police spokesman X told AFP", then "In a statement
// …, the police said: “…”"): the force speaks, not the spokesman named before.
test('"…, Danish police said Thursday." ¶ "“…,” police spokesman Lars Holm told AFP." ¶ "In a statement, the police said: “…”"', () => {
  const x = extract([
    'Copenhagen (AFP) - The airport was closed for three hours overnight after drones were seen over the runway, Danish police said Thursday.',
    '"We saw at least four drones flying with their lights on," police spokesman Lars Holm told AFP.',
    'In a statement posted on its website early Thursday, the police said: "The airspace was closed as a precaution. No one was hurt."',
  ]);
  assert.equal(quote(x, 'closed as a precaution').speaker?.name, 'Danish police');
});

// https://www.irishexaminer.com/news/arid-40906247.html (an outage story: the operator, a company's letters and the
// country it trades in, "BT Ireland said: “…”"): letters then a country's name, speaking, are one company.
test('"In a statement last night, EY Ireland said: “…”"', () => {
  const x = extract([
    'The firm has been fined after an audit failed to spot the losses.',
    'In a statement last night, EY Ireland said: "We accept the findings and have changed how we work."',
  ]);
  assert.equal(quote(x, 'accept the findings').speaker?.name, 'EY Ireland');
});

// https://www.cbc.ca/news/canada/newfoundland-labrador/missing-fishermen-st-lawrence-1.5584641 (a search called off:
// "In a news release Monday evening, the centre said …", then "“…,” the release said."): the release is the centre's.
test('"In a news release Monday evening, the centre said …" ¶ "“…,” the release said."', () => {
  const x = extract(
    [
      'The search for three missing fishermen has been suspended, the Maritime Rescue Centre in Halifax says.',
      'In a news release Monday evening, the centre said aircraft and ships had searched 3,000 square kilometres.',
      '"This is never a decision made lightly," the release said.',
    ],
    '2025-10-21',
  );
  assert.equal(quote(x, 'never a decision made lightly').speaker?.name, 'Maritime Rescue Centre');
});

// https://menafn.com/1109777088/Vadodara-Bridge-Collapse-4-Vehicles-Fall-Into-Mahisagar-River-As-Part-Of-Padra-Mujpur-Bridge-Collapses
// (a state's information office quoted through its release: "a release issued by the Directorate General of
// Information and Public Relations said"): the directorate general's name runs on through "of … and …".
test('"…, a release issued by the Directorate General of Information and Public Relations said." ¶ "The release said … “…”"', () => {
  const x = extract([
    'The state suspended two engineers, a release issued by the Directorate General of Information and Public Relations said.',
    'The release said the bearings had been found "badly rusted and out of place" during the inspection.',
  ]);
  assert.equal(quote(x, 'badly rusted').speaker?.name, 'Directorate General of Information and Public Relations');
});

// https://benefitsandwork.co.uk/news/government-to-review-ten-years-of-carers-allowance-overpayments?rCH=-2 (a report's reactions: "The charity X said …. In a statement, it said:" then the statement quoted over
// paragraphs): the charity is the one speaking; the kind of body before its name is no obstacle.
test('"The charity Kinship Carers Cymru said …. In a statement, it said:" ¶ "“…”"', () => {
  const x = extract([
    'The charity Kinship Carers Cymru said the review vindicated thousands of families. In a statement, it said:',
    '"This report confirms what carers have been telling us for years."',
  ]);
  assert.equal(quote(x, 'confirms what carers').speaker?.name, 'Kinship Carers Cymru');
});

// https://nation.cymru/news/coroner-warns-of-persistent-ambulance-delays-in-wales-after-woman-dies (a government's
// answer through its unnamed spokesperson, the government in lower case: "A Welsh government spokesperson said: “…”"):
// the government named by its people speaks.
test('"A Welsh government spokesperson said: “…”"', () => {
  const x = extract([
    'Ambulances waited outside hospitals for a record number of hours last month.',
    'A Welsh government spokesperson said: "These delays are unacceptable and we have told health boards they must fall."',
  ]);
  assert.equal(quote(x, 'delays are unacceptable').speaker?.name, 'Welsh government');
});

// https://www.ndtv.com/india-news/indigo-launches-long-haul-international-ops-with-manchester-mumbai-flight-8808747 (an airport operator's statement: "X Limited (XL), which operates the airport, said in a statement on
// Sunday that …. The statement described the new service as “…”."): the statement is the operator's.
test('"X Limited (XL), which operates the airport, said in a statement …. The statement described … as “…”."', () => {
  const x = extract([
    'Malabar Airport Limited (MAL), which operates the airport, said in a statement on Sunday that it had widened its apron. The statement described the new route as "a turning point for the region".',
  ]);
  assert.equal(quote(x, 'turning point for the region').speaker?.name, 'Malabar Airport Limited');
});

// https://nzherald.co.nz/nz/two-emergency-landings-in-one-day/VMWHXXOZF75B3KZ2QTSP2PYRFA (the emergency services'
// accounts one after another: "A Fire and Emergency spokeswoman said …" ¶ "Hato Hone St John said …"): a named body's
// unnamed spokeswoman is not the sayer named next.
test('"A Fire and Emergency spokeswoman said …" ¶ "Mere Kawhia Taiaroa said …"', () => {
  const x = extract(
    [
      'A Fire and Emergency spokeswoman said two fire crews met the plane on the runway yesterday.',
      'Mere Kawhia Taiaroa said ambulance staff assessed three people at the scene yesterday.',
    ],
    '2025-05-21',
  );
  const fire = x.entries.find((e) => e.text.includes('two fire crews'));
  assert.notEqual(fire?.speaker?.name, 'Mere Kawhia Taiaroa');
});

// https://www.bbc.com/news/uk-england-manchester-40382036 (the fire service named in full, then its unnamed voice in
// lower case: "“…,” a fire service spokesperson said"): the one body named before with those words in its name.
test('"Cheshire Fire and Rescue Service said …" ¶ "“…,” a fire service spokesperson said."', () => {
  const x = extract([
    'Cheshire Fire and Rescue Service said its crews would keep visiting the block while the work went on.',
    '"The interim measures have worked, and they will stay until the new wall is signed off," a fire service spokesperson said.',
  ]);
  assert.equal(quote(x, 'interim measures have worked').speaker?.name, 'Cheshire Fire and Rescue Service');
});

// https://www.khaleejtimes.com/ta/world/new-years-fireworks-accidents-kill-five-in-germany (a wire round-up after New Year's Eve: a hospital named for the city, then "“…,” the municipality of
// Rotterdam said in a post on X"): a city's administration, in lower case, speaks as a body of its own.
test('"The Utrecht Eye Hospital said …" ¶ "“…,” the municipality of Utrecht said in a post on X."', () => {
  const x = extract([
    'The Utrecht Eye Hospital said it had treated 12 people for eye injuries by Wednesday afternoon.',
    '"Our thoughts are with the family of the man who died," the municipality of Utrecht said in a post on X.',
  ]);
  assert.equal(quote(x, 'Our thoughts are with the family').speaker?.name, 'Municipality of Utrecht');
});

// https://amp.cbc.ca/lite/story/1.7268783 (a lost crew's family: "The X family shared a statement on Facebook on Sunday
// night." then the statement quoted over two paragraphs): the statement's words are the family's.
test('"The Dunphy family shared a statement on Facebook on Sunday night." ¶ "“…”"', () => {
  const x = extract([
    'Crews found a life raft and debris on Saturday afternoon, but the raft was empty.',
    'The Dunphy family shared a statement on Facebook on Sunday night.',
    '"Liam has fished these waters for 30 years, and we are holding on to that."',
  ]);
  assert.equal(quote(x, 'fished these waters').speaker?.name, 'Dunphy family');
});

// http://www.spacedaily.com/afp/250924084809.pc1ba9m8.html (a press-freedom group named in English, then its letters in
// its own language set off by commas: "The X Association of Y, ABC, said"): the body named, not its letters.
test('"The Independent Reporters\' Union of Moldova, UNIM, said …"', () => {
  const x = extract([
    'The Independent Reporters\' Union of Moldova, UNIM, said on Friday the ruling was "a warning to every newsroom in the country".',
  ]);
  assert.equal(quote(x, 'a warning to every newsroom').speaker?.name, "Independent Reporters' Union of Moldova");
});

// https://dubainewstoday.ae/?p=9789 (a start-up named in full in the lead, then "A <first word> spokesperson said"): the
// one body named before whose name begins with that word.
test('"… sued start-up Quillon Labs …" ¶ "A Quillon spokesperson said …"', () => {
  const x = extract([
    'A Lisbon dentist sued artificial intelligence start-up Quillon Labs on Monday, saying its assistant invented a malpractice case.',
    'A Quillon spokesperson said the company was "looking closely at the claims" and would respond in court.',
  ]);
  assert.equal(quote(x, 'looking closely at the claims').speaker?.name, 'Quillon Labs');
});

// https://www.metro.us/hollywood-crews-to-strike/ (a studio, then what it is set off by commas: "X Pictures, the Los
// Angeles-based company behind …, said"): where a body is based is no one's name, and the body speaks.
test('"Harrowgate Films, the Los Angeles-based company behind the series, said …"', () => {
  const x = extract(['Harrowgate Films, the Los Angeles-based company behind the series, said shooting had been "delayed, not scrapped".']);
  assert.equal(quote(x, 'delayed, not scrapped').speaker?.name, 'Harrowgate Films');
});

// https://mynorthwest.com/?p=3743392 (a campaign group whose name holds its aim: "the X Freedom to Read Coalition said
// in a statement"): the name runs on through "to".
test('"The Ohio Right to Learn Alliance, a group of parents, said …"', () => {
  const x = extract([
    'The Ohio Right to Learn Alliance, a group of parents and teachers formed in March, said it was "weighing every option".',
  ]);
  assert.equal(quote(x, 'weighing every option').speaker?.name, 'Ohio Right to Learn Alliance');
});

// https://rnz.co.nz/news/national/529512/commerce-commission-blocks-foodstuffs-north-and-south-island-merger (the firm's
// statement, then "“…,” said <firm> chief executive <name>"): the officer named after the firm, not the firm.
test('"In a statement, Pawprint said …" ¶ "“…,” said Pawprint chief executive Hemi Tawhai."', () => {
  const x = extract([
    'In a statement, Pawprint said it was "very disappointed" and would consider an appeal.',
    '"This ruling keeps rural clinics short of vets," said Pawprint chief executive Hemi Tawhai.',
  ]);
  assert.equal(quote(x, 'keeps rural clinics short').speaker?.name, 'Hemi Tawhai');
});

// https://www.lep.co.uk/news/crime/preston-crown-court-hosts-huge-mass-shooting-terror-trial-5353267 (two defendants who
// share a surname, one of them later "X told the jury …", then "“…,” he said."): "he" is that one, whom the text does not
// say; not the prosecutor named before.
test('two Okonkwos ¶ "Okonkwo told the jury …" ¶ "“…,” he said." is not the prosecutor', () => {
  const x = extract([
    'Daniel Okonkwo, 26, was convicted at Leeds Crown Court on Friday. His brother, Samuel Okonkwo, 30, was cleared.',
    'Prosecutor Gareth Lyle KC told jurors the plan had been "weeks from completion".',
    'Giving evidence last month, Okonkwo told the jury he had only been "showing off" to people online.',
    '"I never wanted anyone to get hurt," he said.',
  ]);
  assert.notEqual(quote(x, 'never wanted anyone to get hurt').speaker?.name, 'Gareth Lyle');
});

// https://profit.pakistantoday.com.pk/2025/05/22/pakistan-orders-indian-high-commission-official-to-leave-within-24-hours/
// ("The FO spokesperson said … “…”. <Full name> told reporters …"): the spokesperson, with "the", named in the next sentence.
test('"The FO spokesperson said … “…”. Tahira Baig Qureshi told reporters …"', () => {
  const x = extract([
    'The FO spokesperson said Islamabad had shared "clear evidence" with the mission. Tahira Baig Qureshi told reporters at the weekly briefing that the envoy had 48 hours to leave.',
  ]);
  assert.equal(quote(x, 'clear evidence').speaker?.name, 'Tahira Baig Qureshi');
});

// https://urbanmilwaukee.com/2025/06/28/mke-county-facial-recognition-resolution-passes/ (American council copy: "Council
// Member X, who sponsored the measure, said …" then "“…,” X said"): a member of the body named, a person, not the body.
test('"Council Member Dorota Wiśniak, who sponsored the measure, said …" ¶ "“…,” Wiśniak said."', () => {
  const x = extract([
    'Council Member Dorota Wiśniak, who sponsored the measure, said the cameras had been used for a year without a policy.',
    '"Nobody on this council was ever told," Wiśniak said.',
  ]);
  assert.equal(quote(x, 'Nobody on this council').speaker?.name, 'Dorota Wiśniak');
});

// https://www.metro.us/hollywood-crews-to-strike/ (picket-line copy: "“…,” said grip X, standing with …"): what someone
// does, in lower case, between the verb and a name the lexicon does not know, proves a person.
test('"“…,” said grip Sione Taufa, standing with others outside the studio."', () => {
  const x = extract(['"Fourteen-hour days are not a career," said grip Sione Taufa, standing with others outside the studio.']);
  assert.equal(quote(x, 'Fourteen-hour days').speaker?.name, 'Sione Taufa');
});

// https://urbanmilwaukee.com/?p=945902 (a civil-liberties body's state branch: "The ACLU of Wisconsin, which …, praised the
// vote." then "“…,” the organization said"): letters and "of" a state are one body's name.
test('"The ACLU of Oregon said …"', () => {
  const x = extract(['The ACLU of Oregon said the ordinance was "a model for every city in the state".']);
  assert.equal(quote(x, 'a model for every city').speaker?.name, 'ACLU of Oregon');
});

// https://rnz.co.nz/news/national/529512/commerce-commission-blocks-foodstuffs-north-and-south-island-merger (a grocer
// named for the island it trades in, "Foodstuffs North Island's bid", later "Foodstuffs said"): a name that ends in a
// place's name of two words is a business's, not a person's.
test('"… Kiwimart New Zealand\'s bid …" ¶ "Kiwimart said …" ¶ "“…,” said Kiwimart chief executive Aroha Ngata."', () => {
  const x = extract([
    "The Commerce Commission has blocked Kiwimart New Zealand's bid for the rural chain Farmgate.",
    'In a statement, Kiwimart said it was "very disappointed" by the ruling.',
    '"Rural shoppers lose most from this," said Kiwimart chief executive Aroha Ngata.',
  ]);
  assert.equal(quote(x, 'very disappointed').speaker?.name, 'Kiwimart New Zealand');
  assert.equal(quote(x, 'Rural shoppers lose most').speaker?.name, 'Aroha Ngata');
});

// https://www.9news.com.au/national/questions-go-on-and-on-in-parliament/8b6b0e03-0c9e-4f15-9897-315a1cd685da (a health
// agency named in full, then by its country's letters: "Health New Zealand …", "a Health NZ spokesperson said"): one body.
test('"… Health New Zealand was preparing …" ¶ "A Health NZ spokesperson said “…”."', () => {
  const x = extract([
    'The leak showed Health New Zealand was preparing to cut 300 roles across its regional offices.',
    'A Health NZ spokesperson said the plans were "still out for consultation".',
  ]);
  assert.equal(quote(x, 'still out for consultation').speaker?.name, 'Health New Zealand');
});

// https://news.abplive.com/news/india/mehul-choksi-extradition-belgium-india-1807427 (an investigating agency's statement:
// "In a statement, the CBI said …. “…,” the agency said."): the body the same paragraph had speaking, called by its kind.
test('"In a statement on Friday, the NIA said …. “…,” the agency said."', () => {
  const x = extract([
    'The Enforcement Directorate (ED) said it had frozen assets worth ₹900 crore.',
    'In a statement on Friday, the NIA said its officers had travelled to Brussels three times. "This ruling brings a fugitive back within reach of Indian courts," the agency said.',
  ]);
  assert.equal(quote(x, 'brings a fugitive back').speaker?.name, 'NIA');
});

// https://www.thestar.com.my/business/business-news/2025/09/12/mexico-to-raise-tariffs-on-cars-from-china-to-50 (a
// revenue body named by its letters, then what it oversees: "The SAT tax and customs authority said …").
test('"The SUNAT tax and customs authority said on Wednesday it would …"', () => {
  const x = extract(['The SUNAT tax and customs authority said on Wednesday it would send "200 more inspectors" to the ports.']);
  assert.equal(quote(x, '200 more inspectors').speaker?.name, 'SUNAT');
});

// https://www.npr.org/templates/transcript/transcript.php?storyId=557326885 (a junta's spokesman, unnamed, then "Col. X
// said …" in the next sentence): the spokesman is the officer named next, after his rank's abbreviation.
test('"The spokesman for Mali\'s military government said … “…”. Col. Bakary Traoré said …"', () => {
  const x = extract([
    'The spokesman for Mali\'s military government said on state television that the release was "the result of patient work by our forces." Col. Bakary Traoré said no ransom had been paid.',
  ]);
  assert.equal(quote(x, 'the result of patient work').speaker?.name, 'Bakary Traoré');
});

// https://www.nationthailand.com/news/policy/40047685 (a department's statement, then "It also urged people “…”"): the
// body the sentence before had speaking goes on urging.
test('"The Department of Livestock said in a statement …. It also urged farmers “…”."', () => {
  const x = extract([
    'The Department of Livestock said in a statement on Monday that it would cull infected herds. It also urged farmers "not to move cattle between provinces until further notice".',
  ]);
  assert.equal(quote(x, 'not to move cattle').speaker?.name, 'Department of Livestock');
});

// https://www.irishtimes.com/news/ireland/irish-news/commissioner-awaiting-answers-from-inm-on-alleged-data-breach-1.3456116
// ("Speaking at the Law Society's Blackhall Place headquarters in Dublin"): a headquarters named as its street is.
test('"Speaking at the Bar Council\'s Cornmarket Place headquarters in Belfast, X said “…”."', () => {
  const x = extract([
    'Speaking at the Bar Council\'s Cornmarket Place headquarters in Belfast on Wednesday, Orla Devlin said the leak was "very serious".',
  ]);
  assert.equal(quote(x, 'very serious').place?.name, 'Cornmarket Place');
});

// https://www.castanet.net/news/BC/586457/Police-clear-Vancouver-Island-protest-camp-forestry-activities-to-resume ("A B.C.
// Supreme Court judge has reserved her decision …" opening a hearing's report): the court, without the article before it.
test('"A B.C. Supreme Court judge has reserved her decision …" ¶ a lawyer told the hearing "…"', () => {
  const x = extract([
    'A B.C. Supreme Court judge has reserved her decision on whether to order protesters to leave a logging road near Sooke.',
    'Lawyer Dev Sandhu told the hearing his clients were "neighbours, not criminals".',
  ]);
  assert.notEqual(quote(x, 'neighbours, not criminals').place?.name, 'A B.C. Supreme Court');
});

// https://brightgram.com/headlines/8709284/paris-prosecutor-regrets-sharing-louvre-theft-clues (a prosecutor "told reporters
// outside the Musée …"): a museum named first by what it is, in its country's language, is where the words were said.
test('"“…,” prosecutor X told reporters outside the Musée Vauclair on Tuesday."', () => {
  const x = extract(['"They knew which room to go to," prosecutor Anne Morel told reporters outside the Musée Vauclair on Tuesday.']);
  assert.equal(quote(x, 'which room to go to').place?.name, 'Musée Vauclair');
});

// https://one-news-central.com/festival-cancelled-due-to-rising-costs-81935.html (a festival that speaks after a relative
// clause with commas of its own: "X, which was due to take place at Y, near Z, from 18 to 20 July, said …").
test('"Brightwater, which was due to take place at Cwmdu, near Llandeilo, from 1 to 3 August, said …"', () => {
  const x = extract([
    'Brightwater, which was due to take place at Cwmdu, near Llandeilo, from 1 to 3 August, said on Monday it had "no money left".',
  ]);
  assert.equal(quote(x, 'no money left').speaker?.name, 'Brightwater');
});

// https://www.archyde.com/swedish-games-industry-faces-collapse-amid-mass-layoffs (a games studio named for what it makes: "Espoo-based games developer X Games plans to cut …", then "X said …"):
// a studio, a body, not a sporting event like the Commonwealth Games.
test('"… games developer Frostpine Games plans to cut jobs …" ¶ "Frostpine said it had opened talks …"', () => {
  const x = extract([
    'Tampere-based games developer Frostpine Games plans to cut up to 60 jobs, the company said on Tuesday.',
    'Frostpine said it had opened negotiations with staff representatives.',
  ]);
  assert.equal(x.entries.find((e) => e.text.startsWith('Frostpine said'))?.speaker?.name, 'Frostpine Games');
});

// https://bnnbloomberg.ca/business/company-news/2024/08/02/prisoner-swap-roils-poland-as-belarus-keeps-reporter-jailed (a
// rights group's statement, then the next paragraph opening on its words: "“…,” the group said."): the group just named.
test('"Viasna Watch, a rights group, said in a statement …" ¶ "“…,” the group said."', () => {
  const x = extract([
    'Prisoners were exchanged at the border on Friday, officials said.',
    'Viasna Watch, a rights group that tracks political prisoners, said in a statement that none of those freed had been on its list.',
    '"People must never be traded like goods," the group said.',
  ]);
  assert.equal(quote(x, 'traded like goods').speaker?.name, 'Viasna Watch');
});

// https://www.dw.com/en/germany-arrests-us-citizen-on-suspicion-of-spying-for-china/a-70427098?maca=en-rss-en-all-1573-xml-atom (a federal prosecutor's office announcing an arrest, then "“…,” prosecutors said in a statement"): the
// office named before speaks through its prosecutors.
test('"The Federal Prosecutor\'s Office said … arrested …" ¶ "“…,” prosecutors said in a statement."', () => {
  const x = extract([
    "Austria's Federal Prosecutor's Office said on Thursday that it had arrested a man suspected of spying on a rail depot.",
    '"The accused is strongly suspected of passing photographs to a foreign service," prosecutors said in a statement.',
  ]);
  assert.match(quote(x, 'passing photographs').speaker?.name ?? '', /Federal Prosecutor's Office$/);
});

// https://www.cryptofigures.com/jury-convicts-ex-safemoon-ceo-on-all-charges/ (a juror speaking outside court, "who
// declined to give her name"): someone the text says it does not name, whom "she" next means, not the woman named before.
test('"One juror, who declined to give her name, told reporters …" ¶ "“…,” she said." → nobody', () => {
  const x = extract([
    'A federal jury in Brooklyn convicted the former chief executive on all counts on Wednesday, prosecutor Dana Whitcombe said.',
    'One juror, who declined to give her name, told reporters outside the courthouse that the panel had relied on the bank records.',
    '"We followed the money, not the man," she said.',
  ]);
  assert.equal(quote(x, 'followed the money').speaker, null);
});

// https://www.business-standard.com/article/economy-policy/rbi-to-launch-first-pilot-for-retail-digital-rupee-from-dec-1-with-8-banks-122112900833_1.html
// (users of a digital-currency pilot described in apposition): ", a Polish tourist staying in Ubud," describes a person,
// whom "she" next means.
test('"Kasia Nowak, a Polish tourist staying in Ubud, was among …" ¶ "“…,” she told The Jakarta Post."', () => {
  const x = extract([
    'Shop owner Ni Luh Sari said sales had not changed since the pilot began.',
    'Kasia Nowak, a Polish tourist staying in Ubud, was among 300 foreign visitors who signed up through their hotels.',
    '"I did not need to change money for every coffee," she told The Jakarta Post.',
  ]);
  assert.equal(quote(x, 'change money').speaker?.name, 'Kasia Nowak');
});

// https://www.thetimes.co.uk/article/vivienne-westwood-fashion-stars-say-farewell-at-memorial-service-bs3fdhx82 (a model
// speaking at a designer's memorial): "Model" before a name is what she does, not part of her name.
test('"Model Aya Kitamura, who wore the dress …, said …" → Aya Kitamura', () => {
  const x = extract(['Model Aya Kitamura, who wore the red coat in the 1998 show, said: "She kept changing the hem until I walked out."']);
  assert.equal(quote(x, 'changing the hem').speaker?.name, 'Aya Kitamura');
});

// https://kotaku.com/dota-2-team-disqualified-after-allegedly-testing-positi-1827062150 (a player named with his gamer tag
// between his names): the person is the name without the tag, whom his surname and "he" later mean.
test('\'player Kim "Nox" Tae-hyun\' … "Kim, however, denied …" ¶ "“…,” he said." → Kim Tae-hyun', () => {
  const x = extract([
    'The league said its anti-cheat team had found banned software on the account of Nova Seoul player Kim "Nox" Tae-hyun, 20.',
    'Kim, however, denied knowingly cheating. "I never turned it on in a match," he said in a livestream.',
  ]);
  assert.equal(quote(x, 'never turned it on').speaker?.name, 'Kim Tae-hyun');
});

// http://news.bbc.co.uk/sport2/hi/football/3024410.stm (a footballer's death, his nickname between his names, his son
// speaking later): 'Ramiro "Chango" Albornoz' is Ramiro Albornoz, whom the bare surname goes on meaning.
test('\'the coffin of Ramiro "Chango" Albornoz\' … "Albornoz scored …" … "His son, Facundo Albornoz, …" … "Albornoz said …" → Ramiro Albornoz', () => {
  const x = extract([
    'Fans filed past the coffin of Ramiro "Chango" Albornoz at the stadium on Monday, two days after the former striker died.',
    'Albornoz scored 74 goals in 211 games for the club.',
    'His son, Facundo Albornoz, spoke briefly to reporters outside the stadium.',
    'In a 2020 interview, Albornoz said the goal that still woke him at night was "the one I missed against Boca".',
  ]);
  assert.equal(quote(x, 'the one I missed').speaker?.name, 'Ramiro Albornoz');
});

// https://cbsnews.com/news/funeral-mass-for-carroll-oconnor (an actor's funeral, his son speaking, the actor's career
// told after): a family name written first, read bare as the actor while he was the only one, keeps meaning him.
test('"actor Baek Seung-ho" … "Baek died …" … "his son, Baek Jin-woo," … "Baek said …" → Baek Seung-ho', () => {
  const x = extract([
    'Family and fans bid farewell on Tuesday to veteran actor Baek Seung-ho.',
    'Baek died on Saturday at the age of 79.',
    "After the ceremony, Baek's eldest son, Baek Jin-woo, said the family had been overwhelmed by messages.",
    'In a 2021 interview, Baek said he hoped to be remembered "as a man who showed up on time".',
  ]);
  assert.equal(quote(x, 'showed up on time').speaker?.name, 'Baek Seung-ho');
});

// http://abc7.com/archive/9154704/ (tributes to an actor from a director who cast him in a film, its title in quotation
// marks): "Director X, who cast Y in the 2019 film “Last Round,” wrote: …" is the director's, not the actor's.
test('"Director Kwon Tae-il, who cast Baek in the 2019 film “Last Round,” wrote on Instagram: …" → Kwon Tae-il', () => {
  const x = extract([
    'Family and fans bid farewell on Tuesday to veteran actor Baek Seung-ho.',
    'Director Kwon Tae-il, who cast Baek as a boxing coach in the 2019 film "Last Round," wrote on Instagram on Monday: "He did every take as if it were opening night."',
  ]);
  assert.equal(quote(x, 'every take').speaker?.name, 'Kwon Tae-il');
});

// https://energyvoice.com/all-news/55573/rmt-boss-bob-crow-dies-aged-52 (a union's late founding leader mourned, its
// present general secretary speaking unnamed): "the general secretary said" is not the founder, who held it once.
test('"X, the founding general secretary of the union, …" … "“…,” the general secretary said." → not X', () => {
  const x = extract([
    "Workers gathered on Monday to remember Lebo Mokoena, the founding general secretary of the Municipal Workers' Union, who died at the weekend.",
    "The union's general secretary told reporters that its offices would close on Friday for the funeral.",
    '"He built this union out of nothing but courage," the general secretary said.',
  ]);
  assert.notEqual(quote(x, 'out of nothing').speaker?.name, 'Lebo Mokoena');
});

// http://abc7.com/archive/9154704/ (an actor's death announced by his agency, named in apposition after "His agency,"):
// the agency is a body, whose words "the agency said" then are.
test('"His agency, Starline Entertainment, said in a statement …" ¶ "“…,” the agency said." → Starline Entertainment', () => {
  const x = extract([
    'The actor died on Saturday at the age of 79. His agency, Starline Entertainment, said in a statement that day that he had died peacefully.',
    '"He kept reading new scripts in the hospital until last month," the agency said.',
  ]);
  assert.equal(quote(x, 'new scripts').speaker?.name, 'Starline Entertainment');
});

// https://www.tradingkey.com/news/more-news/250583724-reuters (a watchmaker's falling sales, a union answering it): "The
// Unia trade union said" is the union's name, then its kind of two words.
test('"The Unia trade union said in a statement that a hiring freeze “…”" → Unia', () => {
  const x = extract(['The Unia trade union said in a statement that a hiring freeze "is often the first step before short-time work".']);
  assert.equal(quote(x, 'first step').speaker?.name, 'Unia');
});

// https://www.taiwannews.com.tw/en/news/4829249 (an architecture prize, a critic's remark reported with "pointed out", a partial quotation in
// it): "She pointed out that … “…”" gives the words to the one "she" stands for.
test('"“…,” said Dr X, who teaches architecture …" ¶ "She pointed out that most schools … had been rebuilt with “…”." → X', () => {
  const x = extract([
    '"One school is a prototype, not a policy," said Dr Farzana Qureshi-Baloch, who teaches architecture in Jamshoro.',
    'She pointed out that most schools destroyed by the floods had been rebuilt with "the same concrete boxes that failed the first time".',
  ]);
  assert.equal(quote(x, 'same concrete boxes').speaker?.name, 'Farzana Qureshi-Baloch');
});

// https://www.tightpoker.com/news/cleveland-poker-dealer-charged-for-cheating-at-horseshoe-casino-6695/ (a court's finding
// quoted in the lede, no one named, then the same words again with the magistrate's name): the lede's words are hers.
test('lede "… after a magistrate found the scheme was “…”" … "Magistrate X said the scheme was “…”" → X both times', () => {
  const x = extract([
    'Three men accused of cheating poker players at a casino have been refused bail, after a magistrate found the alleged scheme was "sophisticated and carefully planned".',
    'The men were arrested in August.',
    'Magistrate Rosa Benedetti said the alleged scheme was "sophisticated and carefully planned" and that the case appeared strong.',
  ]);
  const both = x.entries.filter((e) => e.quote === 'sophisticated and carefully planned');
  assert.equal(both.length, 2);
  assert.deepEqual(
    both.map((e) => e.speaker?.name),
    ['Rosa Benedetti', 'Rosa Benedetti'],
  );
});

// http://news.yahoo.com/hiker-found-dead-yellowstone-attacked-grizzly-officials-001241940.html (a fatal bear attack: the
// body found on Monday, a ministry's statement on Tuesday, then a
// mayor's undated interview): undated words after the text has moved on to a later day are not of the story's first day.
test('"… found on Monday …, police said." … "The ministry said in a statement on Tuesday …" ¶ "“…,” the mayor told the Sme daily." → Tuesday', () => {
  const x = extract(
    [
      'A hiker has died after being attacked by a brown bear in the Low Tatras.',
      'His body was found on Monday morning by two mushroom pickers, police said.',
      '"The man was hiking alone, off the marked trail," a rescue service spokeswoman told reporters on Monday.',
      'The Environment Ministry said in a statement on Tuesday that it had authorised the team to shoot the bear.',
      '"People here are afraid to let their children walk to the bus stop," the village mayor, Ľubomír Baďurík, told the Sme daily.',
    ],
    '2025-06-24',
  );
  assert.equal(quote(x, 'hiking alone').date, '2025-06-23');
  assert.equal(quote(x, 'afraid to let their children').date, '2025-06-24');
});

// https://dc.medill.northwestern.edu/?p=60849 (a spelling bee run by a trust, its chairperson speaking): "chairperson" is a role as
// "chairman" and "chairwoman" are, before a name with its body ("Trust chairperson X said …") or alone.
test('"Trust chairperson Otieno Odhiambo Ogola said entries had reached a record" → Otieno Odhiambo Ogola', () => {
  const x = extract([
    'The bee is run by the Spelling Bee Kenya Trust. Trust chairperson Otieno Odhiambo Ogola said entries had reached a record.',
    'Chairperson Achieng Wambui said the prize money would double.',
  ]);
  assert.equal(x.entries.find((e) => e.text.startsWith('Trust chairperson'))?.speaker?.name, 'Otieno Odhiambo Ogola');
  assert.equal(x.entries.find((e) => e.text.startsWith('Chairperson'))?.speaker?.name, 'Achieng Wambui');
});

// https://www.news24.com/w24/style/fashion/trends/do-we-ever-really-boycott-our-favourite-brands-for-being-racist-or-tone-deaf-20180110
// (a retailer's advertising withdrawn, its statement reported by another word for a
// business and where it is based): "Clothing retailer X has …" … "The Cape Town-based chain said …" is X.
test('"Clothing retailer Kaya Threads has withdrawn …" ¶ "The Cape Town-based chain said … “…”" → Kaya Threads', () => {
  const x = extract([
    'Clothing retailer Kaya Threads has withdrawn its winter advertising campaign after a boycott call.',
    'The Cape Town-based chain said in a statement on Sunday that the campaign had been "removed from all platforms with immediate effect".',
  ]);
  assert.equal(quote(x, 'removed from all platforms').speaker?.name, 'Kaya Threads');
});

// https://www.thisismoney.co.uk/money/bills/article-1607922/Action-as-TV-quiz-scandal-grows.html (a quiz-show scandal and
// its regulator, here Ireland's, whose Irish name has "na" in it): "Coimisiún na Meán, the media regulator, said …".
test('"Coimisiún na Meán, the media regulator, said it had sought “a full account”" → Coimisiún na Meán', () => {
  const x = extract([
    'Coimisiún na Meán, the media regulator, said it had written to the broadcaster seeking "a full account" of the episode.',
  ]);
  assert.equal(quote(x, 'a full account').speaker?.name, 'Coimisiún na Meán');
});

// https://www.rappler.com/nation/219816-riding-in-tandem-gunmen-kill-radio-announcer-la-libertad-negros-oriental-december-2018
// (a broadcaster killed, the broadcasters' association condemning it under its Filipino name, with "ng" and "mga").
test('"The Kapisanan ng mga Brodkaster ng Pilipinas (KBP) … called the killing “…”" → the whole name', () => {
  const x = extract([
    'The Kapisanan ng mga Brodkaster ng Pilipinas (KBP), the national broadcasters association, called the killing "a cowardly attack on every radio booth".',
  ]);
  assert.equal(quote(x, 'cowardly attack').speaker?.name, 'Kapisanan ng mga Brodkaster ng Pilipinas');
});

// https://crosswordtournament.com/articles/nd031305.htm (a crossword champion congratulated by her city's library in a post): "X congratulated her on X:
// “…”" gives the words the colon opens to the one who congratulated.
test('"The Ottawa Public Library congratulated her on X: “…”" → Ottawa Public Library', () => {
  const x = extract(['The Ottawa Public Library congratulated her on X: "Ottawa\'s finest solver, and she\'s one of ours."']);
  assert.equal(quote(x, 'finest solver').speaker?.name, 'Ottawa Public Library');
});

// https://www.news24.com/w24/style/fashion/trends/do-we-ever-really-boycott-our-favourite-brands-for-being-racist-or-tone-deaf-20180110
// (a traditional leader answering a brand over an initiation image): "Nkosi" before a full name is a chief's title, as
// "Chief" is; a name of two words is still a name ("Nkosi Johnson").
test('"the … chairperson, Nkosi Mandla Dyantyi, said" → Mandla Dyantyi; "said Nkosi Johnson" → Nkosi Johnson', () => {
  const x = extract([
    '"You do not use it to sell jerseys," the Eastern Cape chairperson of the traditional leaders, Nkosi Mandla Dyantyi, said on Sunday.',
    '"We were not asked," said Nkosi Johnson, a shop owner.',
  ]);
  assert.equal(quote(x, 'sell jerseys').speaker?.name, 'Mandla Dyantyi');
  assert.equal(quote(x, 'not asked').speaker?.name, 'Nkosi Johnson');
});

// https://energyvoice.com/all-news/55573/rmt-boss-bob-crow-dies-aged-52 (as above, the other way): a "late-night" shift
// manager holds the office still, and "the manager said" is them.
test('"The depot\'s late-night shift manager, X, …" ¶ "“…,” the manager said." → X', () => {
  const x = extract([
    "The depot's late-night shift manager, Tomasz Wierzbowski, found the door open.",
    '"The alarm never went off," the manager said.',
  ]);
  assert.equal(quote(x, 'alarm never went off').speaker?.name, 'Tomasz Wierzbowski');
});

// https://www.tightpoker.com/news/cleveland-poker-dealer-charged-for-cheating-at-horseshoe-casino-6695/ (men appearing in
// court on a day, the words of the hearing undated after it): "appeared in Melbourne Magistrates' Court on Tuesday" is
// the story's day, as "at … Court on Tuesday" was.
test('"… appeared in Melbourne Magistrates\' Court on Tuesday …" ¶ "“…,” Ms Haddad said." → Tuesday', () => {
  const x = extract(
    [
      'Three men accused of using a hidden camera to cheat poker players at a casino have been refused bail, after a magistrate found the alleged scheme was "sophisticated and carefully planned".',
      "Minh Quang Tran, 41, and Jaroslav Novák, 29, appeared in Melbourne Magistrates' Court on Tuesday charged with cheating at gambling.",
      'Mr Novák worked as a dealer in the poker room until September.',
      "Mr Tran's lawyer, Sophie Haddad, told the court her client had no prior convictions.",
      '"My client is a father of three. He is not going anywhere," Ms Haddad said.',
    ],
    '2025-10-22',
  );
  assert.equal(quote(x, 'not going anywhere').date, '2025-10-21');
});

// https://www.bbc.com/news/uk-england-manchester-56853045 (a counterfeit raid, the brands faked listed, then the officer
// speaking again): a name listed with one-word brand names is no person, and "He added" is the officer's.
test('"… the logos of Louis Vuitton, Gucci, Chanel and Hermès …" ¶ "He added: “…”" → the officer, not a brand', () => {
  const x = extract([
    '"This is a distribution network, not a few vendors," customs director Ferdinand Lacsamana told reporters on Thursday.',
    'Among the items were bags bearing the logos of Louis Vuitton, Gucci, Chanel and Hermès, and fake watches.',
    'He added: "If the price of a Hermès bag is P3,500, it is not a Hermès bag."',
  ]);
  assert.equal(quote(x, 'not a Hermès bag').speaker?.name, 'Ferdinand Lacsamana');
});

// https://www.hamhigh.co.uk/news/van-gerwen-reflects-on-first-world-darts-title-after-victory-3459616 (a final's loser
// named with his country's possessive): "Wales' Rhodri Pugh" is Rhodri Pugh, as "England's X" is X.
test('"… to beat Wales\' Rhodri Pugh 7-5 in the final" ¶ "“…,” Pugh said." → Rhodri Pugh', () => {
  const x = extract([
    "Joost Hoogendijk came back from 5-3 down to beat Wales' Rhodri Pugh 7-5 in the final on Friday night.",
    '"I had my chances and I missed them," Pugh said.',
  ]);
  assert.equal(quote(x, 'missed them').speaker?.name, 'Rhodri Pugh');
});

// https://www.straitstimes.com/singapore/manpower/minimum-salary-for-employment-pass-to-rise-to-4500-from-3900-even-higher
// (a minister of state for manpower announcing new pass rules): "Manpower" is a ministry's field, not a name's first word.
test('"Senior Minister of State for Manpower Koh Wei Ming said …" ¶ "“…,” Mr Koh said." → Koh Wei Ming', () => {
  const x = extract([
    'Senior Minister of State for Manpower Koh Wei Ming said the ministry had consulted dozens of trade groups.',
    '"We are asking employers to pay what the job is worth," Mr Koh said.',
  ]);
  assert.equal(quote(x, 'what the job is worth').speaker?.name, 'Koh Wei Ming');
});

// https://www.telegraphindia.com/west-bengal/bgb-brake-on-border-fencing-installation-stops-at-tribal-hamlet-in-south-dinajpur-prnt/cid/2088788
// (a border guard's sector commander quoted with his rank, as Indian copy writes it without full stops).
test('"Lt Col Mahbubur Rahman Chowdhury … told the daily that the fence “…”" → Mahbubur Rahman Chowdhury', () => {
  const x = extract([
    'Lt Col Mahbubur Rahman Chowdhury, a sector commander, told a Dhaka daily that the new fence "breaks the old agreement".',
  ]);
  assert.equal(quote(x, 'breaks the old agreement').speaker?.name, 'Mahbubur Rahman Chowdhury');
});

// https://tribuneonlineng.com/hajj-2023-nahcon-expresses-satisfaction-with-air-carriers/ (a pilgrims' commission's
// spokeswoman with a pilgrim's honorific): "Hajiya" is her title, as "Hajia" is.
test('"… public affairs head, Hajiya Rakiya Sani Dogondaji, said …" ¶ "“…,” she said." → Rakiya Sani Dogondaji', () => {
  const x = extract([
    "The commission's head of public affairs, Hajiya Rakiya Sani Dogondaji, said on Sunday that most flights had landed.",
    '"We ask pilgrims to bear with the screening at the airport," she said.',
  ]);
  assert.equal(quote(x, 'bear with the screening').speaker?.name, 'Rakiya Sani Dogondaji');
});

// https://www.churchtimes.co.uk/articles/2023/17-february/news/uk/synod-s-same-sex-vote-first-reactions (a synod member
// named with where they are from, then an aside, then the verb): the name says the words, and "he" next is them.
test('"Lay delegate X from the Diocese of Lapua, one of …, told Yle … “…”" ¶ "“…,” he said." → X both times', () => {
  const x = extract([
    '"The vote shows a divided church," Bishop Kaisa Rautiainen told reporters in Turku.',
    'Lay delegate Petteri Hyvönen from the Diocese of Lapua, one of the loudest opponents of the change, told Yle on Thursday that the result was "a relief for many members".',
    '"Our church has read the Bible this way for centuries," he said.',
  ]);
  assert.equal(quote(x, 'a relief for many members').speaker?.name, 'Petteri Hyvönen');
  assert.equal(quote(x, 'read the Bible this way').speaker?.name, 'Petteri Hyvönen');
});

// https://manoamirror.org/4590/showcase/hawaiian-language-bill-fails-to-pass (a student testifying in Hawaiian, quoted in
// a committee's translation): "she told senators, according to a translation provided by the committee" is hers.
test('"“…,” she told senators at the hearing, according to a translation provided by the committee." → she', () => {
  const x = extract([
    'Keʻala Pahukoa, 16, a student at an immersion school, testified in Hawaiian before the Senate Education Committee in March.',
    '"I should be able to keep learning in my own language," she told senators at the hearing, according to a translation provided by the committee.',
  ]);
  assert.equal(quote(x, 'in my own language').speaker?.name, 'Keʻala Pahukoa');
});

// https://www.scmp.com/news/world/article/1058982/phone-call-nobel-committee-changes-lives (a laureate described by her
// science and where she works, then by surname only, then "she said"): a chemist is someone, as a scientist is.
test('"X, a Ghanaian-born chemist at ETH Zurich, …" … "X joined by phone." ¶ "“…,” she said." → X', () => {
  const x = extract([
    'Akosua Asante-Frimpong, a Ghanaian-born chemist at ETH Zurich, will share the prize with two others.',
    "The prize was announced by Ingrid Sandahl-Berg, the academy's secretary-general.",
    'Asante-Frimpong, 58, joined the news conference by phone.',
    '"I was in the middle of a lab meeting when the number came up," she said.',
  ]);
  assert.equal(quote(x, 'middle of a lab meeting').speaker?.name, 'Akosua Asante-Frimpong');
});

// https://en.tengrinews.kz/religion/pope-accepts-unfaithful-british-bishops-resignation-256692 (a bishop's resignation, a
// victim quoted who is not named): "who asked that his name not be used" is someone unnamed, and "he said" next is him.
test('"One of the former altar boys, …, who asked that his name not be used, told Reuters …" ¶ "“…,” he said." → null', () => {
  const x = extract([
    'Bishop Henryk Sadowski said he had "failed to act" and asked for forgiveness.',
    'One of the former altar boys, now 24, who asked that his name not be used, told Reuters the resignation came "years too late".',
    '"Nobody from the diocese ever called me," he said.',
  ]);
  assert.equal(quote(x, 'Nobody from the diocese').speaker, null);
});

// https://paul-barford.blogspot.com/2017/12/looted-ancient-gold-jewelry-returned-to.html (a returned idol, officials
// quoted anonymously): an official at a department who asked not to be named is not the department speaking.
test('"“…,” an official at the department, who asked not to be named, told the Post." → null', () => {
  const x = extract([
    'The Department of Archaeology said the statue would stay at the National Museum for now.',
    '"We will not put it back where it can be lifted out with a crowbar," an official at the department, who asked not to be named, told the Post.',
  ]);
  assert.equal(quote(x, 'lifted out with a crowbar').speaker, null);
});

// https://www.environment.nsw.gov.au/news/nsw-landmarks-added-to-state-heritage-register (a state minister quoted by
// office alone): "Queensland's Environment Minister said" names an office, not a person called "Environment Minister".
test('"Queensland\'s Environment Minister said in a statement that … was “…”" → null', () => {
  const x = extract([
    'Queensland\'s Environment Minister said in a statement that regional heritage was "every bit as important as the capital\'s".',
  ]);
  assert.equal(quote(x, 'every bit as important').speaker, null);
});

// https://salisburyjournal.co.uk/news/cathedralnews/24115647.salisbury-cathedral-now-scaffold-free-almost-four-decades
// (a cathedral's restoration, its architect and head mason reporting): "Conservation architect X said …" is X's, as
// "Chief engineer X said …" is.
test('"Conservation architect X said the biggest challenge had been …"; "Head chef Y said …" → X, Y', () => {
  const x = extract([
    'Conservation architect Dónal Ó Murchú-Kerrigan said the biggest challenge had been finding stone to match the original.',
    'Head chef Ana Ruiz said the kitchen would reopen in the spring.',
  ]);
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('finding stone'), 'Dónal Ó Murchú-Kerrigan');
  assert.equal(said('reopen in the spring'), 'Ana Ruiz');
});

// https://arunachaltimes.in/index.php/2023/07/27/mollie-ocallaghan-sets-a-world-record-at-the-swimming-worlds-and-overcomes-injury/
// (a world record, the silver medallist's time in an aside before his verb): a time's colon and full stop are inside the
// aside.
test('"Hakozaki, who took silver in 1:50.96, said through an interpreter that …" → Ryoma Hakozaki', () => {
  const x = extract([
    "Fazekas overhauled Japan's Ryoma Hakozaki on the final length.",
    'Hakozaki, who took silver in 1:50.96, said through an interpreter that he had expected to be caught.',
  ]);
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('expected to be caught'), 'Ryoma Hakozaki');
});

// https://www.sportinglife.com/golf/news/history-for-open-champion-morikawa/193257 (a champion's caddie reporting what
// his player asked): an apposition that opens on someone's ("Aasheim's caddie and a former club professional from …").
test('"X, Aasheim’s caddie and a former club professional from North Berwick, said …" → X', () => {
  const x = extract([
    'Ewan Dalgleish, Aasheim’s caddie and a former club professional from North Berwick, said his player had asked him to keep talking.',
  ]);
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('keep talking'), 'Ewan Dalgleish');
});

// https://www.tribuneindia.com/news/amritsar/3-member-panel-to-probe-explosion-at-gndu-lab-426768 (a laboratory fire, a
// woman vice-chancellor quoted, then an injured scholar): "Kaur" is a Sikh woman's name, so "she" after the scholar's
// paragraph is the scholar, not the vice-chancellor.
test('"… Harpreet Kaur Grewal … “…,” she added." ¶ "One of the injured scholars, Navneet Kaur Sandhu, …" ¶ "“…,” she told …" → Navneet Kaur Sandhu', () => {
  const x = extract([
    'Vice-chancellor Harpreet Kaur Grewal said the report would be followed in full.',
    '"No laboratory will reopen without a certificate," she added.',
    'One of the injured scholars, Navneet Kaur Sandhu, 27, who suffered burns on both hands, was discharged on June 4.',
    '"I had asked twice for the old hot plate to be replaced," she told The Tribune over the phone.',
  ]);
  assert.equal(quote(x, 'old hot plate').speaker?.name, 'Navneet Kaur Sandhu');
});

// https://theoneworldnews.com/europe/meteorite-crashes-through-roof-of-family-home-in-rare-event/ (a meteorite through a
// family's roof, the husband then quoted by his first name): a
// first name the lexicon does not know, that speaks, is the one person the article named in full with it.
test('"… the home of retired bus driver Geraldo Antunes da Silva, 67, …" ¶ "“…,” Geraldo told Agência Brasil …" → him', () => {
  const x = extract([
    'The stone fell on Sunday night on the home of retired bus driver Geraldo Antunes da Silva, 67, and his wife, Maria Aparecida, 63.',
    '"I thought a gas cylinder had exploded," Geraldo told Agência Brasil by phone on Wednesday.',
  ]);
  assert.equal(quote(x, 'gas cylinder').speaker?.name, 'Geraldo Antunes da Silva');
});

// https://inews.co.uk/news/church-england-ban-same-sex-weddings-2138944 (a synod vote, campaign groups reacting in
// posts): a one-word name with what kind of body it is in apposition is a body ("Seta, the LGBTIQ rights organisation,
// wrote on Instagram"), even with a relative clause after ("Unia, the federal equality body, which …, said").
test('"Seta, the LGBTIQ rights organisation, wrote …"; "Unia, the federal equality body, which …, said …" → Seta, Unia', () => {
  const x = extract([
    'Seta, the LGBTIQ rights organisation, wrote on Instagram late on Wednesday that the decision was "another closed door" for families.',
    'Unia, the federal equality body, which supported El Ouahabi\'s case, said in a statement that the judgment showed that "neutrality cannot be a pretext".',
  ]);
  assert.equal(quote(x, 'another closed door').speaker?.name, 'Seta');
  assert.equal(quote(x, 'cannot be a pretext').speaker?.name, 'Unia');
});

// https://rferl.org/amp/afghanistan-us/25100851.html (stolen antiquities returned, the embassy's statement) and
// https://lawin.news/06/2024/24/globe/dalai-lama-arrives-in-new-york-for-knee-treatment-receives-warm-welcome/amp (a
// religious leader's visit, the representative office's statement): a mission's city is part of its name, after "of"
// and its country too, and for a liaison office.
test('"the Embassy of Nepal in Brussels said"; "The Taipei Liaison Office in Pretoria, which …, said …" → the whole names', () => {
  const x = extract([
    '"The return reflects the excellent cooperation between our countries," the Embassy of Nepal in Brussels said in a statement.',
    'The Taipei Liaison Office in Pretoria, which represents Taiwan in the absence of diplomatic relations, said in a statement that the visit was "a religious and cultural occasion".',
  ]);
  assert.equal(quote(x, 'excellent cooperation').speaker?.name, 'Embassy of Nepal in Brussels');
  assert.equal(quote(x, 'religious and cultural occasion').speaker?.name, 'Taipei Liaison Office in Pretoria');
});

// https://salisburyjournal.co.uk/news/cathedralnews/24115647.salisbury-cathedral-now-scaffold-free-almost-four-decades
// (a cathedral's thanksgiving service, its dean and clerk of works reporting): "the Very Rev" is a clergy style, not an
// office, so "the dean" later is the Dean of Cork; "clerk of works X said" is X's.
test('"…, the Dean of Cork, the Very Rev X, told …" ¶ "The dean said …"; "clerk of works Y said …" → X, Y', () => {
  const x = extract([
    '"For six years people have walked past a cage of steel poles," the Dean of Cork, the Very Rev Aoife Ní Bhriain-Stokes, told the congregation.',
    'The dean said fundraising would now turn to the organ.',
    'In June, at the blessing of the restored cross, clerk of works Siobhán Delaney-Roche said the team had found the names of Victorian masons.',
  ]);
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('turn to the organ'), 'Aoife Ní Bhriain-Stokes');
  assert.equal(said('Victorian masons'), 'Siobhán Delaney-Roche');
});

// https://uat.apnews.com/article/greece-migration-crete-libya-mediterranean-turkey-boats-ee77385c674a96ab7a9f124320230e76
// (boat arrivals, a refugee agency's spokeswoman telling the AP): an initial's full stop ("the U.N. refugee agency") is
// inside the aside between the name and its verb.
test('"X, a spokeswoman for the U.N. refugee agency in Greece, told The Associated Press that …" → X', () => {
  const x = extract([
    'Katerina Psaraki, a spokeswoman for the U.N. refugee agency in Greece, told The Associated Press that patrols at sea could not replace reception on land.',
  ]);
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.equal(said('patrols at sea'), 'Katerina Psaraki');
});

// https://www.racingpost.com/news/reports/i-was-very-surprised-hold-the-press-makes-the-headlines-with-100-1-victory-for-shocked-trainer-aoueQ3w4jYVF/
// (an outsider's win, the racing body's post): a name ending in "Racing" is a body's, whole, with its country; no person
// called "Thoroughbred Racing".
test('"New Zealand Thoroughbred Racing posted on X: “…”" → the body, not a person', () => {
  const x = extract(['New Zealand Thoroughbred Racing posted on X: "A Matamata horse, a Matamata trainer, a Melbourne Cup."']);
  const speaker = quote(x, 'a Matamata trainer').speaker;
  assert.equal(speaker?.name, 'New Zealand Thoroughbred Racing');
  assert.equal(speaker?.kind, 'organisation');
});

// https://www.upi.com/Science_News/2019/08/06/New-dinosaur-species-discovered-in-South-Africa/2821565101974/ (a new
// dinosaur, its lead author quoted, then "the researcher added"): the researcher is the one the paragraph before named;
// https://www.einpresswire.com/article/770293116/epa-monitoring-fire-management-at-mary-s-mount-landfill (a landfill fire):
// "The EPA's chief environmental scientist said" is the agency's officer, not the mayor quoted before.
test('"“…,” lead author X said …" ¶ "“…,” the researcher added." → X; "The EPA\'s chief environmental scientist said …" → not the mayor', () => {
  const x = extract([
    '"This was a medium-sized titanosaur," lead author Florencia Ñancucheo-Ibarra said in a statement on Tuesday.',
    '"It tells us that titanosaurs were lighter than we thought," the researcher added.',
    'In November, Hume Mayor Sofia Demetriou told a council meeting that the stockpiles were "a bonfire in waiting".',
    "The EPA's chief environmental scientist said the agency had set up two extra air monitors on Sunday.",
  ]);
  assert.equal(quote(x, 'lighter than we thought').speaker?.name, 'Florencia Ñancucheo-Ibarra');
  const said = (words: string) => x.entries.find((e) => !e.quote && e.text.includes(words))?.speaker?.name ?? null;
  assert.notEqual(said('extra air monitors'), 'Sofia Demetriou');
});

// https://moldova1.md/p/26083/iceland-volcano-erupts-prompting-evacuation-of-blue-lagoon (an eruption, the weather office
// named in full, then short): "the Met Office" is the meteorological office the article named, not another body.
test('"…, the Icelandic Meteorological Office said." ¶ "“…,” the Met Office said in a statement." → the Icelandic one', () => {
  const x = extract(
    [
      'The fissure opened at 11:42 p.m. after an earthquake swarm, the Icelandic Meteorological Office said.',
      '"The eruption appears to be smaller than the one in April," the Met Office said in a statement.',
    ],
    '2025-08-12',
  );
  assert.equal(quote(x, 'smaller than the one in April').speaker?.name, 'Icelandic Meteorological Office');
});

// https://moldova1.md/p/26083/iceland-volcano-erupts-prompting-evacuation-of-blue-lagoon (an eruption, the spa closed)
// and https://buddhistchannel.tv/index.php?id=66,8562,0,0,1,0 (an abbot's visit, a monk born in the country): a land's
// feature, a faith's adjective or a birthplace ends no person's name, and "The Blue Lagoon said" is a body.
test('"Brazil\'s Bauru Basin", "Fo Guang Shan Buddhist order", "South African-born monk" are no people; "The Blue Lagoon said" is a body', () => {
  const x = extract([
    "The bones resemble those found in Brazil's Bauru Basin, co-author Thiago Rezende said on Tuesday.",
    "The abbot of Taiwan's Fo Guang Shan Buddhist order said the temple would keep growing.",
    "Venerable Zhi Ming, the temple's first South African-born monk, said interest in meditation had grown.",
    'The Blue Lagoon said in a post on Facebook that all guests had left the spa.',
  ]);
  const people = new Map<string, string>();
  for (const e of x.entries) for (const r of [...(e.people ?? []), ...(e.speaker ? [e.speaker] : [])]) people.set(r.name, r.kind);
  for (const name of ['Bauru Basin', 'Fo Guang Shan Buddhist', 'South African-born']) assert.notEqual(people.get(name), 'person', name);
  assert.equal(people.get('Blue Lagoon'), 'organisation');
});

// https://www.newsbytesapp.com/news/india/mumbai-250-people-protest-against-scs-dog-relocation-r… (a protest, a feeders'
// group named by a member, then by its kind) and https://www.zooborns.com/zooborns/ (a birth, the zoo speaking): a
// collective, zoo, museum, festival or hospital named before is "the collective", "the zoo" that speaks; after "to",
// "at" or "said … was", the word is where or what, not who.
test('"… of the Bengaluru Animal Welfare Collective." ¶ "The collective wrote: “…”" → the collective; "the zoo said" → Zurich Zoo', () => {
  const x = extract([
    '"You cannot draw a box on a pavement," said Vandana Iyer of the Bengaluru Animal Welfare Collective.',
    'The collective later wrote on Instagram on Monday night: "Register feeders, yes. Fine them, never."',
    'A female elephant calf has been born at Zurich Zoo, the first birth there since 2022.',
    'The calf was standing within an hour of its birth on Sunday, the zoo said on Tuesday.',
    'In a letter to the collective on Monday, the city directed that the feeding spots "be marked within 30 days".',
  ]);
  assert.equal(quote(x, 'Register feeders').speaker?.name, 'Bengaluru Animal Welfare Collective');
  const saidBy = (words: string) => x.entries.filter((e) => !e.quote && e.text.includes(words)).map((e) => e.speaker?.name);
  assert.ok(saidBy('standing within an hour').includes('Zurich Zoo'));
  assert.notEqual(quote(x, 'be marked within 30 days').speaker?.name, 'Bengaluru Animal Welfare Collective');
});

// https://newssniffer.co.uk/articles/66623/diff/0/1 (a pay deal, a regional government's written reply): a country's
// first-level region (ISO 3166-2, "Alberta", "Texas") is a place, so "the Alberta government" is a body; a region's
// name that is also a company's or a person's ("Meta" in Colombia, "Rivera" in Uruguay's list) is not made one.
test('"The Alberta government said … “…”" → the Alberta government; "Meta said" stays a company; Texas is a US region', () => {
  const x = extract([
    'The Alberta government said in a statement Thursday that the agreement was "fair to nurses and fair to taxpayers".',
    'Meta said in an emailed statement that it was "reviewing the text".',
  ]);
  assert.equal(quote(x, 'fair to nurses').speaker?.name, 'Alberta government');
  assert.equal(quote(x, 'reviewing the text').speaker?.name, 'Meta');
  const g = gazetteerFor(knowledge);
  assert.ok(g.isPlace('Texas') && g.isPlace('Punjab') && g.isPlace('West Bengal'));
  assert.equal(g.placeByName.get('Texas')?.parent, 'United States');
  assert.ok(!g.isPlace('Meta') && !g.isPlace('Western'));
});

// https://webosor.com/en/entertainment/music-festival-noise-levels-anger-local-residents (a festival's director, named
// in full once, then by surname) and https://players.bio/amp/news/oldham-coliseum-confirms-with-deep-sadness/467847
// (a theatre closing, an actor quoted): a Catalan name's two surnames joined by "i", a Gaelic "Mac an" name, a body's
// Spanish "y", are one name; the first Catalan surname alone is the person.
test('"Jordi Vallverdú i Mas" … "Vallverdú said"; "actor Seumas Mac an Tàilleir said"; "Justicia y Proceso said" → whole names', () => {
  const x = extract([
    'Speaking at the site on Sunday, the festival director, Jordi Vallverdú i Mas, said the last sets had ended early.',
    '"We are not ignoring anybody," Vallverdú said.',
    '"We went on anyway," actor Seumas Mac an Tàilleir said at the stage door.',
    'The rights group Justicia y Proceso said on X: "Their freedom cannot wait."',
  ]);
  assert.equal(quote(x, 'not ignoring anybody').speaker?.name, 'Jordi Vallverdú i Mas');
  assert.equal(quote(x, 'went on anyway').speaker?.name, 'Seumas Mac an Tàilleir');
  assert.equal(quote(x, 'freedom cannot wait').speaker?.name, 'Justicia y Proceso');
});

// https://gkpapers.blogspot.com/2011/10/british-author-julian-barnes-wins.html (a prize, a ministry's reaction, its
// words quoted after "it called"): "it called X “…”" is the body that spoke just before.
test('"X\'s Ministry of Culture said it would …. In a statement, it called the prize “…”." → the ministry', () => {
  const x = extract([
    'In Praia, Cape Verde\'s Ministry of Culture and Creative Industries said it would organise a public reading next month. In a statement, it called the prize "a victory for all of Cape Verdean literature".',
  ]);
  assert.equal(quote(x, 'a victory for all').speaker?.name, 'Ministry of Culture and Creative Industries');
});

// https://zooborns.typepad.com/zooborns/ (a birth announced by the zoo, its director quoted unnamed): the office of a
// body that has just spoken, held by no one the article names, speaks for the body; not once the holder is named.
test('"…, the zoo said." ¶ "“…,” the zoo\'s director said in a statement." → the zoo; a named director stays the director', () => {
  const x = extract([
    'The calf was standing within an hour of its birth at Riverside Zoo on Sunday, the zoo said on Tuesday.',
    '"Mother and calf are doing well," the zoo\'s director said in a statement, describing the birth as "a great relief".',
    'The Hawaii Department of Agriculture said the beetles were found last week, and its director, Keoni Kahale, visited the site.',
    '"This detection is a serious concern," the department\'s director said in the release.',
  ]);
  assert.equal(quote(x, 'Mother and calf').speaker?.name, 'Riverside Zoo');
  assert.notEqual(quote(x, 'serious concern').speaker?.name, 'Hawaii Department of Agriculture');
});

// https://www.majorcadailybulletin.com/news/local/2016/10/27/45786/squatters-evicted-from-old-nostra-building.html (an
// eviction, a city's deputy mayor for a field named before her name): after a mayor's or a councillor's "for", the
// field's words ("Social Policy", "Health Policy") end before the name.
test('"Athens Deputy Mayor for Social Policy Marianna Tsolakidou told …" → Marianna Tsolakidou; "Minister for Health Policy James Halloran" → James Halloran', () => {
  const x = extract([
    'Athens Deputy Mayor for Social Policy Marianna Tsolakidou told Skai TV on Wednesday that the city had not been told.',
    '"We found out from the television," she said.',
    'Minister for Health Policy James Halloran told RTÉ that the plan was "on track".',
  ]);
  assert.equal(quote(x, 'found out from the television').speaker?.name, 'Marianna Tsolakidou');
  assert.equal(quote(x, 'on track').speaker?.name, 'James Halloran');
});
