import { css } from 'lit';

/** The "Sources · last checked" disclosure. */
export const sourcesStyles = css`
  .sources {
    margin-block-start: var(--_space);
  }

  .sources summary {
    cursor: pointer;
  }

  .sources ul {
    margin: 0.35em 0;
    padding-inline-start: 1.25em;
  }
`;
