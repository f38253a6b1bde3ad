import type { PersonRecord } from '../knowledge/types.ts';
import type { EntityKind } from '../types.ts';
import { slugify } from '../slugify.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';
import { isDemonym } from './demonyms.ts';

/** A person or body found in the article's text that the knowledge files do not list. */
export interface FoundPerson {
  name: string;
  slug: string;
  role: string | null;
}

// "al-Sisi" is "Sisi" too: Arabic articles joined to a surname are dropped when names are compared.
// "Van der Plas" at the start of a sentence is "van der Plas": particles compare in lower case.
// "Vallverdú" of "Jordi Vallverdú i Mas": the "i" (Spanish "y") that joins two surnames is no word of the name's.
const words = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => w !== 'i' && w !== 'y')
    .map((w) => w.replace(/^(?:al|el|ad|as|ash|at|az|ul)-/i, ''))
    .map((w) => (/^(?:van|von|der|den|de|da|di|du|la|le|bin|ibn|bint)$/i.test(w) ? w.toLowerCase() : w));
const isMiddleName = (short: string[], full: string[]) => short.length === 1 && full.length === 3 && full[1] === short[0];
// "Lozano" for "Andrés Felipe Lozano Rengifo": two given names and two surnames, the first surname the one used (four
// plain words, not an Arabic name's "Al", "Abu" or "bin"). Only once the article has shown it: that surname speaks.
const isFirstSurname = (short: string, full: string[]) =>
  full.length === 4 && full[2] === short && full.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ARABIC_PARTICLE.test(w));
const ARABIC_PARTICLE = /^(?:Al|El|Abu|Abd|Abdel|Abdul|Bin|Ibn|Bint|Ould|Wad)$/;
// "Lee" for "Lee Jae-myung", "Wang" for "Wang Yi", "Anwar" for "Anwar Ibrahim": a family name written first, or a
// given name used alone as Malaysians and Thais are named, "Sheikh Mohammed" for Mohammed bin Abdulrahman Al Thani —
// when no one's name ends with it.
const isLeadingName = (short: string[], full: string[]) =>
  short.length === 1 &&
  full.length >= 2 &&
  (full.length <= 3 || /^(?:bin|ibn|bint)$/.test(full[1] ?? '')) &&
  full[0] === short[0] &&
  !/^(?:Mr|Ms|Mrs|Dr|Sir|Lord|Lady|Dame)$/.test(short[0] ?? '');
// "Kindrel" for "Kindrel Technologies": what a company's short name leaves off.
const CORPORATE_SUFFIX =
  /^(?:\s+(?:Technologies|Technology|Group|Inc\.?|Corp\.?|Corporation|Company|Co\.?|Holdings|Ltd\.?|Limited|plc|PLC|Bank|Airlines|Motors|Systems|Labs|Energy|Pharmaceuticals|International|Industries|Partners))+$/;
// A company's legal form after its name, as the text writes it: "Ltd.", "PLC", "Oyj".
const LEGAL_FORM = String.raw`Ltd\.?|Limited|PLC|plc|Inc\.?|LLC|Corp\.?|Oyj|ASA|NV|SpA|GmbH|Bhd|Tbk|Pty\s+Ltd\.?`;
// One or two capitalised words straight before a name: a place or its letters, "the NSW " or "the Hai Phong ".
const PREFIX_BEFORE = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}-]*\s+){1,2})$/u;
// The word a firm's fullest name may end with that its shorter name leaves off.
const FIRM_END = /^(?:Services|Group|Holdings|Company|Corporation|Industries|Enterprises|International|Partners|Airlines|Airways)$/;
const LEGAL_FORM_END = new RegExp(String.raw`\s(?:${LEGAL_FORM})$`);
// A legal form straight after a name: " PLC", " Ltd.".
const LEGAL_FORM_AFTER = new RegExp(String.raw`^\s+(${LEGAL_FORM})(?![\p{L}])`, 'u');

// "the Taoiseach had told the Dáil", "the Sheriff said": a title used on its own.
const THE_TITLE = /\bthe (\p{Lu}\p{Ll}+)\b(?![ \u00a0]+\p{Lu})(?!['’])/gu;
const PEER_TITLES = new Set(['Lord', 'Baroness', 'Lady', 'Viscount', 'Viscountess', 'Earl', 'Countess']);
const THE_ROLE_SPEAKS = /\bthe (\p{Ll}{4,}) (?:said|says|told|added|replied|asked|wrote|insisted|warned|ruled|explained)\b/gu;
// "Agriculture Minister", "Brazilian Foreign Minister": the field of a minister's office.
const MINISTER_OF =
  /\b(Foreign|Defen[cs]e|Interior|Finance|Health|Justice|Trade|Commerce|Economy|Education|Agriculture|Energy|Labour|Labor|Transport|Environment)\s+Minister\b/;
// "Mr Rattray", "Ms. Lennie": a courtesy title and a surname.
const COURTESY_NAME = /\b(Mrs|Mr|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
/** The letters a body's name is shortened to: its capitalised words' initials, a word in capitals whole ("Bangko Sentral ng Pilipinas" → "BSP"). */
export const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    // ("U.S. Department of Agriculture" → "USDA": dotted initials are letters of their own.)
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : /^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, '') : w[0]))
    .join('');

/** How many recent mentions are looked through for the one of several namesakes "Mr Lim" means. */
const RECENT_NAMESAKE = 3;
/** How many recent mentions are looked through for the one body "the company" or "the agency" may mean. */
const RECENT_BODIES = 6;
/** Role-mention words that only ever name a body ("the ministry", "the council"), never a person. */
const BODY_NOUN =
  /^(?:company|ministry|agency|group|firm|bank|council|commission|trust|union|committee|authority|regulator|association|federation|alliance|coalition|institute|foundation|movement|league|forum|municipality|presidency|party|club|court|department|office|bureau|board|service|directorate|secretariat|embassy|administration|hospital|school|university|college|clinic|museum|zoo|airport|port|prison|church|festival|hotel|station|centre|center|team|network|broadcaster|newspaper|charity)$/i;
// Words for a business, and names of bodies that are not one.
const BUSINESS_WORDS = 'company|firm|carmaker|automaker|airline|insurer|lender|retailer|chain';
const COMMERCIAL = new RegExp(`^(?:${BUSINESS_WORDS})$`, 'i');
const PUBLIC_BODY =
  /\b(?:Guard|Ministry|Department|Police|Agency|Authority|Council|Commission|Court|Parliament|Government|Army|Navy|Force|Forces|Service|Office|Union|Association|Federation|Institute|University|Party|Committee|Board|Bureau|Administration|Coalition|Alliance|Movement|Front|police)\b/;
// A country's central bank by name: "National Bank of Ethiopia", "Bank of Canada", "Reserve Bank of India", "Banco de México".
const CENTRAL_BANK =
  /^(?:(?:Central|National|Reserve|People['’]s|State)\s+Bank\s+of\s+\p{Lu}|Bank\s+of\s+\p{Lu}|Banco\s+(?:Central|de)\s|Banque\s+(?:centrale|de)\s|Bangko Sentral|Bundesbank|Banca d['’]Italia|Riksbank|Norges Bank|Federal Reserve|\p{Lu}[\p{L}-]*\s+Central\s+Bank$|\p{Lu}[\p{L}-]*\s+Reserve\s+Bank$)/u;
const KIND_OF_BODY =
  /^(?:company|firm|agency|organi[sz]ation|carmaker|automaker|airline|insurer|lender|retailer|chain|utility|broadcaster|charity|operator|telecom|miner|developer|manufacturer)$/i;

/**
 * The people and bodies an article introduces, for the life of one article's extraction: once the text
 * has named "Foreign Minister Ngozi Okafor", "Okafor", "Ms Okafor" and "the minister" are her.
 */
export class ArticlePeople {
  private readonly byName = new Map<string, PersonRecord>();
  /** The article's country as an adjective ("Ghanaian"), from its dateline: "the Finance Ministry" there is Ghana's. */
  home: string | null = null;
  /** The article's whole text, for checks across paragraphs ("Lula" is part of "Luiz Inácio Lula da Silva" there). */
  text = '';
  /** Name-shaped mentions not yet known to be people: a surname that later speaks makes one a person. */
  private readonly candidates = new Set<string>();
  /** In the order they were last mentioned, most recent last (for "the minister"). */
  private recent: PersonRecord[] = [];

  /** Registers someone under their fullest name; a name that only shortens one already known is that person. */
  add(given: string, role: string | null, kindGiven: EntityKind, gender: 'he' | 'she' | null = null): PersonRecord {
    // ("Lanka Harbour Leisure said" after "Lanka Harbour Leisure PLC": a name the text gives a company's legal form is a body's.)
    // ("Tasman Regional said" after "a Tasman Regional Airlines flight": a firm's name without its trade's word is the firm's.)
    const firm = kindGiven === 'person' && !role ? this.fullerBody(given) : given;
    const legal = this.withLegalForm(firm);
    const kind = kindGiven === 'person' && legal !== given && !role ? 'organisation' : kindGiven;
    // "says Te Kaurinui" after "his son, Te Kaurinui Robert Parata,": the fuller name-shaped mention is who it is.
    // ("Defra said" after "Department for Environment, Food and Rural Affairs (Defra)": the name the short one stands for.)
    const name =
      kind === 'person'
        ? (this.fullerCandidate(given) ?? given)
        : (this.initials.get(legal) ?? this.fullerBody(this.withPlacePrefix(legal)));
    const known = this.byName.get(name) ?? this.resolve(name);
    if (known) {
      if (!known.role && role) known.role = role;
      if (!known.gender && gender) known.gender = gender;
      this.mentioned(known);
      return known;
    }
    // "Te Kaurinui" spoke first; "Te Kaurinui Robert Parata" is their full name: the record takes it.
    const shorter = kind === 'person' ? this.shortFormOf(name) : null;
    if (shorter) {
      this.byName.delete(shorter.name);
      this.renamed.set(shorter.slug, shorter);
      shorter.name = name;
      shorter.slug = slugify(name);
      if (!shorter.role && role) shorter.role = role;
      this.byName.set(name, shorter);
      this.mentioned(shorter);
      return shorter;
    }
    const record: PersonRecord = { name, slug: slugify(name), kind, role, gender, aliases: [], titles: [] };
    this.byName.set(name, record);
    this.mentioned(record);
    return record;
  }

  /**
   * "the Rural Fire Service said" after "crews from the NSW Rural Fire Service": a body's fullest name has the place it
   * is of, when the text gives it one place only ("the Hai Phong People's Committee", "the UAE Ministry of Investment"),
   * or its country's adjective ("the Coastal Administration said" after "the Norwegian Coastal Administration").
   */
  private withPlacePrefix(name: string): string {
    let fuller = this.placePrefixed.get(name);
    if (fuller === undefined) {
      const prefixes = new Set<string>();
      for (const at of this.occurrences(name)) {
        const m = PREFIX_BEFORE.exec(this.text.slice(Math.max(0, at - 40), at));
        const prefix = (m?.[1] ?? '').trim().replace(/^(?:The|A|An|In|At|On|From|By|For|With|And|But)(?:\s+|$)/, '');
        if (prefix !== '') prefixes.add(prefix);
      }
      const only = prefixes.size === 1 ? [...prefixes][0] : undefined;
      fuller = only && (/^\p{Lu}{2,4}$/u.test(only) || isDemonym(only) || this.isPlace(only)) ? `${only} ${name}` : name;
      this.placePrefixed.set(name, fuller);
    }
    return fuller;
  }

  /** The bodies the article has named so far, speaking or not (a name may stand twice). */
  private bodyNames(): string[] {
    return [...this.bodyCandidates, ...[...this.byName.values()].filter((r) => r.kind === 'organisation').map((r) => r.name)];
  }

  /**
   * "Weald Water said" after "Weald Water Services admitted …": a body's name of two words or more that begins the one
   * body named before with a firm's word more ("Services", "Group") is that body.
   */
  private fullerBody(name: string): string {
    const named = words(name);
    if (named.length < 2) return name;
    const bodies = this.bodyNames();
    const fuller = [...new Set(bodies)].filter((b) => {
      const w = words(b);
      return w.length === named.length + 1 && named.every((n, i) => w[i] === n) && FIRM_END.test(w.at(-1) ?? '');
    });
    return fuller.length === 1 ? (fuller[0] as string) : name;
  }

  /** Where the text has a name as whole words (found by `indexOf`, which is far cheaper than a regex per name). */
  private occurrences(name: string): number[] {
    const found: number[] = [];
    if (name === '') return found;
    for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(this.text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(this.text[at + name.length] ?? '')) continue;
      found.push(at);
    }
    return found;
  }
  private readonly placePrefixed = new Map<string, string>();
  /** Whether a name is a place the gazetteer knows (set by the extraction that owns these people). */
  isPlace: (name: string) => boolean = () => false;
  /** Whether a name of two words is a place's (both readings know; `isPlace` only the first one). */
  isTwoWordPlace: (name: string) => boolean = () => false;

  /** "Lanka Harbour Leisure" after "Lanka Harbour Leisure PLC": a company's fullest name has its legal form. */
  private withLegalForm(name: string): string {
    let legal = this.legalForms.get(name);
    if (legal === undefined) {
      const form = LEGAL_FORM_END.test(name)
        ? undefined
        : this.occurrences(name)
            .map((at) => LEGAL_FORM_AFTER.exec(this.text.slice(at + name.length, at + name.length + 40))?.[1])
            .find(Boolean);
      legal = form ? `${name} ${form}` : name;
      this.legalForms.set(name, legal);
    }
    return legal;
  }

  /** Each name's fullest form with a legal form, once per name (the article's text is searched once for it). */
  private readonly legalForms = new Map<string, string>();

  /**
   * "Okafor", "Forrest Jones", "Obama": the one registered person whose name ends with these words.
   * Two people sharing a surname (a father and son) make it ambiguous: null, not a guess.
   */
  resolve(short: string): PersonRecord | null {
    const found = this.lookup(short);
    if (found) this.mentioned(found);
    // ("Jake Sciberras … Sciberras said …": a bare surname read as one person while they were the only one keeps meaning
    // them after a relative is named in full, "his mother, Rita Sciberras".)
    if (found && found.kind === 'person' && !/\s/.test(short.trim()) && !this.bareSurnames.has(short)) this.bareSurnames.set(short, found);
    return found;
  }

  /** The person each bare surname was first read as, while no one else had it. */
  private readonly bareSurnames = new Map<string, PersonRecord>();

  /** Whether two people or more registered so far have this surname ("Ferlini" for a reporter and his mother). */
  shared(surname: string): boolean {
    let n = 0;
    for (const record of this.byName.values()) if (record.kind === 'person' && this.wordsOf(record.name).at(-1) === surname) n++;
    return n >= 2;
  }

  /**
   * "Mrs Kerrison" after "Diane Kerrison … her great-uncle, Frederick Kerrison": of the people registered with that
   * surname, the one whose gender the courtesy title gives.
   */
  resolveByGender(surname: string, gender: 'he' | 'she'): PersonRecord | null {
    const records = [...this.byName.values()].filter((r) => r.kind === 'person' && this.wordsOf(r.name).at(-1) === surname);
    const fitting = records.filter((r) => r.gender === gender);
    if (records.length < 2 || fitting.length !== 1 || records.some((r) => r.gender === null) || !fitting[0]) return null;
    this.mentioned(fitting[0]);
    return fitting[0];
  }

  /** "Lady Whitcombe", "Lord Falconer": the one peer registered under that surname, whichever title the text uses now. */
  resolvePeer(surname: string, gender: 'he' | 'she'): PersonRecord | null {
    const peers = [...this.byName.values()].filter((r) => {
      const [title, name] = r.name.split(' ');
      return r.kind === 'person' && r.gender === gender && name === surname && PEER_TITLES.has(title ?? '');
    });
    if (peers.length !== 1 || !peers[0]) return null;
    this.mentioned(peers[0]);
    return peers[0];
  }

  /** As `resolve`, without counting it as a mention. */
  /** Each registered name's words, split once for the article's lookups. */
  private readonly nameWords = new Map<string, string[]>();
  private wordsOf(name: string): string[] {
    let w = this.nameWords.get(name);
    if (!w) this.nameWords.set(name, (w = words(name)));
    return w;
  }

  private lookup(short: string): PersonRecord | null {
    const tail = words(short);
    let strong: PersonRecord | null = null;
    let strongMany = false;
    let weak: PersonRecord | null = null;
    let weakMany = false;
    for (const record of this.byName.values()) {
      let isStrong = false;
      let isWeak = false;
      if (record.kind !== 'person') {
        isStrong = record.name === short || (record.name.startsWith(short) && CORPORATE_SUFFIX.test(record.name.slice(short.length)));
      } else {
        const name = this.wordsOf(record.name);
        if (name.length < tail.length) continue;
        // "Okafor" ends "Ngozi Okafor"; "Te Kaurinui" (two words or more) begins "Te Kaurinui Robert Parata".
        isStrong =
          tail.every((w, i) => name[name.length - tail.length + i] === w) || (tail.length >= 2 && tail.every((w, i) => name[i] === w));
        // "Faki" for "Moussa Faki Mahamat": the first of two surnames, when no one's name ends with it ("Ms Díaz" is
        // Yolanda Díaz, not Isabel Díaz Ayuso).
        isWeak =
          !isStrong &&
          (isMiddleName(tail, name) ||
            isLeadingName(tail, name) ||
            (tail.length === 1 && (this.surnames.get(tail[0] ?? '') === record || this.laterSurnames.get(tail[0] ?? '') === record.name)));
      }
      if (isStrong) {
        if (strong && strong !== record) strongMany = true;
        strong = record;
      } else if (isWeak) {
        if (weak && weak !== record) weakMany = true;
        weak = record;
      }
    }
    // "Mr Lim" after "Ryan Lim Jun Kai", "Lim Jia Xin" and "Lim Kok Seng": a family name several people share, some
    // writing it first: the one just mentioned is meant, when they were the last one mentioned.
    if (
      tail.length === 1 &&
      (strongMany || weakMany || (strong && weak)) &&
      [...this.byName.values()].some((r) => r.kind === 'person' && isLeadingName(tail, this.wordsOf(r.name)))
    ) {
      const fits = (r: PersonRecord) =>
        r.kind === 'person' && (isLeadingName(tail, this.wordsOf(r.name)) || this.wordsOf(r.name).at(-1) === tail[0]);
      // ("Baek died Saturday …. ¶ … his eldest son, Baek Jin-woo, … ¶ Baek, born in Mokpo in 1946, …": a bare surname
      // read as one person while they were the only one keeps meaning them.)
      const bare = strongMany || weakMany ? this.bareSurnames.get(tail[0] ?? '') : undefined;
      if (bare && this.byName.get(bare.name) === bare) return bare;
      const last = this.recent.slice(-RECENT_NAMESAKE).reverse().find(fits);
      if (last) return last;
      return null;
    }
    const first = tail.length === 1 && strongMany ? this.bareSurnames.get(tail[0] ?? '') : undefined;
    if (first && this.byName.get(first.name) === first) return first;
    if (strong) return strongMany ? null : strong;
    return weakMany ? null : weak;
  }

  /** Capitalised words the article also uses as a title on their own ("the Taoiseach said"): not part of a name. */
  readonly titles = new Set<string>();

  private titlesRegex: { size: number; regex: RegExp | null } = { size: -1, regex: null };

  /** "the sheriff", "the Taoiseach": one pattern for the article's titles used alone (null if none). */
  titlesPattern(): RegExp | null {
    if (this.titlesRegex.size !== this.titles.size) {
      const words = [...this.titles].map((t) => escapeRegExp(t.toLowerCase()));
      this.titlesRegex = {
        size: this.titles.size,
        regex: words.length > 0 ? new RegExp(String.raw`\b[Tt]he (${words.join('|')})\b`, 'gu') : null,
      };
    }
    return this.titlesRegex.regex;
  }

  /** Learns the article's titles: a capitalised word after "the" and before no other capitalised word. */
  learnTitles(text: string): void {
    for (const m of text.matchAll(THE_TITLE)) if (m[1]) this.titles.add(m[1]);
    // "the sheriff told them": a role that speaks, which "Sheriff Alastair Greig" has as a title.
    // (Not a body's word: "the police said" is the force, not a "Police …" titled spokesman.)
    for (const m of text.matchAll(THE_ROLE_SPEAKS))
      if (m[1] && m[1] !== 'police') this.titles.add(m[1].charAt(0).toUpperCase() + m[1].slice(1));
  }

  /** "Ms Lennie": a courtesy title tells the gender of someone introduced without one. Does not count as a mention. */
  learnGender(text: string): void {
    for (const m of text.matchAll(COURTESY_NAME)) {
      const gender = m[1]?.startsWith('Mr') && !m[1].startsWith('Mrs') ? 'he' : 'she';
      const record = this.lookup(m[2] ?? '');
      if (record && record.kind === 'person' && !record.gender) record.gender = gender;
    }
  }

  /** The person (not a body) mentioned last. */
  lastPerson(): PersonRecord | null {
    return [...this.recent].reverse().find((r) => r.kind === 'person') ?? null;
  }

  /** Ages the text gave people ("Abena Owusu-Ansah, 19,"), for "the 19-year-old" later. */
  private readonly ages = new Map<number, PersonRecord | null>();

  /** Notes someone's age; an age two people share names no one. */
  noteAge(age: number, record: PersonRecord): void {
    const known = this.ages.get(age);
    this.ages.set(age, known === undefined || known === record ? record : null);
  }

  /** Who "the N-year-old" is by the age the text gave them: a person, null if two share it, undefined if no one has it. */
  byAge(age: number): PersonRecord | null | undefined {
    return this.ages.get(age);
  }

  /** Nationalities the text gave people ("Danish rider Rasmus Kjærgaard"), by their adjective, for "the Dane" later. */
  private readonly nationals = new Map<string, PersonRecord | null>();
  private readonly nationalityOf = new Map<PersonRecord, string>();

  /** Notes someone's nationality (its adjective); one two people share names no one. */
  noteNationality(adjective: string, record: PersonRecord): void {
    const known = this.nationals.get(adjective);
    this.nationals.set(adjective, known === undefined || known === record ? record : null);
    this.nationalityOf.set(record, adjective);
  }

  /** Who has that nationality: a person, null if two share it, undefined if no one was given it. */
  byNationality(adjective: string): PersonRecord | null | undefined {
    return this.nationals.get(adjective);
  }

  /** The nationality the text gave someone, if any. */
  nationality(record: PersonRecord): string | undefined {
    return this.nationalityOf.get(record);
  }

  /** The people of the paragraph before the one being read, in the order they were first named there. */
  private previous: PersonRecord[] = [];
  private current: PersonRecord[] = [];

  /** A new paragraph: the one just read becomes "the paragraph before". */
  nextParagraph(): void {
    for (const r of this.previous) this.older.add(r);
    this.previous = this.current;
    this.current = [];
    this.previousSayer = this.currentSayer;
    this.currentSayer = null;
  }

  /** Whom the paragraph being read, and the one before it, first reported saying something. */
  private currentSayer: PersonRecord | null = null;
  private previousSayer: PersonRecord | null = null;

  /** Notes who says something in the paragraph being read (the first one counts). */
  noteSayer(record: PersonRecord): void {
    if (record.kind === 'person' && !this.currentSayer) this.currentSayer = record;
  }

  /** Whom the paragraph before reported saying something first ("Ibarra, who …, described third as “…”"). */
  sayerOfParagraphBefore(): PersonRecord | null {
    return this.previousSayer;
  }

  /** People named in the paragraphs before the one before, and not in that one. */
  private readonly older = new Set<PersonRecord>();

  /** Whether someone was named two paragraphs back or more, and not in the paragraph before. */
  namedOnlyLongBefore(record: PersonRecord): boolean {
    return this.older.has(record) && !this.previous.includes(record);
  }

  /** Whom the paragraph before named first: the one a story is about there ("… for the home sprinter X, who …"). */
  firstOfParagraphBefore(): PersonRecord | null {
    return this.previous[0] ?? null;
  }

  /** "the DM" for a "District Magistrate", "the SP" for a "Superintendent of Police": the recent person whose role's capitals these are. */
  byRoleLetters(letters: string): PersonRecord | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i] as PersonRecord;
      // (Not "head of the Aviation and Railway Accident Investigation Board": a body's capitals, after a role in lower case.)
      if (r.kind !== 'person' || !r.role || !/^\p{Lu}/u.test(r.role)) continue;
      const capitals = r.role
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      if (capitals.length >= 2 && capitals === letters) return r;
    }
    return null;
  }

  /** "the minister", "the envoy", "the company": the most recently mentioned one whose role or name has that word. */
  byRole(noun: string, described: string[] = [], inOffice = false): PersonRecord | null {
    const has = (text: string, w: string) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(text);
    const nounsOffice = new RegExp(`\\b${escapeRegExp(noun)}['’]s?\\s+office\\b`, 'i');
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i] as PersonRecord;
      // ("Gov. Mark Harrell" … "the governor": a title abbreviated is the office.)
      const label = r.kind === 'organisation' ? r.name : expandTitles(r.role ?? '');
      // A counterpart's office is borrowed ("his Omani counterpart (Foreign Minister)"): only a described role reaches it
      // ("the Omani foreign minister"), never a bare "the minister", which is the one the article calls minister.
      if (described.length === 0 && /\bcounterparts?\b/i.test(label)) continue;
      // "at the ministry" is not the "ministry spokesperson": a body's word names a body, never a person's role.
      if (r.kind === 'person' && BODY_NOUN.test(noun)) continue;
      // "the new mayor" is not the "outgoing mayor".
      if (inOffice && r.kind === 'person' && PAST_OFFICE.test(label)) continue;
      // ("Lebogang Mokoena, the founding general secretary of the union" is not "the general secretary" who speaks for it
      // now: one who held an office once is "the former …", "the late …".)
      if (r.kind === 'person' && PAST_HOLDER.test(label) && !described.some((w) => PAST_HOLDER.test(w))) continue;
      // ("The prosecutor who led the investigation said" is no "Antofagasta regional prosecutor's office": whose it is.)
      if (r.kind === 'organisation' && nounsOffice.test(label)) continue;
      if (has(label, noun) && described.every((w) => has(label, w))) return r;
    }
    // "The World Health Organization said … The agency called …", "Kaarna Oyj said … the company said": the one body
    // recently mentioned, when the word says what kind of body it is and no other body could be meant.
    if (described.length === 0 && KIND_OF_BODY.test(noun)) {
      // Not a public body for "the company" ("the Finnish Border Guard said … the company wrote" is some company; "Togo's
      // navy said … Aegean Star Tanker Management said … the company said" is the one company).
      const bodies = new Set(
        [...this.recent]
          .slice(-RECENT_BODIES)
          .filter((r) => r.kind === 'organisation' && !(COMMERCIAL.test(noun) && PUBLIC_BODY.test(r.name))),
      );
      const only = bodies.size === 1 ? ([...bodies][0] as PersonRecord) : null;
      if (only) return only;
      // "Adelaide company Kestrel Launch Systems launched … the company said": when no body spoke, the one body named
      // without speaking that the article called by the word.
      if (bodies.size === 0) {
        // ("Clothing retailer Kaya Threads has withdrawn … the chain said": a business, called by another word for one.)
        const nouns = COMMERCIAL.test(noun) ? BUSINESS_WORDS : escapeRegExp(noun);
        const called = this.bodyCandidates.filter((b) =>
          new RegExp(String.raw`(?<![\p{L}])(?:${nouns})[ \u00a0]+${escapeRegExp(b)}(?![\p{L}])`, 'iu').test(this.text),
        );
        if (called.length === 1) return this.add(called[0] as string, null, 'organisation');
      }
    }
    // "The National Bank of Ethiopia floated the birr … the central bank said": the one central bank the article named.
    if (/^bank$/i.test(noun) && described.length === 1 && /^central$/i.test(described[0] ?? '')) {
      const names = new Set(
        [...this.recent.filter((r) => r.kind === 'organisation').map((r) => r.name), ...this.bodyCandidates].filter((n) =>
          CENTRAL_BANK.test(n),
        ),
      );
      const only = names.size === 1 ? [...names][0] : undefined;
      if (only) return this.resolve(only) ?? this.add(only, null, 'organisation');
    }
    // A body the article named without it speaking, whose name has the word ("the bank" → "Bank of Canada").
    // Only one such body, and not for "the company" or "the group", which name whatever the story is about.
    if (/^(?:company|group|firm|agency)$/i.test(noun)) return null;
    const bodies = this.bodyCandidates.filter((b) => has(b, noun) && described.every((w) => has(b, w)));
    if (bodies.length === 1 && bodies[0]) return this.add(bodies[0], null, 'organisation');
    return /^ministry$/i.test(noun) && described.length === 0 ? this.ministerMinistry() : null;
  }

  /**
   * "The ministry said" after "Agriculture Minister Paulo Tavares said" in a story filed from Brasília: the ministry of
   * the minister mentioned last, named as its country's bodies are ("Brazilian Agriculture Ministry").
   */
  private ministerMinistry(): PersonRecord | null {
    if (!this.home) return null;
    const minister = [...this.recent].reverse().find((r) => r.kind === 'person' && MINISTER_OF.test(r.role ?? ''));
    const topic = MINISTER_OF.exec(minister?.role ?? '')?.[1];
    return topic ? this.add(`${this.home} ${topic} Ministry`, null, 'organisation') : null;
  }

  /** Slugs a record had before a fuller name was found, for entries made in between. */
  readonly renamed = new Map<string, PersonRecord>();
  /** People whose gender is only their first name's in the language library's lexicon, which the text may correct. */
  readonly guessedGender = new Set<string>();

  /** The one registered person whose whole name begins or ends `name`. */
  private shortFormOf(name: string): PersonRecord | null {
    const full = words(name);
    const hits = [...this.byName.values()].filter((r) => {
      const short = words(r.name);
      if (r.kind !== 'person' || short.length >= full.length) return false;
      return short.every((w, i) => full[i] === w) || short.every((w, i) => full[full.length - short.length + i] === w);
    });
    return hits.length === 1 ? (hits[0] as PersonRecord) : null;
  }

  private fullerCandidate(name: string): string | null {
    const short = words(name);
    const hits = [...this.candidates].filter((c) => {
      const full = words(c);
      return (
        full.length > short.length &&
        (short.every((w, i) => full[i] === w) ||
          short.every((w, i) => full[full.length - short.length + i] === w) ||
          isMiddleName(short, full))
      );
    });
    // "Te Kaurinui Robert", "Te Kaurinui Parata" and "Te Kaurinui Robert Parata" are one person's names.
    const longest = hits.sort((a, b) => words(b).length - words(a).length)[0];
    const all = new Set(longest ? words(longest) : []);
    return longest && hits.every((h) => words(h).every((w) => all.has(w))) ? longest : null;
  }

  consider(name: string): void {
    this.candidates.add(name);
  }

  /** Whether a name-shaped mention was kept in case it proves a person's. */
  considered(name: string): boolean {
    return this.candidates.has(name);
  }

  /** Bodies named without speaking, most recent last: "the bank said" later is the Bank of Canada. */
  private readonly bodyCandidates: string[] = [];

  considerBody(name: string): void {
    const at = this.bodyCandidates.indexOf(name);
    if (at >= 0) this.bodyCandidates.splice(at, 1);
    this.bodyCandidates.push(name);
  }

  /** "Kindrel said" after "Kindrel Technologies chief executive …": the one body named before whose name begins so. */
  bodyBeginning(word: string): string | null {
    const matches = this.bodyCandidates.filter((b) => words(b)[0] === word && words(b).length > 1);
    return matches.length === 1 ? (matches[0] as string) : null;
  }

  /**
   * "The RFS said" after "the Rural Fire Service's district manager": the one body, named before or speaking,
   * whose capitalised words' initials spell the letters.
   */
  /** Letters the text gives a body in brackets that are not its name's initials ("Swiss Transport Association (VCS)"). */
  private readonly initials = new Map<string, string | null>();

  /**
   * "Police said" after "Wuppertal police said" or "the Ontario Provincial Police": the one body named before, speaking
   * or not, with that word (in either case) in its name.
   */
  bodyEnding(word: string): string | null {
    const last = word.toLowerCase();
    const bodies = this.bodyNames();
    const matches = [...new Set(bodies.filter((b) => words(b).length > 1 && words(b).some((w) => w.toLowerCase() === last)))];
    // (Of several, the one that has spoken: "Victoria Police said", not "Dandenong Police Station", a building named.)
    const spoken = matches.filter((b) => this.byName.get(b)?.kind === 'organisation');
    return matches.length === 1 ? (matches[0] as string) : spoken.length === 1 ? (spoken[0] as string) : null;
  }

  /**
   * "a fire service spokesperson said" after "Merseyside Fire and Rescue Service said": the one body named before, speaking
   * or not, with every one of the words in its name (in either case).
   */
  bodyWithWords(described: string[]): string | null {
    const wanted = described.map((w) => w.toLowerCase());
    const matches = [
      ...new Set(this.bodyNames().filter((b) => wanted.every((w) => words(b).some((n) => n.toLowerCase() === w)) && words(b).length > 1)),
    ];
    return matches.length === 1 ? (matches[0] as string) : null;
  }

  noteInitials(letters: string, name: string): void {
    // The same letters for two bodies name neither.
    const had = this.initials.get(letters);
    this.initials.set(letters, had === undefined || had === name ? name : null);
  }

  /** The body whose short name in brackets ("(Ipid)") these letters were, if one. */
  noted(letters: string): string | null {
    return this.initials.get(letters) ?? null;
  }

  bodyByInitials(letters: string): string | null {
    const noted = this.initials.get(letters);
    if (noted !== undefined) return noted;
    const bodies = this.bodyNames();
    const matches = [...new Set(bodies.filter((b) => b.split(/\s+/).length > 1 && initialsOf(b) === letters))];
    return matches.length === 1 ? (matches[0] as string) : null;
  }

  /**
   * "Health NZ" after "Health New Zealand": the one body named before that begins with `lead` and goes on with a place
   * of two words whose initials are `letters`.
   */
  bodyWithPlaceLetters(lead: string, letters: string): string | null {
    // (Named as a body, or name-shaped and not yet known to be anyone's: "the leak showed Health New Zealand was …".)
    const matches = [...new Set([...this.bodyNames(), ...this.candidates])].filter((b) => {
      if (!b.startsWith(`${lead} `)) return false;
      const rest = b.slice(lead.length + 1);
      return words(rest).length >= 2 && initialsOf(rest) === letters && this.isTwoWordPlace(rest);
    });
    return matches.length === 1 ? (matches[0] as string) : null;
  }

  /** The one name-shaped mention that `surname` ends, registered as a person now that it speaks; null if none or several. */
  promote(surname: string): PersonRecord | null {
    // The last word, or the first of two surnames ("Faki" of "Moussa Faki Mahamat") …
    const word = words(surname)[0];
    const matches = [...this.candidates].filter((c) => {
      const w = words(c);
      return w.at(-1) === word || isMiddleName([word ?? ''], w) || isFirstSurname(word ?? '', w);
    });
    // ("VetCare said" after "VetCare New Zealand's takeover": a name ending in a place's of two words is a business's.)
    if (matches.length === 1 && this.endsInPlace(matches[0] as string)) return this.add(matches[0] as string, null, 'organisation');
    if (matches.length === 1) {
      const record = this.add(matches[0] as string, null, 'person');
      if (isFirstSurname(word ?? '', words(record.name))) this.surnames.set(word ?? '', record);
      return record;
    }
    // … else the first name a feature calls someone by ("Ion says" after "Ion Popescu is 67").
    const first = matches.length === 0 ? [...this.candidates].filter((c) => words(c)[0] === word && words(c).length >= 2) : [];
    if (first.length === 1 && this.endsInPlace(first[0] as string)) return this.add(first[0] as string, null, 'organisation');
    return first.length === 1 ? this.add(first[0] as string, null, 'person') : null;
  }

  /** Whether a name of three words or more ends in a place's name of two ("VetCare New Zealand"). */
  private endsInPlace(name: string): boolean {
    const w = words(name);
    return w.length >= 3 && this.isTwoWordPlace(w.slice(-2).join(' '));
  }

  /** The one person registered with a full name that begins with this first name, and no one whose name ends with it. */
  byFirstName(first: string): PersonRecord | null {
    const persons = [...this.byName.values()].filter((r) => r.kind === 'person').map((r) => ({ r, w: this.wordsOf(r.name) }));
    if (persons.some(({ w }) => w.at(-1) === first)) return null;
    const matches = persons.filter(({ w }) => w.length >= 2 && w[0] === first).map(({ r }) => r);
    const found = matches.length === 1 ? (matches[0] as PersonRecord) : null;
    if (found) this.mentioned(found);
    return found;
  }

  /** Whether a name is one the article uses for a person it introduced (without marking them mentioned). */
  knows(name: string): boolean {
    const tail = words(name);
    return [...this.byName.values()].some((r) => r.kind === 'person' && words(r.name).slice(-tail.length).join(' ') === tail.join(' '));
  }

  bySlug(slug: string): PersonRecord | null {
    for (const r of this.byName.values()) if (r.slug === slug) return r;
    return null;
  }

  mentioned(record: PersonRecord): void {
    this.recent = this.recent.filter((r) => r !== record);
    this.recent.push(record);
    if (record.kind === 'person' && !this.current.includes(record)) this.current.push(record);
  }

  /** First surnames the article has shown to be someone's ("Lozano said" of Andrés Felipe Lozano Rengifo). */
  private readonly surnames = new Map<string, PersonRecord>();

  /** Full names (two words or more) that a first reading of the whole article showed to be people's. */
  private readonly later = new Set<string>();

  /** Names a first reading found to be people's, so that a mention before the proof ("X refused …") counts. */
  expect(names: Iterable<string>, surnames: Iterable<[string, string]> = []): void {
    for (const n of names) if (n.split(/\s+/).length >= 2) this.later.add(n);
    for (const [surname, name] of surnames) this.laterSurnames.set(surname, name);
  }

  /** First surnames a reading showed to be someone's, with that one's full name (for a second reading). */
  shownSurnames(): Array<[string, string]> {
    return [...this.surnames].map(([surname, r]) => [surname, r.name]);
  }

  private readonly laterSurnames = new Map<string, string>();

  /** Whether a first reading of the article found this name to be a person's. */
  expected(name: string): boolean {
    return this.later.has(name);
  }

  found(): FoundPerson[] {
    return [...this.byName.values()].map((r) => ({ name: r.name, slug: r.slug, role: r.role }));
  }
}

// An office someone held and no longer holds, or is leaving.
const PAST_OFFICE = /\b(?:former|outgoing|ex-|previous|departing|retiring|retired)/i;
// ("the late-night host" holds the office still.)
const PAST_HOLDER = /\b(?:former|ex-|previous|retired|founding|late(?!-))\b/i;

// Titles abbreviated in American copy, written out: "Gov." is a governor, "Sen." a senator.
const ABBREVIATED_TITLES: Array<[RegExp, string]> = [
  [/\bGov\.(?=\s|$)/g, 'Governor'],
  [/\bSen\.(?=\s|$)/g, 'Senator'],
  [/\bRep\.(?=\s|$)/g, 'Representative'],
  [/\bAtty\.\s+Gen\.(?=\s|$)/g, 'Attorney General'],
];
const expandTitles = (role: string) => ABBREVIATED_TITLES.reduce((r, [abbreviation, word]) => r.replace(abbreviation, word), role);
