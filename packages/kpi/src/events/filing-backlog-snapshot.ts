import type { IsoDate } from '@recordroom/calendar';

/** A count of loose items awaiting filing, taken on a day, with the date the oldest arrived. */
export interface FilingBacklogSnapshot {
  takenOn: IsoDate;
  location: string;
  items: number;
  /** When the oldest item still waiting was received; null when nothing is waiting. */
  oldestItemReceivedOn: IsoDate | null;
}
