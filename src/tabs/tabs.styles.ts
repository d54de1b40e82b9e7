import { css } from 'lit';

/**
 * The tab strip as one segmented control: equal cells on a tinted track, the selected
 * cell filled and raised. It never wraps tab by tab (a lone tab on a second row reads as
 * a heading): the whole grid goes from four across to 2×2, and to one column in a very
 * narrow box, by the guide's own width in `em` — so larger text reflows it the same way.
 */
export const tabsStyles = css`
  [role='tablist'] {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 4px;
    padding: 4px;
    background: var(--_tab-bg);
    border-radius: var(--_radius);
  }

  @container guide (min-width: 30em) {
    [role='tablist'] {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  @container guide (max-width: 11em) {
    [role='tablist'] {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  [role='tab'] {
    min-block-size: 44px;
    padding: 0.25em 0.5em;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) - 2px);
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-wrap: balance;
    cursor: pointer;
    transition:
      color 0.15s ease,
      background-color 0.15s ease,
      box-shadow 0.15s ease;
  }

  [role='tab']:hover {
    color: var(--_fg);
  }

  [role='tab'][aria-selected='true'] {
    color: var(--_fg);
    background: var(--_raised);
    border-color: var(--_border);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
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

  /* Windows High Contrast drops fills and shadows: mark the selected cell with the
     system's selection colour and a thick edge instead. */
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border: 2px solid CanvasText;
    }
  }
`;
