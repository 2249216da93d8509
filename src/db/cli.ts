import { ConfigError, loadConfig } from '../config.ts';
import { ManagedNeo4jError } from './managed/errors.ts';
import { readInstanceState } from './managed/instanceState.ts';
import { startDetachedNeo4j, stopManagedNeo4j } from './managed/managedNeo4j.ts';

const usage = 'usage: db:start | db:stop | db:status (npm run db:<command>)';

/** `npm run db:start|db:stop|db:status`: a managed Neo4j that outlives any one command. */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const { home } = config.managed;
  switch (command) {
    case 'start': {
      const started = Date.now();
      const instance = await startDetachedNeo4j(config.managed);
      const verb = instance.owned ? `started in ${Date.now() - started} ms` : 'was already running';
      console.log(`Managed Neo4j ${verb}: ${instance.uri} (pid ${instance.pid}, home ${home})`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopManagedNeo4j(home);
      console.log(stopped ? `Managed Neo4j in ${home} stopped.` : `No managed Neo4j was running in ${home}.`);
      return 0;
    }
    case 'status': {
      const state = readInstanceState(home);
      console.log(state ? JSON.stringify(state, null, 2) : `No managed Neo4j is running in ${home}.`);
      return state ? 0 : 3;
    }
    default:
      console.error(usage);
      return 64;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof ManagedNeo4jError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
