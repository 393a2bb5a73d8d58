import type { CreateSwapBody, SwapOptionsDto, SwapShiftDto } from '@recordroom/contracts';
import { type FieldError } from '../../api/api-error';
import { weekdayName } from './rota-labels';
import { formatDate } from '../../format/format-date';

/** The "nothing in return" choice: the colleague takes the shift without giving one back. */
export const NOTHING_IN_RETURN = 'none';

export interface SwapFormValues {
  colleague: string;
  inReturn: string;
  note: string;
}

export type SwapFormErrors = Partial<Record<keyof SwapFormValues, string>>;

export const EMPTY_SWAP_FORM: SwapFormValues = { colleague: '', inReturn: '', note: '' };

/** Notes are for the line manager; the API takes up to 500 characters. */
const NOTE_MAX = 500;

/** "Tue 3 March 2026, Office day (OD) 09:00 to 17:00" */
export function describeShift(shift: SwapShiftDto): string {
  return `${weekdayName(shift.date)} ${formatDate(shift.date)}, ${shift.shiftTypeName} (${shift.shiftTypeCode}) ${shift.start} to ${shift.end}${shift.endsNextDay ? ' next day' : ''}`;
}

/** The request to send, or what is wrong with each field, NHS.UK style. */
export function readSwapForm(values: SwapFormValues, options: SwapOptionsDto): { body: CreateSwapBody | null; errors: SwapFormErrors } {
  const errors: SwapFormErrors = {};
  const colleague = options.colleagues.find((c) => c.staffId === values.colleague);
  if (!colleague) errors.colleague = 'Select who you would like to take the shift';
  else if (values.inReturn === NOTHING_IN_RETURN ? !colleague.takesWithoutExchange : !colleague.exchanges.some((e) => e.assignmentId === values.inReturn)) {
    errors.inReturn = colleague.takesWithoutExchange ? 'Select one of their shifts to take in return, or none' : 'Select one of their shifts to take in return';
  }
  if (values.note.trim().length > NOTE_MAX) errors.note = `Note must be ${NOTE_MAX} characters or fewer`;
  if (!colleague || Object.keys(errors).length > 0) return { body: null, errors };
  const note = values.note.trim();
  return {
    body: {
      fromAssignmentId: options.shift.assignmentId,
      toStaffId: colleague.staffId,
      ...(values.inReturn !== NOTHING_IN_RETURN ? { toAssignmentId: values.inReturn } : {}),
      ...(note ? { note } : {}),
    },
    errors,
  };
}

const API_FIELD_WORDS: Record<string, string> = { fromAssignmentId: 'Your shift', toStaffId: 'The colleague you chose', toAssignmentId: 'The shift you chose in return', note: 'The note' };

/** The API's field errors (422) as sentences for the error summary. */
export function swapApiErrors(errors: readonly FieldError[]): string[] {
  return errors.map((e) => `${API_FIELD_WORDS[e.field] ?? 'The request'} ${e.message}`);
}
