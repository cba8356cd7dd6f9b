/**
 * npm run team-server -- --port 1234 --data team-data/ --secret-file team.key [--address 127.0.0.1]
 *                        [--redis 127.0.0.1:6379]
 * Starts the team server (Hocuspocus). The secret file is created when missing; issue tokens with
 * `npm run team-token`. Serve it behind a TLS reverse proxy in production (README, "Team mode").
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createTeamServer } from '../lib/team/server';
import { loadOrCreateSecret } from '../lib/team/token';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '1234' },
    address: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: 'team-data' },
    'secret-file': { type: 'string', default: 'team.key' },
    redis: { type: 'string' },
    name: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${values.port}`);
const secretFile = resolve(values['secret-file']);
const { secret, created } = loadOrCreateSecret(secretFile);
if (created) console.log(`Created a new secret in ${secretFile} (keep it private; tokens are signed with it).`);
let redis: { host: string; port: number; identifier?: string } | undefined;
if (values.redis) {
  const [host, p] = values.redis.split(':');
  redis = { host: host || '127.0.0.1', port: Number(p || 6379), identifier: values.name };
}
const server = createTeamServer({
  port,
  address: values.address,
  dataDir: resolve(values.data),
  secret,
  redis,
  quiet: true,
  onRefused: (r) => console.log(`refused: ${r}`),
});
await server.listen();
// One parseable line: tests and scripts read the actual port from it (--port 0 picks a free one).
console.log(
  `team server listening on ws://${values.address}:${server.address.port} (data: ${resolve(values.data)}${redis ? `, redis ${redis.host}:${redis.port}` : ''})`,
);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.destroy();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
