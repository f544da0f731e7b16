/**
 * The brand color an organization's embedded page may use: white text sits on it, so it must
 * reach WCAG 2.2 AA's 4.5:1 contrast for normal text (1.4.3). A color that fails, or is not
 * `#rrggbb`, gives `null` and the page keeps the portal's own primary color.
 */
export const MIN_CONTRAST = 4.5;

/** Relative luminance of an sRGB `#rrggbb` color (WCAG 2.2, "relative luminance"). */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4),
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colors, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

export function usableBrandColor(color: string | null | undefined): string | null {
  if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return null;
  return contrastRatio(color, '#ffffff') >= MIN_CONTRAST ? color.toLowerCase() : null;
}
