import { css } from 'lit';

/**
 * The operator chooser of the general guide (a label above a grid of equal cells) and the
 * In Oman / Abroad toggle (its question and two chips on one row where they fit): options
 * wrap rather than scroll, so every one stays wholly in view at any width and text size.
 * Once chosen, the chooser folds to the operator and a "Change" link-button. The chosen chip
 * is outlined with a tick, not filled, so it does not compete with the main action below;
 * in forced colours it takes the system's selection colours.
 */
export const chipsStyles = css`
  .chooser,
  .situation {
    margin-block-end: calc(var(--_space) * 0.5);
  }

  /* "Where are you now?" shares the row with its two chips where they fit. */
  .situation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.6em;
  }

  .situation .chips-label {
    margin-block-end: 0;
  }

  .chips-label {
    display: block;
    margin-block-end: 0.25em;
    font-weight: 600;
  }

  /* The chips wrap: every option stays wholly in view, at any width and text size. */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding-block: 4px;
  }

  /* The operators: a grid of equal cells, two across on a phone, each name whole. */
  .chooser .chips {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
  }

  .chip {
    display: inline-flex;
    flex: none;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    align-items: center;
    gap: 0.3em;
    min-block-size: 44px;
    padding: 0 0.9em;
    border: 1px solid var(--_control-border);
    border-radius: 999px;
    background: transparent;
    color: var(--_fg);
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
  }

  .chip[aria-pressed='true'],
  .chosen {
    border: 2px solid var(--_accent);
    background: var(--_tab-bg);
    font-weight: 700;
  }

  .chip[aria-pressed='true']::before,
  .chosen::before {
    content: '✓' / '';
  }

  .change {
    min-block-size: 44px;
    padding: 0 0.5em;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .chip[aria-pressed='true'],
    .chosen {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: CanvasText;
    }
  }
`;
