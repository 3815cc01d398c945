// The print slots the build's print stages share (src/browser/print-pdf.ts):
// never more prints at once than the capacity, the higher priority first,
// and a raised capacity lets the waiting in at once.
import { describe, expect, it } from 'vitest';
import { PrintSlots } from './print-pdf.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PrintSlots', () => {
  it('lets in no more than its capacity, the higher priority first, then in order of asking', async () => {
    const slots = new PrintSlots(1);
    const order: string[] = [];
    const first = await slots.acquire();
    const waiting = [
      slots.acquire(0).then((release) => (order.push('early a'), release)),
      slots.acquire(0).then((release) => (order.push('early b'), release)),
      slots.acquire(1).then((release) => (order.push('late'), release)),
    ];
    await tick();
    expect(order).toEqual([]);
    first();
    first(); // giving a slot back twice frees it once
    await tick();
    expect(order).toEqual(['late']);
    (await waiting[2]!)();
    await tick();
    expect(order).toEqual(['late', 'early a']);
    (await waiting[0]!)();
    await tick();
    expect(order).toEqual(['late', 'early a', 'early b']);
  });

  it('lets the waiting in when the capacity is raised', async () => {
    const slots = new PrintSlots(1);
    await slots.acquire();
    let granted = 0;
    const waiting = [slots.acquire(), slots.acquire()].map((p) => p.then(() => granted++));
    await tick();
    expect(granted).toBe(0);
    slots.setCapacity(3);
    await Promise.all(waiting);
    expect(granted).toBe(2);
  });
});
