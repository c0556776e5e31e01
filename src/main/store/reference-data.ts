import type Database from 'better-sqlite3';
import { PLATFORM_CATALOGUE } from '../catalogue/platform-catalogue';

/** Region codes ICU knows but that are not territories a store reports sales in. */
const NOT_TERRITORIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/**
 * ISO-3166 alpha-2 territories with English names, read from the runtime's ICU data rather than a
 * hand-kept list, plus ZZ for "unknown" (DistroKid's OU, blanks) and WW for worldwide lines.
 */
export function territoryList(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const list: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_TERRITORIES.has(code)) continue;
      const name = names.of(code);
      if (name && name !== code) list.push({ code, name });
    }
  }
  list.push({ code: 'ZZ', name: 'Unknown territory' }, { code: 'WW', name: 'Worldwide' });
  return list;
}

export function seedReferenceData(db: Database.Database): void {
  const insertTerritory = db.prepare('INSERT OR IGNORE INTO territory (code, name) VALUES (?, ?)');
  for (const t of territoryList()) insertTerritory.run(t.code, t.name);

  const insertPlatform = db.prepare('INSERT INTO platform (name, default_sale_type) VALUES (?, ?)');
  const insertAlias = db.prepare('INSERT OR IGNORE INTO platform_alias (alias, platform_id) VALUES (?, ?)');
  for (const p of PLATFORM_CATALOGUE) {
    const id = insertPlatform.run(p.name, p.saleType).lastInsertRowid;
    for (const alias of p.aliases) insertAlias.run(alias, id);
  }
  db.prepare("INSERT INTO setting (key, value) VALUES ('base_currency', 'USD')").run();
}
