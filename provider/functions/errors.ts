/**
 * The errors a function (Invoke) reports: arguments the function does not take (sent back to the engine
 * as check failures), no object matching, and a name that several objects share. Each names the
 * function and what was asked, never a credential.
 */

/** Arguments that do not fit the function's inputs; nothing was read. */
export class FunctionArgsError extends Error {
  override readonly name = 'FunctionArgsError';
  constructor(
    readonly fn: string,
    readonly failures: { property: string; reason: string }[],
  ) {
    super(`${fn}: ${failures.map((f) => `${f.property}: ${f.reason}`).join('; ')}`);
  }
}

/** No object has the given id or name. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(kind: string, by: string, value: string) {
    super(`no ${kind} has ${by} ${JSON.stringify(value)} in this account`);
  }
}

/** Several objects share the given name: only the id tells them apart. */
export class AmbiguousNameError extends Error {
  override readonly name = 'AmbiguousNameError';
  constructor(
    kind: string,
    value: string,
    readonly ids: readonly string[],
    idKey: string,
  ) {
    super(
      `${ids.length} ${kind}s are named ${JSON.stringify(value)} (ids ${ids.join(', ')}): look it up by ${idKey} instead`,
    );
  }
}
