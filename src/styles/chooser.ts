import { css } from 'lit';

/** The operator chooser of the general guide and the In Oman / Abroad toggle. */
export const chooserStyles = css`
  .chooser,
  .situation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .chip {
    min-block-size: 36px;
    padding: 0.2em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }

  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
`;
