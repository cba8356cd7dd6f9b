/**
 * The team server: Hocuspocus with file persistence, signed tokens and a per-document scope, and
 * optionally Redis so several instances share documents. Node only.
 *
 * - A token is checked on every connection; a token of another team, a bad signature, an expired
 *   token or a document name outside `<team>/work|library` is refused.
 * - `<team>/library` (the approved library) is read-only for agents: the server drops their writes.
 * - In `<team>/work`, an event whose author or role differs from the token that sent it is removed
 *   again by the server, so nobody can write events in a lead's name.
 */
import { Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import { fileStore } from './file-store';
import { verifyToken } from './token';
import { parseDocName } from './types';

export interface TeamServerOptions {
  port: number;
  /** Listening address; 127.0.0.1 unless the server sits behind a proxy on another host. */
  address?: string;
  dataDir: string;
  secret: Buffer;
  redis?: { host: string; port: number; identifier?: string };
  quiet?: boolean;
  /** Milliseconds between a change and its write to disk (Hocuspocus' debounce). */
  storeDebounce?: number;
  /** Called for each refused connection (for logs and tests). */
  onRefused?: (reason: string) => void;
}

/** Who a connection is, as the token says (kept in Hocuspocus' connection context). */
export interface TeamContext {
  team: string;
  name: string;
  role: 'agent' | 'lead';
}

const SERVER_ORIGIN = 'team-server';

/**
 * Keep the event map honest: an entry written by a connection must carry that connection's name and
 * role and its own key as id, and an existing entry is never changed. Anything else is undone in a
 * server transaction, which every client then receives.
 */
export function guardEvents(doc: Y.Doc, onForged: (who: string, keys: string[]) => void): void {
  const events = doc.getMap<Record<string, unknown>>('events');
  events.observe((ev, tr) => {
    const ctx = (tr.origin as { context?: TeamContext } | null)?.context;
    if (!ctx?.name || tr.origin === SERVER_ORIGIN) return;
    const undo: Array<[string, unknown]> = [];
    ev.changes.keys.forEach((change, key) => {
      const value = events.get(key);
      if (change.action === 'add' && value && value.agent === ctx.name && value.role === ctx.role && value.id === key)
        return;
      undo.push([key, change.oldValue]);
    });
    if (undo.length === 0) return;
    onForged(
      ctx.name,
      undo.map(([k]) => k),
    );
    doc.transact(() => {
      for (const [k, old] of undo) {
        if (old === undefined) events.delete(k);
        else events.set(k, old as Record<string, unknown>);
      }
    }, SERVER_ORIGIN);
  });
}

/** Build (not start) a team server. Call `.listen()` to start and `.destroy()` to stop (documents are written first). */
export function createTeamServer(o: TeamServerOptions): Server {
  const extensions: Array<ReturnType<typeof fileStore> | Redis> = [fileStore(o.dataDir)];
  if (o.redis) {
    // ioredis 5.8+ may send its handshake (CLIENT SETINFO, INFO) after the subscriber connection
    // subscribed, which Redis refuses (ioredis issue #2037): leave both out.
    const options = { disableClientInfo: true, enableReadyCheck: false };
    extensions.push(
      new Redis({
        host: o.redis.host,
        port: o.redis.port,
        options,
        ...(o.redis.identifier ? { identifier: o.redis.identifier } : {}),
      }),
    );
  }
  const refuse = (reason: string): never => {
    o.onRefused?.(reason);
    throw new Error(reason);
  };
  return new Server({
    port: o.port,
    address: o.address ?? '127.0.0.1',
    quiet: o.quiet ?? false,
    stopOnSignals: false,
    debounce: o.storeDebounce ?? 500,
    maxDebounce: 3000,
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig }): Promise<TeamContext> {
      const claims = verifyToken(token ?? '', o.secret, Math.floor(Date.now() / 1000));
      if (!claims) return refuse('invalid token');
      const doc = parseDocName(documentName);
      if (!doc) return refuse(`unknown document ${documentName}`);
      if (doc.team !== claims.team) return refuse(`token of team ${claims.team} for ${documentName}`);
      if (doc.doc === 'library' && claims.role !== 'lead') connectionConfig.readOnly = true;
      return { team: claims.team, name: claims.name, role: claims.role };
    },
    async afterLoadDocument({ document, documentName }) {
      if (documentName.endsWith('/work'))
        guardEvents(document, (who, keys) => o.onRefused?.(`events not written as ${who}: ${keys.length}`));
    },
  });
}
