import { createRequire } from 'node:module';
import type Nlp from 'compromise';
import type { PersonRecord } from '../knowledge/types.ts';
import { initialsOf, type ArticlePeople } from './articlePeople.ts';
import { SPEECH_VERB } from './attributeSpeaker.ts';
import { demonymOf, isDemonym, isNationality } from './demonyms.ts';
import { BUILDING_NOUNS } from './findVenues.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendarNames.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';

/** A mention of someone the knowledge files do not know, resolved to the article's record of them. */
export interface NewPersonMention {
  start: number;
  end: number;
  record: PersonRecord;
}

/** What the extractor already knows a name to be: a listed person or organisation (`person`), or a place. */
export interface Known {
  person(name: string): boolean;
  place(name: string): boolean;
}

// A run of capitalised words, with the particles of names ("bin", "al", "de", "van"): a name's shape.
// Irish "Ó" is one capital letter: "Declan Ó Murchú".
// Catalan and Spanish join two surnames with "i" and "y" ("Jordi Vallverdú i Mas", "Ortega y Gasset"); Scottish Gaelic
// has "an" after "Mac" ("Seumas Mac an Tàilleir").
const PARTICLE = String.raw`(?:al|el|bin|binti|ibn|de|del|della|da|do|dos|du|van|von|der|den|di|la|le|Ó|Ua|ap|ab|ferch|na|ng|mga|i|y|(?<=(?:Mac|Nic|Mhic)[ \u00a0])an)`;
// An initial without its full stop before a name, as Indian and Malaysian papers write it: "S Karthikeyan", "M Prakash"
// (not "A" or "I", which are words; but "I" opens a Balinese name, "I Made Suardana", and "PT" an Indonesian firm's,
// "PT Pertamina").
// ("Nana Kwame Darko II", "Osei Tutu III": a number after a name of two words is the name's, as a chief's or a son's.)
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*`;
const CAP = String.raw`I(?=[ \u00a0](?:Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Nengah|Gede|Gusti)[ \u00a0]\p{Lu})|PT(?=[ \u00a0]\p{Lu}\p{Ll})|\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|(?<=\p{L}[ \u00a0])(?:FC|AFC|CF|FK|SK|BK|IF)(?![\p{L}])|(?:\p{Lu}\.){1,3}|[B-HJ-Z](?=[ \u00a0](?:[B-HJ-Z][ \u00a0]){0,2}\p{Lu}\p{Ll})|(?:al|el|ad|as|ash|at|az|ul|bin|ibn)-\p{Lu}[\p{L}'’-]*|(?<=${NAME_WORD}[ \u00a0]${NAME_WORD}[ \u00a0])(?:II|III|IV)(?![\p{L}\p{N}])`;
// ("Mizuho Research & Technologies", "Procter & Gamble": an ampersand joins a firm's name.)
const RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CAP})(?:[ \u00a0](?:(?:${PARTICLE}|&)[ \u00a0]){0,2}(?:${CAP}))*(?![\p{L}\p{N}])`,
  'gu',
);

// Words that stand before a name and are not part of it. Courtesy titles tell a person and their gender.
const COURTESY: Record<string, 'he' | 'she' | null> = {
  Mr: 'he',
  'Mr.': 'he',
  Mrs: 'she',
  'Mrs.': 'she',
  Ms: 'she',
  'Ms.': 'she',
  Miss: 'she',
  Dr: null,
  'Dr.': null,
  Sir: 'he',
  Dame: 'she',
  Lord: 'he',
  Lady: 'she',
  // Other languages' and Singapore and Malaysian copy's: "Madam Suwarni", "Mdm Tan", "Mme Dufour", "Herr Vogel".
  Madam: 'she',
  Madame: 'she',
  Mdm: 'she',
  'Mdm.': 'she',
  Mme: 'she',
  'Mme.': 'she',
  Frau: 'she',
  Herr: 'he',
  Señora: 'she',
  Señor: 'he',
  Signora: 'she',
  Monsieur: 'he',
  Encik: 'he',
  Puan: 'she',
  // Malaysian, Bruneian and Indonesian honorifics and religious titles ("Datuk Seri Anwar", "Haji Mohd", "Ustazah …"):
  // with "Tan Sri", "Datuk Seri", "Dato’ Sri" whole (see HONORIFIC_PAIR).
  Datuk: null,
  "Dato'": null,
  'Dato’': null,
  Datin: 'she',
  Tun: null,
  Haji: 'he',
  Hajjah: 'she',
  Hajah: 'she',
  Ustaz: 'he',
  Ustazah: 'she',
  // South Asian and West African ones: "Advocate Umair Baloch", "Maulana …", "Engr. Musa Bello", "Smt. Lata Rao".
  Advocate: null,
  'Adv.': null,
  Maulana: 'he',
  Mufti: 'he',
  'Engr.': null,
  Engr: null,
  // Gulf papers' engineer ("Ministry spokesperson Eng Dalal Al-Shatti"), a Yoruba king ("Oba Adeyemi Oyewusi"),
  // a Nigerian pilgrim's ("Alhaji Musa Bello").
  Eng: null,
  'Eng.': null,
  Oba: 'he',
  Alhaji: 'he',
  Alhaja: 'she',
  'Barr.': null,
  'Smt.': 'she',
  Smt: 'she',
  Shrimati: 'she',
};
// Two-word honorifics: "Tan Sri", "Puan Sri", "Toh Puan", and the "Seri"/"Sri" of "Datuk Seri", "Dato’ Sri".
const HONORIFIC_PAIR: Record<string, ReadonlySet<string>> = {
  Tan: new Set(['Sri']),
  Puan: new Set(['Sri']),
  Toh: new Set(['Puan']),
  Datuk: new Set(['Seri', 'Sri', 'Patinggi', 'Paduka', 'Wira', 'Setia']),
  "Dato'": new Set(['Seri', 'Sri', 'Paduka', 'Setia']),
  'Dato’': new Set(['Seri', 'Sri', 'Paduka', 'Setia']),
  Datin: new Set(['Seri', 'Sri', 'Paduka']),
};
const TITLE_WORDS = new Set([
  // Offices of the French state and of American agencies: "Prefect Thierry Vasseur", "Border Patrol Agent X", "State
  // Veterinarian Y", "Special Agent Z".
  'Prefect',
  'Sub-Prefect',
  'Agent',
  'Veterinarian',
  'President',
  'Vice',
  'Prime',
  'Minister',
  'Foreign',
  'Defence',
  'Defense',
  'Finance',
  'Interior',
  'Trade',
  'Commerce',
  'Treasury',
  'Secretary',
  'State',
  'General',
  'Attorney',
  'Deputy',
  'Chief',
  'Special',
  'Envoy',
  'Ambassador',
  'Senator',
  'Sen.',
  'Rep.',
  'Representative',
  'Governor',
  'Gov.',
  'Mayor',
  // Indonesia's regency heads: "Malang Regent Hendra Kurniawan".
  'Regent',
  'Chancellor',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Crown',
  'Pope',
  // Ireland's prime minister and deputy ("Tánaiste Eoin Cuddihy told RTÉ …").
  'Taoiseach',
  'Tánaiste',
  'Sheikh',
  'Sheikha',
  'Emir',
  'Rabbi',
  'Father',
  'Judge',
  'Justice',
  'Professor',
  'Prof',
  'Prof.',
  'Gen.',
  // Ranks abbreviated in American and Asian wire copy: "Maj. Gen. Pongsak Wongthai", "Brig. Gen. …", "Sgt. Maj. …".
  'Maj.',
  'Brig.',
  'Sgt.',
  'Adm.',
  'Cmdr.',
  'Cpl.',
  'Pvt.',
  'Supt.',
  'Insp.',
  'Det.',
  // ("Supt Gráinne Hurley … Supt Hurley had told reporters", "PC Liam Ashworth … PC Ashworth said": Irish and British
  // police ranks without full stops.)
  'Supt',
  'Insp',
  'PC',
  'DC',
  'DCI',
  'DI',
  'DS',
  'PCSO',
  'Cllr',
  'Col.',
  'Colonel',
  'Captain',
  'Capt.',
  'Lt.',
  // The same ranks in British, Irish, Indian and South-East Asian copy, without full stops: "Maj Gen Thanakorn Phasuk",
  // "Lt Gen Chea Rathana", "Capt Martin Okurut", "NDRF Assistant Commandant Rakesh Yadav" (not "Col": "farmer Col Brandon").
  'Lt',
  'Gen',
  'Maj',
  'Capt',
  'Brig',
  'Sgt',
  'Cpl',
  'Cdr',
  'Cmdr',
  'Commandant',
  // ("District Collector M. Anbarasi … the Collector told": an Indian district's administrator.)
  'Collector',
  'Assistant',
  'Major',
  'Admiral',
  'Commissioner',
  'Director',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Chair',
  'Speaker',
  'Leader',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Commander',
  'Field',
  'Marshal',
  'Army',
  'Premier',
  'Cardinal',
  'Bishop',
  'Archbishop',
  // "Archbishop Emeritus Crispin Lacson", "Professor Emeritus …": retired from the office before it.
  'Emeritus',
  'Monsignor',
  'Patriarch',
  'Imam',
  'Rabbi',
  'Senior',
  'Executive',
  // "Chief Financial Officer Jon-Erik Vatne", "Chief Economist …".
  'Financial',
  'Operating',
  'Technology',
  'Officer',
  'Economist',
  'Strategist',
  'CEO',
  'Secretary-General',
  'President-elect',
  'Prosecutor',
  'DPP',
  'Ombudsman',
  'Ombudswoman',
  'Ombudsperson',
  'Director-General',
  'Ayatollah',
  'Supreme',
  'Grand',
  'Imam',
  'Mullah',
  'Sultan',
  'Former',
  'Acting',
  'Interim',
  // Offices of two named together: "Governors Curtis Wahl and Denise Abernathy".
  'Governors',
  'Senators',
  'Ministers',
  'Commissioners',
  'Judges',
  // Ranks and offices of the armed forces, the police and the courts: "Commodore Jay Tarriela", "Sheriff …".
  'Commodore',
  'Brigadier',
  'Lieutenant',
  'Sergeant',
  'Corporal',
  // ("her great-uncle, Able Seaman Frederick Kerrison", "Gunner …", "Sapper …": the ranks war memorials name men by.)
  'Seaman',
  'Gunner',
  'Sapper',
  'Trooper',
  'Rifleman',
  'Guardsman',
  'Fusilier',
  'Bombardier',
  'Superintendent',
  'Inspector',
  'Detective',
  'Constable',
  'Sheriff',
  'Magistrate',
  // Offices "of" a force or a staff: "Director General of Police Rajinder Pal Grewal", "Chief of Staff …".
  'Police',
  'Staff',
  // Chess: "Grandmaster Nino Lomidze", "International Master …".
  'Grandmaster',
  'Master',
  // A school's head: "Principal Jasna Horvat-Babić", "Headteacher …".
  'Principal',
  'Headteacher',
  'Headmaster',
  'Headmistress',
  'Coroner',
  // Local government and sport: "Councilor Elena Marsh", "Alderman …", "Coach …".
  'Councilor',
  'Councillor',
  'Coun',
  'Coun.',
  'Cllr',
  // Australian councillors: "Cr Geoff Rourke".
  'Cr',
  'Cr.',
  'Cllr.',
  'Councilman',
  'Councilwoman',
  'Councilmember',
  'Alderman',
  'Alderwoman',
  'Assemblyman',
  'Assemblywoman',
  'Assemblymember',
  'Congressman',
  'Congresswoman',
  'Supervisor',
  'Sheriff',
  'Coach',
  'Outgoing',
  'Incoming',
  // Offices of government and its finances: "Civil Defense Undersecretary Rommel Valdueza", "State Comptroller …".
  'Undersecretary',
  // Bangladesh's interim cabinet: "Shipping Adviser Kamrul Hasan Mazumder", "Home Affairs Adviser …".
  'Adviser',
  'Advisor',
  // Ontario's county heads and prison governors: "Lambton County Warden Ruth Vanderlinde".
  'Warden',
  'Comptroller',
  'Treasurer',
  'Registrar',
  'Auditor',
  'Auditor-General',
  'Solicitor-General',
  'Whip',
  'Majority',
  'Minority',
  // Honorifics of West and East African and South Asian copy: "Comrade Saheed Olanrewaju", "Alhaji Yusuf Abdulkadir",
  // "Counsel Jared Omondi", "Engr. …", "Barrister …", "Hon. …".
  'Comrade',
  // Zimbabwean copy's "Cde Philemon Mazorodze".
  'Cde',
  // "Senate President pro Tem Kenneth Hua": the rest of the office after its lower-case "pro".
  'Tem',
  'Tempore',
  // Sumo's ranks, written before a wrestler's one name: "Sekiwake Kirinoumi won his first Emperor's Cup".
  'Yokozuna',
  'Ozeki',
  'Sekiwake',
  'Komusubi',
  'Maegashira',
  'Cde.',
  'Alhaji',
  'Alhaja',
  'Hajia',
  'Hajiya',
  'Mallam',
  'Malam',
  'Otunba',
  'Barrister',
  'Counsel',
  'Engr.',
  'Engr',
  // Philippine copy: "Atty. Maria Santos"; "Amb. X" for an ambassador.
  'Atty.',
  'Atty',
  'Amb.',
  'Engineer',
  'Pastor',
  'Reverend',
  'Rev.',
  // "the Archbishop of Dublin, Most Rev Declan Furlong": British and Irish copy writes it without a full stop.
  'Rev',
  'Revd',
  // Buddhist monks: "Venerable Kiriella Sumanatissa Thero", "Ven. Omalpe Sobitha Thero".
  'Venerable',
  'Ven.',
  // Religious orders and church offices: "Sister Mary Okafor", "Brother Anselm …", "Deacon …", "Canon …", "Elder …"
  // (a church elder, as Kenyan and Nigerian copy writes it), and teachers of other faiths: "Swami …", "Lama …", "Guru …".
  'Sister',
  'Brother',
  'Mother',
  'Deacon',
  'Vicar',
  'Canon',
  'Provost',
  'Elder',
  'Swami',
  'Lama',
  'Guru',
  // Clergy of French and Catholic copy: "Abbé Gérard Mbiya", "Fr. Tomás Ortiz", "Msgr. Luigi Ferri".
  'Abbé',
  'Abbe',
  'Fr.',
  'Msgr.',
  // ("the parish priest, Fr Ciarán Ó Dónaill": British and Irish copy writes them without a full stop.)
  'Fr',
  'Msgr',
  'Hon.',
  'Honourable',
  'Honorable',
  'Rt',
  'Hon',
  'Shri',
  'Smt.',
  'Dato',
  "Dato'",
  'Datuk',
]);
// Sentence openers and other capitalised words that are not names.
const NOT_NAME = new Set([
  'The',
  'A',
  'An',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'As',
  'At',
  'In',
  'On',
  'Of',
  'For',
  'From',
  'By',
  'With',
  'To',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
  'Its',
  'There',
  'Here',
  'Then',
  'Now',
  'Still',
  'Also',
  'Asked',
  'Speaking',
  'According',
  'Meanwhile',
  'However',
  'Although',
  'Since',
  'Until',
  'During',
  'Under',
  'Over',
  'Despite',
  'Like',
  'Unlike',
  'Why',
  'What',
  'Who',
  'How',
  'Where',
  'Some',
  'Many',
  'Most',
  'All',
  'Both',
  'Each',
  'Every',
  'No',
  'Not',
  'Only',
  'Even',
  'Just',
  'Last',
  'Next',
  'Earlier',
  'Later',
  'Today',
  'Yesterday',
  'Tomorrow',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'Photo',
  'Image',
  'Read',
  'Watch',
  'Listen',
  'Analysis',
  'Update',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sir',
  'Officials',
  'Experts',
  'Analysts',
  'Critics',
  'Sources',
  'Republicans',
  'Democrats',
]);
// Words that make a capitalised run a body, not a person.
// A church's bishops as a body: "Bishops' Conference", "Episcopal Conference" (a conference is otherwise an event).
const BISHOPS = String.raw`(?:Bishops['’]?|Episcopal)`;
const ORG_WORD = new RegExp(
  [
    String.raw`\b(Ministry|Department|Council|Party|Agency|Bank|Group|Research|Company|Corporation|Corp\.?|Collective|`,
    String.raw`Inc\.?|Ltd|Institute|University|College|Academy|Tribunal|Archdiocese|Diocese|Patriarchate|Foundation|Association|Committee|Commission|Office|`,
    String.raw`Authority|Organi[sz]ation|Union|Army|Forces|Force|Navy|Court|Service|Services|Times|Post|News|`,
    String.raw`Network|Forum|Project|Programme|Program|Conservation|Fund|Centre|Center|Board|Bureau|Administration|Government|Parliament|`,
    String.raw`Congress|Senate|Assembly|Coalition|Alliance|Federation|Society|Club|Church|Police|Guard|Brigades?|`,
    String.raw`Movement|Front|Trust|Media|Press|Journal|Agency|Exchange|Reserve|Capital|Partners|Holdings|`,
    String.raw`Airlines|Motors|Foods|Racing|School|Lagoon|Markets?|Community|Farmers|Workers|Growers|Producers|Exporters|Manufacturers|`,
    String.raw`Employers|Chamber|Zoo|Safety|Logistics|Technologies|Industries|Presidency|Secretariat|Directorate|`,
    // ("The Swiss Bishops' Conference said", "the National Episcopal Conference of Cameroon": a church's bishops together.)
    String.raw`(?<=${BISHOPS}[ \u00a0])Conference(?![\p{L}])|`,
    // Companies by their trade: "Nordlinja Shipping", "Qantas Airways", "Tata Steel", "Sun Pharmaceuticals".
    String.raw`Shipping|Lines|Airways|Cruises|Ferries|Hotels|Resorts|Motorways|Stores|Brands|Studios|Pictures|Labs|Energy|Mining|Pharmaceuticals|Pharma|Telecom|Télécom|Telekom|Telecomunicações|Steel|Shipyards?|Breweries|Brewery|`,
    String.raw`Software|Systems|Insurance|Securities|Investments|Properties|Resources|Petroleum|Railways|Electric|Water|Utilities|`,
    String.raw`Labs|Ventures|Robotics|Semiconductors?|Biotech|Therapeutics|Electronics|Technology|Auto|Automotive|Mobility|Mobile|`,
    // Broadcasters: "Sky Sports", "BBC Radio Merseyside", "Fox Sports", "Channel Television".
    String.raw`Sports|Sport|Radio|Television|Broadcasting|`,
    // ("The American Red Cross said", "the Palestine Red Crescent".)
    String.raw`Cross|Crescent|`,
    // Missions abroad, which speak as bodies: "the Japanese Embassy in Manila said".
    String.raw`Embassy|Consulate|`,
    // Emergency bodies: "Henry County Emergency Management", "Miami-Dade Fire Rescue".
    String.raw`Management|Rescue|Ports|`,
    // Companies' legal forms: "Kaarna Oyj", "Norsk Hydro ASA", "Philips NV", "Telkom Tbk", "Maybank Bhd".
    // ("Co." ends in its full stop: what follows is not a word's end.)
    // ("PT Sulawesi Nikel Makmur": an Indonesian company's form stands first.)
    String.raw`Oyj|Oy|ASA|NV|BV|SpA|GmbH|PLC|plc|LLC|LLP|KK|Tbk|Bhd|Pty|Limited|Co\.|PT(?=[ \u00a0][A-Z]))(?!\w)`,
  ].join(''),
);
// A role word just before a name: "skipper Wade Bassi", "analyst Tom Forte", "Kremlin spokesman Dmitry Peskov".
// What a role may be of: "the union", "the Anambra State council"; a body's name with "of" inside it.
const ROLE_BODY = String.raw`(?:committee|council|board|commission|union|association|federation|party|delegation|campaign|movement|alliance|coalition)`;
const NAME_WITH_OF = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’-]*){0,6}`;
const ROLE_BEFORE = new RegExp(
  [
    String.raw`(?:^|[\s(,])((?:[\p{L}'’-]+\s+){0,3}?(?:co-|vice-)?(?:minister|president|chair(?:man|woman|person)?|head|envoy|spokes(?:man|`,
    String.raw`woman|person)|secretary|general|mayor|senator|leader|chief|ambassador|official|director|commander|`,
    String.raw`adviser|advisor|negotiator|analyst|economist|correspondent|editor|governor|deputy|member|skipper|`,
    String.raw`captain|coach|trainer|founder|owner|executive|ceo|professor|researcher|scientist|expert|lawyer|attorney|judge|prosecutor|`,
    String.raw`activist|elder|officer|strategist|manager|partner|fellow|diplomat|aide|lawmaker|legislator|`,
    String.raw`mp|premier|king|queen|prince|emir|sheikh|president-elect|counterpart|mediator|envoy|commissioner|speaker|`,
    // The arts: "Japanese filmmaker Hiroko Tanabe", "actress …", "singer …".
    String.raw`filmmaker|film-maker|actor|actress|singer|songwriter|writer|novelist|poet|author|playwright|screenwriter|producer|`,
    String.raw`composer|painter|artist|sculptor|musician|rapper|dancer|choreographer|designer|chef|comedian|photographer|`,
    // Occupations: "retired teacher Wu Lanfang", "rice farmer X" (not "driver": in motor racing everyone is one).
    String.raw`teacher|farmer|nurse|doctor|surgeon|midwife|engineer|architect|student|fisherman|shopkeeper|trader|vendor|`,
    String.raw`pastor|priest|imam|historian|campaigner|volunteer|veteran|survivor|resident|entrepreneur|businessman|businesswoman|`,
    // Schools, churches, the law's officers and trades: "the school's headmaster, X", "parish priest X", "coroner X".
    String.raw`headmaster|headmistress|headteacher|principal|dean|rector|curator|warden|chaplain|bishop|archbishop|rabbi|monk|`,
    String.raw`coroner|sheriff|constable|sergeant|detective|inspector|ranger|pilot|paramedic|firefighter|pharmacist|dentist|`,
    String.raw`accountant|banker|landlord|publican|baker|butcher|seller|stallholder|hawker|cook|porter|cleaner|miner|labourer|laborer|(?:delivery|bus|taxi|truck|lorry|van|cab|tractor|ambulance|train|tanker|rickshaw)\s+driver|mechanic|tailor|carpenter|electrician|plumber|waiter|waitress|guide|guard|lifeguard|herder|shepherd|`,
    // Sport: "Italian swimmer Davide Russo", "Kenyan runner X".
    String.raw`swimmer|runner|sprinter|cyclist|boxer|jockey|golfer|skier|climber|wrestler|athlete|striker|midfielder|defender|goalkeeper)`,
    // "Commissioner for Information and Communication, Mrs …": the office's field, and a courtesy title before the name.
    // "co-president of the initiative committee Léa Vuilleumier": a body named by what it is.
    // ("chairman of the Anambra State council of the National Union of Road Transport Workers (NURTW), Ifeanyi Okonkwo":
    // a body inside a body, a name with "of" in it, its letters in brackets.)
    String.raw`(?:\s+(?:for|of)\s+(?:[\p{Lu}][\p{L}'’-]*(?:,?\s+(?:and\s+)?(?!(?:Mrs|Mr|Ms|Miss|Dr|Prof)\b)[\p{Lu}][\p{L}'’-]*){0,4}|the\s+(?:[\p{L}-]+\s+){0,3}${ROLE_BODY})`,
    String.raw`(?:\s+of\s+(?:the\s+)?(?:${NAME_WITH_OF}|(?:[\p{Ll}-]+\s+){0,2}${ROLE_BODY})(?:\s+\(\p{Lu}{2,8}\))?)?)?)(?:,\s+|\s+)`,
    // ("the Dean of Cork, the Very Rev X": a clergy style between the office and the name.)
    String.raw`(?:(?:Mrs|Mr|Ms|Miss|Dr|Prof)\.?\s+|(?:the\s+)?(?:(?:Very|Right|Most|Rt)\s+)?(?:Rev\.?|Revd|Reverend)\s+)?$`,
  ].join(''),
  'iu',
);
const ROLE_WORD = new RegExp(
  [
    String.raw`\b(minister|president|chair(?:man|woman|person)?|head|envoy|spokes\w*|secretary|general|mayor|senator|leader|chief|`,
    String.raw`ambassador|official|director|commander|adviser|advisor|negotiator|analyst|economist|correspondent|`,
    String.raw`editor|prime|governor|deputy|member|skipper|founder|owner|executive|professor|researcher|scientist|`,
    String.raw`expert|lawyer|attorney|prosecutor|activist|officer|strategist|manager|fellow|diplomat|aide|lawmaker|premier|\w+ologist|\w+ographer|\w+ician|`,
    // ("Harriet Cole, the Conservative MP for Wealden North", "X, a Labour MSP", "Y, the Fine Gael TD".)
    String.raw`MP|MPs|MSP|MLA|MHA|TD|MEP|legislator|councillor|councilor|`,
    String.raw`filmmaker|actor|actress|singer|writer|novelist|poet|playwright|screenwriter|producer|composer|painter|artist|sculptor|dancer|comedian|`,
    String.raw`headmaster|headmistress|headteacher|principal|dean|rector|curator|warden|chaplain|coroner|sheriff|detective|pharmacist|`,
    // ("Akosua Asante-Frimpong, a Ghanaian-born chemist at ETH Zurich, …": a science's practitioner where they work.)
    String.raw`chemist|biochemist|physicist|astrophysicist|geneticist|astronomer|historian|engineer|architect)\b`,
  ].join(''),
  'i',
);
/** One word that is a role ("Negotiator"), or a name's particle ("bin"): compiled once, tested per word. */
// What someone does, before their name: "Hydrologist Ananta Pradhan", "Co-author …", "Farmer …".
const OCCUPATION =
  /^(?:\p{Lu}\p{Ll}+(?:ologist|ographer|ician|ist)|Co-author|Author|Analyst|Lawyer|Farmer|Teacher|Researcher|Campaigner|Historian|Scientist|Doctor|Nurse|Midwife|Surgeon|Engineer|Architect|Entrepreneur|Businessman|Businesswoman|Shopkeeper|Fisherman|Volunteer|Organiser|Organizer|Student|Pastor|Priest|Manager|Striker|Midfielder|Defender|Goalkeeper|Skipper|Winger|Forward|Quarterback|Linebacker|Receiver|Cornerback|Pitcher|Shortstop|Outfielder|Batter|Bowler|Batsman|Fly-half|Scrum-half|Flanker|Fullback|Jockey|Trainer|Promoter|Matchmaker|Agent|Referee|Umpire|Caddie|Coach|Cyclist|Climber|Guide|Pilot|Mechanic|Miner|Labourer|Laborer|Vendor|Waiter|Waitress|Cleaner|Carer|Caregiver|Plumber|Electrician|Builder|Baker|Butcher|Tailor|Shepherd|Herder|Fisherwoman|Lifeguard|Instructor|Lecturer|Professor|Economist|Accountant|Banker|Broker|Consultant|Contractor|Developer|Designer|Photographer|Journalist|Editor|Publisher|Producer|Director|Actor|Actress|Singer|Musician|Artist|Painter|Sculptor|Dancer|Comedian|Writer|Playwright|Filmmaker|Activist|Advocate|Candidate|Councillor|Councilor|Mayor|Teenager|Schoolgirl|Schoolboy|Villager|Shopper|Commuter|Passenger|Motorist|Cabbie|Landlord|Landlady|Tenant|Homeowner|Neighbour|Neighbor|Fan|Supporter|Spectator|Nun|Monk|Imam|Rabbi|Bishop|Cardinal|Archbishop|Rider|Driver|Sprinter|Swimmer|Boxer|Resident|Owner|Founder|Co-founder|Veteran|Survivor|Witness|Moderator|Presenter|Backbencher|Lawmaker|Legislator|Delegate|Novelist|Poet|Paramedic|Ranger|Chef|Solicitor|Firefighter|Pharmacist|Dentist|Curator|Warden|Opener|Runner|Rapper|Influencer|Blogger|YouTuber|Youtuber|TikToker|Vlogger|Streamer|Podcaster|Reporter|Trader|Grandmother|Grandfather|Widow|Widower|Pensioner|Retiree|Protester|Protestor|Clerk|Bailiff|Vice-chancellor|Nkosi|Inkosi|Kgosi|Model|Stylist|Tourist|Visitor|Traveller|Traveler|Hiker|Skier|Mountaineer|Mother-of-\p{L}+|Father-of-\p{L}+|Seamer|Spinner|Paceman|Wicketkeeper|Centre-back|Full-back|Hooker|Junior|Sophomore|Freshman|Fresher|Sixth-former|Reeve|(?:Team|Class|Room|Flat|House|Band|Crew|Ship|Running|Play)mate)$/u;
const ROLE_TOKEN = new RegExp(`^(?:${ROLE_WORD.source})$`, 'i');
const PARTICLE_TOKEN = new RegExp(`^${PARTICLE}$`, 'i');
const APPOSITION = /^,\s+((?:the |a |an )?[^,.;:“”"]{3,80}?)(?:,|\.|$|\s+(?:who|whose|which)\s)/;
const SPEECH_SOON = new RegExp(
  // ("The Kenya Tea Development Agency (KTDA) said": its initials in brackets between.)
  // ("Dhillon, 23, who was bought at the auction, said": an age, then an aside.)
  // ("Hauwa Mohammed, a mother of three in Wuse, Abuja, said": an aside whose place has its region after a comma.)
  // ("S. Rajeswari, in a press release, appreciated the special team and said": a verb of her own, then "and said".)
  // ("X thanked Vukovic for “believing in players nobody else wanted” and wrote:": words quoted in between.)
  // ("Space Florida, the state's aerospace development agency, which leases the pad, said": a second aside, "which" or "who".)
  // ("Tideline, which was set to take place on farmland at Penally, near Tenby, from 18 to 20 July, said": a relative
  // clause with commas of its own.)
  // ("Lay delegate Petteri Hyvönen from the Diocese of Lapua, one of …, told Yle": where someone is from, then an aside.)
  String.raw`^(?:['’]s?)?(?:\s*\([^()]{1,40}\))?(?:\sfrom\s(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}'’-]*){0,4}(?=,))?(?:,\s*\d{1,3}(?=,))?(?:,\s(?:which|who)\s[^.;:“”"]{1,160}?,|,(?:[^,]|,(?=\d{3})){0,150}(?:,\s(?:which|who)\s[^,.;:“”"]{1,120})?(?:,\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?,|,)?\s+(?:[a-z]{3,}ed\s(?:[^.;:“”",]|“[^“”]{1,80}”){0,100}?\sand\s)?(?:has |had |have |also |then |later |again |previously |earlier |on \w+ |\w+ly )?${SPEECH_VERB.source}`,
  'iu',
);
// ("… amending the Export Policy Order, saying the ban …": a participle after a comma goes with the clause's subject,
// not with the name just before it.)
const PARTICIPLE_NEXT =
  /^,\s+(?:saying|adding|telling|writing|stating|declaring|warning|insisting|urging|noting|arguing|announcing|accusing|describing|calling|pledging)\b/;
// A sentence's opening, before a name ("The " at most), and a participle of saying later in that sentence, after a comma.
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+|\n)(?:The\s+|\p{Lu}[\p{L}-]*['’]s\s+)?$/u;
// (The name's own verb straight after it, not "Government spokesman X …, saying": a body describing its officer.)
const SAYING_LATER =
  /^(?:\s+\([\p{Lu}\d]{2,8}\))?\s+(?:also\s+|later\s+|has\s+|had\s+)?(?:\p{Ll}+ed|went|made|gave|took|put|set|held|hit|struck|sent|wrote|spoke|broke|came)\b[^.;:“”"]{0,160}(?:,\s+(?:saying|adding|stating|declaring|warning|noting|announcing|calling|describing)\b|\bwhat\s+it\s+(?:called|described\s+as|termed)\s)/u;
/** Whether a verb of saying follows a name, its saying (not a participle's after a comma). */
const speechSoon = (after: string): boolean => SPEECH_SOON.test(after) && !PARTICIPLE_NEXT.test(after);
const SAID_BEFORE = new RegExp(String.raw`${SPEECH_VERB.source}\s+$`, 'i');
// ("“…,” said Olympic champion X", "said BJP MLA X", "said Fine Gael TD X", "said grip X": a verb of saying, then what
// they are.)
// (What they are ends on a role's word, or on capitals: not "announced the closure of Casa Bassani", "said in a Facebook post".)
const SAID_ROLE_BEFORE = new RegExp(
  String.raw`${SPEECH_VERB.source}\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,1}(?:champion|laureate|candidate|boss|steward|counsel|chief|leader|captain|coach|manager|head|president|chair|member|veteran|star|legend|winner|nominee|hopeful|grip|gaffer|nurse|chef|cook|guide|pilot|medic|midwife|clerk|priest|pastor|imam|monk|nun|bishop|rabbi|fan|resident|student|survivor|witness|\p{Lu}{2,5}|\p{Ll}+(?:er|or|ist|ian|ant|ent))\s+$`,
  'u',
);
const ACCORDING = /\baccording to\s+(?:the\s+)?$/i;

/**
 * compromise, loaded on first use: a build whose articles all come from the cache never needs it. Its
 * one-file CommonJS build (the same version and code): its ES module source is ~440 files, each a round
 * trip through tsx's loader (~1 s of every cold start).
 */
let nlpLoaded: typeof Nlp | undefined;
/** Loads compromise now, if it is not yet (the dev server does while it waits for an editor: see warmUp.ts). */
export function loadNlp(): typeof Nlp {
  nlpLoaded ??= createRequire(import.meta.url)('compromise') as typeof Nlp;
  return nlpLoaded;
}
function nlp(text: string): ReturnType<typeof Nlp> {
  return loadNlp()(text);
}

const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 5000;

const wordTags = new Map<string, string[]>();
/** compromise's tags of one word on its own (memoised, bounded like the verdicts). */
function tagsOf(word: string): string[] {
  let tags = wordTags.get(word);
  if (tags === undefined) {
    tags = (nlp(word).json()[0]?.terms?.[0]?.tags as string[] | undefined) ?? [];
    if (wordTags.size >= MAX_VERDICTS) wordTags.clear();
    wordTags.set(word, tags);
  }
  return tags;
}

/** Whether compromise's name lexicon reads the words as a person's name (memoised, bounded: names recur). */
// "Lee Jae-myung", "Kim Moon-soo", "Moon Jae-in": a short family name, then a hyphenated given name.
const KOREAN_NAME = /^\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}+-\p{Ll}+$/u;

function looksLikePerson(candidate: string): boolean {
  if (KOREAN_NAME.test(candidate)) return true;
  let verdict = verdicts.get(candidate);
  if (verdict === undefined) {
    verdict = nlp(candidate).people().out('array').join(' ') === candidate;
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(candidate, verdict);
  }
  return verdict;
}

/**
 * A single word that speaks as a body: one compromise knows as an organisation ("Facebook said"), or an
 * unknown word that speaks through a statement ("Hamas said in a statement"). A surname alone is not enough.
 */
// "… said in a statement", "… announced in its press release": a verb, then the document it was said in.
const STATEMENT_AFTER = /^\s+\w+\s+in\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|press release)\b/i;

function isBodyName(word: string, after: string, before: string): boolean {
  const tags = tagsOf(word);
  if (tags.includes('Organization')) return true;
  const unknown = !tags.some((t) =>
    /^(Person|FirstName|LastName|MaleName|FemaleName|Demonym|Adjective|Place|Country|City|Region|Verb|Pronoun|Date)$/.test(t),
  );
  return (
    unknown &&
    // ("Cosatu, the ANC's labour ally, said in a statement": a description may stand between; "The station's owner, Uniper,
    // said in a statement": the name may be the apposition.)
    (STATEMENT_AFTER.test(after.replace(/^,[^,.;:]{1,80},/, '')) ||
      (/,\s+$/.test(before) && STATEMENT_AFTER.test(after.replace(/^,/, ''))) ||
      /\bIn\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|press release|filing),\s+(?:the\s+)?$/i.test(before) ||
      // "Lumora said it “strongly disagrees”": a name that calls itself "it"; "Consumer rights group Idec said".
      /^\s+(?:said|says|added|warned|stated)\s+(?:that\s+)?(?:it|its)\s/.test(after) ||
      // ("Seta, the LGBTIQ rights organisation, wrote on Instagram", "Unia, the federal equality body, which …, said": what
      // kind of body it is, in apposition.)
      BODY_APPOSITION.test(after) ||
      // ("Cosla, which represents Scotland's 32 councils, said": "which" is for things; at a sentence's start, where the
      // name is the subject, not inside someone's description.)
      (/^,\s+which\s/.test(after) && SENTENCE_OPENS.test(before)) ||
      // ("Airport operator Finavia said in a release", "state utility Eskom said": what kind of business, before its name.)
      /\b(?:group|company|firm|regulator|carrier|airline|lender|insurer|retailer|start-?up|watchdog|charity|operator|utility|carmaker|automaker|miner|manufacturer|supplier|broadcaster)\s+$/.test(
        before,
      ) ||
      /\b(?:owner|operator|parent company|developer|manufacturer|maker|builder|contractor|insurer|employer),\s+$/.test(before))
  );
}

/** "he" or "she" from a first name compromise knows as a man's or a woman's, or a gendered role ("spokeswoman"). */
// Family names first: "Nguyen Thi Lan" is a woman (Thi) and "Nguyen Van Thanh" a man (Van); the family name says nothing.
const FAMILY_FIRST =
  /^(?:Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Huynh|Phan|Vu|Vũ|Vo|Võ|Dang|Đặng|Bui|Bùi|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|Dinh|Đinh|Trinh|Truong|Kim|Park|Lee|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin)$/;

function genderOf(tokens: string[], role: string | null): 'he' | 'she' | null {
  const first = tokens[0] ?? '';
  // (Not a name that owns a place: "a microbiologist at Queen's University Belfast", "a lecturer at King's College".)
  if (
    role &&
    /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|queen|princess|duchess|mother|sister|daughter|wife)\b(?!['’]s?\s)/i.test(role)
  )
    return 'she';
  if (role && /\b(?:spokesman|chairman|businessman|congressman|king|prince|duke|father|brother|son|husband)\b(?!['’]s?\s)/i.test(role))
    return 'he';
  if (tokens.length >= 3 && FAMILY_FIRST.test(first))
    return tokens[1] === 'Thi' || tokens[1] === 'Thị' ? 'she' : tokens[1] === 'Van' || tokens[1] === 'Văn' ? 'he' : null;
  if (tokens.length >= 2 && FAMILY_FIRST.test(first)) return null;
  // ("Patrice Kabongo", "Andrea Rossi", "Nicola Esposito": a man's name in French or Italian, a woman's in English.)
  if (EITHER_GENDER.has(first)) return null;
  return firstNameGender(tokens) ?? surnameGender(tokens);
}

/** "he" or "she" from the rest of a name where the lexicon knows nothing of the first: a Sikh woman's "Kaur", "bint", "bin". */
function surnameGender(tokens: string[]): 'he' | 'she' | null {
  const rest = tokens.slice(1);
  if (rest.includes('Kaur') || rest.includes('bint') || rest.includes('binti')) return 'she';
  if (rest.includes('bin') || rest.includes('ibn')) return 'he';
  return null;
}

/** The gender the language library's lexicon gives a first name ("Rosario" a man's, "Etienne" a woman's): a guess. */
function firstNameGender(tokens: string[]): 'he' | 'she' | null {
  const tags = tagsOf(tokens[0] ?? '');
  return tags.includes('MaleName') ? 'he' : tags.includes('FemaleName') ? 'she' : null;
}
// First names men and women bear in different languages, or in one.
const EITHER_GENDER = new Set(
  'Patrice Dominique Claude Camille Andrea Nicola Simone Jean Sacha Sasha Kim Jordan Robin Leslie Dana Alexis Morgan Taylor Jamie Noa Maxime Michele Gabriele Daniele Emanuele Yannick Ariel Eden Shai Yuval Nur Hikaru Yuki'.split(
    ' ',
  ),
);

const COUNTRY_MINISTRY = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)['’]s|[Tt]he\s+(\p{Lu}\p{Ll}+)\s)\s*`,
    String.raw`(?:(foreign|defen[cs]e|interior|finance|health|justice|trade|commerce|economy)\s+ministry|government|(navy|army|coast\s+guard|coastguard|military))(?![\p{L}])`,
  ].join(''),
  'gu',
);
// A ministry named without its country: "the Finance Ministry", "the Ministry of Education", "the foreign ministry".
const BARE_MINISTRY = /^(?:[Tt]he\s+)?(?:(\p{L}+)\s+[Mm]inistry|Ministry\s+of\s+(\p{Lu}\p{Ll}+)(?:\s+Affairs)?)$/u;
const MINISTRY_TOPIC =
  /^(?:foreign|defen[cs]e|interior|finance|health|justice|trade|commerce|economy|education|agriculture|energy|labour|labor|transport|environment)$/i;
const BARE_LOWER_MINISTRY =
  /(?<![\p{L}])[Tt]he\s+(foreign|defen[cs]e|interior|finance|health|justice|trade|commerce|economy|education|agriculture|energy)\s+ministry(?![\p{L}])/gu;

/** "the Finance Ministry" in an article filed from Accra → "Ghanaian Finance Ministry", as its country's bodies are named. */
function homeMinistry(name: string, home: string | null): string | null {
  const m = home ? BARE_MINISTRY.exec(name) : null;
  const topic = m?.[1] ?? m?.[2];
  return home && topic && MINISTRY_TOPIC.test(topic) ? `${home} ${capitalise(topic)} Ministry` : null;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * "Foreign Minister X met his Omani counterpart, Y": Y holds the office named last before ("Omani counterpart
 * (Foreign Minister)"), so that "the Omani foreign minister" is Y; a president's counterpart is a president.
 */
function counterpartOf(role: string, before: string): string {
  const offices = [
    ...before.matchAll(
      new RegExp(
        [
          String.raw`(?:(?:^|\s)(?:[\p{Lu}][\p{L}.-]*\s+)*?)((?:Foreign|Defen[cs]e|Prime|Vice|Finance|Trade|Interior|`,
          String.raw`Deputy)?\s?(?:Minister|President|Premier|Secretary|Chancellor|Envoy|Ambassador))\b`,
        ].join(''),
        'gu',
      ),
    ),
  ];
  const office = offices.at(-1)?.[1]?.trim();
  return office ? `${role} (${office})` : role;
}

/** A country's ministry named at `start`–`end`: the body, if the knowledge files do not list it and it speaks or is kept for later. */
function ministryMention(
  name: string,
  start: number,
  end: number,
  text: string,
  known: Known,
  people: ArticlePeople,
): NewPersonMention | null {
  if (known.person(name)) return null;
  const said = speechSoon(text.slice(end, end + 120)) || ACCORDING.test(text.slice(Math.max(0, start - 30), start));
  return bodyMention(name, start, end, said, people);
}

// "a woman surnamed Zhang", "a man identified only as Ahmed", "who gave only her first name, Maria", "who asked to be
// identified only by his surname Choi": someone the text names by one name only, as Chinese, Korean and wire copy do.
const SURNAMED =
  /\b(?:surnamed|identified[ \u00a0]+only[ \u00a0]+as|known[ \u00a0]+only[ \u00a0]+as|gave[ \u00a0]+only[ \u00a0]+(?:his|her)[ \u00a0]+(?:first[ \u00a0]+|family[ \u00a0]+)?name,?|identified[ \u00a0]+only[ \u00a0]+by[ \u00a0]+(?:his|her|their)[ \u00a0]+(?:surname|family[ \u00a0]+name|first[ \u00a0]+name|name),?)[ \u00a0]+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-])(?![ \u00a0]*\p{Lu})/gu;

/** People named by one name after "surnamed" or "identified only as". */
function surnamedPeople(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const named: NewPersonMention[] = [];
  for (const m of text.matchAll(SURNAMED)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - name.length;
    const end = start + name.length;
    if (known.place(name) || NOT_NAME.has(name) || found.some((f) => f.start < end && start < f.end)) continue;
    // ("a 42-year-old man surnamed Park", "the passenger, a woman surnamed Zhang"): who they are says which pronoun is theirs.
    const who = /\b(woman|man|girl|boy|mother|father|wife|husband|daughter|son|grandmother|grandfather)\b[^.;]{0,30}$/.exec(
      text.slice(Math.max(0, start - 60), start),
    )?.[1];
    const gender = who ? (/^(?:woman|girl|mother|wife|daughter|grandmother)$/.test(who) ? 'she' : 'he') : null;
    named.push({ start, end, record: people.resolve(name) ?? people.add(name, null, 'person', gender) });
  }
  return named;
}

// A name with its initials in brackets: "Bangko Sentral ng Pilipinas (BSP)", "Instituto Nacional de Estadística (INE)",
// "Department for Environment, Food and Rural Affairs (Defra)" (a short name in small letters; commas between fields).
const INITIALLED =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}'’.-]*,?[ \u00a0]+(?:(?:of|for|and|the|on|ng|de|del|des|du|la|le|di|da|do|dos|das|van|von|für|der)[ \u00a0]+)?){1,8}\p{Lu}[\p{L}'’-]*)[ \u00a0]+\((\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,5})\)/gu;

// What kind of body a name and its letters are, straight after them: "(CCOO) union", "(PAS) party".
const KIND_AFTER_LETTERS = /^[ \u00a0]+(?:union|party|group|movement|alliance|coalition|federation|association|confederation|agency)\b/;

/** Whether `short`'s letters come in order in `long` (case aside). */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of long.toLowerCase()) if (c === short[at]?.toLowerCase()) at++;
  return at === short.length;
}

/**
 * The short name the brackets give a body stands for it: its initials exactly, or, for letters that leave some words
 * out ("Integrated Food Security Phase Classification (IPC)") or a short name in small letters ("Federation of Uganda
 * Football Associations (Fufa)"), the same first and last initial (the first letter only for a short name in small
 * letters) with the rest in order.
 */
function shortFor(letters: string, name: string): 'initials' | 'shortened' | null {
  const initials = initialsOf(name);
  if (initials === letters) return 'initials';
  const lower = /\p{Ll}/u.test(letters);
  if (initials[0] !== letters[0] || name.split(/\s+/).length < 2) return null;
  if (lower) return inOrder(letters, name.replace(/[^\p{L}]/gu, '')) ? 'shortened' : null;
  return initials.at(-1) === letters.at(-1) && inOrder(letters, initials) ? 'shortened' : null;
}

// Letters in brackets straight after a name: " (MHRA)", " (pCPA)".
const LETTERS_AFTER = /^[ \u00a0]+\((\p{L}{2,8})\)/u;

/**
 * What stands before a body's name and belongs to it, by the letters in brackets after it: the words back to the one
 * whose initial the letters begin with, small words passed over ("Medicines and Healthcare products " of "Regulatory
 * Agency (MHRA)"), or a prefix in small letters joined by a hyphen ("pan-" of "Canadian Pharmaceutical Alliance (pCPA)").
 */
function lettersReachBack(name: string, start: number, text: string): string | null {
  const letters = LETTERS_AFTER.exec(text.slice(start + name.length, start + name.length + 12))?.[1];
  const initials = initialsOf(name);
  if (!letters || !initials || letters === initials || !letters.endsWith(initials)) return null;
  const wanted = letters.slice(0, -initials.length);
  const before = text.slice(Math.max(0, start - 80), start);
  const prefix = /(?<![\p{L}-])(\p{Ll}+-)$/u.exec(before)?.[1];
  if (prefix) return prefix[0] === wanted ? prefix : null;
  if (!/[ \u00a0]$/.test(before)) return null;
  const words = before.slice(0, -1).split(/[ \u00a0]/);
  let got = '';
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    const word = words[i] ?? '';
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(word)) got = `${word[0]}${got}`;
    else if (!/^\p{Ll}+$/u.test(word)) return null;
    if (!wanted.endsWith(got)) return null;
    if (got === wanted && /^\p{Lu}/u.test(word)) return `${words.slice(i).join(' ')} `;
  }
  return null;
}

/** Bodies named with their initials after them, kept so that "the BSP said" later is that body. */
function initialledBodies(text: string, known: Known, people: ArticlePeople): void {
  for (const m of text.matchAll(INITIALLED)) {
    const letters = m[2] ?? '';
    // "THE BANGKO SENTRAL ng Pilipinas (BSP)": a lede's capitals are the name's words.
    const words = (m[1] ?? '').split(/[ \u00a0]+/).map((w) => (/^\p{Lu}{4,}$/u.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w));
    // ("The Central Bank of Egypt's Monetary Policy Committee (MPC)": the letters are the owned body's.)
    // ("the Panhellenic Seamen's Federation (PNO)": one word after the "'s" is not a body of its own.)
    const owner = words.reduce((at, w, i) => (/['’]s$/.test(w) && i < words.length - 2 ? i : at), -1);
    let from = owner >= 0 ? owner + 1 : words.findIndex((w) => !/^(?:The|THE|A|An)$/.test(w));
    // ("Smith, Jones and the Red Cross (RC)": commas join a name's fields only where an "and" follows the last one.)
    const comma = words.map((w) => w.endsWith(',')).lastIndexOf(true);
    if (comma >= from && !words.slice(comma + 1).includes('and')) from = comma + 1;
    while (/^(?:the|The|THE|A|An)$/.test(words[from] ?? '')) from++;
    // ("the Combined Forces Command and U.S. Forces Korea (USFK)": the letters are the last body's, named after "and".)
    const exact = words.findIndex(
      (w, i) =>
        i > from && /^\p{Lu}/u.test(w) && /^(?:and|&)$/.test(words[i - 1] ?? '') && initialsOf(words.slice(i).join(' ')) === letters,
    );
    if (exact > 0) from = exact;
    // ("Bharat Coking Coal Ltd's (BCCL) colliery": the owner's name, without its "'s".)
    const name = words
      .slice(from)
      .join(' ')
      .replace(/['’]s$/, '');
    if (words.length - from < 2 || known.person(name) || known.place(name)) continue;
    const short = shortFor(letters, name);
    if (short === 'initials') people.considerBody(name);
    // "the Swiss Transport Association (VCS)": letters of its own language's name, which the text gives as its.
    // ("The Comisiones Obreras (CCOO) union": a word for what the body is, after its letters, says it is one.)
    else if (
      short === 'shortened' ||
      ((ORG_WORD.test(name) || KIND_AFTER_LETTERS.test(text.slice((m.index ?? 0) + m[0].length))) &&
        !/\p{Ll}/u.test(letters) &&
        !name.includes(','))
    )
      people.noteInitials(letters, name);
  }
}

/** An all-capitals body ("IAEA", "NATO") speaking. */
// ("SERNANP", "CONAGUA": up to eight letters.)
// ("CENCO-ECC": two sets of letters joined are one name.)
const ACRONYM = /(?<![\p{L}\p{N}-])\p{Lu}{2,8}(?:-\p{Lu}{2,8})?(?![\p{L}\p{N}-])/gu;

/**
 * People and bodies the knowledge files do not list, found by the shape of the text, not by a list:
 * a name after a title or role ("Foreign Minister Ngozi Okafor", "skipper Wade Bassi"), a name with a
 * role in apposition ("Allison Hart, the Nato spokesperson,"), a name compromise knows as a person's,
 * or a name that says something ("Okafor declared"). Later mentions by surname or "Ms Okafor" resolve
 * to the same record through `people`, which lives for the article.
 */
export function findNewPeople(text: string, known: Known, people: ArticlePeople): NewPersonMention[] {
  // Peers first: "Lord Falconer of Thoroton" is one name, not "Falconer" after a courtesy title.
  const found: NewPersonMention[] = peers(text, known, people, []);
  found.push(...nicknamed(text, known, people, found));
  found.push(...royalsByOneName(text, known, people, found));
  found.push(...reigningNames(text, known, people, found));
  found.push(...familiesSpeaking(text, known, people, found));
  found.push(...administrationsSpeaking(text, known, people));
  const peerSpans = [...found];
  for (const m of runsOf(text)) {
    // "Lt. Gen. Chea Sokunthea": an abbreviated rank ("Gen.") is a title of the name after it, never a name.
    if (text[(m.index ?? 0) + m[0].length] === '.' && (TITLE_WORDS.has(`${m[0]}.`) || `${m[0]}.` in COURTESY)) continue;
    const titled = withAbbreviatedTitles(m[0], m.index ?? 0, text);
    const start = titled.start;
    // "Samsung Electronics Co.": a legal form's full stop is part of the body's name (which the run leaves out).
    const run =
      /[ \u00a0](?:Co|Corp|Inc|Ltd|Bros|Jr|Sr)$/.test(titled.run) && text[start + titled.run.length] === '.'
        ? `${titled.run}.`
        : titled.run;
    if (peerSpans.some((p) => p.start < start + run.length && start < p.end)) continue;
    // ("Ministry of Culture, Arts and Sports": a run inside a body's name found before is that name's.)
    if (found.some((f) => f.record.kind === 'organisation' && f.start <= start && start + run.length <= f.end)) continue;
    const mention = mentionInRun(run, start, text, known, people);
    if (mention) found.push(mention);
  }
  found.push(...countryMinistries(text, known, people, found));
  found.push(...surnamedPeople(text, known, people, found));
  initialledBodies(text, known, people);
  found.push(...speakingAcronyms(text, known, people, found));
  found.push(...bodiesByKind(text, known, people, found));
  found.push(...ownersOffices(text, known, people, found));
  found.push(...placeBodies(text, known, people, found));
  return found.sort((a, b) => a.start - b.start);
}

// Possessives that are part of a body's or a place's name: "Republican People's Party", "Queen's University".
const NAME_POSSESSIVE =
  /^(?:People|Children|Women|Men|Workers|Queen|King|Lord|Saint|St|Farmers|Veterans|Citizens|Nation|Mother|Father|Martyrs|Nurses|Teachers|Fishermen|Traders|Pilots|Seamen|Officers|Employers|Consumers)['’]s?$/;

/** How far before a name its role and what stands before it are read ("chairman of the … council of the … (NURTW), X"). */
const BEFORE_REACH = 130;

const OFFICE_AFTER = /^(?:Office|Offices|Department|Division|Bureau|Chambers|Media|Secretariat|Court)$/;

/**
 * Runs of capitalised words, a run split after a full name's possessive: "Prime Minister Albin Kurti's Self-Determination
 * Movement" is a person's name, then a body's.
 */
function* runsOf(text: string): Generator<{ 0: string; index: number }> {
  for (const m of text.matchAll(RUN)) {
    const tokens = m[0].split(/[ \u00a0]/);
    let index = m.index ?? 0;
    let from = 0;
    for (let i = 1; i < tokens.length - 1; i++) {
      const token = tokens[i] ?? '';
      // (A full name's: not "Prime Minister's Office", "Henry County Sheriff's Office", "Nova Scotia's Department".)
      const owner = token.replace(/['’]s$/, '');
      if (
        !/\p{Ll}['’]s$/u.test(token) ||
        NAME_POSSESSIVE.test(token) ||
        isTitleWord(owner) ||
        i - from < 1 ||
        OFFICE_AFTER.test(tokens[i + 1] ?? '')
      )
        continue;
      const piece = tokens.slice(from, i + 1).join(' ');
      yield { 0: piece, index };
      index += piece.length + 1;
      from = i + 1;
    }
    yield { 0: tokens.slice(from).join(' '), index };
  }
}

// A retired officer's mark after the name: "(retd)", "(rtd)", "(Retd.)".
const RETIRED_AFTER = /^[ \u00a0]*\((?:[Rr]etd|[Rr]td|[Rr]etired)\.?\)/;

// "Mr. ", "Lt. Gen. ": an abbreviated title just before a run, which the run's shape (no full stops) leaves out.
const ABBREVIATED_TITLE_BEFORE = /(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}{1,4}\.)[ \u00a0]$/u;

/** A run with the abbreviated titles standing before it ("Mr. Haldane", "Lt. Gen. Widyanto"), as "Mr Haldane" is one. */
function withAbbreviatedTitles(run: string, at: number, text: string): { run: string; start: number } {
  let start = at;
  let whole = run;
  for (let title = ABBREVIATED_TITLE_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1]; title;) {
    // ("Ma. Teresa Bañares": a given name abbreviated, as Filipino copy writes María, is part of the name.)
    if (title === 'Ma.' && start === at) return { run: `${title} ${whole}`, start: start - title.length - 1 };
    // ("St. Anne's Regional Medical Center said": a saint's name begins a body's; not "on Main St. Officials said".)
    if (
      title === 'St.' &&
      start === at &&
      !/\p{Lu}[\p{L}'’-]*[ \u00a0]$/u.test(text.slice(Math.max(0, start - 24), start - title.length - 1))
    )
      return { run: `${title} ${whole}`, start: start - title.length - 1 };
    if (!(title in COURTESY) && !TITLE_WORDS.has(title)) break;
    start -= title.length + 1;
    whole = `${title} ${whole}`;
    title = ABBREVIATED_TITLE_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1];
  }
  return { run: whole, start };
}

// Kin or a couple named together, before their first names: "Twins Lily and Grace Atkinson", "the couple, Tom and".
const KIN_TOGETHER =
  /(?:^|[^\p{L}])(?:[Tt]wins?|[Tt]win (?:sisters|brothers)|[Ss]isters|[Bb]rothers|[Ss]iblings|[Cc]ousins|[Ss]pouses|[Cc]ouple|[Pp]arents|[Hh]usband and wife|[Ww]ife and husband),?$/u;
const AND_FULL_NAME = /^[ \u00a0]+and[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-])/u;

/**
 * "Twins Lily and Grace Atkinson", "Ana and Luis Ferreira, who …": a first name before "and" and a full name shares its
 * surname ("Lily" is Lily Atkinson). Only where kin or a couple are said to be named, or both first names are ones the
 * language library knows: not "Smith and Grace Atkinson".
 */
function sharedSurname(tokens: string[], at: number, text: string, known: Known, people: ArticlePeople): NewPersonMention | null {
  const kinWord = tokens.length === 2 && KIN_TOGETHER.test(` ${tokens[0] ?? ''}`);
  if (tokens.length !== 1 && !kinWord) return null;
  const given = tokens.at(-1) as string;
  if (!/^\p{Lu}\p{Ll}+$/u.test(given) || NOT_NAME.has(given) || isTitleWord(given) || known.place(given)) return null;
  const end = at + tokens.join(' ').length;
  const next = AND_FULL_NAME.exec(text.slice(end, end + 60));
  if (!next) return null;
  const [, other = '', surname = ''] = next;
  const named = kinWord || KIN_TOGETHER.test(text.slice(Math.max(0, at - 30), at).trimEnd());
  if (!named && !(tagsOf(given).includes('FirstName') && tagsOf(other).includes('FirstName'))) return null;
  if (known.place(`${other} ${surname}`) || ORG_WORD.test(`${other} ${surname}`)) return null;
  const start = end - given.length;
  const name = `${given} ${surname}`;
  return { start, end, record: people.resolve(name) ?? people.add(name, null, 'person', genderOf([given], null)) };
}

// A local government's word, and the place it is "of": "City", " of Toronto"; "Municipality", " of The Hague".
const LOCAL_GOVERNMENT = /^(?:City|Town|Borough|County|Municipality|Shire)$/;
const LOCAL_OF = /^[ \u00a0]+of[ \u00a0]+((?:The[ \u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2})(?![ \u00a0]*\p{Lu})/u;

/** A run of capitalised words at `at` → the new body or person it mentions, if any. */
function mentionInRun(run: string, at: number, text: string, known: Known, people: ArticlePeople): NewPersonMention | null {
  const tokens = run.split(/[ \u00a0]/);
  // "Ipid said", "a Fenz spokeswoman": a short name in small letters the article gave a body in brackets is that body.
  const short = tokens.length === 1 && /^\p{Lu}\p{Ll}{2,6}$/u.test(run) && !known.person(run) ? people.noted(run) : null;
  if (short) return { start: at, end: at + run.length, record: people.resolve(short) ?? people.add(short, null, 'organisation') };
  const shared = sharedSurname(tokens, at, text, known, people);
  if (shared) return shared;
  // ("Tashi Dorje Lama …. ¶ “…,” Lama told THT": a title's word that ends the name of someone the article named is them.)
  if (tokens.length === 1 && isTitleWord(run) && people.knows(run)) {
    const record = people.resolve(run);
    if (record?.kind === 'person') return { start: at, end: at + run.length, record };
  }
  // "the City of Toronto said", "the Municipality of The Hague": a local government named for its place is a body.
  // ("The City of Edinburgh Council said": a word that begins a longer body's name is no one's.)
  const word = run.replace(/^The[ \u00a0]+/, '');
  const wordAt = at + run.length - word.length;
  const of = LOCAL_GOVERNMENT.test(word) ? LOCAL_OF.exec(text.slice(wordAt + word.length)) : null;
  if (of?.[1] && known.place(of[1])) {
    const end = wordAt + word.length + of[0].length;
    const said = speechSoon(text.slice(end, end + 120)) || ACCORDING.test(text.slice(Math.max(0, wordAt - 30), wordAt));
    return bodyMention(`${word} of ${of[1]}`, wordAt, end, said, people);
  }
  if (LOCAL_GOVERNMENT.test(word) && /^[ \u00a0]+of[ \u00a0]+\p{Lu}/u.test(text.slice(wordAt + word.length))) return null;
  // "a teacher in Mallow, Co Cork, said": an Irish county, as Irish copy writes it, is a place.
  if (tokens.length === 2 && /^(?:Co|Co\.|County)$/.test(tokens[0] ?? '')) return null;
  // "the company's headquarters, Hanseong Tower in Jung District": a building, which neither speaks nor is anyone (an
  // airport does: "Brussels Airport said")
  if (tokens.length >= 2 && /^(?:Tower|Towers|Building|Stadium|Cathedral|Mosque|Hotel)$/.test(tokens.at(-1) ?? '')) return null;
  // "Buckingham Palace said", "the Royal Palace announced": a palace speaks for the royal household in it, a body.
  // ("the Palace said" after "the Royal Palace announced": the one palace named before.)
  if (tokens.at(-1) === 'Palace') {
    const end = at + run.length;
    const said = speaksAt(text, end);
    const named = word === 'Palace' ? people.bodyEnding(word) : word;
    return named ? bodyMention(named, wordAt, end, said, people) : null;
  }
  // ("games developer Northglow Games said", "Riot Games said": a studio named for what it makes, not the Paris Games or
  // the Commonwealth Games, which a place, a people or an event's word names.)
  const maker = tokens.length >= 2 && tokens.at(-1) === 'Games' ? (tokens.at(-2) ?? '') : '';
  if (maker && !GAMES_EVENT.test(maker) && !known.place(maker) && !isDemonym(maker) && !isNationality(maker) && !/^\d/.test(maker)) {
    const end = at + run.length;
    const said = speaksAt(text, end);
    return bodyMention(word, wordAt, end, said, people);
  }
  // "the Spring Grand Sumo Tournament", "the Boat Race": an event, which is no one ("Grand" is a title elsewhere).
  // (Not "the Swiss Bishops' Conference": the bishops meeting as a body.)
  if (tokens.length >= 2 && EVENT_END.test(tokens.at(-1) ?? '') && !BISHOPS_CONFERENCE.test(run)) return null;
  // "THE First Minister has been accused …": a run that ends in an office is an office, not a name.
  if (
    tokens.length <= 3 &&
    OFFICE_END.test(tokens.at(-1) ?? '') &&
    tokens.slice(0, -1).every((t) => TITLE_WORDS.has(t) || /^(?:The|First|Deputy|Vice|Prime|Chief)$/.test(t))
  )
    return null;
  // "the Chief Press Secretary to the governor, Emmanuel Ogbole,": after "the", a run that ends in an office is the office.
  if (
    tokens.length <= 5 &&
    THE_OFFICE_END.test(tokens.at(-1) ?? '') &&
    (/\b[Tt]he[ \u00a0]+$/.test(text.slice(Math.max(0, at - 4), at)) || tokens[0] === 'The')
  )
    return null;
  // "Ambala Superintendent of Police Naveen Dahiya": a run ending in an office that goes on with "of" is the office.
  if (
    tokens.length >= 2 &&
    OFFICE_OF.test(`${run} of `) &&
    /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}/u.test(text.slice(at + run.length, at + run.length + 20))
  )
    return null;
  // "in Othaya, Nyeri County, told": a place's division, not a name.
  if (
    tokens.length >= 2 &&
    /^(?:County|Province|District|Region|Prefecture|Municipality|Governorate|Oblast|Parish|Township)$/.test(tokens.at(-1) ?? '')
  )
    return null;
  // "Congo's U.N. ambassador": initials that end a run describe what follows; a name ends in a surname ("V.K. Rajasekharan").
  if (/^(?:\p{Lu}\.)+$/u.test(tokens.at(-1) ?? '')) return null;
  // "The Christian Democrat has been in charge …, he told", "said Scottish Conservative education spokesman X": a party's
  // member, after "the" or described by where they are from, is someone described, not a name.
  if (
    PARTY_MEMBER.test(tokens.at(-1) ?? '') &&
    tokens.length <= 3 &&
    (tokens[0] === 'The' ||
      /\b[Tt]he[ \u00a0]+$/.test(text.slice(Math.max(0, at - 4), at)) ||
      tokens.slice(0, -1).every((t) => isDemonym(t) || isNationality(t) || known.place(t) || PARTY_WORD.test(t)))
  )
    return null;
  // "Sen. Corinne Vassar, D-Ingham County,", "Rep. X, R-Texas": a party and a district, not a name.
  if (/^[DRI]-\p{Lu}/u.test(run)) return null;
  // "the Los Angeles-based company behind it, said": where someone is based ends no one's name.
  if (WHERE_BASED.test(tokens.at(-1) ?? '')) return null;
  // "The Left Party's Aylin Demirtaş-Kühn", "the Greens' Jana Hollmann": a body that owns a name of two words describes it.
  const owner = tokens.findIndex((t) => /\p{L}['’]s?$/u.test(t));
  if (
    owner >= 0 &&
    tokens.length - owner - 1 >= 2 &&
    ORG_WORD.test(tokens.slice(0, owner + 1).join(' ')) &&
    !ORG_WORD.test(tokens.slice(owner + 1).join(' '))
  ) {
    const skipped = tokens.slice(0, owner + 1).join(' ').length + 1;
    return personInRun(tokens.slice(owner + 1), at + skipped, text, known, people);
  }
  // "Superintendent of Police Naveen Dahiya": after an office and "of", a body's word then a name is the office's end.
  const officeEnd =
    tokens.length >= 3 && OFFICE_OF.test(text.slice(Math.max(0, at - 30), at)) && !ORG_WORD.test(tokens.slice(-2).join(' '));
  // "Operator Equinor said", "Developer Cresswell Living says": what a firm is, at a sentence's start, before its name.
  // (Not "Producer Ignacio Ferrer said": a person's name after a word for what people do too.)
  if (
    tokens.length >= 2 &&
    FIRM_KIND.test(tokens[0] ?? '') &&
    /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, at - 3), at)) &&
    !(OCCUPATION.test(tokens[0] ?? '') && tokens.length === 3 && tagsOf(tokens[1] ?? '').includes('FirstName'))
  ) {
    const name = tokens.slice(1).join(' ');
    const start = at + (tokens[0] as string).length + 1;
    if (known.person(name) || known.place(name)) return null;
    return bodyMention(name, start, start + name.length, speechSoon(text.slice(start + name.length, start + name.length + 120)), people);
  }
  // "Minister of Water Resources and Irrigation Tarek Mansour": the run's first word ends the portfolio.
  // ("Union Minister of State for Railways Rajendra Prasad Yadav": after a minister's "of State for", the same.)
  // ("… Water and Renewable Energy Dr Jassem Al-Mutawa": from a courtesy title on, the name, whatever the portfolio's words.)
  const courtesyAt = courtesyInRun(tokens);
  const named = courtesyAt > 0 ? tokens.slice(courtesyAt).join(' ') : run;
  const nameFrom =
    tokens.length >= 3 &&
    ((PORTFOLIO_AND.test(text.slice(Math.max(0, at - 80), at)) && !ORG_WORD.test(named)) ||
      OF_STATE_FOR.test(text.slice(Math.max(0, at - 40), at)) ||
      // ("Senior coroner for Dorset Helena Marsh": an office's place, then the name.)
      (OFFICE_OF.test(text.slice(Math.max(0, at - 30), at)) && !ORG_WORD.test(named)))
      ? portfolioEnd(tokens)
      : 0;
  if (nameFrom > 0) return personInRun(tokens.slice(nameFrom), at + tokens.slice(0, nameFrom).join(' ').length + 1, text, known, people);
  // ("Minister for Municipal Administration and Water Supply R. Sivakumar": after an office's "of" or "for", an initial
  // starts the name, whatever the portfolio's words; "Water" may end a company's name elsewhere.)
  const initial =
    tokens.length >= 3 && (PORTFOLIO_AND.test(text.slice(Math.max(0, at - 80), at)) || OFFICE_OF.test(text.slice(Math.max(0, at - 30), at)))
      ? tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && /^(?:\p{Lu}\.){1,3}$/u.test(t))
      : -1;
  if (initial > 0) return personInRun(tokens.slice(initial), at + tokens.slice(0, initial).join(' ').length + 1, text, known, people);
  // A body's name is all of the run: "Israeli Prime Minister's Office" is an office, not a minister.
  if (ORG_WORD.test(run) && !personAfterBody(tokens) && !officeEnd) return bodyInRun(tokens, at, text, known, people);
  // "A KLM spokesperson said", "a Ryanair spokesman told": whose spokesperson, unnamed, is a body speaking.
  const end = at + run.length;
  if (
    tokens.length <= 3 &&
    /\b(?:[Aa]n?|[Tt]he)\s+$/.test(text.slice(Math.max(0, at - 6), at)) &&
    BODY_SPOKESPERSON.test(text.slice(end, end + 60)) &&
    !known.person(run) &&
    !known.place(run) &&
    !isDemonym(run)
  )
    // ("A Verity spokesperson said" after "startup Verity Labs": the one body named before whose name begins so.)
    return { start: at, end, record: people.add((tokens.length === 1 ? people.bodyBeginning(run) : null) ?? run, null, 'organisation') };
  // "Analysts at Inderes said in a note", "Economists at Capital Economics wrote": the body speaks through them.
  if (
    STAFF_AT.test(text.slice(Math.max(0, at - 30), at)) &&
    speechSoon(text.slice(end, end + 120)) &&
    !known.person(run) &&
    !known.place(run) &&
    tokens.length <= 4
  )
    return { start: at, end, record: people.resolve(run) ?? people.add(run, null, 'organisation') };
  return personInRun(tokens, at, text, known, people);
}

// What a firm is, before its name at a sentence's start: "Operator Equinor", "Carmaker Stellantis".
const FIRM_KIND =
  /^(?:Operator|Developer|Retailer|Carmaker|Automaker|Chipmaker|Drugmaker|Insurer|Lender|Broadcaster|Regulator|Miner|Producer|Builder|Housebuilder|Manufacturer|Supplier|Contractor|Provider|Carrier|Shipper|Distributor|Refiner|Utility|Airline|Brewer|Publisher|Exporter|Importer)$/;
// An office's portfolio of several words joined by "and", before the run: "Minister of Water Resources and ".
const PORTFOLIO_AND =
  /\b(?:Minister|Ministry|Secretary|Department|Commissioner)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+){1,4}(?:and|&)\s+$/u;

// The words of a government's fields, as ministries are named ("Minister for Food Security", "Secretary of State for
// Culture, Media and Sport"): none of them is a name's.
const PORTFOLIO_WORDS = new Set(
  (
    'affairs agriculture arts aviation broadcasting budget cabinet change children cities climate commerce communications ' +
    'community consumer cooperatives coordination culture defence defense development digital disaster economic economy ' +
    'education emergency employment energy environment equality family federal finance fisheries food foreign forestry ' +
    'forests gas government health heritage higher home housing human immigration industries industry information ' +
    'inclusion infrastructure innovation integration interior investment irrigation justice labor labour land lands law livestock local manpower maritime ' +
    'media migration minerals mines mining minority national natural nutrition oil overseas parliamentary pensions petroleum planning policy procurement ' +
    'ports postal power privatisation privatization protection public railways reconstruction refugees relief religious ' +
    'resources revenue rights rural safety science security services shipping social sport sports state technology ' +
    'sustainability telecommunications textiles tourism trade transition transport treasury urban veterans water welfare wildlife women works youth'
  ).split(' '),
);

/** Where a courtesy title inside a run starts a name of two words or more after it ("… Energy Dr Jassem Al-Mutawa"); -1 if none. */
const courtesyInRun = (tokens: string[]): number => tokens.findIndex((t, i) => i > 0 && t in COURTESY && tokens.length - i >= 3);

/**
 * Where the name starts in a run that goes on from a portfolio ("Irrigation Tarek Mansour", "Social Care Wes Streeting"):
 * at a first name compromise knows, else after the words it reads in context as common ones; 0 where nothing says.
 */
function portfolioEnd(tokens: string[]): number {
  // ("Renewable Energy Dr Jassem Al-Mutawa": a courtesy title starts the name.)
  const courtesy = courtesyInRun(tokens);
  if (courtesy > 0) return courtesy;
  // ("Environment Rabia Anwar Khokhar", "National Food Security Rana Tariq Mehmood": a field of government's words, then
  // a name of two or three words, first names the language library does not know.)
  let field = 0;
  while (field < tokens.length && PORTFOLIO_WORDS.has((tokens[field] as string).toLowerCase())) field++;
  if (field > 0 && tokens.length - field >= 2 && tokens.length - field <= 3) return field;
  const tags = nlp(tokens.join(' '))
    .terms()
    .json()
    .map((t: { terms: Array<{ tags: string[] }> }) => t.terms[0]?.tags ?? []);
  if (tags.length !== tokens.length) return 0;
  let first = tags.findIndex((t: string[]) => t.includes('FirstName'));
  // ("Railways Harish Chandra Behera": a word before the first name that is a person's too starts the name.)
  // ("Digital Innovation Claudio Ferrante": not a word the library reads as a common noun on its own.)
  const commonNoun = (t: string) => tagsOf(t).includes('Noun') && !tagsOf(t).includes('Person');
  while (
    first > 1 &&
    (tags[first - 1] as string[]).includes('Person') &&
    !/s$/.test(tokens[first - 1] ?? '') &&
    !commonNoun(tokens[first - 1] as string)
  )
    first--;
  if (first > 0 && tokens.length - first >= 2) return first;
  let k = 0;
  while (k < tokens.length - 2 && !(tags[k] as string[]).includes('ProperNoun')) k++;
  return k;
}

// Those who speak for a firm they work at: "Analysts at ", "economists at ".
const STAFF_AT = /\b(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers)\s+at\s+$/;

// A body's letters just before its name: "the NSW Reconstruction Authority", "HS Orka said".
const LETTERS_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})[ \u00a0]$/u;

// "A ", "a Health ": what may stand before a body's letters when its spokesperson speaks.
const BODY_LEAD = /\b(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2})$/u;
// "… spokesperson said", "… spokesman told reporters": the words after a body's name, when its spokesperson speaks.
const BODY_SPOKESPERSON = new RegExp(String.raw`^\s+spokes(?:person|man|woman)\s+(?:also\s+)?${SPEECH_VERB.source}`, 'iu');

/** Whether a body's name ending at `end` speaks: a verb of saying soon after it, or its spokesperson's ("… spokesman said"). */
function speaksAt(text: string, end: number): boolean {
  return speechSoon(text.slice(end, end + 120)) || BODY_SPOKESPERSON.test(text.slice(end, end + 60));
}

/** "City Council President Gary Lutz": a body, then an office and a name, is the person the body describes. */
function personAfterBody(tokens: string[]): boolean {
  const lastOrg = tokens.reduce((at, t, i) => (ORG_WORD.test(t) ? i : at), -1);
  // ("Council Member Keisha Oduya", "Board Member Ana Lee": a member of the body named.)
  const titleAfterOrg = tokens.findIndex((t, i) => i > lastOrg && (TITLE_WORDS.has(t) || (t === 'Member' && i === lastOrg + 1)));
  return lastOrg >= 0 && titleAfterOrg > lastOrg && titleAfterOrg < tokens.length - 1 && !/['’]s$/.test(tokens[titleAfterOrg] ?? '');
}

/** The body a run with a body's word names, openers left out: one the article knows, or a new one if it speaks. */
// "The Agriculture, ": capitalised fields each with a comma, after "the" or at a sentence's start.
// ("A Foreign, Commonwealth and Development Office spokesperson said": after "a" too.)
const FIELDS_BEFORE = /(?:^|\b[Tt]he\s+|\b[Aa]n?\s+|[.!?]\s+)((?:\p{Lu}[\p{L}'’-]*,\s+){1,4})$/u;

function bodyInRun(runTokens: string[], at: number, text: string, known: Known, people: ArticlePeople): NewPersonMention | null {
  let tokens = runTokens;
  let start = at;
  // "Boston-based Korvane Therapeutics": where a body is based is not part of its name.
  // ("The All England Club", "the All Progressives Congress": "All" begins some bodies' names.)
  while (tokens.length > 1 && ((NOT_NAME.has(tokens[0] as string) && tokens[0] !== 'All') || WHERE_BASED.test(tokens[0] as string))) {
    start += (tokens[0] as string).length + 1;
    tokens = tokens.slice(1);
  }
  // "New Zealand Department of Conservation", "Ministry of Foreign Affairs": a body's name runs on through "of".
  // ("Central Bank of the Republic of Turkey": through a second "of" too.)
  // ("Ministry of Culture, Arts and Sports", "Department for Environment, Food and Rural Affairs": fields listed with commas.)
  const tail =
    /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*|(?:,\s+\p{Lu}[\p{L}'’-]*)+,?\s+and\s+\p{Lu}[\p{L}'’-]*)*/u.exec(
      text.slice(start + tokens.join(' ').length),
    );
  // "Board of Education President Renée Calloway": an office after the body's "of" tail, then a name, is the person.
  const tailWords = tail?.[0].trim().split(/\s+/) ?? [];
  // (Not "Office of the Director of Public Prosecutions": the office's own "of" goes on with the body's name.)
  const office = tailWords.findIndex(
    (w, i) =>
      i >= 2 &&
      isTitleWord(w) &&
      i < tailWords.length - 1 &&
      !ORG_WORD.test(tailWords[i + 1] ?? '') &&
      /^\p{Lu}/u.test(tailWords[i + 1] ?? ''),
  );
  // ("the Office of the Prime Minister said": an office with no name after it is the body's own.)
  if (tail && office > 0 && tailWords.slice(office).some((w) => !isTitleWord(w))) {
    const from = start + tokens.join(' ').length + tail[0].indexOf(` ${tailWords.slice(office).join(' ')}`) + 1;
    return personInRun(tailWords.slice(office), from, text, known, people);
  }
  // "Senate Energy and Natural Resources Committee": a body's name runs back through "and".
  // ("The Tennessee Freedom to Read Coalition": through "to", a campaign's aim, when words come between it and the body's.)
  const head = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(and|to(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+$/u.exec(
    text.slice(Math.max(0, start - 60), start),
  );
  const aim = head?.[2]?.startsWith('to') ? head[2] : '';
  const joined =
    aim && ((aim === 'to' && tokens.length < 2) || known.place(head?.[1] ?? '') || known.person(head?.[1] ?? '')) ? null : head;
  if (joined?.[1] && ORG_WORD.test(tokens.at(-1) ?? '')) {
    start -= joined[0].length;
    tokens = [...joined[1].split(/\s+/), ...(joined[2] ?? 'and').split(/\s+/), ...tokens];
    while (tokens.length > 1 && NOT_NAME.has(tokens[0] as string)) {
      start += (tokens[0] as string).length + 1;
      tokens = tokens.slice(1);
    }
  }
  // "The Agriculture, Forestry and Fisheries Ministry": fields listed with commas before the run's "and" are its name too.
  const listed = tokens.includes('and') ? FIELDS_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1] : undefined;
  if (listed) {
    start -= listed.length;
    tokens = [...listed.trim().split(/\s+/), ...tokens];
  }
  // "The Medicines and Healthcare products Regulatory Agency (MHRA)", "the pan-Canadian Pharmaceutical Alliance (pCPA)":
  // the letters in brackets after a body's name say where it begins, across words in small letters.
  const reach = tail ? null : lettersReachBack(tokens.join(' '), start, text);
  if (reach) {
    start -= reach.length;
    tokens = `${reach}${tokens.join(' ')}`.split(' ');
  }
  // "The NSW Reconstruction Authority", "the UN Refugee Agency": letters before a body's name are part of it.
  const letters = LETTERS_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
  if (letters?.[1] && !ROLE_ACRONYM.test(letters[1])) {
    start -= letters[0].length;
    tokens = [letters[1], ...tokens];
    // "Wirral University Teaching Hospital NHS Foundation Trust": the name goes on back before the letters.
    const before = /(?<![\p{L}\p{N}'’])((?:\p{Lu}\p{Ll}[\p{L}-]*[ \u00a0]){1,5})$/u.exec(text.slice(Math.max(0, start - 80), start))?.[1];
    const words = (before ?? '')
      .trim()
      .split(/[ \u00a0]/)
      .filter(Boolean);
    while (words.length > 0 && NOT_NAME.has(words[0] as string)) words.shift();
    if (words.length > 0 && !known.place(words.join(' ')) && !known.person(words.join(' '))) {
      start -= words.join(' ').length + 1;
      tokens = [...words, ...tokens];
    }
  }
  // ("Directorate General of Information and Public Relations": a directorate general's name runs on through "of" too.)
  const bodyEnds = ORG_WORD.test(tokens.at(-1) ?? '') || (tokens.at(-1) === 'General' && /^Directorate$/.test(tokens.at(-2) ?? ''));
  const named = (tokens.join(' ') + (tail && bodyEnds ? tail[0] : '')).replace(/['’]s$/, '');
  // ("the Japanese Embassy in Manila": a mission's city is part of its name; "the Embassy of Nepal in Brussels", "the
  // British High Commission in Nairobi", "the Taipei Liaison Office in Pretoria" too.)
  const ofCountry = tail ? /^\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(tail[0])?.[1] : undefined;
  const mission =
    /^(?:Embassy|Consulate)$/.test(tokens.at(-1) ?? '') ||
    (tokens.at(-1) === 'Commission' && tokens.at(-2) === 'High') ||
    (tokens.at(-1) === 'Office' && /^(?:Liaison|Representative)$/.test(tokens.at(-2) ?? ''));
  const city =
    mission && (!tail || (ofCountry !== undefined && known.place(ofCountry)))
      ? MISSION_CITY.exec(text.slice(start + named.length))?.[1]
      : undefined;
  const full = city && known.place(city) ? `${named} in ${city}` : named;
  // "Israel's Prime Minister's Office" is the Israeli Prime Minister's Office, as its country's bodies are named.
  // "Nova Scotia's Department of Public Works" is the Nova Scotia Department of Public Works.
  const owner = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})['’]s\s+(?=\p{Lu})/u.exec(full);
  const adjective = owner?.[1] && known.place(owner[1]) ? (demonymOf(owner[1]) ?? owner[1]) : null;
  // "The UN’s World Food Programme has warned": a body that letters own is named without them; so is a world body the UN
  // runs ("the U.N. World Food Program said").
  const lettersOwner = /^(?:\p{Lu}{2,6}['’]s\s+(?=\p{Lu})|(?:UN|U\.N\.)\s+(?=World\s))/u.exec(full);
  const name =
    adjective && owner
      ? `${adjective} ${full.slice(owner[0].length)}`
      : lettersOwner
        ? full.slice(lettersOwner[0].length)
        : (homeMinistry(full, people.home) ?? full);
  const end = start + full.length;
  if (known.person(name) || known.place(name)) return null;
  // "Committee member Cllr Paul Wragg said": a body's word alone, at a sentence's start, names no body.
  if (GENERIC_BODY.test(name)) return null;
  // "Lucía Ferrer, chief economist at Buenos Aires consultancy Cuántica Economía, said": where the sayer works.
  const workplace = WORKPLACE_IN_APPOSITION.test(text.slice(Math.max(0, start - 100), start)) && /^,/.test(text.slice(end, end + 1));
  // ("a Scottish Government spokesman said": the body speaks through its unnamed spokesperson.)
  const said =
    (!workplace && speaksAt(text, end)) ||
    ACCORDING.test(text.slice(Math.max(0, start - 60), start)) ||
    // ("The Ministry of Commerce issued a notification …, saying the ban would …": the sentence's subject says it.)
    (SENTENCE_OPENS.test(text.slice(Math.max(0, start - 24), start)) && SAYING_LATER.test(text.slice(end, end + 200)));
  // ("Police said" after "Wuppertal police said": the force named before.)
  // ("the Met Office said" after "the Icelandic Meteorological Office said": the weather office named before, short.)
  const force =
    name === 'Police' ? people.bodyEnding(name) : name === 'Met Office' ? people.bodyWithWords(['Meteorological', 'Office']) : null;
  return bodyMention(force ?? name, start, end, said, people);
}

const MISSION_CITY = /^\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)(?![\p{L}])/u;

// A body's word alone: "Committee", "Council", "Ministry" (a body it stands for is one named before, by its name).
const GENERIC_BODY = /^(?:Committee|Council|Commission|Board|Panel|Ministry|Department|Agency|Bureau|Office|Corporation)$/;

// Words that begin a party's name before its member's word: "Liberal Democrat", "Social Democrat", "Christian Democrat".
const PARTY_WORD = /^(?:Liberal|Social|Christian|New|Free|Progressive|Democratic|National)$/;
// What a party's member is called: "a Westchester Democrat", "a Texas Republican", "a Cornwall Liberal Democrat".
const PARTY_MEMBER = /^(?:Democrat|Republican|Conservative|Tory|Liberal|Socialist|Labourite|Independent|Progressive|Green)$/;

// "Minister of State for ", "Secretary of State for ": an office whose portfolio comes next, then maybe a name.
const OF_STATE_FOR = /\b(?:Minister|Secretary)[ \u00a0]+of[ \u00a0]+State[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?$/;
const BODY_OF_BEFORE =
  /\b(?:Department|Ministry|Office|Bureau|Board|Institute|University|College|Council|Commission|Agency|Authority|Service|Centre|Center|Minister(?: of State)?|Secretary(?: of State)?)\s+(?:of|for)\s+(?:the\s+)?$/;
// A word for what someone makes or writes right before their name: "the debut feature of director ", "a novel by author ".
const ROLE_WORD_BEFORE =
  /\s(?:director|filmmaker|film-maker|writer|author|artist|singer|composer|producer|photographer|architect|designer|poet|novelist|playwright|painter|sculptor|actor|actress|chef|journalist|reporter|historian)\s+$/;
// (Not a fronted time: "In late April, a plough opened a hole in the field of Anastasio Ruiz, a farmer".)
// (Nor company kept: "Mayor X, who voted against it along with Councilmember Kevin Doyle, said".)
const WORKPLACE_IN_APPOSITION =
  /(?<![\p{L}])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’-]+,\s+\p{Ll}[^,.;:“”"]*\b(?:at|of|for|(?<!\b(?:along|together)\s)with|from)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/** A body the article already knows by `name`, else a new one if it speaks; null otherwise. */
function bodyMention(name: string, start: number, end: number, said: boolean, people: ArticlePeople): NewPersonMention | null {
  const resolved = people.resolve(name);
  if (resolved) return { start, end, record: resolved };
  if (said) return { start, end, record: people.add(name, null, 'organisation') };
  // Named without speaking ("at the Bank of Canada's headquarters"): kept for "the bank said" later.
  people.considerBody(name);
  return null;
}

/** The person a run names, if the article knows them or something proves the name a person's (a title, a role, speaking). */
/**
 * How many words open a run without being its name: where someone is based ("His lawyer, Paris-based Jean-Luc Morvan"),
 * or, at a sentence's start, a word of the shape of what someone does before a first name the language library knows
 * ("Keeper Tomáš Vaněk, who …", "Umpire Richard Haldane raised his red flag"), when no list of titles knows it (those
 * are kept as the person's role) and it is no first name itself.
 */
function describedFirst(tokens: string[], before: string): number {
  const first = tokens[0] as string;
  // ("Estonia-based Rydr, which …, said": one word after it is a name too.)
  if (WHERE_BASED.test(first) && tokens.length >= 2) return 1;
  if (tokens.length < 3) return 0;
  // ("confirmed Progressive Conservative Brendan Kielly as the winner", "Republican Dana Whitfield": a party's member.)
  // ("New Democrat Aiden Walsh", "Social Democrat …": a party's two words.)
  const twoWords =
    PARTY_MEMBER.test(tokens[1] ?? '') && (PARTY_MEMBER.test(first) || /^(?:New|Social|Christian|Free|National)$/.test(first));
  const party = twoWords ? 2 : PARTY_MEMBER.test(first) ? 1 : 0;
  if (party > 0 && tokens.length - party >= 2 && tagsOf(tokens[party] as string).includes('FirstName')) return party;
  if (!DESCRIBED_AT.test(before) || !DOER.test(first) || isTitleWord(first) || first in COURTESY) return 0;
  if (ROLE_TOKEN.test(first) || OCCUPATION.test(first)) return 0;
  // ("Co-star Ivetta Quenneville": a hyphenated partner's word is no one's first name, whatever name follows it.)
  if (first.startsWith('Co-')) return 1;
  return !tagsOf(first).includes('Person') && tagsOf(tokens[1] as string).includes('FirstName') ? 1 : 0;
}
// The shape of a word for what someone does: "Keeper", "Umpire", "Curator", "Referee", "Guard", not a name.
// ("Co-star Valentina Soler": a partner in what someone does, too.)
const DOER = /^(?:\p{Lu}\p{Ll}+(?:er|or|ist|ian|ant|ee|ire|man|woman)|Co-\p{Ll}{3,})$/u;
// Where such a word opens a run that is someone: a sentence's start, or where a speaker is named after a quote
// ("“…,” Harbourmaster Kelsey Marrow said", "“…,” said Beekeeper …").
const DESCRIBED_AT = /(?:^|[.!?]["”’]?\s+|\n\s*|[,!?]["”’]\s+(?:(?:said|says|added|wrote)\s+)?)$/;

function personInRun(tokensGiven: string[], at0: number, text: string, known: Known, people: ArticlePeople): NewPersonMention | null {
  // "President Donald Trump’s Gaza plan": one word owned is a thing; the owner is the name.
  const tokens0 = /['’]s$/u.test(tokensGiven.at(-2) ?? '') ? tokensGiven.slice(0, -1) : tokensGiven;
  // "England's Callum Haldane", "Apple's Tim Cook": what owns the person describes them; no name has "'s" inside.
  // "Fianna Fáil’s Declan Mulvihill": an owner of several words too.
  // ("Wales' Rhodri Pugh", "Athens' Eleni Vardaki": a place's or a people's name ending in "s" takes the apostrophe alone;
  // not "Bishops' Conference".)
  const owns = (t: string) =>
    /['’]s$/u.test(t) || (/\p{Ll}s['’]$/u.test(t) && (known.place(t.slice(0, -1)) || demonymOf(t.slice(0, -1)) !== null));
  const ownerEnd = tokens0.reduce((at, t, i) => (owns(t) && i < tokens0.length - 2 ? i : at), -1);
  const owned = ownerEnd >= 0 ? tokens0.slice(ownerEnd + 1) : tokens0;
  // "Belgium's Jelle Vanhoutte": a country owning a name of two words is a person's (its athlete, its minister).
  const nationalOwner =
    ownerEnd >= 0 &&
    demonymOf(
      tokens0
        .slice(0, ownerEnd + 1)
        .join(' ')
        .replace(/['’]s?$/u, ''),
    ) !== null;
  // "envoy for Latin America Robert Aldana": a place before a name of two words or more describes the person.
  // "Independent Member for Lyons Nikolai Petrenko": the seat a member is for describes them too.
  // ("Ukrainian Ambassador to Japan Oleksandr Kovalenko": the country an envoy is sent to.)
  const seat =
    /\b(?:Member|member|MP|MLA|MSP|TD|MHA|Senator|Representative)\s+for\s+$/.test(text.slice(Math.max(0, at0 - 20), at0)) ||
    /\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Hh]igh [Cc]ommissioner)\s+to\s+$/.test(text.slice(Math.max(0, at0 - 24), at0));
  // ("MP for Chiang Rai Wipawee Khamsuk": a seat of two words.)
  // (Not a body named for its town: "the Des Moines Running Collective", "Grand River FC".)
  const placePrefix = (sizes: number[]) =>
    sizes.find((n) => owned.length - n >= 2 && known.place(owned.slice(0, n).join(' ')) && !ORG_WORD.test(owned.at(-1) ?? ''));
  const placeWords = seat && owned.length >= 3 ? (placePrefix([3, 2]) ?? 1) : (placePrefix([3, 2]) ?? 0);
  // "Leader of the Opposition Thomas Kuruvila", "Minister of Foreign Affairs Sonia Paredes": after an office and "of",
  // the run is the rest of the office, then the name (its last two words).
  const afterOffice = OFFICE_OF.test(text.slice(Math.max(0, at0 - 30), at0));
  // "the UAE's Minister of State for Infrastructure Investment, said": the office's field, not a name.
  if (afterOffice && owned.length <= 2) return null;
  // ("Deputy Superintendent of Police Bhim Bahadur Thapa": after one body's word the rest is the name; else the name starts
  // where the language library's person tags begin, if it knows, else it is the last two words.)
  const officeOf =
    afterOffice && owned.length >= 3
      ? // ("Chief Justice of India Aniruddha S Kulkarni": after one place's name too.)
        (ORG_WORD.test(owned[0] ?? '') && !ORG_WORD.test(owned[1] ?? '')) || (known.place(owned[0] ?? '') && !known.place(owned[1] ?? ''))
        ? 1
        : portfolioEnd(owned) || owned.length - 2
      : 0;
  const runTokens = owned.slice(Math.max(placeWords, officeOf, describedFirst(owned, text.slice(Math.max(0, at0 - 3), at0))));
  const dropped = tokens0.length - runTokens.length;
  const at = at0 + tokens0.slice(0, dropped).reduce((n, t) => n + t.length + 1, 0);
  // "Estonia-based Rydr, which …, said": one word after where a body is based is the body's name.
  const based = runTokens.length === 1 && WHERE_BASED.test(tokens0[dropped - 1] ?? '') ? (runTokens[0] as string) : '';
  if (based && !known.person(based) && !known.place(based) && !NOT_NAME.has(based)) {
    const said = speechSoon(text.slice(at + based.length, at + based.length + 160)) || ACCORDING.test(text.slice(Math.max(0, at - 30), at));
    return bodyMention(based, at, at + based.length, said, people);
  }
  // "in Khan Younis", "from Deir el-Balah": after a preposition of place, a name is a place's.
  const placeContext = /\b(?:in|at|from|near|outside|inside|to|toward|towards)\s+$/i.test(text.slice(Math.max(0, at - 12), at));
  // "Col Kwaku Asante-Mensah (retd)": a rank that is also a given name ("farmer Col Brandon") is a rank before a retired
  // officer's full name.
  const runEnd = at + runTokens.join(' ').length;
  const retired = runTokens[0] === 'Col' && runTokens.length >= 3 && RETIRED_AFTER.test(text.slice(runEnd, runEnd + 12));
  const untitled = stripTitles(retired ? runTokens.slice(1) : runTokens, retired ? at + 4 : at, people.titles);
  const { tokens, start, gender, courtesy } = untitled;
  const titled = untitled.titled || retired;
  const titleWords = retired ? ['Col', ...untitled.titleWords] : untitled.titleWords;
  // Trailing possessive: "Okafor's government".
  const name = tokens.join(' ').replace(/['’]s$/, '');
  if (!name || /^\p{Lu}\.$/u.test(name)) return null;
  // ("the First Minister's request": an office named alone is no one's name.)
  if (tokens.every((t) => isTitleWord(t.replace(/['’]s$/, '')) || /^(?:First|Deputy|Vice|Prime|Chief)$/.test(t))) return null;
  // ("Brazil's Bauru Basin", "the Reykjanes Peninsula", "Taiwan's Fo Guang Shan Buddhist order", "the temple's first South
  // African-born monk": a land's feature, a faith's adjective or where someone was born ends no person's name.)
  if (tokens.length >= 2 && NOT_NAME_END.test(tokens.at(-1) as string)) return null;
  // ("Queensland's Environment Minister said in a statement": an office and its field, with no name after it.)
  if (
    tokens.length >= 2 &&
    ROLE_TOKEN.test((tokens.at(-1) as string).replace(/['’]s$/, '')) &&
    tokens.slice(0, -1).every((t) => PORTFOLIO_WORDS.has(t.toLowerCase()) || isTitleWord(t))
  )
    return null;
  const end = start + name.length;
  if (known.person(name) || (tokens.length === 1 && NOT_NAME.has(name))) return null;
  // Whole words only: a role read from them must not start inside a word ("e state Commissioner").
  // ("Additional Director-General of Police (Idol Wing CID) S. Rajeswari": a unit in brackets between an office and a name.)
  const before = (start > BEFORE_REACH ? text.slice(start - BEFORE_REACH, start).replace(/^\S*\s/, '') : text.slice(0, start)).replace(
    /\s\([^()]{1,40}\)\s+$/,
    ' ',
  );
  // "playing his third Test", "her second Olympics": what an ordinal counts is not a person.
  // ("PCG spokesperson for the West Philippine Sea", "head of the Joint Staff": what an office is of or for.)
  if (ORDINAL_BEFORE.test(before) || /\b(?:for|of)\s+the\s+$/i.test(before)) return null;
  // "London School of Hygiene & Tropical Medicine": the words after "&" end a body's name.
  if (/&[ \u00a0]*$/.test(before)) return null;
  // "… Department of Public Works", "… Minister of State for Infrastructure Investment": the rest of a body's or an office's name.
  if (BODY_OF_BEFORE.test(before)) return null;
  // "Lucía Ferrer, chief economist at … Cuántica Economía, said": where someone described works, not a sayer.
  // (Not "Kesho, the debut feature of director Njeri Wachira,": a role's word right before the name is theirs.)
  if (WORKPLACE_IN_APPOSITION.test(before) && /^,/.test(text.slice(end, end + 1)) && !ROLE_WORD_BEFORE.test(before)) return null;
  // "Marisol Ortega-Banks, a Westchester Democrat, said": a party's member from somewhere describes the one named before.
  if (/,\s+an?\s+$/.test(before) && PARTY_MEMBER.test(tokens.at(-1) ?? '')) return null;
  // "Gráinne Ní Bhriain SC said": the letters after a name stand between it and its verb.
  const after = text.slice(end, end + 200).replace(POSTNOMINAL, '');
  // "Amara Osei-Bonsu of JPMorgan Chase & Co. said": where someone works stands between the name and its verb.
  // ("Speaking to Test Match Special during the lunch break, Hargreaves said": who is spoken to does not speak.)
  const says =
    !AUDIENCE_BEFORE.test(before) &&
    (speechSoon(after) ||
      speechSoon(after.replace(WORKPLACE_AFTER, (w) => (w.endsWith(',') ? ',' : ' '))) ||
      ACCORDING.test(before) ||
      SAID_BEFORE.test(before) ||
      SAID_ROLE_BEFORE.test(before));
  const resolved = people.resolve(name) ?? (courtesy && gender && tokens.length === 1 ? people.resolveByGender(name, gender) : null);
  // "Declan Ó Murchú (52)" … "Mr Ó Murchú": a courtesy title met later tells the gender of someone already found.
  if (resolved && courtesy && gender && resolved.gender === null && people.bySlug(resolved.slug) === resolved) resolved.gender = gender;
  if (resolved) return { start, end, record: resolved };
  // A place, unless a title says it is a person's name ("Mr Obama" is not the town in Japan). After "from", a
  // name with a role set off after it is a person's ("The line came from Pilar Alegría, the government spokesperson").
  // "The next one may be Vasile Pop. … Pop says": a surname that speaks is the name it ends, even if a town bears it.
  // (Not "a startup in Monterrey, Mexico, said he …": a country after its city, the sayer named before them.)
  if (!titled && tokens.length === 1 && says && known.place(name) && !PLACE_PAIR_BEFORE.test(before)) {
    const promoted = people.promote(name);
    if (promoted) return { start, end, record: promoted };
  }
  if (!titled && known.place(name)) return null;
  const role = roleOf(titleWords, before, after, text.slice(0, start));
  if (!titled && placeContext && !(role && /^\s*,/.test(after) && tokens.length >= 2)) {
    // "took over from Moussa Faki Mahamat of Chad": kept in case "Mr Faki" later says whose name it is.
    if (tokens.length >= 2) people.consider(name.replace(/\u00a0/g, ' '));
    return null;
  }
  // "Mr Faki" after "Moussa Faki Mahamat": the one name-shaped mention that surname belongs to.
  const promoted = courtesy && tokens.length === 1 ? people.promote(name) : null;
  if (promoted) return { start, end, record: promoted };
  // One word is a person only after a courtesy title ("Mr Okafor"); a word that speaks and is no one's
  // name in the lexicon is a body ("Hamas said"); otherwise a name has two words or more.
  // "His wife, Maria, waits": a relation names a person by one name.
  // ("Nikora's mother, Mere Nikora, thanked the jury": two names as well.)
  const relation = tokens.length <= 3 && !courtesy && /^,/.test(after) ? RELATION_BEFORE.exec(before) : null;
  // ("Mr Whitlock’s mother, Maureen,", "Belkacem's elder son Nassim, 22,": kin of someone named by surname share it.)
  const kin = tokens.length === 1 && !courtesy && /^,/.test(after) ? KIN_OF_NAMED.exec(before) : null;
  if (kin?.[1] && people.knows(kin[1]) && !known.place(kin[1])) {
    const full = `${name} ${kin[1]}`;
    return { start, end, record: people.resolve(full) ?? people.add(full, null, 'person', relationGender(kin[2] ?? '')) };
  }
  if (relation)
    return {
      start,
      end,
      record: people.add(name, null, 'person', relationGender(relation[1] ?? '')),
    };
  if (tokens.length === 1 && !courtesy) return singleWordMention(name, start, end, { says, titled, before, after }, people);
  if (tokens.filter((t) => !PARTICLE_TOKEN.test(t)).length > 4) return null;
  // "Women's Rugby World Cup", "the Monaco Grand Prix": an event's name, whatever follows it, is no one's.
  if (!titled && !courtesy && EVENT_END.test(tokens.at(-1) ?? '')) return null;
  const spaced = name.replace(/\u00a0/g, ' ');
  // "the two main Paris airports, Charles de Gaulle and Orly": a name in apposition to places is a place's.
  if (!titled && !courtesy && PLACES_APPOSED.test(before) && /^\s*(?:,|and)\s+\p{Lu}/u.test(after)) return null;
  // "at Sankhyana Mandiraya, the DCS head office in Battaramulla": a name the text says is a building.
  if (!titled && !courtesy && BUILDING_APPOSED.test(after)) return null;
  // ("bags bearing the logos of Louis Vuitton, Gucci, Chanel and Hermès": a name listed with one-word names, brands, that
  // nothing proves a person's.)
  if (!titled && !courtesy && !role && !says && ONE_WORD_NAMES_AFTER.test(after)) return null;
  // "the Plazoleta de San Francisco": a name's particle ("de", "van") is inside it, never its start.
  if (/^\p{Ll}/u.test(spaced)) return null;
  // "Sydney start-up Coralline Quantum", "Coralline Quantum, a 2019 spin-out from …": a body described as one.
  // ("Kasompe Copper Processing, which is majority-owned by …, said": "which" is for things, a body.)
  // ("chief executive of the charity Pancreatic Cancer UK": an office's body, named after what it is.)
  if (
    !titled &&
    !courtesy &&
    (!role || OF_THE_BODY_BEFORE.test(before)) &&
    (BODY_NOUN_BEFORE.test(before) || BODY_APPOSITION.test(after) || /^,\s+which\s/.test(after))
  )
    return bodyMention(spaced, start, end, says, people);
  if (!(
    titled ||
    role ||
    looksLikePerson(name) ||
    says ||
    people.expected(spaced) ||
    AGE_AFTER.test(after) ||
    // ("12-year-old Lakshmi Narayanan from Chennai waited …")
    /\b\d{1,3}-year-old\s+$/.test(before) ||
    WHO_AFTER.test(after) ||
    // ("Among the first passengers was Aishath Shifza, a Maldivian nurse returning home": what someone does, set off after.)
    (tokens.length >= 2 && OCCUPATION_APPOSED.test(after)) ||
    // ("Former kitchen hand Min-jun Park came to Melbourne": what someone used to be, in lower case, before their name.)
    (tokens.length >= 2 && FORMER_BEFORE.test(before)) ||
    (DOER_BEFORE.test(before) && /^,/.test(after) && tokens.length >= 2) ||
    (nationalOwner && tokens.length >= 2)
  )) {
    // Name-shaped but unproven ("Whale whisperer Hori Parata"): kept in case a surname later speaks.
    if (tokens.length >= 2 && !placeContext) people.consider(spaced);
    return null;
  }
  // ("VetCare New Zealand's takeover", "Foodstuffs South Island said": a name that ends in a country's or a region's name
  // of two words is a business trading there, not a person.)
  const trading =
    tokens.length >= 3
      ? tokens
          .slice(-2)
          .join(' ')
          .replace(/['’]s$/u, '')
      : '';
  if (!titled && !courtesy && !role && trading && known.place(trading) && !known.place(tokens.slice(0, -2).join(' ')))
    return bodyMention(spaced.replace(/['’]s$/u, ''), start, end, says, people);
  const doer = role ?? (/^,/.test(after) ? (DOER_BEFORE.exec(before)?.[1] ?? null) : null);
  // ("Police spokesman Maj. Diego Zambrano": a gendered role before the title says it too; looked for only when needed.)
  const roleWords = () =>
    [doer, ROLE_BEFORE.exec(before.replace(/(?:\p{Lu}[\p{L}]*\.?\s+)+$/u, ''))?.[1]].filter(Boolean).join(' ') || null;
  const record = people.add(spaced, doer, 'person', gender ?? genderOf(tokens, roleWords()));
  // (A first name's gender is the language library's guess, which the text's "he" or "she" may correct.)
  if (!gender && record.gender && record.gender === firstNameGender(tokens)) people.guessedGender.add(record.slug);
  return { start, end, record };
}

// "a fish smoker, Tari Wilfred,": someone described by what they do, then named in apposition.
const DOER_BEFORE = /(?:^|[\s,])(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,3}\p{Ll}+(?:er|or|ist|ian|ant|man|woman|ee)),\s+$/u;

const BUILDING_APPOSED = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:${BUILDING_NOUNS})\b`, 'u');
// Places listed in apposition after their kind: "the airports, " (then "X and Y").
const PLACES_APPOSED =
  /\b(?:airports|stations|hospitals|stadiums|stadia|ports|terminals|bridges|streets|roads|squares|districts|neighbou?rhoods|suburbs|towns|villages|cities|provinces|islands|camps|prisons|schools|mines)\s*,\s*$/;

// A list of one-word names after a name: ", Gucci, Chanel and Hermès".
const ONE_WORD_NAMES_AFTER = /^,\s+\p{Lu}[\p{L}'’-]+(?:,\s+\p{Lu}[\p{L}'’-]+)*,?\s+(?:and|or)\s+\p{Lu}[\p{L}'’-]+(?![ \u00a0]*\p{Lu})/u;

// The last word of a land's feature, a faith's adjective, a birthplace: never a person's name's.
const NOT_NAME_END =
  /^(?:Basin|Glacier|Peninsula|Valley|Canyon|Gorge|Reef|Crater|Plateau|Delta|Estuary|Fjord|Desert|Volcano|Buddhist|Catholic|Muslim|Hindu|Christian|Jewish|Sikh|Anglican|Protestant|Evangelical|Orthodox|[\p{L}-]+-born)$/u;

// What a body is called: "start-up", "spin-out", "firm", "lender", "carrier" …
// (Not what a person may be too: "an app developer", "a producer", "a miner".)
const BODY_NOUNS = String.raw`start-?up|spin-?out|spin-?off|firm|company|group|manufacturer|lender|insurer|carrier|retailer|bottler|exporter|importer|refiner|processor|distributor|wholesaler|co-?operative|conglomerate|chain|brand|airline|bank|fund|brokerage|consultancy|agency|charity|broadcaster|newspaper|label|organi[sz]ation|body|watchdog|regulator|association|alliance|coalition|network|foundation|society|movement|collective|club|NGO`;
const OF_THE_BODY_BEFORE = new RegExp(String.raw`\b(?:of|at|for)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:${BODY_NOUNS})\s+$`, 'iu');
// ("His agency, Starline Entertainment, said": whose body it is, then its name in apposition.)
const BODY_NOUN_BEFORE = new RegExp(
  String.raw`\b(?:${BODY_NOUNS})\s+$|\b(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:${BODY_NOUNS}|club|studio|employer|team|union|school|university),\s+$`,
  'iu',
);
// (What stands before the body's word describes it, with no preposition between: not "an organizer with the group".)
const BODY_APPOSITION = new RegExp(
  String.raw`^,\s+(?:a|an|the)\s+(?:(?!(?:with|of|at|for|from|in|on|by|the|a|an)\s)[\p{L}\d'’-]+\s+){0,3}(?:${BODY_NOUNS})\b`,
  'iu',
);

// The last word of an event's name.
const BISHOPS_CONFERENCE = new RegExp(String.raw`${BISHOPS}[ \u00a0]Conference$`);
// The words that make "Games" a sporting event's: "Olympic Games", "Commonwealth Games", "Winter Games".
const GAMES_EVENT =
  /^(?:Olympic|Paralympic|Olympics|Commonwealth|Asian|American|European|African|Arab|Pacific|Mediterranean|Winter|Summer|Youth|World|Island|Islands|Highland|Invictus|Gay|Military|University|Student|Masters|Special|Goodwill|Maccabiah|Deaflympic|SEA|Southeast|Bolivarian|Francophone|Francophonie|National|Hunger|Gaelic|Indigenous|Arctic|Nordic|Warrior|Police|Transplant|Para|Pan|Central|Caribbean|Gulf|Balkan|Baltic|Celtic|Regional|State|Empire|Friendship|Cortina|Home|Away|Test)$/;
const EVENT_END =
  /^(?:Cup|Championships?|Games|Trophy|Prix|Olympics|Paralympics|Olympiad|Marathon|Festival|Finals?|Derby|Expo|Summit|Conference|Tournament|Prize|Awards|Race|Regatta|Basho)$/;

const ORDINAL_BEFORE =
  /\b(?:his|her|their|its|our|my|your|the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|next|final|latest)\s+$/i;
// "Speaking to …", "told …": whom words were said to.
const AUDIENCE_BEFORE =
  /\b(?:[Ss]peaking|[Tt]alking|[Ss]poke|[Tt]alked|[Ww]riting|[Ww]rote)\s+to\s+(?:the\s+)?$|\b(?:told|telling)\s+(?:the\s+)?$/;

// The same, and more offices that end a run after "the": "the Chief Medical Director, Dr X,".
const OFFICE_END = /^(?:Minister|Secretary|President|Justice|Governor|Premier|Chancellor|Commissioner|Speaker|Mayor|Member)$/;
const THE_OFFICE_END = new RegExp(
  `^(?:${OFFICE_END.source.slice(4, -2)}|Director|Chairman|Chairwoman|Chairperson|Officer|Superintendent|Spokesman|Spokeswoman|Spokesperson|Registrar|Coordinator|Administrator)$`,
);

// "Bimala Shrestha, 61,", "Declan Ó Murchú (52)": an age after a name says it is a person's.
// "Antonino Lo Verde, who has raised cattle there for 30 years, …": "who" is said of people (a body is "which").
const WHO_AFTER = /^,\s+who(?:se)?\s/;
const FORMER_BEFORE = /(?:^|[.!?]["”’]?\s+|\b[Aa]\s+)(?:Former|former|Ex-|ex-)\s*(?:[\p{Ll}-]+\s+){1,3}$/u;
// A person's occupation in apposition after a name: ", a Maldivian nurse", ", a retired teacher", ", a Polish tourist
// staying in Ubud".
const OCCUPATION_APPOSED =
  /^,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:nurse|teacher|farmer|doctor|surgeon|midwife|student|engineer|fisherman|shopkeeper|trader|vendor|pastor|priest|imam|volunteer|mother|father|grandmother|grandfather|widow|widower|pensioner|retiree|mechanic|tailor|carpenter|labourer|laborer|cleaner|chef|cook|baker|butcher|pharmacist|paramedic|firefighter|soldier|veteran|resident|passenger|worker|driver|miner|accountant|lawyer|architect|nun|monk|tourist|visitor|traveller|traveler|backpacker|customer|shopper|fan|supporter|spectator|commuter|model|designer|stylist|hiker|skier|climber|mountaineer|juror)\b/u;
// … and so does one in apposition: "Faafetai Ioane, a 22-year-old youth delegate, …".
// (The age is the first group that matched: "the 19-year-old" later is them, see roleMentions.ts.)
export const AGE_AFTER = /^(?:,\s+(\d{1,3}),|\s+\((\d{1,3})\)|,\s+an?\s+(\d{1,3})-year-old\b)/;

const OFFICE_OF =
  /\b(?:[Cc]oroner|Leader|Minister|Ministers|Secretary(?:-General)?|Under-Secretary|Undersecretary|Envoy|Ambassador|Adviser|Advisor|Coordinator|Rapporteur|Chair|Chairman|Chairwoman|President|Director(?:[ \u00a0]General|-General)?|Head|Governor|Speaker|Chief|Commissioner|Mayor|Councillor|Councilor|Superintendent|Inspector(?:[ \u00a0]General)?|Commandant|Justice|Judge|Marshal|Auditor(?:[ \u00a0]General|-General)?|Attorney(?:[ \u00a0]General|-General)?|Solicitor(?:[ \u00a0]General|-General)?|Controller|Comptroller)\s+(?:of|for)\s+(?:the\s+)?(?:(?:provincial|regional|national|federal|state|municipal|county|district|city|local)\s+)?$/;

/** A run with the words before its name taken off, and what they tell of the person. */
interface Untitled {
  tokens: string[];
  /** Where the name starts. */
  start: number;
  gender: 'he' | 'she' | null;
  /** Whether a courtesy or office title stood before the name. */
  titled: boolean;
  /** Whether a courtesy title ("Mr", "Dr") stood before the name. */
  courtesy: boolean;
  /** The office titles and what describes the person ("Iranian Foreign Minister"). */
  titleWords: string[];
}

/** An office title, joined or not: "Chancellor", "Vice-Chancellor", "Co-Chair". */
// "Boston-based", "London-listed", "state-owned", "Paris-headquartered": where a body or a person is, or who owns it, not
// part of its name.
const WHERE_BASED = /^\p{L}[\p{L}-]*-(?:based|listed|owned|headquartered|registered|run|backed)$/u;
// ("Mayor-elect Camila Drummond", "Governor-elect …": an office won, not yet held, is a title too.)
const isTitleWord = (t: string): boolean =>
  TITLE_WORDS.has(t) ||
  // ("Lieutenant-Colonel Frédéric Ostermann", "Major-General X": a rank of two titles joined.)
  (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t) && t.split('-').every((w) => TITLE_WORDS.has(w))) ||
  TITLE_WORDS.has(/^(?:Vice|Deputy|Under|Co|Acting)-(\p{Lu}\p{Ll}+)$/u.exec(t)?.[1] ?? '') ||
  TITLE_WORDS.has(/^(\p{Lu}\p{Ll}+)-elect$/u.exec(t)?.[1] ?? '');

/** Takes the words that are not the name off the front of a run: what describes the person, openers, courtesy and office titles. */
function stripTitles(runTokens: string[], runStart: number, articleTitles: ReadonlySet<string>): Untitled {
  let tokens = runTokens;
  let start = runStart;
  let gender: 'he' | 'she' | null = null;
  let titled = false;
  let courtesy = false;
  const titleWords: string[] = [];
  // "Iranian Foreign Minister Abbas Araghchi": what stands before the last office title describes the person.
  // "Home Affairs Adviser Mahbub Karim": a role word with a name of two words after it is an office too.
  const lastTitle = tokens.reduce(
    (at, t, i) => ((isTitleWord(t) && i < tokens.length - 1) || (ROLE_TOKEN.test(t) && i < tokens.length - 2) ? i : at),
    -1,
  );
  if (lastTitle > 0 && !tokens.slice(0, lastTitle).some((t) => t in COURTESY)) {
    const described = tokens.slice(0, lastTitle).filter((t) => !NOT_NAME.has(t) && !/-year-old$/.test(t));
    titleWords.push(...described);
    start += tokens.slice(0, lastTitle).join(' ').length + 1;
    tokens = tokens.slice(lastTitle);
  }
  // Leading words that are not the name: openers, courtesy titles, office titles.
  while (tokens.length > 0) {
    const first = tokens[0] as string;
    const pair = HONORIFIC_PAIR[first];
    if (pair && tokens.length > 3 && pair.has(tokens[1] ?? '')) {
      // "Tan Sri Razali Othman", "Datuk Seri Azhar Kamaruddin": both words are the title ("Tan" alone is a surname).
      titled = true;
      courtesy = true;
      gender = first === 'Puan' || first === 'Toh' || first === 'Datin' ? 'she' : gender;
      start += first.length + 1 + (tokens[1] ?? '').length + 1;
      tokens = tokens.slice(2);
      continue;
    } else if (first in COURTESY) {
      gender = COURTESY[first] ?? null;
      titled = true;
      courtesy = true;
    } else if (tokens.length > 2 && (isNationality(first) || /^\p{Lu}[\p{L}-]*-year-old$/u.test(first))) {
      // "Frenchman Maxime Ducasse", "Belgian Thibaut Verlinden": where someone is from describes them.
      // ("Nineteen-year-old International Master Ishita Rane": so does an age.)
    } else if (tokens.length > 3 && /^(?:International|FIDE|Woman)$/.test(first) && /^(?:Master|Grandmaster)$/.test(tokens[1] ?? '')) {
      // Chess titles of two words: "International Master Ishita Rane", "Woman Grandmaster …".
      titled = true;
      titleWords.push(first);
    } else if (tokens.length > 2 && /\p{Ll}s$/u.test(first) && TITLE_WORDS.has(first.slice(0, -1))) {
      // "a bench of Justices Meera Khanna and Rajesh Bhandari", "Senators X and Y": a title for two, each a holder.
      titled = true;
      titleWords.push(first.slice(0, -1));
    } else if (first === 'Emir' && tokens.length === 2 && !titled) {
      // "lasher Emir Hodžić": a given name (a ruler is "Emir Sheikh Tamim …" or "the Emir of Qatar").
      break;
    } else if (
      isTitleWord(first) ||
      // ("Lt Col Mahbubur Rahman Chowdhury": "Col" after "Lt" is the rank, not a given name.)
      (first === 'Col' && tokens.length > 2 && /^Lt\.?$/.test(titleWords.at(-1) ?? '')) ||
      (tokens.length > 2 && (ROLE_TOKEN.test(first) || OCCUPATION.test(first) || articleTitles.has(first)))
    ) {
      // An office ("Foreign Minister"), a role at the start of a sentence ("Negotiator John Smith") or a title
      // the article uses on its own ("Taoiseach Micheál Martin" … "the Taoiseach said").
      titled = true;
      titleWords.push(first);
    } else if (!NOT_NAME.has(first) || (first === 'He' && tokens.length >= 2) || (first === 'I' && tokens.length >= 3)) break;
    // "Governor Monday Ehigie", "Senator Sunday Dare": after a title, a weekday that a surname follows is a first name.
    else if (titled && tokens.length >= 2 && (WEEKDAY_NAMES as readonly string[]).includes(first)) break;
    start += first.length + 1;
    tokens = tokens.slice(1);
  }
  return { tokens, start, gender, titled, courtesy, titleWords };
}

// Words that end what stands before a role: "went to Japanese director" is a "Japanese director".
const BEFORE_ROLE_ENDS =
  /^(?:.*\s)?(?:to|by|from|with|as|and|or|but|went|goes|go|said|says|told|was|is|were|are|has|had|have|when|while|after|before|including|like|named|called|beat|beats|against|over|sacked|sacks|fired|fires|appointed|appoints|hired|hires|signed|signs|replaced|replaces|dismissed|dismisses|thanked|thanks|praised|praises|criticised|criticized|criticises|criticizes|met|meets|visited|visits|welcomed|welcomes|nominated|nominates|promoted|promotes|suspended|suspends|arrested|arrests|detained|detains|charged|charges|interviewed|interviews|quoted|quotes|joined|joins|defeated|defeats|sued|sues|accused|accuses|blamed|blames|backed|backs|endorsed|endorses|urged|urges|asked|asks)\s+/i;

/** A role before a name without the words before it that belong to the sentence ("went to", "beat"). */
function trimRolePrefix(role: string): string {
  // (The role word ends what comes before its field: "Commissioner for Information and Communication".)
  const at = /\s(?:for|of)\s/i.exec(role)?.index ?? role.length;
  return `${role.slice(0, at).replace(BEFORE_ROLE_ENDS, '')}${role.slice(at)}`.trim();
}

/** A name's role: its titles, else a role in apposition ("Allison Hart, the Nato spokesperson,"), else a role word before it. */
function roleOf(titleWords: string[], before: string, after: string, textBefore: string): string | null {
  const apposition =
    APPOSITION.exec(after)?.[1]
      ?.trim()
      .replace(/^(?:the|a|an)\s+/i, '') ?? null;
  const roleBefore =
    ROLE_BEFORE.exec(before)?.[1]
      ?.replace(/^[^\p{L}]+/u, '')
      // ("a decision their captain Thabo Mokoena defended": the role is what follows the last determiner, before what it
      // is of: "The chairman of the union, X" is the chairman of the union.)
      .replace(
        /^(?:(?:(?!\s(?:of|for)\s).)*\s)?(?:the|a|an|his|her|their|its|our|my|your)\s+(?=(?:(?!\s(?:of|for)\s).)*(?:\s(?:of|for)\s|$))/is,
        '',
      )
      // ("the Dean of Cork, the Very Rev X": not the style after the office.)
      .replace(/,?\s+(?:the\s+)?(?:(?:Very|Right|Most|Rt)\s+)?(?:Rev\.?|Revd|Reverend)$/i, '')
      .trim() ?? null;
  // ("Einar Hafsteinsson, a fisherman who moved back …": what someone does, the apposition's last word, is a role too.)
  const head = apposition?.split(/\s+/).at(-1) ?? '';
  // (Not ", whose mother,": whose relation the apposition names.)
  const occupation = OCCUPATION.test(head.charAt(0).toUpperCase() + head.slice(1)) && !/^whose\s/i.test(apposition ?? '');
  // ("the Very Rev X": a clergy style is no office; the one in apposition before it is.)
  const styleOnly = titleWords.length > 0 && titleWords.every((w) => /^(?:Very|Right|Most|Rt|Rev\.?|Revd|Reverend)$/.test(w));
  const described =
    titleWords.length > 0 && !(styleOnly && roleBefore)
      ? titleWords.join(' ')
      : apposition && (ROLE_WORD.test(apposition) || occupation)
        ? apposition
        : roleBefore && trimRolePrefix(roleBefore);
  return described && /\bcounterparts?\b/i.test(described) ? counterpartOf(described, textBefore) : described;
}

/**
 * Whether the article ever writes `word` inside a longer name ("Lula" in "Luiz Inácio Lula da Silva"); with
 * `titlesApart`, a title or role before it is not a name's word ("President Lee" is not a longer name).
 */
function inLongerName(word: string, text: string, titlesApart = false): boolean {
  const w = escapeRegExp(word);
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}'’-]*)[ \u00a0]${w}(?![\p{L}])`, 'gu'))) {
    const before = m[1] ?? '';
    if (!titlesApart || (!TITLE_WORDS.has(before) && !(before in COURTESY) && !ROLE_TOKEN.test(before))) return true;
  }
  return new RegExp(String.raw`(?<![\p{L}])${w}[ \u00a0](?:\p{Lu}|da |de |dos )`, 'u').test(text);
}

const RELATION_BEFORE =
  /\b(wife|husband|son|daughter|mother|father|brother|sister|neighbou?r|friend|partner|grandson|granddaughter|grandmother|grandfather|uncle|aunt|cousin|widow|widower|fiancée?|boyfriend|girlfriend),\s+$/i;

// "Mr Whitlock’s mother, ", "Onodera's wife, ", "Belkacem's elder son ": family of a person the article names by surname.
const KIN_OF_NAMED =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)['’]s\s+(?:(?:elder|eldest|younger|youngest|only|late|twin|teenage|\d+-year-old)\s+)?(wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|widow|widower),?\s+$/u;

/** The gender a relation tells ("his wife, Maria"), or null ("her neighbour, Sam"). */
function relationGender(relation: string): 'he' | 'she' | null {
  if (/^(?:wife|daughter|mother|sister|granddaughter|grandmother|aunt|widow|fiancée|girlfriend)$/i.test(relation)) return 'she';
  return /^(?:husband|son|father|brother|grandson|grandfather|uncle|widower|fiancé|boyfriend)$/i.test(relation) ? 'he' : null;
}

// A military or police rank, abbreviated, just before a name: "Lt. Gen. ", "Supt. ".
// Sumo's ranks, before the one name a wrestler fights under: "Sekiwake Kirinoumi", "yokozuna Hakuozan".
const ONE_NAME_RANK = /(?<![\p{L}])(?:[Yy]okozuna|[Oo]zeki|[Ss]ekiwake|[Kk]omusubi|[Mm]aegashira)[ \u00a0]$/u;
const RANK_BEFORE = /(?<![\p{L}])(?:Lt|Gen|Maj|Col|Capt|Sgt|Adm|Brig|Cmdr|Supt|Insp|Det|Cpl|Pvt)\.[ \u00a0]$/u;

/** One word without a courtesy title: a surname that speaks, or a body that speaks; else nobody. */
function singleWordMention(
  name: string,
  start: number,
  end: number,
  cues: { says: boolean; titled: boolean; before: string; after: string },
  people: ArticlePeople,
): NewPersonMention | null {
  // "says Parata", "Parata said": a surname that speaks is the one name-shaped mention it ends.
  const promoted = cues.says ? people.promote(name) : null;
  if (promoted) return { start, end, record: promoted };
  // "Maria tells me": a first name that speaks, in a feature that calls people by it.
  const tags = cues.says ? tagsOf(name) : [];
  // ("John said" after "John and Mary Hollis": the one person the article named in full with that first name.)
  // ("Geraldo told Agência Brasil" after "retired bus driver Geraldo Antunes da Silva": a first name the lexicon does not
  // know, that speaks, of the one person named in full with it.)
  const byFirst =
    (tags.includes('FirstName') || (cues.says && /^\p{Lu}\p{Ll}+$/u.test(name))) && !FAMILY_FIRST.test(name)
      ? people.byFirstName(name)
      : null;
  if (byFirst) return { start, end, record: byFirst };
  if (tags.includes('FirstName') && !inLongerName(name, people.text))
    return { start, end, record: people.add(name, null, 'person', genderOf([name], null)) };
  // "Among the protesters was Zeynep, a 21-year-old engineering student who declined to give her surname": one name
  // with an age after it is a person's, as a feature gives those who give only their first name.
  if (!cues.titled && AGE_AFTER.test(cues.after) && !inLongerName(name, people.text) && !ORG_WORD.test(name))
    return { start, end, record: people.add(name, null, 'person', genderOf([name], null)) };
  if (cues.says && !cues.titled && isBodyName(name, cues.after, cues.before)) {
    // "HS Orka said in a statement": letters before the word are the body's name's start.
    const letters = LETTERS_BEFORE.exec(cues.before);
    if (letters?.[1] && !ROLE_ACRONYM.test(letters[1]))
      return { start: start - letters[0].length, end, record: people.add(`${letters[1]} ${name}`, null, 'organisation') };
    return { start, end, record: people.add(people.bodyBeginning(name) ?? name, null, 'organisation') };
  }
  // "Halberd said" after "Cambridge-based Halberd Therapeutics": the one body named before whose name begins so.
  const body = cues.says && !cues.titled ? people.bodyBeginning(name) : null;
  if (body) return { start, end, record: people.add(body, null, 'organisation') };
  // "Lt. Gen. Widyanto", "President Prabowo": one name after an office or a rank is a person's (many use one name).
  // (Not an office's own word, "the Chief Minister's"; not a first name before a nickname, "Mayor Jaime “Jimboy” Corral".)
  // (Nor a surname the article also writes in a longer name: "President Lee" may be any of its Lees.)
  if (
    ((cues.titled && RANK_BEFORE.test(cues.before)) || ONE_NAME_RANK.test(cues.before)) &&
    !TITLE_WORDS.has(name.replace(/['’]s$/, '')) &&
    !ROLE_TOKEN.test(name) &&
    !/^\s*[“"‘]/.test(cues.after) &&
    !inLongerName(name, people.text, true)
  )
    return { start, end, record: people.add(name, null, 'person', null) };
  return null;
}

// "Lord Falconer of Thoroton", "Baroness Whitcombe of Ludlow", "Lord Pennington": a peer's title is their name.
const PEER =
  /(?<![\p{L}])(Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess)\s+(\p{Lu}[\p{L}'’-]+)(?:\s+of\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))?(?![\p{L}])/gu;

/** Peers, named by their title: the full style when given ("… of Thoroton"), which "Lord Falconer" later resolves to. */
function peers(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const out: NewPersonMention[] = [];
  for (const m of text.matchAll(PEER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "Lady Whitcombe" after "Baroness Whitcombe of Ludlow" is the same peer.
    const name = m[0].replace(/\s+/g, ' ');
    if (known.person(name) || found.some((f) => f.start < end && start < f.end)) continue;
    const gender = /^(?:Lord|Viscount|Earl)$/.test(m[1] ?? '') ? 'he' : 'she';
    const record = people.resolve(name) ?? people.resolvePeer(m[2] ?? '', gender) ?? people.add(name, null, 'person', gender);
    out.push({ start, end, record });
  }
  return out;
}

// 'Ramiro "Chango" Albornoz', 'Kim "Nox" Tae-hyun': a nickname in quotation marks inside a name, as sports and
// esports copy writes it (one or two capitalised words, or a gamer's tag of letters and digits).
const NICKNAMED =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+)[ \u00a0]["“‘']\p{L}[\p{L}\p{N}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*)?["”’'][ \u00a0](\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?(?:[ \u00a0]\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)?)?)(?![\p{L}'’-])/gu;

/** People named with a nickname between their names: the person is the name without it ("Ramiro Albornoz"). */
function nicknamed(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const out: NewPersonMention[] = [];
  for (const m of text.matchAll(NICKNAMED)) {
    const given = m[1] ?? '';
    const family = m[2] ?? '';
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // (Not a title or a place around the nickname: 'President "Bongbong" Marcos' is found by the title.)
    if (isTitleWord(given) || given in COURTESY || NOT_NAME.has(given) || known.place(given) || known.place(family)) continue;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const name = `${given} ${family}`;
    if (known.person(name)) continue;
    out.push({ start, end, record: people.resolve(name) ?? people.add(name, null, 'person') });
  }
  return out;
}

// "the Gallagher family said", "The Okafor-Bello family said in a statement": a family speaking as one.
const FAMILY = /(?<![\p{L}])[Tt]he[ \u00a0]+(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)[ \u00a0]+family(?![\p{L}])/gu;

// ("The Gould family shared a statement on Facebook": a family speaking in a statement of its own.)
const FAMILY_RELEASED =
  /^\s+(?:has\s+|have\s+)?(?:released|issued|shared|posted|put\s+out)\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|tribute|message)\b/;

/** A family that speaks ("the Gallagher family said: …") is a body of its own, not the one of them last named. */
function familiesSpeaking(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const out: NewPersonMention[] = [];
  for (const m of text.matchAll(FAMILY)) {
    const end = (m.index ?? 0) + m[0].length;
    const start = end - (m[1] ?? '').length - ' family'.length;
    const after = text.slice(end, end + 120);
    if (!(speechSoon(after) || FAMILY_RELEASED.test(after)) || known.place(m[1] ?? '') || found.some((f) => f.start < end && start < f.end))
      continue;
    const name = `${m[1] ?? ''} family`;
    out.push({ start, end, record: people.resolve(name) ?? people.add(name, null, 'organisation') });
  }
  return out;
}

// "Pope Leo XIV", "King Charles III", "Sultan Ibrahim II": a reigning name with its number.
const REIGNING =
  /(?<![\p{L}])(Pope|King|Queen|Emperor|Empress|Sultan|Tsar|Shah|Patriarch)\s+(\p{Lu}\p{Ll}+)\s+((?:X{0,3})(?:IX|IV|V?I{0,3}))(?![\p{L}\p{N}])/gu;
const SHE_REIGNS = new Set(['Queen', 'Empress', 'Princess', 'Crown Princess']);
// "King Maurits of the Netherlands", "Queen Elise, a former nurse,", "Princess Clothilde said": a royal by one name.
const ROYAL_ONE_NAME =
  /(?<![\p{L}])(Crown Prince|Crown Princess|King|Queen|Prince|Princess|Emperor|Empress)\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]|\s+\p{Lu}|\s+(?:X{0,3})(?:IX|IV|V?I{1,3})\b)/gu;
const ROYAL_PROVED = /^(?:\s+of\s+(?:the\s+)?\p{Lu}|,\s+(?:a|an|the|who|whose)\s)/u;

/**
 * A royal by title and one name ("King Maurits of the Netherlands told", "Queen Elise, a former nurse,") is that person,
 * title included, where the words prove a person; "the king" and "she" later resolve to them.
 */
function royalsByOneName(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const out: NewPersonMention[] = [];
  for (const m of text.matchAll(ROYAL_ONE_NAME)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const name = m[0].replace(/\s+/g, ' ');
    const after = text.slice(end, end + 120);
    // Only where the words prove a person: their realm after them, a description, or speaking ("King Street said" is no one).
    if (!ROYAL_PROVED.test(after) && !speechSoon(after)) continue;
    if (known.person(name) || known.place(name) || known.place(m[2] ?? '') || found.some((f) => f.start < end && start < f.end)) continue;
    // ("Prince Khalid said" after "Energy Minister Prince Khalid bin Saud": a name the article writes longer is that one.)
    if (
      new RegExp(String.raw`(?<![\p{L}])${m[2] ?? ''}[ \u00a0](?:\p{Lu}|(?:bin|ibn|bint|al|el|de|da|dos|van|von)[ \u00a0-])`, 'u').test(
        people.text || text,
      )
    )
      continue;
    const gender = SHE_REIGNS.has(m[1] ?? '') ? 'she' : 'he';
    out.push({ start, end, record: people.resolve(name) ?? people.add(name, m[1] ?? null, 'person', gender) });
  }
  return out;
}

/**
 * A reigning name with its number is one person's whole name, title and number included ("Pope Leo XIV"), which "Leo"
 * and "the pope" later resolve to. (Without this, "King Charles III told …" made the numeral a body that speaks.)
 */
function reigningNames(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const out: NewPersonMention[] = [];
  for (const m of text.matchAll(REIGNING)) {
    if (!m[3]) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const name = m[0].replace(/\s+/g, ' ');
    if (known.person(name) || found.some((f) => f.start < end && start < f.end)) continue;
    const record = people.resolve(name) ?? people.add(name, m[1] ?? null, 'person', SHE_REIGNS.has(m[1] ?? '') ? 'she' : 'he');
    out.push({ start, end, record });
  }
  return out;
}

// "the government said", a verb of saying straight after it.
const BARE_GOVERNMENT =
  /(?<![\p{L}])[Tt]he\s+government(?=\s+(?:also\s+)?(?:said|says|added|announced|stated|confirmed|insisted|warned|denied|wrote)\b)/gu;

/** "Iran's foreign ministry said", "the Omani foreign ministry said": a country's ministry, written in lower case, speaking. */
function countryMinistries(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const ministries: NewPersonMention[] = [];
  // "the foreign ministry said", in an article whose dateline says whose.
  for (const m of people.home ? text.matchAll(BARE_LOWER_MINISTRY) : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const mention = ministryMention(`${people.home} ${capitalise(m[1] ?? '')} Ministry`, start, end, text, known, people);
    if (mention) ministries.push(mention);
  }
  // "BAMAKO, Mali (AP) — … the government said in a statement": the government of the dateline's country.
  for (const m of people.home ? text.matchAll(BARE_GOVERNMENT) : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const mention = ministryMention(`${people.home} government`, start, end, text, known, people);
    if (mention) ministries.push(mention);
  }
  for (const m of text.matchAll(COUNTRY_MINISTRY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const country = m[1];
    const adjective = country ? (known.place(country) ? demonymOf(country) : null) : m[2] && isDemonym(m[2]) ? m[2] : null;
    if (!adjective) continue;
    // "Ecuador's government has said …": the Ecuadorian government. ("Senegal's navy said": the Senegalese Navy.)
    const force = m[4]?.replace(/\s+/g, ' ').split(' ').map(capitalise).join(' ');
    const name = m[3] ? `${adjective} ${capitalise(m[3])} Ministry` : force ? `${adjective} ${force}` : `${adjective} government`;
    const mention = ministryMention(name, start, end, text, known, people);
    if (mention) ministries.push(mention);
  }
  return ministries;
}

// ("Gohar Danielyan of the Hayastan bloc told reporters …": a body named with a lower-case word for what it is.)
// ("Krystian Zaremba of the far-right Confederation told reporters": what the body is, in lower case, before its name.)
const WORKPLACE_AFTER =
  /^,?[ \u00a0]+(?:of|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{Ll}-]+[ \u00a0]+){0,2}(?=\p{Lu})(?:[\p{Lu}&][\p{L}.&'’-]*[ \u00a0]*(?:of[ \u00a0]+(?:the[ \u00a0]+)?(?=\p{Lu}))?){1,6}(?:(?:bloc|party|group|faction|alliance|coalition|movement|union|campaign|think tank)[ \u00a0]*)?,?/u;
// "in Monterrey, ": a place and the comma before the country or region it is in.
const PLACE_PAIR_BEFORE = /\b(?:in|from|at|of|near|outside)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+$/u;
// ("Katrin Vogel of the University of Tübingen, who leads the mission, said": a body's own "of" inside it.)
// Letters and generations after a name: "Gráinne Ní Bhriain SC", "John Doe, Jr., said".
const POSTNOMINAL = /^,?[ \u00a0]+(?:SC|KC|QC|OBE|MBE|CBE|KBE|DBE|Jr\.?|Sr\.?|II|III|IV)(?![\p{L}]),?/u;
// Offices written as letters ("the CJ told the courtroom"): [the describing word, the office's noun].
const OFFICE_LETTERS: Record<string, [string, string]> = {
  CJ: ['Chief', 'Justice'],
  CM: ['Chief', 'Minister'],
  PM: ['Prime', 'Minister'],
  FM: ['Foreign', 'Minister'],
  DCJ: ['Deputy', 'Justice'],
};
const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
// Roles and the letters after a name ("Gráinne Ní Bhriain SC", "… KC", "… OBE").
const ROLE_ACRONYM = /^(?:MEPs?|MPs?|MSPs?|MLAs?|TDs?|CEO|CFO|COO|CTO|GM|QC|KC|SC|PM|OBE|MBE|CBE|KBE|DBE|JP|GPs?|MDs?)$/;

/** An all-capitals body ("IAEA", "NATO") that speaks, where no other mention stands. */
// "The CGIL union said", "the Unite union told", "the Avanti airline said": a body's name, then what kind of body it is,
// then a verb of saying. ("The DIAN tax and customs authority said": an authority, after what it oversees.)
// ("The Unia trade union said": a union, of a trade.)
const NAME_THEN_KIND = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:opposition|ruling|governing|main|rival|small|new|far-right|far-left|right-wing|left-wing|centre-right|centre-left|center-right|center-left|conservative|liberal|nationalist|separatist|Islamist|regional|national|local|state-owned|private)\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:for|of|and)\s+)?\p{Lu}[\p{L}'’&.-]*){0,3})\s+(?:(?:(?:trade|labour|labor)\s+)?union|party|group|company|firm|airline|carrier|regulator|broadcaster|association|federation|watchdog|charity|network|agency|newspaper|retailer|insurer|lender|(?:(?:tax|customs|revenue|aviation|maritime|food|drug|medicines|competition|data|energy|water|transport|road|rail|port|ports|health|environment|environmental|planning|housing|financial)\s+(?:and\s+(?:tax|customs|revenue|safety|standards|markets|drug|drugs|food)\s+)?(?:authority|agency|regulator)))\s+(?:also\s+|later\s+)?(?=${SPEECH_VERB.source})`,
  'gu',
);

// "the Paris prosecutor's office said", "The Guanajuato state prosecutor's office said", "the Istanbul governor's office",
// "The federal prosecutor's office": an office named by whose it is, in lower case, after its place or its level.
const OWNERS_OFFICE = new RegExp(
  String.raw`(?<![\p{L}'’])(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:(?:state|regional|federal|provincial|district|city|county|local|public|chief|national)\s+){0,2}(?:prosecutor|prosecutors|public prosecutor|mayor|governor|attorney general|Attorney General|sheriff|coroner|ombudsman)['’]s?\s+office)(?![\p{L}])`,
  'gu',
);

// The level of government an office is of, its first word when no place is: "federal", "State".
const OFFICE_LEVEL = /^(?:state|regional|federal|provincial|district|city|county|public|chief|national)$/i;

/** Offices named by whose they are ("the Paris prosecutor's office said"), with their place or level. */
function ownersOffices(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  // (Only where an owner's office is named at all: findNewPeople reads every paragraph.)
  if (!/['’]s?\s+office\b/.test(text)) return [];
  return bodiesMatched(text, OWNERS_OFFICE, people, found, (m) => {
    const name = m[1] ?? '';
    // (A place or a level says which office: not "the prosecutor's office", nor "his lawyer's office".)
    const first = name.split(/\s+/)[0] ?? '';
    return OFFICE_LEVEL.test(first) || (/^\p{Lu}/u.test(first) && known.place(first)) ? name : null;
  });
}

/**
 * Bodies a pattern finds in lower case or by whose they are, which no run of capitals shows: each match's name (`nameOf`,
 * null to skip it) where no mention is yet, known already or new if it speaks.
 */
function bodiesMatched(
  text: string,
  pattern: RegExp,
  people: ArticlePeople,
  found: NewPersonMention[],
  nameOf: (m: RegExpMatchArray) => string | null,
): NewPersonMention[] {
  const bodies: NewPersonMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const name = nameOf(m);
    if (!name) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    const end = start + name.length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    // ("A Welsh government spokesperson said": the body speaks through its unnamed spokesperson.)
    const said =
      speechSoon(text.slice(end, end + 120)) ||
      BODY_SPOKESPERSON.test(text.slice(end, end + 60)) ||
      ACCORDING.test(text.slice(Math.max(0, start - 30), start));
    const mention = bodyMention(name, start, end, said, people);
    if (mention) bodies.push(mention);
  }
  return bodies;
}

// "Larnaca police said", "Dutch police said", "the Nitra regional police said", "the Hanamaki city government said",
// "Valencia city council said": a force or a government named by its place or its people, in lower case, with its level.
const PLACE_BODY = new RegExp(
  String.raw`(?<![\p{L}'’.-])((\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:(?:county|provincial|regional|cantonal|prefectural|state|city|district|municipal|metropolitan|traffic|military|border|local|federal|national|railway)\s+){0,2}(?:police|government|council))(?![\p{L}])`,
  'gu',
);

// "the municipality of Rotterdam said", "the city of Edmonton said": a place's own administration, in lower case.
const ADMINISTRATION_OF =
  /(?<![\p{L}])[Tt]he[ \u00a0]+(municipality|city|county|province|borough|town|district)[ \u00a0]+of[ \u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*)?)(?![\p{L}])/gu;

/** Police forces and governments named by their place or people ("Larnaca police said"), which no run of capitals shows to be bodies. */
function placeBodies(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  if (!/\b(?:police|government|council)\b/.test(text)) return [];
  return bodiesMatched(text, PLACE_BODY, people, found, (m) => {
    const owner = (m[2] ?? '').replace(/^(?:The|An?)\s+/, '');
    return known.place(owner) || isDemonym(owner) || isNationality(owner) ? (m[1] ?? '').slice((m[1] ?? '').indexOf(owner)) : null;
  });
}

/**
 * A place's administration that speaks, in lower case ("the municipality of Rotterdam said"): a body of its own, found
 * before runs of capitals, which would read the place's name as a short form of another body ("Rotterdam Eye Hospital").
 */
function administrationsSpeaking(text: string, known: Known, people: ArticlePeople): NewPersonMention[] {
  const out: NewPersonMention[] = [];
  if (!/\bof\s+\p{Lu}/u.test(text)) return out;
  for (const m of text.matchAll(ADMINISTRATION_OF)) {
    const [whole, level = '', place = ''] = m;
    const start = (m.index ?? 0) + whole.indexOf(level);
    const end = (m.index ?? 0) + whole.length;
    if (!known.place(place)) continue;
    const said = speaksAt(text, end);
    const mention = bodyMention(`${level.charAt(0).toUpperCase()}${level.slice(1)} of ${place}`, start, end, said, people);
    if (mention) out.push(mention);
  }
  return out;
}

/** Bodies named before a word for their kind that speak ("The CGIL union said"), which no run alone shows to be bodies. */
function bodiesByKind(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const bodies: NewPersonMention[] = [];
  for (const m of text.matchAll(NAME_THEN_KIND)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(name);
    const end = start + name.length;
    if (known.person(name) || known.place(name) || isDemonym(name) || isNationality(name)) continue;
    // ("the São Paulo-based company said": where the body is based, not its name.)
    if (WHERE_BASED.test(name.split(/\s+/).at(-1) ?? '')) continue;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const resolved = people.resolve(name);
    if (resolved?.kind === 'person') continue;
    bodies.push({ start, end, record: resolved ?? people.add(name, null, 'organisation') });
  }
  return bodies;
}

/**
 * "Elections NL said", "Transport NSW said", "Bowel Cancer UK said": the words before a region's or a country's letters
 * that say what the body does (up to three, nearest the letters), when the letters have their own verb next; else ''.
 * (Not "X, chief executive of the charity Pancreatic Cancer UK, said", where X speaks.)
 */
function describedBefore(text: string, start: number, letters: string, known: Known): string {
  if (!SAYS_RIGHT_AFTER.test(text.slice(start + letters.length, start + letters.length + 40))) return '';
  const before = /(?<![\p{L}'’.-])((?:\p{Lu}\p{Ll}{2,}[ \u00a0]){1,3})$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const words = before
    .trim()
    .split(/[ \u00a0]/)
    .filter(Boolean);
  const describes = (w: string) =>
    w.length >= 4 &&
    !NOT_NAME.has(w) &&
    !isTitleWord(w) &&
    !(w in COURTESY) &&
    !(WEEKDAY_NAMES as readonly string[]).includes(w) &&
    !known.place(w) &&
    !tagsOf(w).some((t) => t === 'FirstName' || t === 'Verb' || t === 'Month');
  let from = words.length;
  while (from > 0 && describes(words[from - 1] as string)) from--;
  return words.slice(from).join(' ');
}

const SAYS_RIGHT_AFTER =
  /^[ \u00a0]+(?:(?:also|then|later|has|had|have)[ \u00a0]+)?(?:said|says|told|tells|added|adds|warned|wrote|writes|posted|tweeted|announced|stated|confirmed|insisted|argued)\b/;

function speakingAcronyms(text: string, known: Known, people: ArticlePeople, found: NewPersonMention[]): NewPersonMention[] {
  const acronyms: NewPersonMention[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const start = m.index ?? 0;
    const name = m[0];
    // "the Fine Gael MEP told": a role's letters, not a body; nor is a reigning name's number ("Charles III told").
    if (ROLE_ACRONYM.test(name) || ROMAN_NUMERAL.test(name)) continue;
    // "the CJ told the courtroom", "the CM said": the holder of the office the letters stand for, if the article names one.
    const office = OFFICE_LETTERS[name];
    if (office) {
      const holder = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) ? people.byRole(office[1], [office[0]]) : null;
      if (holder) acronyms.push({ start, end: start + name.length, record: holder });
      continue;
    }
    // "District Magistrate Pranav Kumar Jha … the DM replied": the one whose office's capitals the letters are.
    const byLetters = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) ? people.byRoleLetters(name) : null;
    if (byLetters) {
      acronyms.push({ start, end: start + name.length, record: byLetters });
      continue;
    }
    // "The ACLU of Washington said", "the NAACP of Ohio, which …, praised": letters, then the state or city of its branch,
    // a body of its own, registered whether or not it speaks ("the organization said" next may be it).
    const branch = OF_PLACE_AFTER_LETTERS.exec(text.slice(start + name.length, start + name.length + 40));
    if (
      branch?.[1] &&
      known.place(branch[1]) &&
      !OFFICE_OF_LETTERS.test(name) &&
      !known.person(name) &&
      !found.some((f) => f.start <= start && start < f.end)
    ) {
      const end = start + name.length + branch[0].length;
      const record = people.resolve(`${name} of ${branch[1]}`) ?? people.add(`${name} of ${branch[1]}`, null, 'organisation');
      acronyms.push({ start, end, record });
      continue;
    }
    // "BT Ireland said": a company's letters, then the country it trades in, speaking.
    const placed = PLACE_AFTER_LETTERS.exec(text.slice(start + name.length, start + name.length + 40));
    // (Not "DPP Teo" where the text names "Nicholas Teo": a surname that is also a place's name.)
    const place = placed?.[1] && known.place(placed[1]) && !afterAName(placed[1], people.text) ? placed : null;
    const after = start + name.length + (place ? place[0].length : 0);
    const speaks = speechSoon(text.slice(after, after + 120)) || (!place && ACCORDING.test(text.slice(Math.max(0, start - 30), start)));
    const described = speaks ? describedBefore(text, start, name, known) : '';
    if (described) {
      const body = `${described} ${name}`;
      if (!known.person(body) && !known.place(body))
        acronyms.push({ start: start - described.length - 1, end: start + name.length, record: people.add(body, null, 'organisation') });
      continue;
    }
    if (known.person(name) || known.place(name) || found.some((f) => f.start <= start && start < f.end)) continue;
    // "The navy's Hydrographic and Oceanographic Service, known as SHOA, said": the body named before is the one speaking.
    // ("The Independent Journalists' Association of Serbia, NUNS, said": letters set off by commas, in its own language.)
    const aka =
      /,\s+(?:known\s+as|or)\s+$/.exec(text.slice(Math.max(0, start - 14), start)) ??
      (text[start + name.length] === ',' ? /,[ \u00a0]$/.exec(text.slice(start - 2, start)) : null);
    const named = aka ? found.filter((f) => f.record.kind === 'organisation' && f.end <= start && start - f.end <= 16).pop() : undefined;
    if (named) {
      acronyms.push({ start, end: start + name.length, record: named.record });
      continue;
    }
    // "A KLM spokesperson said", "a Health NZ spokesperson said": the body speaking through someone unnamed.
    const lead = BODY_LEAD.exec(text.slice(Math.max(0, start - 40), start));
    if (lead && BODY_SPOKESPERSON.test(text.slice(start + name.length, start + name.length + 60))) {
      const words = lead[1] ?? '';
      // ("a Health NZ spokesperson" after "Health New Zealand was preparing …": the body whose place the letters shorten.)
      const body = words ? (people.bodyWithPlaceLetters(words.trim(), name) ?? `${words}${name}`) : (people.bodyByInitials(name) ?? name);
      if (!known.person(body) && !known.place(body))
        acronyms.push({ start: start - words.length, end: start + name.length, record: people.add(body, null, 'organisation') });
      continue;
    }
    if (speaks && place) acronyms.push({ start, end: after, record: people.add(`${name} ${place[1] ?? ''}`, null, 'organisation') });
    else if (speaks) {
      const body = people.bodyByInitials(name) ?? withPlaceAfter(name, people.text, known);
      acronyms.push({ start, end: start + name.length, record: people.add(body, null, 'organisation') });
    }
  }
  return acronyms;
}

// "of" and a place's name of one or two words after a body's letters: "ACLU of Washington".
// (Not an office's letters, "the DGP of Punjab", "the SP of Ludhiana": one person's.)
const OFFICE_OF_LETTERS = /^(?:DGP|IGP|ADGP|DIG|SP|SSP|DSP|ASP|DC|DM|SDM|ADM|SHO|CJI|VC|CS|MLC|MoS|DG|ADG|CO|OC)$/;
const OF_PLACE_AFTER_LETTERS = /^[ \u00a0]of[ \u00a0](\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}-])/u;
// A place's name of one or two words straight after a body's letters: "BT Ireland", "EY Ireland".
const PLACE_AFTER_LETTERS = /^[ \u00a0](\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}-])/u;
/** Whether the text writes a word after a first name ("Nicholas Teo"), as a surname. */
const afterAName = (word: string, text: string): boolean =>
  [...text.matchAll(new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \u00a0]${escapeRegExp(word)}(?![\p{L}])`, 'gu'))].some(
    (m) => tagsOf(m[1] ?? '').includes('FirstName'),
  );

/**
 * "the EPA said" after "EPA Victoria issued an advice": letters a body's name begins with, then the place it is of, are
 * that body, when the article writes the letters before one place only.
 */
function withPlaceAfter(letters: string, text: string, known: Known): string {
  const after = new RegExp(
    String.raw`(?<![\p{L}\p{N}-])${letters}[ \u00a0](\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}-])`,
    'gu',
  );
  const places = new Set([...text.matchAll(after)].map((m) => m[1] ?? '').filter((p) => known.place(p)));
  const only = places.size === 1 ? [...places][0] : undefined;
  return only ? `${letters} ${only}` : letters;
}
