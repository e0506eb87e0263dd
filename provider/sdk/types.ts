/**
 * The SDK's types: everything generated from the JSON Schemas through provider/schema.json
 * (`generated/types.ts`, by `npm run gen`), plus two helpers kept for programs written against earlier
 * versions of this SDK.
 */
import type * as pulumi from '@pulumi/pulumi';

export type * from './generated/types.js';

/** The values of a resource's `status` output. */
export type Phase = 'Waiting' | 'Ready' | 'Error';

/** `pulumi.Input<T>` removed, recursively: the shape of an output. */
export type Unwrapped<T> = pulumi.Unwrap<T>;
