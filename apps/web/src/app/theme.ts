import { Anchor, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'cyan',
  // Shade 9 keeps white text on filled buttons above 4.5:1 (WCAG AA).
  primaryShade: { light: 9, dark: 7 },
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  defaultRadius: 'md',
  components: {
    // Links are underlined so they are recognisable without colour (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

const DARKENED_LIGHT_COLORS = [
  'cyan',
  'teal',
  'gray',
  'orange',
  'red',
  'yellow',
  'green',
  'blue',
  'grape',
  'violet',
] as const;

/**
 * Text colours for light and outline variants: shade 9, except where even shade 9 is below 4.5:1
 * on white or on the colour's own shade 0/1 (orange 9: 3.96, yellow 9: 2.83, green 9: 4.07).
 */
const TEXT_OVERRIDES: Partial<Record<(typeof DARKENED_LIGHT_COLORS)[number], string>> = {
  orange: '#b8400c',
  yellow: '#8c5300',
  green: '#22703a',
};

/**
 * WCAG AA contrast: Mantine's default "dimmed" text (gray 6) and light- and outline-variant text
 * colours (shade 6) fall below 4.5:1; use dark text (see TEXT_OVERRIDES) on shade 0 backgrounds.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': t.colors.gray[7],
    // Error text (field errors) in red 9: red 6 is below 4.5:1 on white.
    '--mantine-color-error': t.colors.red[9],
    '--mantine-color-anchor': t.colors.cyan[9],
    '--mantine-primary-color-light-color': t.colors.cyan[9],
    '--mantine-primary-color-light': t.colors.cyan[0],
    '--mantine-primary-color-light-hover': t.colors.cyan[1],
    // Shade 9 has no darker neighbour, so Mantine's hover would lighten it below 4.5:1 with white.
    '--mantine-primary-color-filled-hover': '#095c6b',
    '--mantine-color-cyan-filled-hover': '#095c6b',
  };
  for (const color of DARKENED_LIGHT_COLORS) {
    const text = TEXT_OVERRIDES[color] ?? t.colors[color][9];
    light[`--mantine-color-${color}-light-color`] = text;
    light[`--mantine-color-${color}-light`] = t.colors[color][0];
    light[`--mantine-color-${color}-light-hover`] = t.colors[color][1];
    light[`--mantine-color-${color}-outline`] = text;
    light[`--mantine-color-${color}-outline-hover`] = t.colors[color][0];
  }
  return { variables: {}, light, dark: {} };
};
