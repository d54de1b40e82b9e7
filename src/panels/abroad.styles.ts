import { css } from 'lit';

/**
 * The "From abroad" steps and the share action; the "My number stopped working" button and
 * box (an alert in the caution colours); a fact's age note. The toggles hide in print.
 */
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

  .abroad .steps {
    margin-block-end: 0.5em;
  }

  .share {
    margin-block: 0.5em;
  }

  .share-status:empty {
    display: none;
  }

  .share-text {
    white-space: pre-line;
    -webkit-user-select: text;
    user-select: text;
  }

  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  .lapsed-toggle {
    display: block;
    min-block-size: 44px;
    margin-block: -0.25em 0.25em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .lapsed-toggle::before {
    content: '⚠ ' / '';
  }

  .lapsed {
    margin-block: 0.5em var(--_space);
    padding: 0.1em 0.9em;
    background: var(--_caution-bg);
    border-inline-start: 4px solid var(--_caution-border);
    border-radius: calc(var(--_radius) / 2);
  }

  .lapsed .label {
    margin-block-start: 0.5em;
  }

  .contacts .muted {
    color: var(--_muted);
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
    .situation,
    .lapsed-toggle,
    .share {
      display: none;
    }
  }
`;
