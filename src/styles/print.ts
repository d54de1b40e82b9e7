import { css } from 'lit';

/**
 * Printed, the guide becomes a checklist: always black on white (tokens.ts), every panel
 * in order and kept together, web addresses after links (isolated, so they read left to
 * right inside Arabic or Urdu), no controls, no phone links' `tel:` noise, and the sources
 * with their check dates — a closed <details> would hide them (and "More tips"), so
 * their content is shown.
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
    .copy-status {
      display: none !important;
    }
    [role='tabpanel'][hidden],
    .print-only {
      display: block;
    }
    [role='tabpanel'] {
      break-inside: avoid;
    }
    .panel-title {
      margin: var(--_space) 0 0;
      font-weight: 700;
      font-size: 1.1em;
      break-after: avoid;
    }
    .caution,
    li {
      break-inside: avoid;
    }
    a[href]::after {
      content: '(' attr(href) ')';
      margin-inline-start: 0.3em;
      direction: ltr;
      unicode-bidi: isolate;
      font-weight: normal;
      color: var(--_fg);
      /* A URL is left-to-right text: isolated, it stays whole after an Arabic or Urdu label. */
      unicode-bidi: isolate;
      direction: ltr;
    }
    a[href^='tel:']::after {
      content: none;
    }
    a {
      color: var(--_fg);
    }
    .button-link {
      display: inline;
      background: none;
      color: var(--_fg);
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    summary {
      list-style: none;
      font-weight: 700;
    }
    summary::-webkit-details-marker {
      display: none;
    }
  }
`;
