import { css } from 'lit';

/**
 * Printed, the guide becomes a checklist: every panel in order, links with their
 * addresses, no controls.
 */
export const printStyles = css`
  @media print {
    .guide {
      border: 0;
      padding: 0;
    }
    [role='tablist'],
    .chooser,
    button,
    .reminder,
    .sources summary {
      display: none !important;
    }
    [role='tabpanel'][hidden],
    .print-only {
      display: block;
    }
    .panel-title {
      margin: var(--_space) 0 0;
      font-weight: 700;
      font-size: 1.1em;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-weight: normal;
      color: var(--_fg);
      /* A URL is left-to-right text: isolated, it stays whole after an Arabic or Urdu label. */
      unicode-bidi: isolate;
      direction: ltr;
    }
    .button-link {
      background: none;
      color: var(--_fg);
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
    .sources ul {
      display: block;
    }
  }
`;
