import { describe, expect, it } from 'vitest';
import { demoImportProgress, importJobProgress } from '../../../src/main/core/import-job-progress';

const WAITING = 'Waiting for another TuneMantra window or command that is writing to this data file…';
const april = { at: 1, files: 3, name: 'april.csv' };

describe('an import job’s progress', () => {
  it('names the file and its phase, counting whole files done and the share read', () => {
    expect(importJobProgress({ phase: 'reading', bytesDone: 250, bytesTotal: 1_000, lines: 12_500 }, april)).toEqual({
      phase: 'reading', done: 1.25, total: 3, file: 'april.csv', message: 'april.csv: 12,500 lines',
    });
    expect(importJobProgress({ phase: 'checking', bytesDone: 400, bytesTotal: 0, lines: 0 }, april)).toMatchObject({ phase: 'checking', done: 1, total: 3 });
  });

  it('finishing has no total, so neither share nor time left', () => {
    expect(importJobProgress({ phase: 'finishing', bytesDone: 1, bytesTotal: 1, lines: 40_000 }, april)).toEqual({
      phase: 'finishing', done: 2, total: null, file: 'april.csv', message: 'april.csv: 40,000 lines',
    });
  });

  it('names the statement of a zip in hand with its place in the zip, keeping the file as the user picked it', () => {
    const member = { name: 'inner.zip › 2026-03-spotify.csv', at: 3, of: 12 };
    expect(importJobProgress({ phase: 'reading', bytesDone: 500, bytesTotal: 1_000, lines: 1_200, member }, { at: 0, files: 1, name: 'cargo-2026-03.zip' })).toEqual({
      phase: 'reading', done: 0.5, total: 1, file: 'cargo-2026-03.zip', member, message: 'inner.zip › 2026-03-spotify.csv (3 of 12) in cargo-2026-03.zip: 1,200 lines',
    });
    expect(importJobProgress({ phase: 'waiting', bytesDone: 500, bytesTotal: 1_000, lines: 0, waitedMs: 900, member }, april)).toMatchObject({ done: 1.5, member, message: WAITING });
  });

  it('waiting says so and for how long', () => {
    expect(importJobProgress({ phase: 'waiting', bytesDone: 0, bytesTotal: 0, lines: 0, waitedMs: 25_000 }, april)).toEqual({
      phase: 'waiting', done: 1, total: 3, file: 'april.csv', message: WAITING, waitedMs: 25_000,
    });
  });

  it('the demo load counts its files under one phase, finishing included', () => {
    expect(demoImportProgress({ phase: 'finishing', bytesDone: 1, bytesTotal: 1, lines: 10 }, april)).toMatchObject({ phase: 'importing', done: 2, total: 3 });
    expect(demoImportProgress({ phase: 'waiting', bytesDone: 0, bytesTotal: 0, lines: 0, waitedMs: 500 }, april)).toMatchObject({ phase: 'importing', waitedMs: 500, message: WAITING });
  });
});
