import { css } from 'lit';

/** Reduced motion: no transitions or animations. */
export const motionStyles = css`
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
