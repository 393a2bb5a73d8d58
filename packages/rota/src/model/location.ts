import { type LocationKind } from '@recordroom/people';

export type LocationId = string;

/** A place the department staffs: the records library, the A&E records desk, a ward... */
export interface Location {
  id: LocationId;
  name: string;
  kind: LocationKind;
}
