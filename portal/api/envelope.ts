/**
 * The Cloudflare v4 envelope `{success, errors, messages, result, result_info}` and list paging: parsing
 * `page` / `per_page` (1-100) / `search`, and the `result_info` of a page. A page past the end is simply
 * empty (the SDKs paginate until an empty page).
 */
import type { Failure, Message, ResultInfo, Success } from '../../schemas/generated/wire.js';
import type { ListQuery, Page } from '../store/repository.js';
import { BadListQueryError, type Issue } from './errors.js';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export function success(result: unknown, messages: Message[] = [], resultInfo?: ResultInfo): Success {
  return { success: true, errors: [], messages, result, ...(resultInfo ? { result_info: resultInfo } : {}) };
}

export function failure(
  errors: [Message, ...Message[]],
  result: null | Record<string, never> = null,
): Failure {
  return { success: false, errors, messages: [], result };
}

function positiveInt(
  raw: string | undefined,
  name: string,
  max: number,
  issues: Issue[],
  fallback: number,
): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    issues.push({ message: `${name} must be an integer from 1 to ${max}`, path: [name] });
    return fallback;
  }
  return n;
}

/** Parses the list query; throws BadListQueryError (400, `result: {}`) on bad values. */
export function parseListQuery(query: Record<string, string | undefined>): ListQuery {
  const issues: Issue[] = [];
  const page = positiveInt(query.page, 'page', Number.MAX_SAFE_INTEGER, issues, 1);
  const perPage = positiveInt(query.per_page, 'per_page', MAX_PER_PAGE, issues, DEFAULT_PER_PAGE);
  const search = query.search;
  if (search !== undefined && search.length > 200) {
    issues.push({ message: 'search must be at most 200 characters', path: ['search'] });
  }
  if (issues.length > 0) throw new BadListQueryError(issues);
  return { page, per_page: perPage, ...(search ? { search } : {}) };
}

export function resultInfo(q: ListQuery, page: Page<unknown>): ResultInfo {
  return {
    page: q.page,
    per_page: q.per_page,
    count: page.items.length,
    total_count: page.total,
    total_pages: Math.ceil(page.total / q.per_page),
  };
}
