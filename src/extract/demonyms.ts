// The adjective of a country's name ("Iran" → "Iranian"), for naming its bodies as English news does:
// "Iran's foreign ministry said" is the Iranian Foreign Ministry.

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
