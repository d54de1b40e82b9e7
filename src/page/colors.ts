/**
 * Colours as the browser computes them, reduced to what contrast needs: relative luminance
 * (WCAG, 0–1) and alpha. Browsers give `rgb()` for most colours but keep `color(display-p3 …)`,
 * `oklch()`, `lab()` … as authored; wide-gamut RGB spaces are read as sRGB (close enough to
 * tell light from dark), linear ones and XYZ as linear, the Lab family by its lightness.
 * Pure, so every form is unit-tested.
 */
export interface Paint {
  luminance: number;
  alpha: number;
}

const GAMMA_SPACES = new Set(['srgb', 'display-p3', 'a98-rgb', 'prophoto-rgb', 'rec2020']);
const LINEAR_SPACES = new Set(['srgb-linear']);
const XYZ_SPACES = new Set(['xyz', 'xyz-d65', 'xyz-d50']);

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromRgb = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** The numbers of a colour function ("50%" → 0.5 where `percent` says so), and its alpha. */
function parts(args: string) {
  const [channels, alphaText] = args.split('/');
  const numbers = channels.match(/-?[\d.]+%?/g) ?? [];
  const alpha = alphaText ? parseNumber(alphaText.trim(), 1) : undefined;
  return { numbers, alpha };
}

function parseNumber(text: string, percentScale: number): number {
  return text.endsWith('%') ? (parseFloat(text) / 100) * percentScale : parseFloat(text);
}

/** Luminance and alpha of a computed colour, or undefined for a form it cannot read. */
export function paintOf(color: string): Paint | undefined {
  const [, space = '', args = ''] = color.trim().match(/^([a-z-]+)\((.*)\)$/i) ?? [];
  const { numbers, alpha } = parts(args.replace(/,/g, ' '));
  const name = space.toLowerCase();
  if (name === 'rgb' || name === 'rgba') {
    if (numbers.length < 3) return undefined;
    const channels = numbers.slice(0, 3).map((n) => linear(parseNumber(n, 255) / 255));
    const fourth = numbers[3] ? parseNumber(numbers[3], 1) : undefined;
    return { luminance: fromRgb(channels), alpha: alpha ?? fourth ?? 1 };
  }
  if (name === 'color') {
    const [colorSpace, ...values] = args.trim().split(/\s+/);
    const { numbers: channels, alpha: a } = parts(values.join(' '));
    const c = channels.slice(0, 3).map((n) => parseNumber(n, 1));
    if (c.length < 3 || c.some(Number.isNaN)) return undefined;
    if (GAMMA_SPACES.has(colorSpace)) return { luminance: fromRgb(c.map(linear)), alpha: a ?? 1 };
    if (LINEAR_SPACES.has(colorSpace)) return { luminance: fromRgb(c), alpha: a ?? 1 };
    if (XYZ_SPACES.has(colorSpace)) return { luminance: c[1], alpha: a ?? 1 };
    return undefined;
  }
  if (/^(ok)?l(ab|ch)$/.test(name) && numbers[0]) {
    const ok = name.startsWith('ok');
    const lightness = parseNumber(numbers[0], ok ? 1 : 100);
    if (ok) return { luminance: Math.max(0, lightness) ** 3, alpha: alpha ?? 1 };
    const fy = (lightness + 16) / 116;
    return { luminance: lightness > 8 ? fy ** 3 : lightness / 903.3, alpha: alpha ?? 1 };
  }
  return undefined;
}

/** WCAG contrast ratio of two luminances. */
export const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** A translucent paint over an opaque luminance (composited in luminance: close enough here). */
export const over = (top: Paint, below: number) => top.alpha * top.luminance + (1 - top.alpha) * below;
