import { css } from 'lit';

/**
 * Printed, the guide becomes a checklist: always black on white (tokens.ts), every panel
 * in order, flowing from page to page (only small units — a step, a caution, a panel's
 * title with its first line — are kept together, so it fits on two A4 pages), web addresses after links (isolated, so they read left to
 * right inside Arabic or Urdu), no controls (nor Dial or Share), call buttons as plain numbers, no phone links' `tel:` noise, and the sources
 * with their check dates — a closed <details> would hide them (and "More tips"), so
 * their content is shown.
 */
export const printStyles = css`
  @media print {
    /* Two columns at a document's text size: a checklist of short steps reads well in them,
       and the guide fits on two A4 pages in every language. */
    .guide {
      border: 0;
      padding: 0;
      columns: 2;
      column-gap: 2em;
      font-size: 10.5pt;
      line-height: 1.4;
    }
    .guide:lang(ur) {
      line-height: 1.7;
    }
    .guide:lang(hi),
    .guide:lang(bn),
    .guide:lang(ml) {
      line-height: 1.5;
    }
    /* Urdu, Hindi, Bengali and Malayalam set larger and longer than Latin at the same size:
       a point smaller keeps them on two pages too. */
    .guide:lang(ur),
    .guide:lang(hi),
    .guide:lang(bn),
    .guide:lang(ml) {
      font-size: 9.5pt;
    }
    .guide:lang(ml) {
      font-size: 9pt;
    }
    .steps li,
    .bullets li {
      margin-block: 0.2em;
    }
    [role='tablist'],
    .chooser,
    button,
    .reminder,
    .copy-status,
    .dial,
    .share {
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
    .call {
      border: 0;
      padding: 0;
      min-block-size: 0;
      font-weight: 700;
    }
    .button-link {
      display: inline;
      background: none;
      color: var(--_fg);
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
    /* The sources are reference notes on paper: set small, like footnotes. */
    .sources {
      font-size: 0.8em;
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
