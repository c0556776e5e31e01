import { describe, expect, it } from 'vitest';
import { CorrectionRequest, MOST_LINES_AT_ONCE, QuarantinedLineChoice } from '../../../src/shared/contract/quarantine';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('requests about quarantined lines', () => {
  it('take each line once, at least one and at most the limit, for corrections and for setting aside alike', () => {
    const correction = (line: number) => ({ line, text: 'a\tb' });
    expect(CorrectionRequest.safeParse({ importId: 1, lines: [correction(3), correction(4)] }).success).toBe(true);
    expect(messages(CorrectionRequest.safeParse({ importId: 1, lines: [correction(3), correction(3)] }))).toEqual(['each line once']);
    expect(messages(CorrectionRequest.safeParse({ importId: 1, lines: [] }))).toEqual(['at least one corrected line']);

    expect(QuarantinedLineChoice.safeParse({ importId: 1, lines: [3, 4] }).success).toBe(true);
    expect(messages(QuarantinedLineChoice.safeParse({ importId: 1, lines: [3, 3] }))).toEqual(['each line once']);
    expect(messages(QuarantinedLineChoice.safeParse({ importId: 1, lines: [] }))).toEqual(['at least one line']);
    const tooMany = Array.from({ length: MOST_LINES_AT_ONCE + 1 }, (_, i) => i + 1);
    expect(messages(QuarantinedLineChoice.safeParse({ importId: 1, lines: tooMany }))).toEqual([`at most ${MOST_LINES_AT_ONCE} lines at once`]);
    expect(QuarantinedLineChoice.safeParse({ importId: 1, lines: [3], extra: true }).success).toBe(false);
  });
});
