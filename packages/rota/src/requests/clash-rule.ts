import { type Skill } from '@recordroom/people';
import { type LocationId } from '../model/location.js';

/**
 * At most `maximumOff` people of a location's team (by home location) or holding a skill may be
 * away on any one day: checked when leave is requested and approved.
 */
export interface ClashRule {
  id: string;
  /** 'A&E desk team', 'Coders'. */
  name: string;
  scope: { locationId: LocationId } | { skill: Skill };
  maximumOff: number;
}
