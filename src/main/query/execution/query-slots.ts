import { WorkstationError } from '../../../shared/contract/envelope';

/** Slots remembered at most; the idle ones asked longest ago are forgotten first. */
const MAX_SLOTS = 2_000;

export const supersededError = () =>
  new WorkstationError('cancelled', 'A newer query from the same panel replaced this one.', { reason: 'superseded' });
export const cancelledError = () => new WorkstationError('cancelled', 'The query was cancelled.', { reason: 'cancelled' });

interface Occupant {
  sequence: number;
  stop(error: WorkstationError): void;
}

interface SlotState {
  /** The newest sequence the slot has seen, by a query or a cancel. */
  sequence: number;
  occupant: Occupant | null;
}

/**
 * Who asks for what, by slot: entering a slot stops the query already in it; a request older
 * than the slot's newest is refused, so requests that overtake each other on the way cannot
 * bring back an answer the asker no longer wants.
 */
export class QuerySlots {
  private readonly slots = new Map<string, SlotState>();

  /**
   * Admits a query into `slot` (throws the superseded error when it is already outdated) and
   * returns what to call once it has its answer.
   */
  enter(slot: string, sequence: number | undefined, stop: (error: WorkstationError) => void): () => void {
    const state = this.slots.get(slot) ?? { sequence: 0, occupant: null };
    const admitted = sequence ?? state.sequence + 1;
    if (admitted <= state.sequence) throw supersededError();
    state.occupant?.stop(supersededError());
    const occupant: Occupant = { sequence: admitted, stop };
    state.sequence = Math.max(state.sequence, admitted);
    state.occupant = occupant;
    this.remember(slot, state);
    return () => {
      if (state.occupant === occupant) state.occupant = null;
    };
  }

  /** Stops the slot's query when it is no newer than `through`; later requests up to it are refused. */
  cancel(slot: string, through?: number): boolean {
    const state = this.slots.get(slot) ?? { sequence: 0, occupant: null };
    const occupant = state.occupant;
    const stops = occupant !== null && (through === undefined || occupant.sequence <= through);
    if (stops) {
      state.occupant = null;
      occupant.stop(cancelledError());
    }
    state.sequence = Math.max(state.sequence, through ?? state.sequence);
    this.remember(slot, state);
    return stops;
  }

  private remember(slot: string, state: SlotState): void {
    this.slots.delete(slot);
    this.slots.set(slot, state);
    if (this.slots.size <= MAX_SLOTS) return;
    for (const [name, candidate] of this.slots) {
      if (this.slots.size <= MAX_SLOTS) break;
      if (candidate.occupant === null) this.slots.delete(name);
    }
  }
}
