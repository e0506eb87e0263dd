/**
 * The exit codes shared by every command (CLI and controller alike); see ARCHITECTURE.md.
 */
export const ExitCode = {
  Ok: 0,
  OperationalError: 1,
  Changes: 2,
  InvalidInput: 3,
  AuthFailed: 4,
  NotConverged: 5,
  RateLimited: 6,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
