/**
 * Defines `<oman-sim-renewal>` once. Blogs often include the script twice (two plugins, a
 * theme and a post, `@0.1` and `@0.1.0` URLs, the default and the all-languages file), so
 * defining must never throw. The first definition stays and draws every guide on the page;
 * a console warning says when the later copy would have drawn them differently.
 */
import { OmanSimRenewal } from './oman-sim-renewal.js';
import { VERSION } from './version.js';
import { SUPPORTED_LOCALES } from './i18n/localization.js';
import { ALL_LANGUAGES_FILE } from './i18n/missing-language.js';
import { quote, warnOnce } from './attribute-values.js';

/** Where a definition records the languages its file carries, for a later copy to compare. */
const LANGUAGES = Symbol.for('oman-sim-renewal.languages');

type Definition = CustomElementConstructor & {
  version?: string;
  [LANGUAGES]?: readonly string[];
};

export function defineOmanSimRenewal(): void {
  const defined = customElements.get('oman-sim-renewal') as Definition | undefined;
  if (!defined) {
    (OmanSimRenewal as unknown as Definition)[LANGUAGES] = SUPPORTED_LOCALES;
    try {
      // The literal tag lets the custom-elements manifest analyzer read it.
      customElements.define('oman-sim-renewal', OmanSimRenewal);
    } catch (error) {
      // A page's registry guard may refuse the tag: say so, and leave the fallback text.
      warnOnce(
        'define',
        `the page refused to define the element (${quote(error)}); the fallback text stays.`,
      );
    }
    return;
  }
  if (defined.version !== VERSION) {
    warnOnce(
      'second copy',
      `version ${VERSION} was loaded on a page that already has version ${defined.version ?? 'unknown'}; keeping the first.`,
    );
    return;
  }
  const first = defined[LANGUAGES];
  const lost = SUPPORTED_LOCALES.filter((locale) => first && !first.includes(locale));
  if (first && lost.length > 0) {
    warnOnce(
      'second copy',
      `this page loads two files; the first, with ${first.join(', ')}, draws every guide, so ${lost.join(', ')} will not show. Load only ${ALL_LANGUAGES_FILE}.`,
    );
  }
}
