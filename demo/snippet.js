// The one source of the embed snippet's reserved space: README, the configurator, the demo
// page and the CLS test page all use these lines (test/built/snippet.test.ts checks them).
// The space is reserved only until the element is defined, so no blank band is left under a
// short tab; the margin is the one the guide then takes, so nothing below moves by it.
export const RESERVE_CSS = [
  "/* Keep the guide's space while it loads, so the page does not jump. */",
  'oman-sim-renewal:not(:defined) { display: block; margin-block: 1.5em; min-height: 40rem; }',
  '@media (max-width: 40rem) { oman-sim-renewal:not(:defined) { min-height: 59rem; } }',
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
