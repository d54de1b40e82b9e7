/** The rules scripts/check-translations.mjs applies, each on a defect it must catch. */
import { expect } from '@open-wc/testing';
import {
  glossaryProblems,
  placeholderProblems,
  rtlProblems,
  unisolatedPlaceholders,
  unitProblems,
  zhProblems,
} from '../../scripts/translation-rules.mjs';

const x = (id: number, equiv = '${code}') => `<x id="${id}" equiv-text="${equiv}"/>`;

describe('translation rules', () => {
  it('placeholders: the target keeps the source ids, no more, no fewer', () => {
    const source = `Your validity ends ${x(0)} (${x(1)}).`;
    expect(placeholderProblems(source, `تنتهي ${x(0)} (${x(1)}).`)).to.deep.equal([]);
    expect(placeholderProblems(source, `تنتهي ${x(0)}.`)).to.have.length(1);
    expect(placeholderProblems(source, `${x(0)} ${x(0)} ${x(1)}`)).to.have.length(1);
  });

  it('source: a left-to-right value must go through src/i18n/bidi.ts (0.1.0 copy status)', () => {
    expect(unisolatedPlaceholders(`Copied ${x(0, '${code}')}`)).to.have.length(1);
    expect(unisolatedPlaceholders(`Copied ${x(0, '${ltrText(code)}')}`)).to.deep.equal([]);
    expect(unisolatedPlaceholders(`Dial ${x(0, '&lt;code&gt;${ltr(code)}&lt;/code&gt;')}`)).to.deep.equal([]);
    expect(unisolatedPlaceholders(`checked ${x(0, '${formatDay(newest, locale)}')}`)).to.have.length(1);
    expect(unisolatedPlaceholders(`ends ${x(0, '${inDays}')}`), 'listed as not LTR').to.deep.equal([]);
  });

  it('ar/ur: no raw Latin text or digits next to a placeholder', () => {
    expect(rtlProblems(`تم نسخ ${x(0)}`)).to.deep.equal([]);
    expect(rtlProblems(`(وليس عبر شبكة Wi-Fi عامة) ${x(0)} اطلب`)).to.deep.equal([]);
    expect(rtlProblems(`اطلب *${x(0)}#`), 'code pieces typed around the value').to.deep.equal([]);
    expect(rtlProblems(`الموقع shop.ooredoo.om · ${x(0)}`), 'the 0.1.0 sources line').to.have.length(1);
    expect(rtlProblems(`${x(0)}/2026 تاريخ`)).to.have.length(1);
  });

  it('zh: full-width punctuation, and no space after it', () => {
    expect(zhProblems(`号码有效期将于${x(0)}到期（${x(1)}）。`)).to.deep.equal([]);
    expect(zhProblems('前往shop.ooredoo.om充值，Wi-Fi也行。')).to.deep.equal([]);
    expect(zhProblems('注意:并非所有运营商都能通过电话续费.')[0]).to.contain(':').and.contain('.');
    expect(zhProblems('复制失败(请手动复制)')).to.have.length(1);
    expect(zhProblems('注意： 并非所有运营商'), 'the 0.1.0 caution label').to.have.length(1);
    expect(zhProblems('（2026年12月19日）。 将于')).to.have.length(1);
  });

  it('applies each rule to its locales only', () => {
    const source = `Copied ${x(0)}`;
    expect(unitProblems('en-like', source, `Copied: ${x(0)}`)).to.deep.equal([]);
    expect(unitProblems('zh-Hant', source, `已複製: ${x(0)}`)).to.have.length(1);
    expect(unitProblems('ur', source, `Code ${x(0)}`)).to.have.length(1);
    expect(unitProblems('hi', source, `Code ${x(0)}`)).to.deep.equal([]);
  });

  it('zh: no space between Han and Latin text (translation review 2, Ty1)', () => {
    expect(zhProblems('（未加链接：不是官方的 https 网页）')).to.have.length(1);
    expect(zhProblems('（未加链接：不是官方的https网页）')).to.deep.equal([]);
  });

  it('zh-Hant: the Hong Kong forms the glossary rules out (translation review 2, T1)', () => {
    expect(glossaryProblems('zh-Hant', '更多小貼士')).to.have.length(1);
    expect(glossaryProblems('zh-Hant', '網上付款可能只接受阿曼發行的銀行卡')).to.have.length(1);
    expect(glossaryProblems('zh-Hant', '請撥打電訊商官方網站上列出的號碼')).to.have.length(1);
    expect(glossaryProblems('zh-Hant', '在電信商官網上儲值，並等待確認訊息。')).to.deep.equal([]);
    expect(glossaryProblems('zh-Hans', '网上充值')).to.deep.equal([]);
  });
});
