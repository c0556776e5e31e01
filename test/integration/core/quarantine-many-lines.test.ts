import { describe, expect, it } from 'vitest';
import { MOST_LINES_AT_ONCE, QuarantinedLineChoice } from '../../../src/shared/contract/quarantine';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { coreWithChannelsEachTest } from '../../support/core-each-test';

const perTest = coreWithChannelsEachTest('tunemantra-many-quarantined-');

const dkLine = (qty: number, earnings: string) =>
  ['2024-03-05', '2024-01', 'Spotify', 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');

/** One line that reads, then 1,200 whose earnings print "n/a": lines 3 to 1,202 are quarantined. */
const STATEMENT = [DISTROKID_13_HEADER, dkLine(10, '1.25'), ...Array.from({ length: 1200 }, (_, i) => dkLine(i + 1, 'n/a'))].join('\n');

async function importStatement(): Promise<number> {
  const staged = await perTest.channels['import:stage']({ fileName: 'junk.tsv', contentBase64: Buffer.from(STATEMENT).toString('base64') });
  const { jobId } = await perTest.channels['import:start']({ files: [{ stagedId: staged.stagedId, onOverlap: 'keepBoth' }], mode: 'lenient' });
  for (;;) {
    const job = perTest.core.jobs.snapshot(jobId);
    if (job.status !== 'running') {
      const [outcome] = (job.result as { outcomes: { status: string; importId: number; rejected: number }[] }).outcomes;
      expect(outcome).toMatchObject({ status: 'imported', rejected: 1200 });
      return outcome!.importId;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

const history = async (importId: number) => (await perTest.channels['import:history']({})).imports.find((i) => i.importId === importId)!;
/** What the dialog shows: the first line listed, how many are listed and how many wait in all; the same of those set aside. */
async function listed(importId: number) {
  const answer = await perTest.channels['import:quarantined']({ importId });
  return {
    waiting: [answer.lines[0]?.line, answer.lines.length, answer.total],
    setAside: [answer.setAside[0]?.line, answer.setAside.length, answer.setAsideTotal],
  };
}
/** The lines listed as waiting now, as the dialog's "Set aside all" sends them: at most one request's worth. */
const shownLines = async (importId: number) => (await perTest.channels['import:quarantined']({ importId })).lines.map((l) => l.line);

describe('An import with more quarantined lines than one request takes', () => {
  it('lists them a request at a time: each set aside (or brought back) all at once brings the next ones in view, and the history counts follow', async () => {
    const importId = await importStatement();
    expect(await listed(importId)).toEqual({ waiting: [3, 500, 1200], setAside: [undefined, 0, 0] });
    expect(await history(importId)).toMatchObject({ rejected: 1200, setAside: 0 });

    const changes: number[] = [];
    perTest.core.onEvent((event) => event.type === 'data:changed' && changes.push(event.dataVersion));
    const first = await shownLines(importId);
    expect(first).toHaveLength(MOST_LINES_AT_ONCE);
    expect(QuarantinedLineChoice.safeParse({ importId, lines: first }).success).toBe(true);
    expect(await perTest.channels['import:setAsideLines']({ importId, lines: first })).toMatchObject({
      changed: 500, message: '500 lines of junk.tsv set aside: they stay out of the figures and no longer wait for correction.',
    });
    // Line 503 onwards: the next 500 of the 700 still waiting.
    expect(await listed(importId)).toEqual({ waiting: [503, 500, 700], setAside: [3, 500, 500] });
    expect(await history(importId)).toMatchObject({ rejected: 1200, setAside: 500 });

    await perTest.channels['import:setAsideLines']({ importId, lines: await shownLines(importId) });
    expect(await listed(importId)).toEqual({ waiting: [1003, 200, 200], setAside: [3, 500, 1000] });
    await perTest.channels['import:setAsideLines']({ importId, lines: await shownLines(importId) });
    expect(await listed(importId)).toEqual({ waiting: [undefined, 0, 0], setAside: [3, 500, 1200] });
    expect(await history(importId)).toMatchObject({ rejected: 1200, setAside: 1200 });
    expect(changes).toHaveLength(3);

    // Bringing back all those listed as set aside brings the first 500 back, the rest staying aside.
    const aside = (await perTest.channels['import:quarantined']({ importId })).setAside.map((l) => l.line);
    expect(await perTest.channels['import:bringBackLines']({ importId, lines: aside })).toMatchObject({
      changed: 500, message: '500 lines of junk.tsv brought back: they wait for correction again.',
    });
    expect(await listed(importId)).toEqual({ waiting: [3, 500, 500], setAside: [503, 500, 700] });
    expect(await history(importId)).toMatchObject({ rejected: 1200, setAside: 700 });
  });

  it('corrects the lines listed in one request, and the next ones take their place', async () => {
    const importId = await importStatement();
    const corrections = (await shownLines(importId)).map((line) => ({ line, text: dkLine(line - 2, '0.01') }));
    expect(await perTest.channels['import:correctLines']({ importId, lines: corrections })).toMatchObject({ corrected: 500, stillQuarantined: 0, overlaps: [] });
    expect(await listed(importId)).toEqual({ waiting: [503, 500, 700], setAside: [undefined, 0, 0] });
    // 1.25 + 500 × 0.01
    expect(await history(importId)).toMatchObject({ imported: 501, rejected: 700, setAside: 0, amounts: { USD: '6.25000000' } });
  });
});
