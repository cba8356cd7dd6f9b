/**
 * The panel's team connection. With no team configured this hook only reads one storage key: the
 * sync code (`./client`, Yjs, Hocuspocus) is a separate chunk imported when a team is set up, so a
 * browser that never joins a team never loads it and never opens a connection.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { StormwatchDB } from '@/lib/db/schema';
import type { TeamClient, TeamSnapshot } from './client';
import { teamConfigItem } from './config';
import type { TeamConfig } from './types';

export interface TeamState {
  /** undefined while the setting loads; null when not in a team. */
  config: TeamConfig | null | undefined;
  client: TeamClient | null;
  snapshot: TeamSnapshot | null;
}

export const NO_TEAM: TeamState = { config: null, client: null, snapshot: null };
export const TeamContext = createContext<TeamState>(NO_TEAM);
export const useTeamState = (): TeamState => useContext(TeamContext);

/** Connect while a team is configured; follow joins and leaves made in any panel. */
export function useTeam(db: StormwatchDB, onError: (e: unknown) => void): TeamState {
  const [config, setConfig] = useState<TeamConfig | null | undefined>(undefined);
  const [client, setClient] = useState<TeamClient | null>(null);
  const [snapshot, setSnapshot] = useState<TeamSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    teamConfigItem.getValue().then(
      (c) => live && setConfig(c),
      () => live && setConfig(null),
    );
    const unwatch = teamConfigItem.watch((c) => setConfig(c));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const key = config ? `${config.url} ${config.token}` : null;
  useEffect(() => {
    if (!config) return;
    let live = true;
    let c: TeamClient | null = null;
    let unsubscribe = () => {};
    import('./client').then(({ connectTeam }) => {
      if (!live) return;
      c = connectTeam(db, config, { onError });
      unsubscribe = c.subscribe(setSnapshot);
      setClient(c);
    }, onError);
    return () => {
      live = false;
      unsubscribe();
      c?.destroy();
      setClient(null);
      setSnapshot(null);
    };
    // Reconnect only when the address or token changes, not on every new config object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, key]);
  return { config, client, snapshot };
}

/** Tell the team which item this member has open, and whether they are on the Replies screen. */
export function usePresence(client: TeamClient | null, itemKey: string | null, composing: boolean): void {
  useEffect(() => {
    client?.setPresence(itemKey, composing);
  }, [client, itemKey, composing]);
}
