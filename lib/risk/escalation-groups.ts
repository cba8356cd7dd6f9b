/**
 * Distinct authors per group, kept incrementally: per pile-on target (who is being attacked) and
 * per crisis signal (who repeats the accusation). The group with the most distinct authors is
 * tracked on add; only removing from that group (a re-scored comment) forces a rescan of groups.
 */
export class AuthorGroups<G> {
  private readonly groups = new Map<G, Map<string, string[]>>();
  private best: G | undefined;
  private dirty = false;

  /** Back to no groups. */
  clear(): void {
    if (this.groups.size > 0) this.groups.clear();
    this.best = undefined;
    this.dirty = false;
  }

  /** Comment `id` by `author` joins `group`. */
  add(group: G, author: string, id: string): void {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = new Map()));
    const ids = g.get(author);
    if (ids) ids.push(id);
    else g.set(author, [id]);
    if (!this.dirty && this.beats(group, g.size)) this.best = group;
  }

  /** Comment `id` by `author` leaves `group`. */
  remove(group: G, author: string, id: string): void {
    const g = this.groups.get(group);
    const ids = g?.get(author);
    if (!g || !ids) return;
    const i = ids.indexOf(id);
    if (i >= 0) ids.splice(i, 1);
    if (ids.length === 0) g.delete(author);
    if (g.size === 0) this.groups.delete(group);
    if (group === this.best) this.dirty = true;
  }

  /** More authors wins; ties go to the smaller key, so the answer does not depend on arrival order. */
  private beats(group: G, size: number): boolean {
    if (this.best === undefined) return true;
    const b = this.distinct(this.best);
    return size > b || (size === b && group !== this.best && String(group) < String(this.best));
  }

  /** Distinct authors in `group`. */
  distinct(group: G): number {
    return this.groups.get(group)?.size ?? 0;
  }

  /** The group with the most distinct authors (ties: the smaller key). */
  top(): G | undefined {
    if (this.dirty) {
      this.dirty = false;
      this.best = undefined;
      for (const [k, g] of this.groups) if (this.beats(k, g.size)) this.best = k;
    }
    return this.best;
  }

  /** Groups and their distinct-author counts, for groups that have at least `min` authors. */
  *atLeast(min: number): Generator<[G, number]> {
    for (const [k, g] of this.groups) if (g.size >= min) yield [k, g.size];
  }

  /** One comment id per author (their first), at most `limit`. */
  ids(group: G, limit = 10): string[] {
    const out: string[] = [];
    for (const ids of this.groups.get(group)?.values() ?? []) {
      if (out.length >= limit) break;
      out.push(ids[0]!);
    }
    return out;
  }
}

/** The first `limit` items of an iterable, without walking the rest. */
export function take<T>(items: Iterable<T>, limit: number): T[] {
  const out: T[] = [];
  if (limit <= 0) return out;
  for (const x of items) {
    out.push(x);
    if (out.length >= limit) break;
  }
  return out;
}
