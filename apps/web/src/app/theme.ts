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
 * WCAG AA contrast: Mantine's default "dimmed" text (gray 6) and light-variant text colours
 * (shade 6 on a shade-1 background) fall below 4.5:1; use shade 9 text on shade 0 backgrounds.
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
    light[`--mantine-color-${color}-light-color`] = t.colors[color][9];
    light[`--mantine-color-${color}-light`] = t.colors[color][0];
    light[`--mantine-color-${color}-light-hover`] = t.colors[color][1];
  }
  return { variables: {}, light, dark: {} };
};
