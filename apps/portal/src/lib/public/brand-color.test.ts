import { describe, expect, it } from 'vitest';
import { contrastRatio, usableBrandColor } from './brand-color';

describe('usableBrandColor', () => {
  it('measures contrast as WCAG does: black on white is 21:1, a color on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f5f8b', '#1f5f8b')).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it("keeps a color white text can sit on (Riverside's, Summit's)", () => {
    expect(usableBrandColor('#1f5f8b')).toBe('#1f5f8b');
    expect(usableBrandColor('#6B3FA0')).toBe('#6b3fa0');
    expect(usableBrandColor('#767676')).toBe('#767676');
  });

  it('falls back (null) for a color too light for white text, or no color at all', () => {
    expect(usableBrandColor('#777777')).toBeNull();
    expect(usableBrandColor('#ffcc00')).toBeNull();
    expect(usableBrandColor('#ffffff')).toBeNull();
    expect(usableBrandColor(null)).toBeNull();
    expect(usableBrandColor('blue')).toBeNull();
  });
});
