import { createContext, useContext, type ReactNode } from 'react';
import type { StormwatchDB } from '@/lib/db/schema';

const DbContext = createContext<StormwatchDB | null>(null);

/** Gives the panel's screens their database; tests pass a fresh fake-indexeddb instance. */
export function DbProvider({ db, children }: { db: StormwatchDB; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The database of the nearest DbProvider. Throws without one (a wiring mistake, not a user error). */
export function useDb(): StormwatchDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() outside <DbProvider>');
  return db;
}
