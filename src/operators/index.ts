/** Every operator's facts, and turning an `operator` attribute into one of them. */
import { OPERATOR_IDS, type OperatorFacts, type OperatorId } from './schema.js';
import { omantel } from './omantel.js';
import { ooredoo } from './ooredoo.js';
import { vodafone } from './vodafone.js';
import { friendi } from './friendi.js';
import { redbull } from './redbull.js';

export * from './schema.js';

export const OPERATORS: Record<OperatorId, OperatorFacts> = { omantel, ooredoo, vodafone, friendi, redbull };

/** Former brand names that lead to a current operator's guide. */
const ALIASES = new Map<string, OperatorId>([['renna', 'redbull']]);

/**
 * The operator an attribute value names (case-insensitive, trimmed), or `undefined` for
 * absent, empty, unknown or non-string values.
 */
export function operatorIdOf(value: unknown): OperatorId | undefined {
  const key = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (!key) return undefined;
  if ((OPERATOR_IDS as readonly string[]).includes(key)) return key as OperatorId;
  return ALIASES.get(key);
}
