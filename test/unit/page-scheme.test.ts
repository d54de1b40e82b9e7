// theme="auto" judges the page by its text colour, in whatever form the browser computes it.
import { expect } from '@open-wc/testing';
import { isLightColor } from '../../src/page/page-scheme.js';

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
