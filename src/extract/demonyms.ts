// The adjective of a country's name ("Iran" → "Iranian"), for naming its bodies as English news does:
// "Iran's foreign ministry said" is the Iranian Foreign Ministry.
import { countries } from 'countries-list';

const IRREGULAR: Record<string, string> = {
  France: 'French',
  Germany: 'German',
  China: 'Chinese',
  Japan: 'Japanese',
  Turkey: 'Turkish',
  Türkiye: 'Turkish',
  Britain: 'British',
  'United Kingdom': 'British',
  Netherlands: 'Dutch',
  Spain: 'Spanish',
  Sweden: 'Swedish',
  Switzerland: 'Swiss',
  Iran: 'Iranian',
  Iraq: 'Iraqi',
  Sudan: 'Sudanese',
  'South Sudan': 'South Sudanese',
  Lebanon: 'Lebanese',
  Vietnam: 'Vietnamese',
  Thailand: 'Thai',
  Philippines: 'Philippine',
  Poland: 'Polish',
  Denmark: 'Danish',
  Finland: 'Finnish',
  Ireland: 'Irish',
  Greece: 'Greek',
  Portugal: 'Portuguese',
  Norway: 'Norwegian',
  Belgium: 'Belgian',
  'Saudi Arabia': 'Saudi',
  Egypt: 'Egyptian',
  Jordan: 'Jordanian',
  Ukraine: 'Ukrainian',
  Afghanistan: 'Afghan',
  Congo: 'Congolese',
  Senegal: 'Senegalese',
  Mexico: 'Mexican',
  Canada: 'Canadian',
  Peru: 'Peruvian',
  Chile: 'Chilean',
  Brazil: 'Brazilian',
  Argentina: 'Argentine',
  Italy: 'Italian',
  Hungary: 'Hungarian',
  Syria: 'Syrian',
  Kazakhstan: 'Kazakh',
  Uzbekistan: 'Uzbek',
  Tajikistan: 'Tajik',
  Kyrgyzstan: 'Kyrgyz',
  Turkmenistan: 'Turkmen',
  Cyprus: 'Cypriot',
  Malta: 'Maltese',
  Nepal: 'Nepali',
  Wales: 'Welsh',
  Scotland: 'Scottish',
  England: 'English',
  Iceland: 'Icelandic',
  Israel: 'Israeli',
  Ghana: 'Ghanaian',
  Morocco: 'Moroccan',
  Niger: 'Nigerien',
  Mali: 'Malian',
  Togo: 'Togolese',
  Benin: 'Beninese',
  Cameroon: 'Cameroonian',
  Somalia: 'Somali',
  Zimbabwe: 'Zimbabwean',
  Mozambique: 'Mozambican',
  Madagascar: 'Malagasy',
  Chad: 'Chadian',
  Burundi: 'Burundian',
  Malawi: 'Malawian',
  Gabon: 'Gabonese',
  Djibouti: 'Djiboutian',
  'Sierra Leone': 'Sierra Leonean',
  'South Africa': 'South African',
  'Ivory Coast': 'Ivorian',
  "Côte d'Ivoire": 'Ivorian',
  'Burkina Faso': 'Burkinabe',
  'Sri Lanka': 'Sri Lankan',
  Myanmar: 'Myanmar',
  Laos: 'Lao',
  Singapore: 'Singaporean',
  Taiwan: 'Taiwanese',
  'South Korea': 'South Korean',
  'North Korea': 'North Korean',
  'New Zealand': 'New Zealand',
  Fiji: 'Fijian',
  Ecuador: 'Ecuadorian',
  Paraguay: 'Paraguayan',
  Uruguay: 'Uruguayan',
  Haiti: 'Haitian',
  Honduras: 'Honduran',
  'El Salvador': 'Salvadoran',
  'Costa Rica': 'Costa Rican',
  Kosovo: 'Kosovar',
  'North Macedonia': 'North Macedonian',
  Montenegro: 'Montenegrin',
  'Czech Republic': 'Czech',
  Czechia: 'Czech',
  Belarus: 'Belarusian',
  'United Arab Emirates': 'Emirati',
  Luxembourg: 'Luxembourgish',
};

/** The adjective English uses for a country, or null where no rule gives it with confidence. */
export function demonymOf(country: string): string | null {
  const irregular = IRREGULAR[country];
  if (irregular) return irregular;
  if (!/^\p{Lu}\p{Ll}+$/u.test(country)) return null;
  // Russia → Russian, Rwanda → Rwandan, Kenya → Kenyan.
  if (/a$/.test(country)) return `${country}n`;
  // Oman → Omani, Qatar → Qatari, Pakistan → Pakistani, Kuwait → Kuwaiti, Bahrain → Bahraini, Yemen → Yemeni.
  if (/(?:an|ar|ait|ain|en|el|esh)$/.test(country)) return `${country}i`;
  return null;
}

const ADJECTIVES = new Set(Object.values(IRREGULAR));

/** Whether a word is a country's adjective: one of the irregular ones ("Kyrgyz", "Dutch") or of a regular shape ("Omani", "Kenyan"). */
export function isDemonym(word: string): boolean {
  return ADJECTIVES.has(word) || /^\p{Lu}\p{Ll}+(?:i|an|ese|ish|ch)$/u.test(word);
}

// Nouns for someone of a country, by the country's adjective: "the Dane" is Danish, "Frenchman …" French.
const NOUN_ADJECTIVE: Record<string, string> = {
  Dane: 'Danish',
  Briton: 'British',
  Brit: 'British',
  Swede: 'Swedish',
  Finn: 'Finnish',
  Pole: 'Polish',
  Spaniard: 'Spanish',
  Turk: 'Turkish',
  Scot: 'Scottish',
  Scotsman: 'Scottish',
  Scotswoman: 'Scottish',
  Frenchman: 'French',
  Frenchwoman: 'French',
  Dutchman: 'Dutch',
  Dutchwoman: 'Dutch',
  Englishman: 'English',
  Englishwoman: 'English',
  Irishman: 'Irish',
  Irishwoman: 'Irish',
  Welshman: 'Welsh',
  Welshwoman: 'Welsh',
  Kiwi: 'New Zealand',
  Icelander: 'Icelandic',
  Filipina: 'Filipino',
};

/** The adjective of the country a word for someone of it names ("Dane" → "Danish"); an adjective is its own. */
export const nationalityAdjective = (word: string): string => NOUN_ADJECTIVE[word] ?? word;

// Words that say which country someone is from, before their name ("Frenchman Maxime Ducasse", "Briton Amy Hale"):
// the nouns above but those that are first names and surnames too ("Finn", "Dane", "Pole", "Turk", "Scot", "Brit"),
// and adjectives no rule above gives.
const NAMES_TOO = new Set(['Dane', 'Finn', 'Pole', 'Turk', 'Scot', 'Brit']);
const NATIONALITIES = new Set([
  ...ADJECTIVES,
  ...Object.keys(NOUN_ADJECTIVE).filter((w) => !NAMES_TOO.has(w)),
  ...['American', 'Argentinian', 'Filipino', 'Basque', 'Catalan', 'Flemish', 'Kurdish'],
  ...Object.values(countries).flatMap((c) => {
    const adjective = demonymOf(c.name);
    return adjective && !adjective.includes(' ') ? [adjective] : [];
  }),
]);

/** Whether a word is a nationality ("Belgian", "Kenyan", "Frenchman"), from the list of the world's countries, not a word's shape. */
export function isNationality(word: string): boolean {
  return NATIONALITIES.has(word);
}
