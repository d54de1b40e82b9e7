import { css } from 'lit';

/** The "From abroad" box, a fact's age note; the toggle hides in print. */
export const abroadStyles = css`
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
  /* As for "Unconfirmed": Han, Arabic, Nastaliq and Indic fonts have no italics. */
  .stale:not(:lang(en)) {
    font-style: normal;
  }

  @media print {
    .situation {
      display: none;
    }
  }
`;
