/**
 * Reply relations inside a thread, kept incrementally. Replies may arrive before their parents:
 * an edge counts once both ends are known, and re-scoring a comment unlinks and relinks only its
 * own edges (to its parent and to its children).
 * - Negativity rising along a chain: a reply more negative than its parent (by RISE, and at least
 *   0.4) whose parent was itself more negative than its own parent: two rising steps in a row.
 * - Back-and-forth: replies between the same two authors; hostility rises when the sum of
 *   (reply − parent) hostility over their exchanges (along a chain: last − first) is ≥ 0.3.
 * - Pile-on on a person: a risky reply aimed at the parent's author (not at the brand).
 */
import { AuthorGroups, take } from './escalation-groups';

export interface RelNode {
  parentId?: string;
  author: string;
  neg: number;
  /** Hostility: max(toxicity, negativity). */
  hostility: number;
  risky: boolean;
  /** Risky and aimed at the person replied to (not at the brand). */
  attacksParent: boolean;
}
interface Pair {
  exchanges: number;
  rise: number;
  risky: number;
  ids: Set<string>;
}

const RISE = 0.15;
const PAIR_MIN_EXCHANGES = 3;
const PAIR_MIN_RISE = 0.3;

export class ReplyRelations {
  private readonly nodes = new Map<string, RelNode>();
  private readonly children = new Map<string, Set<string>>();
  /** Children whose edge to their parent is linked, and whether it rises. */
  private readonly rising = new Map<string, boolean>();
  private readonly chainIds = new Set<string>();
  private readonly pairs = new Map<string, Pair>();
  /** Pairs that currently qualify as a hostile back-and-forth (usually none or a few). */
  private readonly hostilePairs = new Set<string>();
  /** The busiest hostile pair, kept on add; rescanned only when it weakens or stops qualifying. */
  private bestPair: string | undefined;
  private bestDirty = false;

  constructor(private readonly targets: AuthorGroups<string>) {}

  /** Back to no comments (the pile-on targets are cleared by their owner). */
  clear(): void {
    if (this.nodes.size > 0) this.nodes.clear();
    if (this.children.size > 0) this.children.clear();
    if (this.rising.size > 0) this.rising.clear();
    if (this.chainIds.size > 0) this.chainIds.clear();
    if (this.pairs.size > 0) this.pairs.clear();
    if (this.hostilePairs.size > 0) this.hostilePairs.clear();
    this.bestPair = undefined;
    this.bestDirty = false;
  }

  /** A comment (new or re-scored: call `remove` first). */
  add(id: string, node: RelNode): void {
    this.nodes.set(id, node);
    if (node.parentId) {
      let set = this.children.get(node.parentId);
      if (!set) this.children.set(node.parentId, (set = new Set()));
      set.add(id);
      this.link(id);
    }
    for (const child of this.children.get(id) ?? []) this.link(child);
  }

  /** Forget a comment's contributions. */
  remove(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const child of this.children.get(id) ?? []) this.unlink(child);
    this.unlink(id);
    this.nodes.delete(id);
    if (node.parentId) this.children.get(node.parentId)?.delete(id);
  }

  private link(id: string): void {
    const child = this.nodes.get(id);
    const parent = child?.parentId !== undefined ? this.nodes.get(child.parentId) : undefined;
    if (!child || !parent || this.rising.has(id)) return;
    const up = child.neg >= 0.4 && child.neg > parent.neg + RISE;
    this.rising.set(id, up);
    if (up) this.setChain(id, child.parentId!, +1);
    if (parent.author !== child.author) {
      this.pair(parent.author, child.author, child.hostility - parent.hostility, child.risky, id, +1);
      if (child.attacksParent) this.targets.add(parent.author, child.author, id);
    }
  }

  private unlink(id: string): void {
    const up = this.rising.get(id);
    if (up === undefined) return;
    const child = this.nodes.get(id)!;
    const parent = this.nodes.get(child.parentId!)!;
    if (up) this.setChain(id, child.parentId!, -1);
    this.rising.delete(id);
    if (parent.author !== child.author) {
      this.pair(parent.author, child.author, child.hostility - parent.hostility, child.risky, id, -1);
      if (child.attacksParent) this.targets.remove(parent.author, child.author, id);
    }
  }

  /** A rising edge id→parent appeared (+1) or went (−1): update two-step chains through it. */
  private setChain(id: string, parentId: string, sign: 1 | -1): void {
    const mark = (c: string) => (sign > 0 ? this.chainIds.add(c) : this.chainIds.delete(c));
    if (this.rising.get(parentId)) mark(id);
    for (const c of this.children.get(id) ?? []) if (this.rising.get(c)) mark(c);
  }

  private pair(a: string, b: string, rise: number, risky: boolean, id: string, sign: 1 | -1): void {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const p = this.pairs.get(key) ?? { exchanges: 0, rise: 0, risky: 0, ids: new Set<string>() };
    if (sign > 0) p.ids.add(id);
    else p.ids.delete(id);
    p.exchanges += sign;
    p.rise += sign * rise;
    p.risky += sign * (risky ? 1 : 0);
    if (p.exchanges <= 0) this.pairs.delete(key);
    else this.pairs.set(key, p);
    const hostile = p.exchanges >= PAIR_MIN_EXCHANGES && p.rise >= PAIR_MIN_RISE - 1e-9 && p.risky > 0;
    if (hostile) this.hostilePairs.add(key);
    else this.hostilePairs.delete(key);
    if (key === this.bestPair && (!hostile || sign < 0)) this.bestDirty = true;
    else if (hostile && !this.bestDirty && this.beats(key)) this.bestPair = key;
  }

  /** Replies that continue a chain of rising negativity (two rising steps), at most `limit` ids. */
  chain(limit = 10): { count: number; ids: string[] } {
    return { count: this.chainIds.size, ids: take(this.chainIds, limit) };
  }

  private beats(key: string): boolean {
    if (this.bestPair === undefined) return true;
    const a = this.pairs.get(key)!.exchanges;
    const b = this.pairs.get(this.bestPair)!.exchanges;
    return a > b || (a === b && key < this.bestPair);
  }

  /** The busiest two-author exchange whose hostility rose, if any. */
  hostilePair(limit = 10): { authors: [string, string]; exchanges: number; rise: number; ids: string[] } | null {
    if (this.bestDirty) {
      this.bestDirty = false;
      this.bestPair = undefined;
      for (const key of this.hostilePairs) if (this.beats(key)) this.bestPair = key;
    }
    if (this.bestPair === undefined) return null;
    const p = this.pairs.get(this.bestPair)!;
    const [a, b] = this.bestPair.split('\u0000') as [string, string];
    return { authors: [a, b], exchanges: p.exchanges, rise: p.rise, ids: take(p.ids, limit) };
  }
}
