import { describe, expect, it } from 'vitest';
import { dateOrderWarnings } from '../../../src/main/import/date-order';
import { sniffDateOrder } from '../../../src/shared/period/date-order-sniff';

describe('how a statement orders its numeric dates', () => {
  it('is day first once a date can only be day first and none only month first', () => {
    expect(sniffDateOrder([['01/03/2025', 'x'], ['13/04/25 00:00', '7']])).toEqual({ order: 'dmy', mixed: false });
  });

  it('takes no catalogue number for a date', () => {
    expect(sniffDateOrder([['13-04-25', '02/04/2025']])).toEqual({ order: 'mdy', mixed: false });
  });

  it('is month first when the dates fit both orders, show month first, or are not numeric', () => {
    expect(sniffDateOrder([['01/03/2025'], ['02/04/2025']])).toEqual({ order: 'mdy', mixed: false });
    expect(sniffDateOrder([['04/13/2025']])).toEqual({ order: 'mdy', mixed: false });
    expect(sniffDateOrder([['2025-04-13', '13.04.2025', '1/2']])).toEqual({ order: 'mdy', mixed: false });
  });

  it('is mixed, and read month first, when dates show both orders', () => {
    const evidence = sniffDateOrder([['13/04/2025'], ['04/14/2025']]);
    expect(evidence).toEqual({ order: 'mdy', mixed: true });
    expect(dateOrderWarnings(evidence)[0]).toMatch(/some dates day first and others month first/);
  });

  it('says nothing about a file read month first as usual', () => {
    expect(dateOrderWarnings({ order: 'mdy', mixed: false })).toEqual([]);
  });
});
