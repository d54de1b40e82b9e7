import { css } from 'lit';

/** The "In Oman / Abroad" toggle, the "From abroad" box and a fact's age note. */
export const situationStyles = css`
  .situation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .abroad {
    margin-block: 0.75em;
    padding: 0.1em 0.9em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .abroad .label {
    margin-block-start: 0.5em;
  }

  .stale {
    display: inline-block;
    color: var(--_muted);
    font-size: 0.925em;
    font-style: italic;
  }

  @media print {
    .situation {
      display: none;
    }
  }
`;
