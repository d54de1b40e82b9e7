import { css } from 'lit';

/** The tab strip and the panels it controls. */
export const tabsStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }

  [role='tab'] {
    margin: 0 0 -1px;
    padding: 0.5em 0.9em;
    min-block-size: 44px;
    border: 1px solid transparent;
    border-block-end: 3px solid transparent;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition:
      color 0.15s ease,
      background-color 0.15s ease,
      border-color 0.15s ease;
  }

  [role='tab']:hover {
    color: var(--_fg);
    background: var(--_tab-bg);
  }

  [role='tab'][aria-selected='true'] {
    color: var(--_fg);
    background: var(--_tab-bg);
    border-color: var(--_border);
    border-block-end-color: var(--_accent);
  }

  [role='tab']:focus-visible,
  [role='tabpanel']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  [role='tabpanel'] {
    padding-block: var(--_space) 0;
  }

  [role='tabpanel'][hidden] {
    display: none;
  }
`;
