import { describe, expect, it } from 'vitest';
import { dropFolderStatus, folderPathProblem } from '../../../src/renderer/src/pages/import/drop-folder-status';

describe('dropFolderStatus', () => {
  it('says nothing is watched when no folder is set', () => {
    expect(dropFolderStatus({ folder: null, watching: false, problem: null })).toEqual({
      label: 'Not watching',
      tone: 'neutral',
      text: 'No folder is watched.',
      problem: null,
    });
  });

  it('says a healthy folder is watched', () => {
    expect(dropFolderStatus({ folder: '/srv/drop', watching: true, problem: null })).toMatchObject({ label: 'Watching', tone: 'good', problem: null });
  });

  it('passes the core’s problem on, and explains a stopped watcher the core gave no reason for', () => {
    expect(dropFolderStatus({ folder: '/srv/missing', watching: false, problem: '/srv/missing does not exist or cannot be read.' })).toMatchObject({
      label: 'Not watched',
      tone: 'bad',
      problem: '/srv/missing does not exist or cannot be read.',
    });
    expect(dropFolderStatus({ folder: '/srv/drop', watching: false, problem: null }).problem).toMatch(/stopped watching/);
  });
});

describe('folderPathProblem', () => {
  it('takes full POSIX, Windows drive and UNC paths', () => {
    expect(folderPathProblem('/home/ana/Statements')).toBeNull();
    expect(folderPathProblem('  /tmp/drop  ')).toBeNull();
    expect(folderPathProblem('C:\\Statements')).toBeNull();
    expect(folderPathProblem('d:/label/in')).toBeNull();
    expect(folderPathProblem('\\\\nas\\statements')).toBeNull();
  });

  it('refuses blank, relative and home-relative paths, saying what to type instead', () => {
    expect(folderPathProblem('  ')).toBe('Type the full path of a folder.');
    expect(folderPathProblem('Statements')).toMatch(/full path, starting from the root/);
    expect(folderPathProblem('C:Statements')).toMatch(/full path/);
    expect(folderPathProblem('~/Statements')).toMatch(/does not expand “~”/);
    expect(folderPathProblem(`/${'a'.repeat(4096)}`)).toMatch(/longer than/);
  });
});
