import { describe, expect, it } from 'vitest';
import type { WorkstationError } from '../../../../src/shared/contract/envelope';
import { QuerySlots } from '../../../../src/main/query/execution/query-slots';

function occupant() {
  const stopped: string[] = [];
  return { stopped, stop: (error: WorkstationError) => stopped.push(String((error.details as { reason: string }).reason)) };
}

describe('QuerySlots', () => {
  it('stops the query already in a slot when a newer one enters', () => {
    const slots = new QuerySlots();
    const first = occupant();
    slots.enter('chart', undefined, first.stop);
    const second = occupant();
    slots.enter('chart', undefined, second.stop);
    expect(first.stopped).toEqual(['superseded']);
    expect(second.stopped).toEqual([]);
    slots.enter('table', undefined, occupant().stop);
    expect(second.stopped).toEqual([]);
  });

  it('does not stop a query that has left its slot', () => {
    const slots = new QuerySlots();
    const first = occupant();
    const leave = slots.enter('chart', 1, first.stop);
    leave();
    slots.enter('chart', 2, occupant().stop);
    expect(first.stopped).toEqual([]);
    expect(slots.cancel('chart', 1)).toBe(false);
  });

  it('refuses a request older than one the slot has seen', () => {
    const slots = new QuerySlots();
    slots.enter('chart', 5, occupant().stop);
    expect(() => slots.enter('chart', 4, occupant().stop)).toThrow(/newer query/);
    expect(() => slots.enter('chart', 5, occupant().stop)).toThrow(/newer query/);
    expect(() => slots.enter('chart', 6, occupant().stop)).not.toThrow();
  });

  it('cancels only what was sent up to the cancel, and remembers how far it reached', () => {
    const slots = new QuerySlots();
    const running = occupant();
    slots.enter('kpi', 3, running.stop);
    expect(slots.cancel('kpi', 2)).toBe(false);
    expect(slots.cancel('kpi', 3)).toBe(true);
    expect(running.stopped).toEqual(['cancelled']);
    expect(slots.cancel('legend', 7)).toBe(false);
    expect(() => slots.enter('legend', 7, occupant().stop)).toThrow(/newer query/);
  });
});
