import { css } from 'lit';

/** What the panels are made of: steps, cautions, actions, hints, contacts, codes. */
export const panelsStyles = css`
  .intro {
    margin: 0 0 0.5em;
  }

  .steps,
  .bullets {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.5em;
  }

  .steps li,
  .bullets li {
    margin-block: 0.35em;
  }

  .caution {
    margin: 0;
    padding: 0.6em 0.9em;
    background: var(--_caution-bg);
    border-inline-start: 4px solid var(--_caution-border);
    border-radius: calc(var(--_radius) / 2);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }

  .hint,
  .sources {
    color: var(--_muted);
    font-size: 0.925em;
  }

  .hint {
    margin-block: 0.35em;
  }

  /* The "unconfirmed" note as a badge next to the fact it qualifies, upright in every
     script (synthetic italics on Arabic, Nastaliq, Han or Indic text look like a
     rendering error); the caution colours and the sign say it before the words do. */
  .unconfirmed {
    display: inline-block;
    max-inline-size: 100%;
    padding: 0.05em 0.45em;
    border: 1px solid var(--_caution-border);
    border-radius: 0.4em;
    background: var(--_caution-bg);
    color: var(--_fg);
    font-size: 0.875em;
    font-style: normal;
    /* Chinese breaks between any two characters: keep its words whole ("核实", not "核 / 实"). */
    word-break: keep-all;
    text-wrap: balance;
  }

  .unconfirmed::before {
    content: '⚠ ' / '';
  }

  .menu-path {
    font-weight: 600;
  }

  .label {
    margin: var(--_space) 0 0.25em;
    font-weight: 700;
  }

  .contacts {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .contacts li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: 0.35em;
  }

  .tel {
    font-size: 1.15em;
    font-weight: 700;
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    padding: 0.1em 0.35em;
    border-radius: 4px;
    background: var(--_tab-bg);
  }

  .copy {
    min-block-size: 44px;
    padding: 0.2em 0.9em;
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }

  /* An empty live region stays in the page (so it is announced) but takes no room. */
  .copy-status {
    margin: 0;
    color: var(--_muted);
  }
  .copy-status:not(:empty) {
    margin-block: 0.25em 0.5em;
  }
`;

/**
 * One obvious main action per tab: the official-page button is full width on a phone and
 * says it leaves the page (↗, mirrored right to left); calls and USSD dials are buttons
 * too; a dashed placeholder holds the place of the action until an operator is chosen.
 */
export const actionStyles = css`
  [role='tabpanel'] > * {
    max-inline-size: 68ch;
  }

  .button-link {
    justify-content: center;
    gap: 0.4em;
    text-align: center;
  }

  .button-link::after {
    content: '↗' / '';
    display: inline-block;
  }

  .button-link:dir(rtl)::after {
    transform: scaleX(-1);
  }

  @container guide (max-width: 30em) {
    .button-link {
      display: flex;
      inline-size: 100%;
    }
  }

  .steps li:has(> .button-link) {
    margin-block-end: 0.6em;
  }

  .placeholder {
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border: 2px dashed var(--_control-border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }

  .call {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 44px;
    padding: 0 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent);
    font-weight: 700;
    text-decoration: none;
  }

  .tel::before {
    content: '☎' / '';
  }

  /* "Dial" a code only where a device can dial: a touch screen. On a desktop the code and
     Copy remain. */
  @media not (any-pointer: coarse) {
    .dial {
      display: none;
    }
  }

  /* A phone number is one token: never split over two lines. */
  .tel {
    white-space: nowrap;
  }

  .contacts li + li {
    padding-block-start: 0.35em;
    border-block-start: 1px solid var(--_border);
  }

  .more {
    margin-block-end: var(--_space);
  }

  .more summary {
    padding-block: 0.6em;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
`;
