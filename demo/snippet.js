// The one source of the embed snippet's reserved space: README, the configurator, the demo
// page and the CLS test page all use these lines (test/built/snippet.test.ts checks them).
// The space is reserved only until the element is defined, so no blank band is left under a
// short tab; the margin is the one the guide then takes, so nothing below moves by it.
// Only where scripts run ((scripting: enabled)): a reader without JavaScript gets the text,
// never a blank band. And only for a while: if the script never arrives (blocked, failed, a
// wrong integrity hash), the space is let go after 4 s, and the fallback text stays.
export const RESERVE_CSS = [
  "/* Keep the guide's space while it loads, so the page does not jump; let go if it never does. */",
  '@media (scripting: enabled) { oman-sim-renewal:not(:defined) { display: block; margin-block: 1.5em; min-height: 40rem; animation: osr-release 0s 4s forwards; } }',
  '@media (scripting: enabled) and (max-width: 40rem) { oman-sim-renewal:not(:defined) { min-height: 59rem; } }',
  '@keyframes osr-release { to { min-height: 0; } }',
];

/** The snippet a blogger pastes: the script, the reserved space, the element with its fallback. */
export function embedSnippet({ script, attributes = [], fallback }) {
  return [
    script,
    '<style>',
    ...RESERVE_CSS.map((line) => `  ${line}`),
    '</style>',
    `<oman-sim-renewal${attributes.map((a) => ` ${a}`).join('')}>`,
    fallback,
    '</oman-sim-renewal>',
  ].join('\n');
}
