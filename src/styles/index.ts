import { baseStyles } from './base.js';
import { chooserStyles } from './chooser.js';
import { motionStyles } from './motion.js';
import { actionStyles, panelsStyles } from './panels.js';
import { printStyles } from './print.js';
import { reminderStyles } from './reminder.js';
import { situationStyles } from './situation.js';
import { sourcesStyles } from './sources.js';
import { tabsStyles } from './tabs.js';
import { tokenStyles } from './tokens.js';

/** The element's styles, one sheet per concern; print and motion come last. */
export const styles = [
  tokenStyles,
  baseStyles,
  tabsStyles,
  chooserStyles,
  situationStyles,
  panelsStyles,
  actionStyles,
  reminderStyles,
  sourcesStyles,
  printStyles,
  motionStyles,
];
