/**
 * `portalctl validate`: placeholder registration, replaced below in this commit series.
 */
import type { Command } from 'commander';
import type { CliIo } from '../main.js';

export function registerValidate(_program: Command, _io: CliIo, _result: { code: number }): void {}
