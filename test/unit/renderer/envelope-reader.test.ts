import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../../src/renderer/src/api/envelope-reader';

describe('readEnvelope', () => {
  it('passes a valid answer through', () => {
    expect(readEnvelope('jobs:cancel', { ok: true, value: { cancelled: true } })).toEqual({ ok: true, value: { cancelled: true } });
  });

  it('passes a readable error through', () => {
    const error = { code: 'not_found', message: 'No such job.' };
    expect(readEnvelope('jobs:get', { ok: false, error })).toEqual({ ok: false, error });
  });

  it('turns an answer that breaks the contract into an error', () => {
    const answer = readEnvelope('jobs:cancel', { ok: true, value: { cancelled: 'yes' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('rejects bodies that are not envelopes at all', () => {
    expect(readEnvelope('app:info', null)).toBeNull();
    expect(readEnvelope('app:info', '<html>')).toBeNull();
    expect(readEnvelope('app:info', { ok: false, error: { message: 'no code' } })).toBeNull();
  });
});
