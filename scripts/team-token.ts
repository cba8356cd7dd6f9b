/**
 * npm run team-token -- --team acme --name alice --role lead [--days 90] [--secret-file team.key]
 * Prints a signed token for one team member. Give it to them privately: it is their access.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { issueToken, loadOrCreateSecret } from '../lib/team/token';
import type { TeamRole } from '../lib/team/types';

const { values } = parseArgs({
  options: {
    team: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'agent' },
    days: { type: 'string' },
    'secret-file': { type: 'string', default: 'team.key' },
  },
});
if (!values.team || !values.name) {
  console.error(
    'Usage: npm run team-token -- --team <team> --name <name> --role agent|lead [--days N] [--secret-file team.key]',
  );
  process.exit(2);
}
const { secret, created } = loadOrCreateSecret(resolve(values['secret-file']));
if (created)
  console.error(`Created a new secret in ${resolve(values['secret-file'])}; start the server with the same file.`);
const iat = Math.floor(Date.now() / 1000);
const days = values.days ? Number(values.days) : undefined;
const token = issueToken(
  {
    team: values.team,
    name: values.name,
    role: values.role as TeamRole,
    iat,
    ...(days ? { exp: iat + Math.round(days * 86400) } : {}),
  },
  secret,
);
console.log(token);
