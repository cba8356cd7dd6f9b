import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Component tests render into jsdom; unmount between tests so queries never see a stale tree.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
