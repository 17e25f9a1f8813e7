/**
 * Synthetic tickets for the reference contract (examples/customer-service.contract.yaml): mixed
 * channels and categories, replies, pauses while awaiting the customer, reopens, milestones, calls
 * in and outside phone hours. Deterministic: the same seed gives the same tickets.
 */
import { random } from './harness.js';

const H = 3_600_000;
const MIN = 60_000;
const FROM = Date.UTC(2025, 6, 1); // 2025-07-01
const SPAN = 300 * 24 * H; // to the end of April 2026

/** ISO 8601 in Beijing time, as help desks export it. */
export function iso(ms: number): string {
  return new Date(ms + 8 * H).toISOString().replace('Z', '+08:00');
}

export interface SyntheticTicket {
  id: string;
  fields: { channel: string; category: string; priority: string };
  events: Array<{ type: string; at: string; status?: string; name?: string; callId?: string }>;
}

const minutes = (ms: number) => Math.floor(ms / MIN) * MIN;

/** `count` tickets starting at number `first`. */
export function syntheticTickets(first: number, count: number, seed = 20251009): SyntheticTicket[] {
  const rand = random(seed + first);
  const pick = <T>(items: readonly T[], weights: readonly number[]): T => {
    let r = rand() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  };
  const out: SyntheticTicket[] = new Array(count);
  for (let n = 0; n < count; n++) {
    // Whole minutes (the naive reference steps minute by minute); replies to chats and calls keep their ms.
    const created = FROM + Math.floor((rand() * SPAN) / MIN) * MIN;
    const channel = pick(['chat', 'email', 'phone'], [4, 3, 3]);
    const category = pick(['general', 'complex', 'complaint'], [6, 2.5, 1.5]);
    const events: SyntheticTicket['events'] = [{ type: 'created', at: iso(created) }];
    let t = created;
    if (channel === 'phone') {
      events.push({ type: 'call-offered', at: iso(t), callId: 'c1' });
      const wait = Math.floor(rand() * 40_000);
      events.push({
        type: rand() < 0.1 ? 'call-abandoned' : 'call-answered',
        at: iso(t + wait),
        callId: 'c1',
      });
      t += 5 * MIN;
    } else {
      const reply =
        channel === 'chat' ? Math.floor(rand() * 45_000) : Math.floor((rand() * 6 * H) / MIN) * MIN;
      events.push({ type: 'agent-reply', at: iso(t + reply) });
      t += Math.ceil(reply / MIN) * MIN;
    }
    if (rand() < 0.4) {
      // Waiting on the customer for a while.
      events.push({ type: 'status', status: 'awaiting-customer', at: iso(t) });
      t += minutes(rand() * 30 * H);
      events.push({ type: 'customer-reply', at: iso(t) });
      events.push({ type: 'status', status: 'open', at: iso(t) });
    }
    if (category === 'complex')
      events.push({
        type: 'milestone',
        name: 'preliminary-solution',
        at: iso(t + minutes(rand() * 6 * 24 * H)),
      });
    if (category === 'complaint') {
      events.push({
        type: 'milestone',
        name: 'investigation-done',
        at: iso(t + minutes(rand() * 4 * 24 * H)),
      });
      events.push({
        type: 'milestone',
        name: 'result-communicated',
        at: iso(t + minutes(rand() * 8 * 24 * H)),
      });
    }
    t += minutes(rand() * 3 * 24 * H);
    events.push({ type: 'status', status: 'solved', at: iso(t) });
    if (rand() < 0.1) {
      // Reopened by the customer and solved again.
      t += minutes(rand() * 24 * H);
      events.push({ type: 'status', status: 'open', at: iso(t) });
      t += minutes(rand() * 24 * H);
      events.push({ type: 'status', status: 'solved', at: iso(t) });
    }
    out[n] = {
      id: `T${first + n}`,
      fields: { channel, category, priority: rand() < 0.1 ? 'high' : 'normal' },
      events,
    };
  }
  return out;
}
