/**
 * The SDK's types: the package's input types and resource arguments, generated from the JSON Schemas
 * through provider/schema.json (`generated/types.ts`, by `npm run gen`), plus the output-side helpers
 * the resource classes use.
 */
import type * as pulumi from '@pulumi/pulumi';

export type * from './generated/types.js';

/** A resource's `status`: the project's phases. */
export type Phase = 'Waiting' | 'Ready' | 'Error';

/** `pulumi.Input<T>` removed, recursively: the shape of an output. */
export type Unwrapped<T> = pulumi.Unwrap<T>;
