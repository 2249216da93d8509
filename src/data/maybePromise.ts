/**
 * A value that may already be at hand. Resolvers may return either; graphql-js completes a plain
 * value at once, while every promise costs it a turn of the microtask queue and an allocation,
 * which over a few hundred fields of one response is a measurable part of the request.
 */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Applies `f` now if the value is at hand, or when it arrives; `f` may itself return a value or a
 * promise. (Not named `then`: a module exporting `then` is a thenable, and awaiting its dynamic
 * import would call it.)
 */
export function andThen<T, U>(value: MaybePromise<T>, f: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** All of the values, at once if every one is at hand. */
export function all<T>(values: readonly MaybePromise<T>[]): MaybePromise<T[]> {
  return values.some((value) => value instanceof Promise) ? Promise.all(values) : (values as T[]);
}
