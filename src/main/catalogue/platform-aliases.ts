import type Database from 'better-sqlite3';
import { WorkstationError } from '../../shared/contract/envelope';
import { PlatformSpelling, type PlatformAliasChange } from '../../shared/contract/platform-aliases';

/*
 * The spellings that lead a statement's store name to a platform, edited one at a time. A spelling
 * is compared here exactly as CatalogueResolver.platform looks a cell up: the cell trimmed, then `=`
 * against platform.name and platform_alias.alias, whose NOCASE collation ignores letter case. So
 * what is refused here as taken is what the importer would already read as that platform, and a
 * spelling added here catches the next statement that prints it. Lines already stored keep their
 * platform: a spelling only steers the imports that come after it.
 */

interface Platform {
  id: number;
  name: string;
}

function platformById(db: Database.Database, platformId: number): Platform {
  const platform = db.prepare<[number], Platform>('SELECT id, name FROM platform WHERE id = ?').get(platformId);
  if (!platform) throw new WorkstationError('not_found', 'That platform no longer exists.');
  return platform;
}

function readSpelling(alias: string): string {
  const parsed = PlatformSpelling.safeParse(alias);
  if (!parsed.success) throw new WorkstationError('invalid_input', parsed.error.issues[0]!.message);
  return parsed.data;
}

/** Why a spelling cannot be added to `target`: the platform it already leads to, in the importer's order. */
function takenBy(db: Database.Database, spelling: string, target: Platform): string | null {
  const named = db.prepare<[string], Platform>('SELECT id, name FROM platform WHERE name = ?').get(spelling);
  if (named) {
    if (named.id === target.id) return `“${spelling}” already leads to ${named.name}: it is its name.`;
    return `“${spelling}” already leads to ${named.name}: it is that platform’s name. Merge ${named.name} into ${target.name} instead, which moves its lines too.`;
  }
  const aliased = db
    .prepare<[string], { alias: string; name: string }>('SELECT a.alias, p.name FROM platform_alias a JOIN platform p ON p.id = a.platform_id WHERE a.alias = ?')
    .get(spelling);
  if (!aliased) return null;
  // The collation ignores case: say how it is stored when the user typed it otherwise.
  const stored = aliased.alias === spelling ? '' : `, spelled “${aliased.alias}”`;
  return `“${spelling}” already leads to ${aliased.name}${stored}.`;
}

export function addPlatformAlias(db: Database.Database, platformId: number, alias: string): PlatformAliasChange {
  const spelling = readSpelling(alias);
  return db.transaction(() => {
    const platform = platformById(db, platformId);
    const taken = takenBy(db, spelling, platform);
    if (taken) throw new WorkstationError('rejected_input', taken);
    db.prepare('INSERT INTO platform_alias (alias, platform_id) VALUES (?, ?)').run(spelling, platform.id);
    return { platformId: platform.id, platform: platform.name, alias: spelling };
  })();
}

export function removePlatformAlias(db: Database.Database, platformId: number, alias: string): PlatformAliasChange {
  const spelling = alias.trim();
  return db.transaction(() => {
    const platform = platformById(db, platformId);
    const stored = db
      .prepare<[string, number], { alias: string }>('SELECT alias FROM platform_alias WHERE alias = ? AND platform_id = ?')
      .get(spelling, platform.id);
    if (!stored) {
      const isName = db.prepare<[string, number], { id: number }>('SELECT id FROM platform WHERE name = ? AND id = ?').get(spelling, platform.id);
      if (isName) throw new WorkstationError('invalid_input', `“${spelling}” is the name of ${platform.name}, not one of its spellings: it stays.`);
      throw new WorkstationError('not_found', `“${spelling}” is not a spelling of ${platform.name}.`);
    }
    db.prepare('DELETE FROM platform_alias WHERE alias = ?').run(stored.alias);
    return { platformId: platform.id, platform: platform.name, alias: stored.alias };
  })();
}
