/**
 * ServerRecord -> the wire `ServerObject`: secrets are never included, only `auth_config_summary`;
 * empty `updated_*` arrays are omitted (as the API does); `description` is always present (null clears);
 * unset sync fields (`error`, `last_synced`, ...) are omitted rather than null.
 */
import type { ServerAuthConfigSummary, ServerObject } from '../../schemas/generated/wire.js';
import type { ServerRecord } from '../store/repository.js';

export function authConfigSummary(rec: ServerRecord): ServerAuthConfigSummary {
  const facts = rec.auth_facts;
  return {
    ...(rec.auth_type === 'oauth'
      ? {
          auth_mode: facts.auth_mode ?? 'dcr',
          has_client_secret: rec.has_client_secret,
          client_secret_version: rec.client_secret_version,
        }
      : {}),
    has_credentials: rec.has_credentials,
    credentials_version: rec.credentials_version,
    ...(facts.header_names ? { header_names: facts.header_names } : {}),
    ...(facts.credentials_fingerprint ? { credentials_fingerprint: facts.credentials_fingerprint } : {}),
    ...(facts.config ? { config: facts.config } : {}),
    ...(facts.registration_info ? { registration_info: facts.registration_info } : {}),
  };
}

/** The fields shared by a server object and a portal's server entry, except the overrides. */
export function serverCore(rec: ServerRecord): Omit<ServerObject, 'updated_tools' | 'updated_prompts'> {
  return {
    id: rec.id,
    name: rec.name,
    hostname: rec.hostname,
    auth_type: rec.auth_type,
    description: rec.description,
    is_shared_oauth_callback_enabled: rec.is_shared_oauth_callback_enabled,
    secure_web_gateway: rec.secure_web_gateway,
    status: rec.status,
    authentication_status: rec.authentication_status,
    auth_config_summary: authConfigSummary(rec),
    tools: rec.tools,
    prompts: rec.prompts,
    ...(rec.error !== null ? { error: rec.error } : {}),
    ...(rec.error_details !== null ? { error_details: rec.error_details } : {}),
    ...(rec.last_synced !== null ? { last_synced: rec.last_synced } : {}),
    ...(rec.last_successful_sync !== null ? { last_successful_sync: rec.last_successful_sync } : {}),
    created_at: rec.created_at,
    modified_at: rec.modified_at,
    created_by: rec.created_by,
    modified_by: rec.modified_by,
  };
}

export function toServerObject(rec: ServerRecord): ServerObject {
  return {
    ...serverCore(rec),
    ...(rec.updated_tools.length > 0 ? { updated_tools: rec.updated_tools } : {}),
    ...(rec.updated_prompts.length > 0 ? { updated_prompts: rec.updated_prompts } : {}),
  };
}
