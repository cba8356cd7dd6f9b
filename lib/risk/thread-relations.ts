/**
 * Reply relations inside a thread, kept incrementally: replies more negative than the comment
 * they answer (negativity rising along reply chains) and exchanges between the same two authors
 * (back-and-forth), with whether hostility rose over the exchange. Replies may arrive before
 * their parents; an edge counts once both ends are known.
 */
interface Node {
  parentId?: string;
  author: string;
  neg: number;
  tox: number;
  seq: number;
}
interface Edge {
  rising: boolean;
  pair?: string;
}
interface Pair {
  exchanges: number;
  first: { seq: number; tox: number } | null;
  last: { seq: number; tox: number } | null;
}

const RISE = 0.15;

export class ReplyRelations {
  private readonly nodes = new Map<string, Node>();
  private readonly children = new Map<string, Set<string>>();
  private readonly edges = new Map<string, Edge>();
  private readonly pairs = new Map<string, Pair>();
  private rising = 0;

  /** A comment (new or re-scored). */
  add(id: string, node: Node): void {
    this.remove(id);
    this.nodes.set(id, node);
    if (node.parentId) {
      let set = this.children.get(node.parentId);
      if (!set) this.children.set(node.parentId, (set = new Set()));
      set.add(id);
      this.link(id);
    }
    for (const child of this.children.get(id) ?? []) this.link(child);
  }

  /** Forget a comment's contributions (before re-adding it re-scored). */
  remove(id: string): void {
    if (!this.nodes.has(id)) return;
    this.unlink(id);
    for (const child of this.children.get(id) ?? []) this.unlink(child);
    this.nodes.delete(id);
  }

  private link(childId: string): void {
    const child = this.nodes.get(childId);
    const parent = child?.parentId ? this.nodes.get(child.parentId) : undefined;
    if (!child || !parent || this.edges.has(childId)) return;
    const rising = child.neg >= 0.4 && child.neg > parent.neg + RISE;
    if (rising) this.rising++;
    let pair: string | undefined;
    if (parent.author !== child.author) {
      pair = [parent.author, child.author].sort().join('\u0000');
      const p = this.pairs.get(pair) ?? { exchanges: 0, first: null, last: null };
      p.exchanges++;
      if (!p.first || child.seq < p.first.seq) p.first = { seq: child.seq, tox: child.tox };
      if (!p.last || child.seq > p.last.seq) p.last = { seq: child.seq, tox: child.tox };
      this.pairs.set(pair, p);
    }
    this.edges.set(childId, { rising, pair });
  }

  private unlink(childId: string): void {
    const e = this.edges.get(childId);
    if (!e) return;
    if (e.rising) this.rising--;
    if (e.pair) {
      const p = this.pairs.get(e.pair)!;
      p.exchanges--;
      // Rare: the exchange's first or last message changed; rebuilt on the next link.
      if (p.exchanges <= 0) this.pairs.delete(e.pair);
      else p.first = p.last = null;
    }
    this.edges.delete(childId);
  }

  /** Replies more negative than their parent. */
  get risingReplies(): number {
    return this.rising;
  }

  /** The most active two-author exchange, if it has at least `min` replies between them. */
  busiestPair(min = 3): { authors: string[]; exchanges: number; rising: boolean } | null {
    let best: [string, Pair] | null = null;
    for (const entry of this.pairs) if (!best || entry[1].exchanges > best[1].exchanges) best = entry;
    if (!best || best[1].exchanges < min) return null;
    const [key, p] = best;
    const rising = !!p.first && !!p.last && (p.last.tox > p.first.tox + 0.2 || p.last.tox >= 0.6);
    return { authors: key.split('\u0000'), exchanges: p.exchanges, rising };
  }
}
