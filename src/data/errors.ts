/**
 * An argument the data layer cannot serve as given (a page size out of range, a cursor it did
 * not issue): the caller's mistake, with a message saying what is allowed. The GraphQL layer
 * reports it as BAD_USER_INPUT naming the argument (src/graphql/errors.ts); the data layer knows
 * nothing of GraphQL.
 */
export class InvalidArgument extends Error {
  readonly argument: string;

  constructor(message: string, argument: string) {
    super(message);
    this.name = 'InvalidArgument';
    this.argument = argument;
  }
}
