import { defineConfig } from 'wxt';
import { HOST_PERMISSIONS } from './lib/platforms/hosts';

/**
 * One manifest for both browsers. Chrome gets MV3 with a side panel; Firefox gets MV2 with a
 * sidebar (WXT turns `entrypoints/sidepanel` into `sidebar_action` there). The `sidePanel`
 * permission stays out of Firefox, `browser_specific_settings.gecko` stays out of Chrome.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: reading comments on a site without an adapter after the user clicked
    // the toolbar button; other sites are optional host permissions asked for one site at a time.
    permissions:
      browser === 'firefox'
        ? ['storage', 'unlimitedStorage', 'activeTab', 'scripting']
        : ['storage', 'unlimitedStorage', 'sidePanel', 'activeTab', 'scripting'],
    host_permissions: [...HOST_PERMISSIONS],
    // MV2 (Firefox) lists optional origins under optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // connect-src: only WebSockets, for team mode's server (opt-in; nothing connects without a team
    // set up, see lib/team/use-team.ts); plain ws only to this computer, anything else over TLS.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; default-src 'self'; connect-src wss: ws://127.0.0.1:* ws://localhost:*; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
        : {
            extension_pages:
              "script-src 'self'; object-src 'self'; default-src 'self'; connect-src wss: ws://127.0.0.1:* ws://localhost:*; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'stormwatch@stormwatch.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
