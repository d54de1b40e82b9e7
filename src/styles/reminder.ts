import { css } from 'lit';

/** The renewal reminder form in the tips panel. */
export const reminderStyles = css`
  .reminder {
    margin-block-start: var(--_space);
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
    flex-direction: column;
    gap: 0.25em;
  }

  .status {
    min-block-size: 1.5em;
    margin-block: 0.5em;
  }

  .status.error {
    color: var(--_error);
  }
`;
