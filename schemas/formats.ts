/**
 * The string formats the management API checks that ajv-formats does not know, registered on the schema
 * registry's ajv: `cidr` (an IPv4 or IPv6 address with an optional prefix length in range), `country-code`
 * (an ISO 3166-1 alpha-2 code), `domain` (a DNS name of two labels or more). A manifest that passes
 * `validate` is then not refused by the API for these fields. `ALL_FORMATS` adds ajv-formats' own: the
 * precompiled validators (generated/validators.ts) call them by name.
 */
import { isIP } from 'node:net';
import ajvFormats from 'ajv-formats/dist/formats.js';

/** `10.0.0.0/8`, `192.0.2.1`, `2001:db8::/32`: a valid address and, when given, a prefix within its family. */
export function isCidr(value: string): boolean {
  const slash = value.indexOf('/');
  const address = slash === -1 ? value : value.slice(0, slash);
  const family = isIP(address);
  if (family === 0) return false;
  if (slash === -1) return true;
  const prefix = value.slice(slash + 1);
  if (!/^(0|[1-9][0-9]{0,2})$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** ISO 3166-1 alpha-2 codes (officially assigned), as Cloudflare's geo selector takes them. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
    'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
    'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
    'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
    'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
    'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE ' +
    'YT ZA ZM ZW XK'
  ).split(' '),
);

export const isCountryCode = (value: string): boolean => COUNTRIES.has(value);

const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** `example.com`: at most 253 characters, two labels or more, each 1-63 letters, digits or inner hyphens. */
export function isDomain(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^[0-9]+$/.test(labels.at(-1) ?? '');
}

/** The formats to register, by name. */
export const CUSTOM_FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  cidr: isCidr,
  'country-code': isCountryCode,
  domain: isDomain,
};

/**
 * Every format the schemas may name, as the registry's ajv has them (ajv-formats' full set, then ours):
 * the code the precompiled validators call, the same functions and patterns a compiled validator uses.
 */
export const ALL_FORMATS: Readonly<Record<string, unknown>> = {
  ...ajvFormats.fullFormats,
  ...CUSTOM_FORMATS,
};
