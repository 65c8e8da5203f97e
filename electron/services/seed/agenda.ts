/**
 * The days of one demo case, in order: work is put on the agenda for a date and done when the
 * simulated clock gets there, so every record is written at the moment it would have been.
 * Nothing is done after today.
 */
import type { SimClock } from './calendar';

interface Entry {
  date: string;
  /** 0: first thing that day, 1: during the day, 2: last thing that day (closing a case). */
  slot: 0 | 1 | 2;
  seq: number;
  work: () => void;
}

export class Agenda {
  private readonly entries: Entry[] = [];
  private seq = 0;

  constructor(private readonly clock: SimClock) {}

  at(date: string, work: () => void, slot: Entry['slot'] = 1): void {
    if (date > this.clock.today) return;
    this.entries.push({ date, slot, seq: this.seq++, work });
  }

  /** Works through the agenda, also what the work itself adds to it. */
  run(): void {
    while (this.entries.length > 0) {
      let next = 0;
      for (let i = 1; i < this.entries.length; i++) if (before(this.entries[i]!, this.entries[next]!)) next = i;
      const [entry] = this.entries.splice(next, 1);
      this.clock.enter(entry!.date);
      entry!.work();
    }
  }
}

const before = (a: Entry, b: Entry) => (a.date !== b.date ? a.date < b.date : a.slot !== b.slot ? a.slot < b.slot : a.seq < b.seq);
