/** Every operator's facts, and turning an `operator` attribute into one of them. */
import { OPERATOR_IDS, type OperatorFacts, type OperatorId } from './schema.js';
import { keywordText } from './keyword.js';
import { omantel } from './omantel.js';
import { ooredoo } from './ooredoo.js';
import { vodafone } from './vodafone.js';
import { friendi } from './friendi.js';
import { redbull } from './redbull.js';

export * from './schema.js';

/**
 * `value` copied and frozen all the way down; objects without a prototype, so an absent
 * optional fact stays absent even on a page that polluted `Object.prototype` later.
 */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, field] of Object.entries(value)) copy[key] = frozenCopy(field);
  return Object.freeze(copy) as T;
}

/**
 * Every operator's facts, shared by all guides on the page: frozen copies, so neither a
 * page (through `operatorFacts`) nor anything else can change what another guide shows.
 */
export const OPERATORS: Readonly<Record<OperatorId, OperatorFacts>> = frozenCopy({
  omantel,
  ooredoo,
  vodafone,
  friendi,
  redbull,
});

/** Former brand names that lead to a current operator's guide. */
const ALIASES = new Map<string, OperatorId>([['renna', 'redbull']]);

/** Whether an attribute value names a former brand (shown why the reader sees another name). */
export const isAlias = (value: unknown) => typeof value === 'string' && ALIASES.has(keywordText(value));

/**
 * The operator an attribute value names (case-insensitive, trimmed), or `undefined` for
 * absent, empty, unknown or non-string values.
 */
export function operatorIdOf(value: unknown): OperatorId | undefined {
  const key = typeof value === 'string' ? keywordText(value) : undefined;
  if (!key) return undefined;
  if ((OPERATOR_IDS as readonly string[]).includes(key)) return key as OperatorId;
  return ALIASES.get(key);
}
