import type Database from 'better-sqlite3';
import { WorkstationError } from '../../shared/contract/envelope';
import { beginMerge, entityOf } from './merge-undo/merge-journal';

/**
 * Folds a platform into another: its lines move, and its name and spellings become aliases of
 * the target, so the next statement that spells it that way lands on the target directly. The
 * merge is kept so it can be undone.
 */
export function mergePlatform(db: Database.Database, platformId: number, intoPlatformId: number): { movedLines: number; mergeId: number } {
  if (platformId === intoPlatformId) throw new WorkstationError('invalid_input', 'A platform cannot be merged into itself.');
  return db.transaction(() => {
    const from = db.prepare<[number], { name: string }>('SELECT name FROM platform WHERE id = ?').get(platformId);
    const into = db.prepare<[number], { name: string }>('SELECT name FROM platform WHERE id = ?').get(intoPlatformId);
    if (!from || !into) throw new WorkstationError('not_found', 'That platform no longer exists.');
    const both = [platformId, intoPlatformId];
    const merge = beginMerge(db, {
      kind: 'platform',
      fromName: from.name,
      intoName: into.name,
      intoId: intoPlatformId,
      entities: [entityOf('platform', platformId, from.name.toLowerCase()), entityOf('platform', intoPlatformId, into.name.toLowerCase())],
      scopes: [
        { table: 'platform', where: 'id IN (?, ?)', params: both },
        { table: 'platform_alias', where: 'platform_id IN (?, ?) OR alias = ?', params: [...both, from.name] },
      ],
    });
    const movedLines = merge.moveLines('platform_id', platformId, intoPlatformId);
    merge.rebuildRollups();
    db.prepare('UPDATE OR REPLACE platform_alias SET platform_id = ? WHERE platform_id = ?').run(intoPlatformId, platformId);
    db.prepare('DELETE FROM platform WHERE id = ?').run(platformId);
    db.prepare('INSERT OR REPLACE INTO platform_alias (alias, platform_id) VALUES (?, ?)').run(from.name, intoPlatformId);
    return { movedLines, mergeId: merge.finish(movedLines) };
  })();
}

/**
 * Lines are counted from the per-import platform rollup on the sale basis, where every line is
 * counted exactly once: statement_line has no index on platform_id, so counting it there read the
 * whole table once per platform.
 */
export function listPlatforms(db: Database.Database) {
  const rows = db
    .prepare<[], { id: number; name: string; sale_type: string; aliases: string | null; lines: number }>(
      `SELECT p.id, p.name, p.default_sale_type AS sale_type,
         (SELECT group_concat(alias, char(31)) FROM platform_alias a WHERE a.platform_id = p.id) AS aliases,
         coalesce(r.lines, 0) AS lines
       FROM platform p
       LEFT JOIN (SELECT platform_id, SUM(lines) AS lines FROM rollup_month_platform WHERE basis = 'sale' GROUP BY platform_id) r
         ON r.platform_id = p.id
       ORDER BY lines DESC, p.name`,
    )
    .all();
  return rows.map((r) => ({
    platformId: r.id,
    name: r.name,
    saleType: r.sale_type,
    aliases: r.aliases ? r.aliases.split('\u001f').sort() : [],
    lines: r.lines,
  }));
}
