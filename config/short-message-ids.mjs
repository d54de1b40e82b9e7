import { readdirSync, readFileSync } from 'node:fs';
import MagicString from 'magic-string';

/**
 * Shorter translation keys in the one-file builds. @lit/localize keys each translation by a
 * 17-character hash of its English template ('s' or 'h', then 16 hex digits), in every
 * language module, and computes the same hash at run time to look a message up. Random hex
 * does not compress: the default file's two bundled languages carried ~1 kB gzip of keys.
 * Here the keys are cut to their first KEY_LENGTH characters, in the language modules and in
 * the runtime's hash, together; the build fails if two known messages would share a key.
 * Sources, XLIFF and lib/ keep the full hashes, so translation tooling is unchanged.
 * (Plain JavaScript with JSDoc types, so that `node --test` can test it as it is.)
 */
export const KEY_LENGTH = 6;

const ROOT = new URL('../', import.meta.url);
const FULL_KEY = /^[sh][0-9a-f]{16}$/;
/** Where @lit/localize computes a message's key (internal/id-generation.js). */
const RUNTIME_HASH = "fnv1a64(typeof strings === 'string' ? strings : strings.join(HASH_DELIMITER))";

/**
 * A language module's source with its keys cut short, and the source map of the change.
 * @param {string} code
 * @param {string} [fileName]
 */
export function shortenKeys(code, fileName = 'locale.ts') {
  const output = new MagicString(code);
  for (const match of code.matchAll(/(['"])([sh][0-9a-f]{16})\1:/g)) {
    const start = match.index + 1;
    output.overwrite(start, start + 17, match[2].slice(0, KEY_LENGTH));
  }
  return { code: output.toString(), map: output.generateMap({ source: fileName, hires: true }) };
}

/**
 * Throws if two of `keys` (full hashes) share their first KEY_LENGTH characters.
 * @param {string[]} keys
 */
export function assertDistinct(keys) {
  const seen = new Map();
  for (const key of new Set(keys)) {
    if (!FULL_KEY.test(key)) throw new Error(`not a message key: ${key}`);
    const short = key.slice(0, KEY_LENGTH);
    const other = seen.get(short);
    if (other) throw new Error(`messages ${other} and ${key} share the key ${short}: raise KEY_LENGTH`);
    seen.set(short, key);
  }
}

/** Every message key the project knows: XLIFF lists every message, translated or not. */
function knownKeys() {
  const keys = [];
  const dir = new URL('xliff/', ROOT);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xlf'))) {
    const xliff = readFileSync(new URL(file, dir), 'utf8');
    for (const [, key] of xliff.matchAll(/<trans-unit id="([^"]+)"/g)) keys.push(key);
  }
  return keys;
}

/**
 * @param {{ when: boolean }} options
 * @returns {import('vite').Plugin}
 */
export function shortMessageIds({ when }) {
  return {
    name: 'short-message-ids',
    buildStart() {
      if (when) assertDistinct(knownKeys());
    },
    transform(code, id) {
      if (!when) return null;
      if (id.includes('/@lit/localize/internal/id-generation.js')) {
        if (!code.includes(RUNTIME_HASH)) this.error('@lit/localize changed how it hashes messages');
        return { code: code.replace(RUNTIME_HASH, `${RUNTIME_HASH}.slice(0, ${KEY_LENGTH - 1})`), map: null };
      }
      if (/\/src\/i18n\/locales\/[\w-]+\.ts$/.test(id)) return shortenKeys(code, id);
      return null;
    },
  };
}
