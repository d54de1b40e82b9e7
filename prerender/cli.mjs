#!/usr/bin/env node
// npx oman-sim-renewal render --operator ooredoo --language zh-Hans [--situation abroad]
//   [--tab phone] [--form both|plain|shadow]
// Prints the guide as HTML (prerender/render.mjs) for pasting into a post or a template.
import { parseArgs } from 'node:util';
import { renderGuide } from './render.mjs';

const USAGE = `Usage: oman-sim-renewal render [--operator ID] [--language TAG] [--situation home|abroad]
                                [--tab online|store|phone|tips] [--form both|plain|shadow]
  both (default): declarative shadow DOM (shown before the script runs) and plain HTML
  (for feeds and crawlers); plain or shadow: only that form.`;

try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      operator: { type: 'string' },
      language: { type: 'string' },
      situation: { type: 'string' },
      tab: { type: 'string' },
      form: { type: 'string', default: 'both' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (
    values.help ||
    positionals[0] !== 'render' ||
    !['both', 'plain', 'shadow'].includes(values.form ?? '')
  ) {
    (values.help ? console.log : console.error)(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  if (values.situation && !['home', 'abroad'].includes(values.situation))
    throw new Error('--situation is home or abroad');
  const { form, operator, language } = values;
  const situation = /** @type {'home' | 'abroad' | undefined} */ (values.situation);
  const tab = /** @type {import('./render.mjs').GuideOptions['tab']} */ (values.tab);
  console.log(
    renderGuide(
      { operator, language, situation, tab },
      { shadow: form !== 'plain', plain: form !== 'shadow' },
    ),
  );
} catch (error) {
  console.error(`${/** @type {Error} */ (error).message}\n\n${USAGE}`);
  process.exit(1);
}
