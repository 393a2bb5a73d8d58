import type { IsoDate } from '@recordroom/calendar';

/** A period when the SAR clock stood still waiting for clarification: from `from`, resuming on `to`. */
export interface SarPause {
  from: IsoDate;
  /** The day the clarification arrived and the clock resumed; null while still waiting. */
  to: IsoDate | null;
}

/** A subject access request under UK GDPR, as the access-to-records office logs it. */
export interface SubjectAccessRequest {
  id: string;
  receivedOn: IsoDate;
  /** When identity, a fee or other needed information arrived, if later than receipt: the clock starts then. */
  clockStartsOn: IsoDate | null;
  pauses: readonly SarPause[];
  /** True when extended by two months for complexity or a number of requests. */
  extended: boolean;
  completedOn: IsoDate | null;
}
