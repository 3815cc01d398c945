import { describe, expect, it } from 'vitest';
import { applyTypography, withNoBreakSpaceBefore } from './typography.ts';

const FR = ':;?!';
const nbsp = '\u00A0';

describe('withNoBreakSpaceBefore (French rule)', () => {
  it('turns a plain space, a narrow space or none before : ; ? ! into one no-break space', () => {
    expect(withNoBreakSpaceBefore('Étape 4 : Vérifiez', FR)).toBe(`Étape 4${nbsp}: Vérifiez`);
    expect(withNoBreakSpaceBefore('Étape 4: Vérifiez', FR)).toBe(`Étape 4${nbsp}: Vérifiez`);
    expect(withNoBreakSpaceBefore('Et ensuite ?', FR)).toBe(`Et ensuite${nbsp}?`);
    expect(withNoBreakSpaceBefore('Attention\u202F!', FR)).toBe(`Attention${nbsp}!`);
    expect(withNoBreakSpaceBefore('un ; deux', FR)).toBe(`un${nbsp}; deux`);
    expect(withNoBreakSpaceBefore('Vraiment ?!', FR)).toBe(`Vraiment${nbsp}?!`);
  });

  it('works on i18next templates, before interpolation, and on a lone separator', () => {
    expect(withNoBreakSpaceBefore('{{label}} : {{title}}', FR)).toBe(`{{label}}${nbsp}: {{title}}`);
    expect(withNoBreakSpaceBefore(':', FR)).toBe(`${nbsp}:`);
  });

  it('leaves times and addresses alone', () => {
    expect(withNoBreakSpaceBefore('à 10:30', FR)).toBe('à 10:30');
    expect(withNoBreakSpaceBefore('voir https://www.kindreflex.be', FR)).toBe('voir https://www.kindreflex.be');
  });

  it('changes nothing for a language without the rule', () => {
    expect(withNoBreakSpaceBefore('Stap 4: Ga na', '')).toBe('Stap 4: Ga na');
    const resources = { ui: { a: 'Stap 4: x' } };
    expect(applyTypography(resources, undefined)).toBe(resources);
    expect(applyTypography({ ui: { a: 'Quoi ?', b: ['x !'] } }, FR)).toEqual({ ui: { a: `Quoi${nbsp}?`, b: [`x${nbsp}!`] } });
  });
});
