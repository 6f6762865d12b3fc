// Pages are found by file name, so each area owns its folder and nothing else needs editing when
// an area is built: areas/<folder>/<area-id>.page.tsx is the page of that area (kebab-case id,
// for example my-care.page.tsx for "myCare"), and areas/<folder>/*.routes.tsx adds further routes
// (a record page, a form) shown to users who have one of the listed areas.
import type { ComponentType, ReactElement } from 'react';

export interface AreaRoute {
  path: string;
  element: ReactElement;
  /** Users who see any of these areas may open the route. */
  areas: readonly string[];
}

const pageModules = import.meta.glob<ComponentType>('./*/*.page.tsx', {
  eager: true,
  import: 'default',
});
const routeModules = import.meta.glob<readonly AreaRoute[]>('./*/*.routes.tsx', {
  eager: true,
  import: 'default',
});

function areaIdOf(file: string): string {
  const base = file.split('/').pop()?.replace('.page.tsx', '') ?? '';
  return base.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export const AREA_PAGES: ReadonlyMap<string, ComponentType> = new Map(
  Object.entries(pageModules).map(([file, page]) => [areaIdOf(file), page]),
);

export const AREA_ROUTES: readonly AreaRoute[] = Object.values(routeModules).flat();
