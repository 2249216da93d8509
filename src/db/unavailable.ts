import { Neo4jError } from 'neo4j-driver';

// Driver codes meaning "no database to talk to right now", as opposed to a bad query.
const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** True for errors that mean the database cannot be reached now, as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (unavailableCodes.has(error.code) || error.code.startsWith('Neo.TransientError.'))
  );
}
