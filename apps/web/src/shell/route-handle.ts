import type { CurrentUserDto } from '@recordroom/contracts';

/** A link in the breadcrumb trail: the pages above this one, never the page itself. */
export interface Crumb {
  to: string;
  text: string;
}

/** What a route may declare in `handle` for the layout. */
export interface RouteHandle {
  /** The trail above the page, which can depend on who is looking (staff have no directory). */
  breadcrumbs: (user: CurrentUserDto | null) => Crumb[];
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && typeof (handle as Partial<RouteHandle>).breadcrumbs === 'function';
}
