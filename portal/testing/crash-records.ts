/**
 * The records the SIGKILL test writes (iteration i: server `s-i` with secret `secret-i`, portal `p-i`
 * mapping it), shared by the child writer and the parent's checks.
 */
import type { PortalRecord, ServerRecord } from '../store/repository.js';

export function crashRecord(i: number): { server: ServerRecord; portal: PortalRecord; secret: string } {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString();
  const server: ServerRecord = {
    id: `s-${i}`,
    name: `Server ${i} ${'x'.repeat(200)}`,
    hostname: `https://s${i}.example.com/mcp`,
    auth_type: 'bearer',
    description: `description ${i}`,
    is_shared_oauth_callback_enabled: false,
    secure_web_gateway: false,
    updated_tools: [{ name: 'a', alias: `alias-${i}` }],
    updated_prompts: [],
    has_credentials: true,
    credentials_version: 1,
    has_client_secret: false,
    client_secret_version: 0,
    auth_facts: {},
    generation: 0,
    status: 'waiting',
    authentication_status: 'not_required',
    tools: Array.from({ length: 20 }, (_, t) => ({ name: `tool-${t}`, inputSchema: { type: 'object' } })),
    prompts: [],
    error: null,
    error_details: null,
    sync_messages: [],
    last_synced: null,
    last_successful_sync: null,
    created_at: at,
    modified_at: at,
    created_by: 'crash',
    modified_by: 'crash',
  };
  const portal: PortalRecord = {
    id: `p-${i}`,
    name: `Portal ${i}`,
    hostname: `p${i}.example.com`,
    description: null,
    code_mode: 'opt_in',
    secure_web_gateway: false,
    servers: [
      {
        server_id: server.id,
        default_disabled: false,
        on_behalf: true,
        updated_tools: [],
        updated_prompts: [],
      },
    ],
    created_at: at,
    modified_at: at,
    created_by: 'crash',
    modified_by: 'crash',
  };
  return { server, portal, secret: `secret-${i}` };
}
