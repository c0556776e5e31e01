import { ISO_ALPHA3_TO_ALPHA2 } from '../catalogue/iso-territories';
import { nameKey } from './identifiers';

const UNKNOWN = new Set(['', 'OU', 'XX', 'ZZ', '--', 'N/A', 'NA?', 'UNKNOWN', 'OTHER']);
const WORLD = new Set(['WW', 'WORLD', 'WORLDWIDE', 'GLOBAL', 'ROW']);
const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** Three-letter codes statements print that are not (or no longer) ISO alpha-3. */
const ALPHA3_ALIASES: Record<string, string> = {
  XKX: 'XK', XKS: 'XK', // Kosovo has no ISO code; these two are the common stand-ins
  ROM: 'RO', ZAR: 'CD', TMP: 'TL', // withdrawn codes still found in old catalogue exports
  UAE: 'AE',
};

/**
 * Spellings statements use that ICU's English names do not cover: the ISO 3166 "official short
 * names" (`Korea, Republic of`), older names (`Swaziland`, `Czech Republic`) and everyday ones.
 */
const NAME_ALIASES: Record<string, string> = {
  'korea, republic of': 'KR', 'republic of korea': 'KR', 'korea (south)': 'KR', 'korea, south': 'KR',
  // Stores that print a bare "Korea" mean the one they can sell in.
  korea: 'KR',
  "korea, democratic people's republic of": 'KP', "democratic people's republic of korea": 'KP',
  'viet nam': 'VN', 'czech republic': 'CZ', 'russian federation': 'RU', 'iran, islamic republic of': 'IR',
  'syrian arab republic': 'SY', "lao people's democratic republic": 'LA', 'moldova, republic of': 'MD',
  'republic of moldova': 'MD', 'tanzania, united republic of': 'TZ', 'united republic of tanzania': 'TZ',
  'bolivia, plurinational state of': 'BO', 'venezuela, bolivarian republic of': 'VE',
  'taiwan, province of china': 'TW', 'taiwan, republic of china': 'TW', 'hong kong sar': 'HK', macau: 'MO',
  'macao sar': 'MO', 'micronesia, federated states of': 'FM', 'palestine, state of': 'PS',
  'palestinian territory': 'PS', 'palestinian territory, occupied': 'PS',
  'congo, the democratic republic of the': 'CD', 'democratic republic of the congo': 'CD', 'dr congo': 'CD',
  'congo (kinshasa)': 'CD', congo: 'CG', 'republic of the congo': 'CG', 'congo (brazzaville)': 'CG',
  'ivory coast': 'CI', 'holy see': 'VA', 'holy see (vatican city state)': 'VA', macedonia: 'MK',
  'macedonia, the former yugoslav republic of': 'MK', swaziland: 'SZ', burma: 'MM', 'cabo verde': 'CV',
  'east timor': 'TL', turkey: 'TR', 'brunei darussalam': 'BN', 'united states of america': 'US', 'u.s.a.': 'US',
  'u.s.': 'US', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  'virgin islands, british': 'VG', 'virgin islands, u.s.': 'VI', 'united states minor outlying islands': 'UM',
  'saint vincent and the grenadines': 'VC', 'saint helena, ascension and tristan da cunha': 'SH',
  'saint martin (french part)': 'MF', 'sint maarten (dutch part)': 'SX', 'heard island and mcdonald islands': 'HM',
  'south georgia and the south sandwich islands': 'GS', 'falkland islands (malvinas)': 'FK',
  'bonaire, sint eustatius and saba': 'BQ', 'cocos (keeling) islands': 'CC', holland: 'NL',
  'libyan arab jamahiriya': 'LY',
};
const WORLD_NAMES = ['rest of world', 'rest of the world', 'world', 'worldwide', 'global', 'international'];
const UNKNOWN_NAMES = ['unknown', 'other', 'others', 'not available', 'not specified', 'n a'];

/** Name key: accent- and punctuation-free, without a leading "the" ("The Bahamas", "the Netherlands"). */
function regionKey(text: string): string {
  return nameKey(text).replace(/^the /, '');
}

/**
 * English names → alpha-2, built once. ICU's long and short names for every ISO code, the same
 * with "St." spelled "Saint" and "&" spelled "and" (ICU writes "St. Kitts & Nevis", ISO writes
 * "Saint Kitts and Nevis"), then the alias table; world/unknown words map to WW/ZZ.
 */
function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const long = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
  const add = (name: string | undefined, code: string): void => {
    if (!name || name.length <= 2) return;
    for (const spelling of [name, name.replace(/\bSt\./g, 'Saint').replace(/&/g, 'and')]) {
      const key = regionKey(spelling);
      if (key !== '' && !index.has(key)) index.set(key, code);
    }
  };
  for (const code of Object.values(ISO_ALPHA3_TO_ALPHA2)) {
    add(long.of(code), code);
    add(short.of(code), code);
  }
  add(long.of('XK'), 'XK');
  for (const [name, code] of Object.entries(NAME_ALIASES)) index.set(regionKey(name), code);
  for (const name of WORLD_NAMES) index.set(regionKey(name), 'WW');
  for (const name of UNKNOWN_NAMES) index.set(regionKey(name), 'ZZ');
  return index;
}

const NAME_INDEX = buildNameIndex();

/**
 * A statement's country cell → ISO-3166 alpha-2, ZZ for unknown or WW for worldwide. Reads alpha-2
 * (DistroKid, TuneCore), alpha-3 (Symphonic, Beatport) and English names (The Orchard).
 */
export function normaliseTerritory(text: string, known: ReadonlySet<string>): string {
  const code = text.trim().toUpperCase();
  if (UNKNOWN.has(code)) return 'ZZ';
  if (WORLD.has(code)) return 'WW';
  if (/^[A-Z]{2}$/.test(code)) {
    const alpha2 = ALIASES[code] ?? code;
    return known.has(alpha2) ? alpha2 : 'ZZ';
  }
  const found = /^[A-Z]{3}$/.test(code) ? (ISO_ALPHA3_TO_ALPHA2[code] ?? ALPHA3_ALIASES[code]) : undefined;
  const resolved = found ?? NAME_INDEX.get(regionKey(text));
  if (resolved === 'WW' || resolved === 'ZZ') return resolved;
  return resolved !== undefined && known.has(resolved) ? resolved : 'ZZ';
}
