/** Why the managed Neo4j could not be provided; each reason has its own remedy in the message. */
export type ManagedNeo4jFailure =
  'no-java' | 'old-java' | 'no-maven' | 'download-failed' | 'port-taken' | 'start-failed' | 'start-timeout';

export class ManagedNeo4jError extends Error {
  readonly reason: ManagedNeo4jFailure;

  constructor(reason: ManagedNeo4jFailure, message: string) {
    super(message);
    this.name = 'ManagedNeo4jError';
    this.reason = reason;
  }
}
