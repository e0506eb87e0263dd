/**
 * Imports ajv and ajv-formats statically and hands them to `createAjv` (`catalog.ts`): imported by the
 * Pulumi plugin's entry, which is bundled into one file with no node_modules beside it, so that the
 * schemas that are not precompiled still compile there. The CLI does not import it (it requires ajv on
 * demand, only when a schema is not precompiled).
 */
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { provideAjv } from './catalog.js';

provideAjv({ Ajv, addFormats: addFormatsModule as unknown as FormatsPlugin });
