// The one-file builds' shorter translation keys (config/short-message-ids.mjs), tested in
// Node: the language modules and the runtime must agree, and no two messages may share a key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { KEY_LENGTH, assertDistinct, shortenKeys } from '../../config/short-message-ids.mjs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

test("a language module's keys are cut to KEY_LENGTH characters, and only its keys", () => {
  const code =
    "export const templates = {\n'h0d1bd2d3e81e5b9e': html`a ${0}`,\n's043680310af4e3a0': `s043680310af4e3a0`,\n};";
  const { code: short } = shortenKeys(code);
  assert.equal(
    short,
    "export const templates = {\n'h0d1bd': html`a ${0}`,\n's04368': `s043680310af4e3a0`,\n};",
  );
});

test("the runtime's key of a message is the module's key, cut the same way", () => {
  const module = readFileSync(new URL('../../src/i18n/locales/zh-Hans.ts', import.meta.url), 'utf8');
  // "Copy", a plain-string message: its key as @lit/localize computes it at run time.
  const key = generateMsgId('Copy', false);
  assert.match(module, new RegExp(`'${key}':`), 'the zh-Hans module has the message');
  assert.match(shortenKeys(module).code, new RegExp(`'${key.slice(0, KEY_LENGTH)}':`));
});

test('two messages that would share a short key stop the build', () => {
  assert.doesNotThrow(() => assertDistinct(['s0436803100000000', 's0436903100000000']));
  assert.throws(
    () => assertDistinct(['s0436803100000000', 's0436801111111111']),
    /share the key s04368: raise KEY_LENGTH/,
  );
});
