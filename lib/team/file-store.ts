/**
 * Hocuspocus persistence in plain files: one file per document holding the document's full Yjs state,
 * written to a temporary file and renamed over the old one, so a crash mid-write leaves the previous
 * state. Node only. (The SQLite extension needs a native module that cannot be built everywhere.)
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Database } from '@hocuspocus/extension-database';

/** The file a document is kept in (names are checked by the server before they get here). */
export const docFile = (dir: string, name: string) => join(dir, `${encodeURIComponent(name)}.ydoc`);

/** A Database extension reading and writing `<dir>/<document>.ydoc`. */
export function fileStore(dir: string): Database {
  let ready: Promise<unknown> | null = null;
  return new Database({
    fetch: async ({ documentName }) => {
      try {
        return new Uint8Array(await readFile(docFile(dir, documentName)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    store: async ({ documentName, state }) => {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const file = docFile(dir, documentName);
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, state);
      await rename(tmp, file);
    },
  });
}
