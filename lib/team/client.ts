/**
 * A team member's connection: two Yjs documents (`<team>/work`, `<team>/library`) over one WebSocket
 * to the team server, bridged into the local Dexie tables. Loaded only when the user joined a team
 * (the panel imports it dynamically): without a team, none of this code runs or is even fetched.
 */
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { StormwatchDB } from '@/lib/db/schema';
import { bridgeItems, type ItemBridge } from './bridge-items';
import { bridgeLibrary } from './bridge-library';
import { appendEvents, workMaps, type Me } from './doc';
import { eventIds } from './ids';
import { handledByOther, type ItemState } from './rules';
import { teamDocs, type TeamConfig, type TeamEvent } from './types';

export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'refused';

/** Someone else's presence on an item. */
export interface Presence {
  name: string;
  itemKey: string;
  composing: boolean;
}

export interface TeamSnapshot {
  state: ConnectionState;
  /** The first exchange with the server is done for both documents. */
  synced: boolean;
  /** Local changes the server has not confirmed yet (plus log rows not yet shared). */
  pending: number;
  /** Can this member write the approved library? (The server's answer: agents get read-only.) */
  libraryWritable: boolean;
  presence: Presence[];
  refusal?: string;
}

export interface TeamClient {
  readonly me: Me;
  snapshot(): TeamSnapshot;
  subscribe(listener: (s: TeamSnapshot) => void): () => void;
  /** Claim an item. Returns who else handles it (null: it is ours), as the events say after the claim. */
  claim(itemKey: string, now?: number): string | null;
  release(itemKey: string, now?: number): void;
  /** A lead gives an item to someone. */
  assign(itemKey: string, assignee: string, now?: number): void;
  itemState(itemKey: string): ItemState;
  /** Who else handles an item now (null: free or ours). */
  handledBy(itemKey: string): string | null;
  /** Say which item this member views and whether they are writing a reply to it. */
  setPresence(itemKey: string | null, composing?: boolean): void;
  /** Go offline / back online (the connection also comes back by itself after a network loss). */
  disconnect(): void;
  connect(): Promise<void>;
  /** Wait until Dexie holds everything received so far. */
  flushed(): Promise<void>;
  /** The documents, for tests and the benchmark. */
  readonly docs: { work: Y.Doc; library: Y.Doc };
  destroy(): void;
}

export interface ConnectOptions {
  /** Node has no WebSocket on version 20: pass `ws` there. */
  WebSocketPolyfill?: unknown;
  onError?: (e: unknown) => void;
}

/** The two documents over one WebSocket, attached. */
function openProviders(config: TeamConfig, opts: ConnectOptions) {
  const names = teamDocs(config.team);
  const work = new Y.Doc();
  const library = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: config.url,
    ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
    maxDelay: 10_000,
  });
  const workP = new HocuspocusProvider({
    websocketProvider: socket,
    name: names.work,
    document: work,
    token: config.token,
  });
  const libP = new HocuspocusProvider({
    websocketProvider: socket,
    name: names.library,
    document: library,
    token: config.token,
    awareness: null,
  });
  workP.attach();
  libP.attach();
  return { work, library, socket, workP, libP };
}
type Providers = ReturnType<typeof openProviders>;

/** The connection state a socket status stands for. */
export function stateOfStatus(status: WebSocketStatus): ConnectionState {
  return status === WebSocketStatus.Connected
    ? 'connected'
    : status === WebSocketStatus.Connecting
      ? 'connecting'
      : 'offline';
}

/** The connection's state and its listeners: every change is told to them as a snapshot. */
function connectionState(p: Providers, me: Me, backlog: () => number) {
  const listeners = new Set<(s: TeamSnapshot) => void>();
  const c = { state: 'connecting' as ConnectionState, refusal: undefined as string | undefined };
  const snapshot = (): TeamSnapshot => ({
    state: c.state,
    synced: p.workP.isSynced && p.libP.isSynced,
    pending: p.workP.unsyncedChanges + p.libP.unsyncedChanges + backlog(),
    libraryWritable: me.role === 'lead' && p.libP.authorizedScope !== 'readonly',
    presence: presenceOf(p.workP, p.work.clientID),
    refusal: c.refusal,
  });
  const emit = () => {
    const s = snapshot();
    listeners.forEach((l) => l(s));
  };
  p.socket.on('status', ({ status }: { status: WebSocketStatus }) => {
    if (c.state === 'refused') return;
    c.state = stateOfStatus(status);
    emit();
  });
  for (const provider of [p.workP, p.libP]) {
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      c.state = 'refused';
      c.refusal = reason;
      emit();
    });
    provider.on('synced', emit);
    provider.on('unsyncedChanges', emit);
  }
  p.workP.on('awarenessChange', emit);
  // Remote events change owners and statuses: tell the panel, at most every 50 ms.
  let emitTimer: ReturnType<typeof setTimeout> | null = null;
  const onUpdate = () => {
    emitTimer ??= setTimeout(() => {
      emitTimer = null;
      emit();
    }, 50);
  };
  p.work.on('update', onUpdate);
  return {
    snapshot,
    refused: () => c.state === 'refused',
    subscribe(l: (s: TeamSnapshot) => void) {
      listeners.add(l);
      l(snapshot());
      return () => listeners.delete(l);
    },
    /** Stop telling about document updates (listeners still hear the providers close). */
    stop() {
      if (emitTimer) clearTimeout(emitTimer);
      p.work.off('update', onUpdate);
    },
    clear: () => listeners.clear(),
  };
}

/** Connect to the team server and start bridging into `db`. */
export function connectTeam(db: StormwatchDB, config: TeamConfig, opts: ConnectOptions = {}): TeamClient {
  const me: Me = { name: config.name, role: config.role };
  const onError = opts.onError ?? ((e: unknown) => console.error('[stormwatch] team sync', e));
  const p = openProviders(config, opts);
  const { work, library, socket, workP, libP } = p;
  const newId = eventIds(me.name);
  let items: ItemBridge | null = bridgeItems(db, work, me, newId, onError);
  let lib: { stop(): void } | null = null;
  const conn = connectionState(p, me, () => items?.backlog() ?? 0);
  workP.on('synced', () => items?.startSharing());
  // The library bridge waits for the server's copy, so a lead never pushes an old library over a newer one.
  libP.on('synced', () => {
    lib ??= bridgeLibrary(db, work, library, me, onError);
  });

  const append = (e: Omit<TeamEvent, 'id' | 'agent' | 'role'>) =>
    appendEvents(work, [{ ...e, id: newId(e.at), agent: me.name, role: me.role }]);

  return {
    me,
    docs: { work, library },
    snapshot: conn.snapshot,
    subscribe: conn.subscribe,
    claim(itemKey, now = Date.now()) {
      append({ type: 'claim', itemKey, at: now });
      return handledByOther(items!.state(itemKey), me.name);
    },
    release(itemKey, now = Date.now()) {
      append({ type: 'release', itemKey, at: now });
    },
    assign(itemKey, assignee, now = Date.now()) {
      append({ type: 'assign', itemKey, assignee, at: now });
    },
    itemState: (key) => items!.state(key),
    handledBy: (key) => handledByOther(items!.state(key), me.name),
    setPresence(itemKey, composing = false) {
      workP.setAwarenessField('user', { name: me.name, role: me.role });
      workP.setAwarenessField('item', itemKey ? { key: itemKey, composing } : null);
    },
    disconnect: () => socket.disconnect(),
    connect: async () => {
      if (conn.refused()) return;
      await socket.connect();
    },
    flushed: () => items!.flushed(),
    destroy() {
      conn.stop();
      items?.stop();
      lib?.stop();
      items = null;
      lib = null;
      workP.destroy();
      libP.destroy();
      socket.destroy();
      work.destroy();
      library.destroy();
      conn.clear();
    },
  };
}

/** Who else is on which item, from the awareness states (our own state left out). */
function presenceOf(p: HocuspocusProvider, self: number): Presence[] {
  const out: Presence[] = [];
  p.awareness?.getStates().forEach((s, clientId) => {
    const user = s.user as { name?: unknown } | undefined;
    const item = s.item as { key?: unknown; composing?: unknown } | null | undefined;
    if (clientId === self || typeof user?.name !== 'string' || !item || typeof item.key !== 'string') return;
    out.push({ name: user.name, itemKey: item.key, composing: item.composing === true });
  });
  return out;
}

export { workMaps };
