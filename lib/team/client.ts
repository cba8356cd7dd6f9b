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

/** Connect to the team server and start bridging into `db`. */
export function connectTeam(db: StormwatchDB, config: TeamConfig, opts: ConnectOptions = {}): TeamClient {
  const me: Me = { name: config.name, role: config.role };
  const onError = opts.onError ?? ((e: unknown) => console.error('[stormwatch] team sync', e));
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
  const newId = eventIds(me.name);
  const listeners = new Set<(s: TeamSnapshot) => void>();
  let state: ConnectionState = 'connecting';
  let refusal: string | undefined;
  let items: ItemBridge | null = bridgeItems(db, work, me, newId, onError);
  let lib: { stop(): void } | null = null;

  const snapshot = (): TeamSnapshot => ({
    state,
    synced: workP.isSynced && libP.isSynced,
    pending: workP.unsyncedChanges + libP.unsyncedChanges + (items?.backlog() ?? 0),
    libraryWritable: me.role === 'lead' && libP.authorizedScope !== 'readonly',
    presence: presenceOf(workP, work.clientID),
    refusal,
  });
  const emit = () => {
    const s = snapshot();
    listeners.forEach((l) => l(s));
  };
  socket.on('status', ({ status }: { status: WebSocketStatus }) => {
    if (state === 'refused') return;
    state =
      status === WebSocketStatus.Connected
        ? 'connected'
        : status === WebSocketStatus.Connecting
          ? 'connecting'
          : 'offline';
    emit();
  });
  for (const p of [workP, libP]) {
    p.on('authenticationFailed', ({ reason }: { reason: string }) => {
      state = 'refused';
      refusal = reason;
      emit();
    });
    p.on('synced', emit);
    p.on('unsyncedChanges', emit);
  }
  workP.on('synced', () => items?.startSharing());
  // The library bridge waits for the server's copy, so a lead never pushes an old library over a newer one.
  libP.on('synced', () => {
    lib ??= bridgeLibrary(db, work, library, me, onError);
  });
  workP.on('awarenessChange', emit);
  // Remote events change owners and statuses: tell the panel, at most every 50 ms.
  let emitTimer: ReturnType<typeof setTimeout> | null = null;
  const onUpdate = () => {
    emitTimer ??= setTimeout(() => {
      emitTimer = null;
      emit();
    }, 50);
  };
  work.on('update', onUpdate);

  const append = (e: Omit<TeamEvent, 'id' | 'agent' | 'role'>) =>
    appendEvents(work, [{ ...e, id: newId(e.at), agent: me.name, role: me.role }]);

  return {
    me,
    docs: { work, library },
    snapshot,
    subscribe(l) {
      listeners.add(l);
      l(snapshot());
      return () => listeners.delete(l);
    },
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
      if (state === 'refused') return;
      await socket.connect();
    },
    flushed: () => items!.flushed(),
    destroy() {
      if (emitTimer) clearTimeout(emitTimer);
      work.off('update', onUpdate);
      items?.stop();
      lib?.stop();
      items = null;
      lib = null;
      workP.destroy();
      libP.destroy();
      socket.destroy();
      work.destroy();
      library.destroy();
      listeners.clear();
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
