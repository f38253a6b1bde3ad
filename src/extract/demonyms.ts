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

// Nouns for a country's people, and adjectives no rule above gives: "Frenchman Maxime Ducasse", "Briton Amy Hale".
// (Not "Finn", "Dane", "Pole", "Turk": first names and surnames too.)
const PEOPLE_WORDS = [
  'Frenchman',
  'Frenchwoman',
  'Dutchman',
  'Dutchwoman',
  'Englishman',
  'Englishwoman',
  'Irishman',
  'Irishwoman',
  'Welshman',
  'Welshwoman',
  'Scotsman',
  'Scotswoman',
  'Briton',
  'Spaniard',
  'Swede',
  'Kiwi',
  'American',
  'Argentinian',
  'Filipino',
  'Filipina',
  'Basque',
  'Catalan',
  'Flemish',
  'Kurdish',
];
/** Single words that say which country someone is from: its adjective as English news writes it, or a noun for its people. */
const NATIONALITIES = new Set([
  ...ADJECTIVES,
  ...PEOPLE_WORDS,
  ...Object.values(countries).flatMap((c) => {
    const adjective = demonymOf(c.name);
    return adjective && !adjective.includes(' ') ? [adjective] : [];
  }),
]);

/** Whether a word is a nationality ("Belgian", "Kenyan", "Frenchman"), from the list of the world's countries, not a word's shape. */
export function isNationality(word: string): boolean {
  return NATIONALITIES.has(word);
}
