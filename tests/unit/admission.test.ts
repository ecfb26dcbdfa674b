import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Admission } from '../../src/http/admission.js';

/** The admission line on its own: turns, the line, its time limit, and turns passed on in order. */
describe('Admission', () => {
  it('gives maxActive turns at once, lines up maxQueued more, and refuses the next at once', async () => {
    const admission = new Admission({ maxActive: 2, maxQueued: 1, maxWaitMs: 60_000 });
    const first = await admission.enter();
    await admission.enter();
    expect(admission.full).toBe(false);
    const waiting = admission.enter();
    expect(admission.load).toEqual({ active: 2, queued: 1 });
    // what the Express gate asks before Apollo: the next would be refused
    expect(admission.full).toBe(true);
    const refused = await admission.enter().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'busy', http: { status: 503 } });

    first();
    first(); // a second release of the same turn changes nothing
    const third = await waiting;
    expect(admission.load).toEqual({ active: 2, queued: 0 });
    expect(admission.full).toBe(false);
    third();
    expect(admission.load).toEqual({ active: 1, queued: 0 });
  });

  it('refuses one that waited maxWaitMs, and takes it out of the line', async () => {
    const admission = new Admission({ maxActive: 1, maxQueued: 5, maxWaitMs: 20 });
    const only = await admission.enter();
    const late = await admission.enter().catch((error: unknown) => error);
    expect((late as GraphQLError).extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(admission.load).toEqual({ active: 1, queued: 0 });
    only();
    expect(admission.load).toEqual({ active: 0, queued: 0 });
  });

  it('passes turns on in the order they were asked for', async () => {
    const admission = new Admission({ maxActive: 1, maxQueued: 5, maxWaitMs: 60_000 });
    const order: number[] = [];
    const release = await admission.enter();
    const waiting = [1, 2, 3].map((n) =>
      admission.enter().then((done) => {
        order.push(n);
        done();
      }),
    );
    release();
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3]);
    expect(admission.load).toEqual({ active: 0, queued: 0 });
  });
});
