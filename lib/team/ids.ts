/**
 * Time-ordered unique ids for team events: `<time>-<counter>-<agent>-<random>`. The time part is the
 * epoch milliseconds in base 36, fixed width, so ids sort by time as strings; the counter keeps ids of
 * one agent in the same millisecond in order; agent and random part keep ids of different agents apart.
 * The local log's auto-increment key cannot be shared: two browsers would both write id 7.
 */

const TIME_WIDTH = 9; // base 36, enough for epoch milliseconds until the year 5188

/** An id generator for one agent. `random` is injectable so tests are deterministic. */
export function eventIds(agent: string, random: () => number = Math.random): (now: number) => string {
  let last = -1;
  let counter = 0;
  const who = agent.replace(/[^A-Za-z0-9_.@]/g, '_').slice(0, 40) || 'anon';
  return (now: number) => {
    const t = Math.max(0, Math.floor(now));
    if (t <= last) counter++;
    else {
      last = t;
      counter = 0;
    }
    const rnd = Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
    return `${Math.max(t, last).toString(36).padStart(TIME_WIDTH, '0')}-${counter.toString(36).padStart(3, '0')}-${who}-${rnd}`;
  };
}

/** The time part of an id (epoch milliseconds). */
export function idTime(id: string): number {
  return parseInt(id.slice(0, TIME_WIDTH), 36);
}
