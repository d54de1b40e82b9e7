import type { Plugin } from 'vite';

/**
 * Minifies the CSS inside Lit's css`…` tagged templates at build time. The JS minifier
 * leaves template text alone, so without this the shipped file carries every indent and
 * newline of src/styles.ts. Only whitespace and comments go; our styles use no
 * interpolations or strings in which whitespace matters (the build and its tests check).
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      return code.replace(/css`([^`]*)`/g, (_, text: string) => `css\`${minifyCss(text)}\``);
    },
  };
}

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
