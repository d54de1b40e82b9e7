import { baseStyles, languageStyles } from './base.js';
import { chipsStyles } from '../choosers/chips.styles.js';
import { motionStyles } from './motion.js';
import { actionStyles, panelsStyles } from '../panels/panels.styles.js';
import { printStyles } from './print.js';
import { reminderStyles } from '../reminder/reminder.styles.js';
import { abroadStyles } from '../panels/abroad.styles.js';
import { sourcesStyles } from '../panels/sources.styles.js';
import { tabsStyles } from '../tabs/tabs.styles.js';
import { tokenStyles } from './tokens.js';

/** The element's styles, one sheet per concern; print and motion come last. */
export const styles = [
  tokenStyles,
  baseStyles,
  languageStyles,
  tabsStyles,
  chipsStyles,
  abroadStyles,
  panelsStyles,
  actionStyles,
  reminderStyles,
  sourcesStyles,
  printStyles,
  motionStyles,
];
