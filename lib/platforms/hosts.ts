/**
 * Origins Stormwatch reads comments on: every platform's hosts in the registry. Pure data:
 * imported by wxt.config.ts at build time.
 */
import { PLATFORM_INFO } from './registry';

export const HOST_PERMISSIONS: readonly string[] = PLATFORM_INFO.flatMap((p) => p.hosts);
