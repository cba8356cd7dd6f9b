/**
 * How every command-line tool of the project ends: output closed early (`… | head`) stops quietly,
 * as other CLI tools do; a bad input (`InputError`) prints "<tool>: <message>" and exits 1; any
 * other error is a bug and keeps its stack trace.
 */
import { InputError } from './read-records';

export function runCli(name: string, main: () => void): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    main();
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`${name}: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
