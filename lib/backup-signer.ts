/**
 * This browser profile's backup signature (docs/RELIABILITY.md H10): an HMAC-SHA-256 key made on
 * the first backup and kept in `storage.local` (never in the backup, the database or the
 * settings). A backup signed with it restores with its templates' approvals; any other file's
 * templates arrive as drafts.
 */
import { storage } from '#imports';
import type { BackupSigner } from '@/lib/db/backup';

const PREFIX = 'hmac-sha256:';
const keyItem = storage.defineItem<string | null>('local:backupKey', { fallback: null });

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** A signer with the given raw key (32 random bytes). */
export function hmacSigner(raw: Uint8Array): BackupSigner {
  const key = crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  const bytes = (s: string) => new TextEncoder().encode(s);
  return {
    async sign(body) {
      return PREFIX + toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', await key, bytes(body))));
    },
    async verify(body, signature) {
      if (!signature.startsWith(PREFIX)) return false;
      let sig: Uint8Array;
      try {
        sig = fromBase64(signature.slice(PREFIX.length));
      } catch {
        return false;
      }
      return crypto.subtle.verify('HMAC', await key, sig as BufferSource, bytes(body));
    },
  };
}

/** This profile's signer; the key is made on first use. */
export async function profileSigner(): Promise<BackupSigner> {
  let stored = await keyItem.getValue();
  if (!stored) {
    stored = toBase64(crypto.getRandomValues(new Uint8Array(32)));
    await keyItem.setValue(stored);
  }
  return hmacSigner(fromBase64(stored));
}
