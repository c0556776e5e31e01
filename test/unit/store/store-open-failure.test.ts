import { describe, expect, it } from 'vitest';
import { StoreNotWritable } from '../../../src/main/store/store-access';
import { storeOpenFailure } from '../../../src/main/store/store-open-failure';

const file = '/labels/harbour/workstation.sqlite';
const sqlite = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('why a data file could not be opened', () => {
  it('says what to do for each way a store is unusable', () => {
    expect(storeOpenFailure(file, new StoreNotWritable(file))).toBe(
      `The data file ${file} cannot be written to (it is read-only). TuneMantra needs to write to it: check its permissions, or copy it somewhere you can write and open that.`,
    );
    expect(storeOpenFailure(file, sqlite('SQLITE_NOTADB', 'file is not a database'))).toMatch(/^The file \/labels\/harbour\/workstation\.sqlite is not a TuneMantra data file \(it is not an SQLite database\)\./);
    expect(storeOpenFailure(file, sqlite('SQLITE_CANTOPEN', 'unable to open database file'))).toContain('its folder /labels/harbour cannot be written to');
    expect(storeOpenFailure(file, sqlite('SQLITE_BUSY', 'database is locked'))).toBe(
      `Another TuneMantra window or command is writing to ${file}; start this one again once it has finished.`,
    );
  });

  it('keeps any other reason as SQLite gave it', () => {
    expect(storeOpenFailure(file, new Error('disk I/O error'))).toBe(`The data file ${file} cannot be opened: disk I/O error`);
  });
});
