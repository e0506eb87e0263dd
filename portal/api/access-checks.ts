/**
 * The checks an Access policy body (reusable, inline in an app, or an Access group's rules) passes before it
 * is stored, beyond its schema: every selector evaluable here, and no field that would change behaviour on
 * Cloudflare in a way the embedded portal cannot reproduce (those are refused, naming the field).
 */
import type { PolicyCreate } from '../../schemas/generated/wire.js';
import { checkPolicyRules } from '../access/selectors.js';
import type { PolicyRecord } from '../store/repository.js';
import type { Issue } from './errors.js';

export const DEFAULT_SESSION_DURATION = '24h';

/** An issue for a field whose value the embedded portal cannot honour. */
export function unsupported(path: (string | number)[], why: string): Issue {
  return { message: `${path.join('.')}: ${why} is not supported by the embedded portal`, path };
}

type PolicyBody = Omit<PolicyCreate, 'name'> & { name?: string };

/** Problems with a policy body, paths under `at` (e.g. `['policies', 2]` for an inline policy). */
export function checkPolicyBody(body: PolicyBody, at: (string | number)[] = []): Issue[] {
  const issues: Issue[] = checkPolicyRules(body).map((i) => ({ ...i, path: [...at, ...i.path] }));
  if (body.approval_required) {
    issues.push(
      unsupported([...at, 'approval_required'], 'temporary authentication (approval by an administrator)'),
    );
  }
  if (body.purpose_justification_required) {
    issues.push(
      unsupported([...at, 'purpose_justification_required'], 'asking users for a purpose justification'),
    );
  }
  if (body.isolation_required) {
    issues.push(unsupported([...at, 'isolation_required'], 'browser isolation'));
  }
  const mfa = body.mfa_config;
  if (mfa && mfa.mfa_disabled !== true && (mfa.allowed_authenticators?.length ?? 0) > 0) {
    issues.push(
      unsupported([...at, 'mfa_config', 'allowed_authenticators'], 'requiring multi-factor authentication'),
    );
  }
  return issues;
}

/** The stored fields of a checked policy body (defaults filled: no exclude/require = [], session 24h). */
export function policyFields(
  body: PolicyBody & { name: string },
): Omit<PolicyRecord, 'id' | 'created_at' | 'updated_at' | 'app_id'> {
  const { include, exclude, require, session_duration, ...rest } = body;
  return {
    ...rest,
    include,
    exclude: exclude ?? [],
    require: require ?? [],
    session_duration: session_duration === undefined ? DEFAULT_SESSION_DURATION : session_duration,
  };
}
