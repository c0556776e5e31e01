import { describe, expect, it } from 'vitest';
import { demoImportProgress, importJobProgress } from '../../../src/main/core/import-job-progress';

const WAITING = 'Waiting for another TuneMantra window or command that is writing to this data file…';
const april = { at: 1, files: 3, name: 'april.csv' };

describe('an import job’s progress', () => {
  it('names the file and its phase, counting whole files done and the share read', () => {
    expect(importJobProgress({ phase: 'reading', bytesDone: 250, bytesTotal: 1_000, lines: 12_500, statementBytes: 250 }, april)).toEqual({
      phase: 'reading', done: 1.25, total: 3, file: 'april.csv', message: 'april.csv: 12,500 lines', statementBytes: 250,
    });
    expect(importJobProgress({ phase: 'checking', bytesDone: 400, bytesTotal: 0, lines: 0, statementBytes: 0 }, april)).toMatchObject({ phase: 'checking', done: 1, total: 3 });
  });

  it('finishing has no total, so neither share nor time left', () => {
    expect(importJobProgress({ phase: 'finishing', bytesDone: 1, bytesTotal: 1, lines: 40_000, statementBytes: 1 }, april)).toEqual({
      phase: 'finishing', done: 2, total: null, file: 'april.csv', message: 'april.csv: 40,000 lines', statementBytes: 1,
    });
  });

  it('names the statement of a zip in hand with its place in the zip, keeping the file as the user picked it', () => {
    const member = { name: 'inner.zip › 2026-03-spotify.csv', at: 3, of: 12 };
    expect(importJobProgress({ phase: 'reading', bytesDone: 500, bytesTotal: 1_000, lines: 1_200, member, statementBytes: 9_000 }, { at: 0, files: 1, name: 'cargo-2026-03.zip' })).toEqual({
      phase: 'reading', done: 0.5, total: 1, file: 'cargo-2026-03.zip', member, message: 'inner.zip › 2026-03-spotify.csv (3 of 12) in cargo-2026-03.zip: 1,200 lines',
      statementBytes: 9_000,
    });
    expect(importJobProgress({ phase: 'waiting', bytesDone: 500, bytesTotal: 1_000, lines: 0, waitedMs: 900, member, statementBytes: 0 }, april)).toMatchObject({ done: 1.5, member, message: WAITING });
  });

  it('counts the statement bytes read over the run: the files before, then the file in hand’s, unpacked, whatever its share', () => {
    const third = { at: 2, files: 3, name: 'cargo.zip', readBefore: 5_000_000 };
    // A zip of 300 KB a third read, its statements unpacked to 2.4 MB of which 800 KB are read.
    expect(importJobProgress({ phase: 'reading', bytesDone: 100_000, bytesTotal: 300_000, lines: 9_000, statementBytes: 800_000 }, third))
      .toMatchObject({ done: 2.333, total: 3, statementBytes: 5_800_000 });
    expect(importJobProgress({ phase: 'checking', bytesDone: 100_000, bytesTotal: 300_000, lines: 0, statementBytes: 800_000 }, third))
      .toMatchObject({ statementBytes: 5_800_000 });
    expect(importJobProgress({ phase: 'waiting', bytesDone: 100_000, bytesTotal: 300_000, lines: 0, waitedMs: 10, statementBytes: 800_000 }, third))
      .toMatchObject({ waitedMs: 10, statementBytes: 5_800_000 });
    expect(importJobProgress({ phase: 'finishing', bytesDone: 300_000, bytesTotal: 300_000, lines: 27_000, statementBytes: 2_400_000 }, third))
      .toMatchObject({ total: null, statementBytes: 7_400_000 });
    expect(demoImportProgress({ phase: 'reading', bytesDone: 10, bytesTotal: 20, lines: 1, statementBytes: 10 }, { ...april, readBefore: 90 })).toMatchObject({ statementBytes: 100 });
  });

  it('waiting says so and for how long', () => {
    expect(importJobProgress({ phase: 'waiting', bytesDone: 0, bytesTotal: 0, lines: 0, waitedMs: 25_000, statementBytes: 0 }, april)).toEqual({
      phase: 'waiting', done: 1, total: 3, file: 'april.csv', message: WAITING, waitedMs: 25_000, statementBytes: 0,
    });
  });

  it('the demo load counts its files under one phase, finishing included', () => {
    expect(demoImportProgress({ phase: 'finishing', bytesDone: 1, bytesTotal: 1, lines: 10, statementBytes: 1 }, april)).toMatchObject({ phase: 'importing', done: 2, total: 3 });
    expect(demoImportProgress({ phase: 'waiting', bytesDone: 0, bytesTotal: 0, lines: 0, waitedMs: 500, statementBytes: 0 }, april)).toMatchObject({ phase: 'importing', waitedMs: 500, message: WAITING });
  });
});
