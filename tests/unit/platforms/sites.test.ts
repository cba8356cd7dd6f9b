import { describe, expect, test } from 'vitest';
import { siteOrigins } from '@/entrypoints/background/sites';

describe('site registration (pure parts)', () => {
  test('only single-site origins the user added; never the platforms, never a wildcard host', () => {
    expect(
      siteOrigins([
        'https://www.youtube.com/*',
        'https://blog.example.com/*',
        'https://*/*',
        'http://*/*',
        'http://localhost/*',
        'https://*.example.org/*',
        'https://a.example.net/*',
      ]),
    ).toEqual(['http://localhost/*', 'https://a.example.net/*', 'https://blog.example.com/*']);
  });
});
