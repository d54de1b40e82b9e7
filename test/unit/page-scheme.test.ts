// theme="auto" judges the page by its text colour, in whatever form the browser computes it.
import { expect } from '@open-wc/testing';
import { accentFix, isLightColor } from '../../src/page/page-scheme.js';
import { contrast, paintOf } from '../../src/page/colors.js';

describe('isLightColor', () => {
  it('reads rgb() and rgba(): dark blog text is dark, dark-theme text is light', () => {
    for (const dark of ['rgb(33, 37, 41)', 'rgb(55, 60, 68)', 'rgba(0, 0, 0, 0.87)', 'rgb(85, 85, 85)'])
      expect(isLightColor(dark), dark).to.equal(false);
    for (const light of [
      'rgb(222, 226, 230)',
      'rgb(194, 199, 208)',
      'rgb(170, 170, 170)',
      'rgb(255, 255, 255)',
    ])
      expect(isLightColor(light), light).to.equal(true);
  });

  it('reads color(srgb …), oklch(), oklab() and lab() as browsers keep them', () => {
    expect(isLightColor('color(srgb 0.13 0.15 0.16)')).to.equal(false);
    expect(isLightColor('color(srgb 0.87 0.89 0.9)')).to.equal(true);
    expect(isLightColor('oklch(0.25 0.02 250)')).to.equal(false);
    expect(isLightColor('oklch(92% 0.01 250)')).to.equal(true);
    expect(isLightColor('oklab(0.9 0 0)')).to.equal(true);
    expect(isLightColor('lab(20 0 0)')).to.equal(false);
    expect(isLightColor('lch(85 10 200)')).to.equal(true);
  });

  it('says nothing of what it cannot read (the page then counts as light)', () => {
    expect(isLightColor('')).to.equal(undefined);
    expect(isLightColor('currentcolor')).to.equal(undefined);
  });
});

describe('paintOf and the accent check', () => {
  it('reads wide-gamut and linear forms a dark page may use (adversarial review 2, H2)', () => {
    for (const light of [
      'color(display-p3 0.92 0.92 0.95)',
      'color(rec2020 0.9 0.9 0.9)',
      'color(srgb-linear 0.8 0.8 0.8)',
      'color(xyz-d65 0.7 0.75 0.8)',
      'color(a98-rgb 0.9 0.9 0.9 / 0.5)',
    ])
      expect(isLightColor(light), light).to.equal(true);
    for (const dark of ['color(display-p3 0.1 0.1 0.12)', 'color(xyz 0.01 0.01 0.02)'])
      expect(isLightColor(dark), dark).to.equal(false);
    expect(paintOf('rgb(0 0 0 / 0.25)')!.alpha).to.equal(0.25);
    expect(paintOf('rgba(0, 0, 0, 0)')!.alpha).to.equal(0);
  });

  it('WCAG contrast: black on white is 21:1', () => {
    expect(
      contrast(paintOf('rgb(0, 0, 0)')!.luminance, paintOf('rgb(255, 255, 255)')!.luminance),
    ).to.be.closeTo(21, 0.01);
  });

  it('darkens a loud accent on a light page, lightens a dark teal on a dark page, keeps a good one', () => {
    const white = 1;
    const nearBlack = paintOf('rgb(18, 18, 18)')!.luminance;
    expect(accentFix(paintOf('rgb(157, 255, 32)')!, white), 'WordPress lime on white').to.equal('darken');
    expect(accentFix(paintOf('rgb(0, 115, 107)')!, nearBlack), 'teal on #121212').to.equal('lighten');
    expect(accentFix(paintOf('rgb(0, 115, 107)')!, white), 'teal on white').to.equal('none');
    // Bootstrap's blue passes on white but not on the caution tint the badges sit on.
    expect(accentFix(paintOf('rgb(13, 110, 253)')!, white)).to.equal('darken');
  });
});
