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
  .unconfirmed,
  .sources {
    color: var(--_muted);
    font-size: 0.925em;
  }

  .hint {
    margin-block: 0.35em;
  }

  .unconfirmed {
    display: inline-block;
    font-style: italic;
  }
  /* Han, Arabic, Nastaliq and Indic fonts have no italics: browsers would slant the glyphs. */
  .unconfirmed:not(:lang(en)) {
    font-style: normal;
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
    min-block-size: 32px;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }

  .copy-status {
    min-block-size: 1.5em;
    margin-block: 0.25em 0;
    color: var(--_muted);
  }
`;
