/**
 * Invented names for the demo label. Every character is in Latin-1 on purpose: the oldest
 * DistroKid statements are written in Windows-1252, as DistroKid once sent them, and must be able
 * to carry the accents.
 */

export const DEMO_LABEL = 'Lanternfish Records';

export const DEMO_ARTISTS: readonly string[] = [
  'Zoë Kärnä',
  'Marisol Peñalba',
  'Ólafur Dýrfjörð',
  'Léa Fontaine',
  'The Velvet Hours',
  'Northbound Static',
  'Jonah Reyes',
  'Saltwater Choir',
  'Björn & the Hollow Pines',
  'Amara Okafor',
  'Glass Orchard',
  'Niamh Ó Dálaigh',
  'Tomás Eriksen',
  'Paper Lanterns',
  'Dune Motel',
  'Inês Calado',
  'Kid Mercury',
  'Halcyon Drive',
  'Sofía Lindqvist',
  'Low Tide Parade',
  'Mirela Novák',
  'The Quiet Arcade',
  'François Dubé',
  'Ember & Ash',
  'Yuki Hanamura',
];

const TITLE_FIRST: readonly string[] = [
  'Amber', 'Broken', 'Cold', 'Distant', 'Electric', 'Faded', 'Golden', 'Hollow', 'Idle', 'Jagged', 'Kind',
  'Lonely', 'Midnight', 'Neon', 'Open', 'Paper', 'Quiet', 'Restless', 'Silver', 'Tender', 'Velvet', 'Wild',
  'Yellow', 'Burning', 'Crystal', 'Drifting', 'Endless', 'Frozen', 'Gentle', 'Hidden', 'Summer', 'Winter',
  'Northern', 'Secret', 'Slow', 'Borrowed', 'Falling', 'Little', 'Last', 'Blue',
];

const TITLE_SECOND: readonly string[] = [
  'Harbour', 'Lights', 'Rivers', 'Motel', 'Garden', 'Satellites', 'Letters', 'Horizon', 'Static', 'Shoreline',
  'Hearts', 'Streets', 'Mirrors', 'Fields', 'Echoes', 'Windows', 'Tides', 'Signals', 'Balconies', 'Skyline',
  'Embers', 'Orchards', 'Highways', 'Ghosts', 'Radio', 'Weather', 'Postcards', 'Islands', 'Lanterns', 'Rooms',
  'Daydream', 'Parade', 'Silence', 'Waves', 'Stations', 'Bridges', 'Forests', 'Voices', 'Morning', 'Songs',
];

/** Titles real catalogues have: accents, punctuation, a comma that forces CSV quoting. */
export const SPECIAL_TITLES: readonly string[] = [
  'Café Noir',
  'Hold On, Let Go',
  'Déjà Vu in Lisbon',
  'Smörgåsbord',
  "Don't Wake Me (Yet)",
  'Señorita Lluvia',
  'Über Alles Blau',
  'Naïve Reprise',
  'São Paulo 3AM',
  'Ærø Ferry',
  'Crème Brûlée',
  'One, Two, Goodbye',
];

/** Every two-word title in a fixed order; the catalogue draws from it without repeats. */
export function titlePool(): string[] {
  const pool: string[] = [];
  for (const first of TITLE_FIRST) for (const second of TITLE_SECOND) pool.push(`${first} ${second}`);
  return pool;
}
