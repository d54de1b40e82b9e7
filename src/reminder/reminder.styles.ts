import { css } from 'lit';

/**
 * The renewal reminder, first in the tips panel: fields that share the row evenly, the
 * days left as a headline, errors marked on the field too, and in the "today" and "too
 * late" states a top-up button in the caution colours instead of a disabled one.
 */
export const reminderStyles = css`
  .reminder {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .reminder .label {
    margin-block-start: 0;
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.25em;
  }

  .fields label {
    display: flex;
    flex: 1 1 12em;
    flex-direction: column;
    gap: 0.25em;
  }

  .fields input,
  .fields select {
    inline-size: 100%;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }

  .status {
    margin-block: 0.5em;
  }

  .status p {
    margin: 0;
  }

  .status.error {
    color: var(--_error);
  }

  .days-left {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
  }

  .saved {
    margin-block-start: 0.35em;
    font-weight: 600;
  }

  .button-link.urgent {
    border-color: var(--_caution-border);
    background: var(--_caution-bg);
    color: var(--_fg);
  }
`;
