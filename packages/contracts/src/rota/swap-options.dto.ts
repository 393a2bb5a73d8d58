/**
 * GET /me/assignments/:assignmentId/swap-options. Staff see no more of their colleagues than a
 * swap needs: a name, and the date, times and code of shifts they could exchange. Nothing about
 * why anyone else is left out (that could be their leave or sickness).
 */
export interface SwapShiftDto {
  assignmentId: string;
  date: string;
  start: string;
  end: string;
  endsNextDay: boolean;
  shiftTypeCode: string;
  shiftTypeName: string;
}

export interface SwapColleagueDto {
  staffId: string;
  name: string;
  /** The colleague could take the shift without giving one back, breaking no hard rule. */
  takesWithoutExchange: boolean;
  /** Their shifts in the same rota I could take in return, breaking no hard rule for either of us. */
  exchanges: SwapShiftDto[];
}

export interface SwapOptionsDto {
  shift: SwapShiftDto;
  /** Best suited first (the cover candidates' ranking), then those who could only exchange. */
  colleagues: SwapColleagueDto[];
}
