import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table in a region that scrolls sideways and can be scrolled from the keyboard (it takes
 * focus; WCAG 2.1.1), named for screen readers.
 */
export function ScrollableTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
