// Child process for the lifecycle test: obtains a managed Neo4j in the home given as argv[2],
// prints what it got as one JSON line, then idles until killed.
import { loadConfig } from '../../src/config.ts';
import { obtainManagedNeo4j } from '../../src/db/managed/managedNeo4j.ts';

const home = process.argv[2];
if (!home) throw new Error('usage: holdManagedNeo4j <home>');
const instance = await obtainManagedNeo4j({
  ...loadConfig({}).managed,
  home,
  heap: '256m',
  pageCache: '16m',
});
process.stdout.write(`${JSON.stringify({ uri: instance.uri, pid: instance.pid, owned: instance.owned })}\n`);
setInterval(() => undefined, 60_000);
