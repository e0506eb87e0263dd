/**
 * Managing the local identity provider's users (what `portalctl portal users ...` runs): add, change the
 * password or groups (the values of the IdP's `groups` claim, matched by `oidc` rules), enable/disable,
 * remove, list. Every check runs before anything is written; each failure is a `UserError` with a `code`.
 */
import { randomUUID } from 'node:crypto';
import type { Repository, UserRecord } from '../store/repository.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.js';

export type UserErrorCode =
  | 'invalid_email'
  | 'invalid_group'
  | 'weak_password'
  | 'duplicate'
  | 'not_found'
  | 'invalid_input';

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GROUP = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

function checkEmail(email: string): string {
  const trimmed = email.trim();
  if (!EMAIL.test(trimmed)) throw new UserError('invalid_email', `"${email}" is not an email address`);
  return trimmed;
}

function checkGroups(groups: readonly string[]): string[] {
  for (const g of groups) {
    if (!GROUP.test(g)) {
      throw new UserError(
        'invalid_group',
        `group "${g}" must be 1-64 letters, digits, ".", "_", ":" or "-", starting with a letter or digit`,
      );
    }
  }
  return [...new Set(groups)].sort();
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UserError('weak_password', `the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

function find(repo: Repository, email: string): UserRecord {
  const user = repo.users.byEmail(email.trim());
  if (!user) throw new UserError('not_found', `no user with email "${email}"`);
  return user;
}

export interface NewUser {
  email: string;
  password: string;
  groups?: string[];
  name?: string;
}

export async function addUser(repo: Repository, input: NewUser, now = new Date()): Promise<UserRecord> {
  const email = checkEmail(input.email);
  const groups = checkGroups(input.groups ?? []);
  checkPassword(input.password);
  if (repo.users.byEmail(email))
    throw new UserError('duplicate', `a user with email "${email}" already exists`);
  const hash = await hashPassword(input.password);
  const at = now.toISOString();
  const rec: UserRecord = {
    id: randomUUID(),
    email,
    name: input.name ?? null,
    groups,
    disabled: false,
    created_at: at,
    updated_at: at,
  };
  repo.transaction(() => {
    // Checked again inside the transaction: the hash took a while.
    if (repo.users.byEmail(email))
      throw new UserError('duplicate', `a user with email "${email}" already exists`);
    repo.users.insert(rec, hash);
  });
  return rec;
}

export async function setPassword(repo: Repository, email: string, password: string, now = new Date()) {
  const user = find(repo, email);
  checkPassword(password);
  const hash = await hashPassword(password);
  const next = { ...user, updated_at: now.toISOString() };
  repo.transaction(() => repo.users.update(next, hash));
  return next;
}

export interface UserChange {
  /** Replaces the groups. */
  groups?: string[];
  addGroups?: string[];
  removeGroups?: string[];
  disabled?: boolean;
  name?: string | null;
}

export function updateUser(
  repo: Repository,
  email: string,
  change: UserChange,
  now = new Date(),
): UserRecord {
  const user = find(repo, email);
  let groups = change.groups !== undefined ? checkGroups(change.groups) : [...user.groups];
  if (change.addGroups) groups = checkGroups([...groups, ...change.addGroups]);
  if (change.removeGroups) groups = groups.filter((g) => !change.removeGroups?.includes(g));
  const next: UserRecord = {
    ...user,
    groups,
    disabled: change.disabled ?? user.disabled,
    name: change.name !== undefined ? change.name : user.name,
    updated_at: now.toISOString(),
  };
  repo.transaction(() => repo.users.update(next));
  return next;
}

export function removeUser(repo: Repository, email: string): UserRecord {
  const user = find(repo, email);
  repo.transaction(() => repo.users.delete(user.id));
  return user;
}
