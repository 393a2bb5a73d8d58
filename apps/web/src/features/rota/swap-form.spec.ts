import { describe, expect, it } from '@jest/globals';
import type { SwapOptionsDto, SwapShiftDto } from '@recordroom/contracts';
import { describeShift, NOTHING_IN_RETURN, readSwapForm, swapApiErrors } from './swap-form';

function aShift(assignmentId: string, date: string): SwapShiftDto {
  return { assignmentId, date, start: '16:00', end: '00:30', endsNextDay: true, shiftTypeCode: 'AE', shiftTypeName: 'A&E evening' };
}

const options: SwapOptionsDto = {
  shift: aShift('mine', '2026-08-05'),
  colleagues: [
    { staffId: 'ann', name: 'Ann Smith', takesWithoutExchange: true, exchanges: [aShift('ann-7', '2026-08-07')] },
    { staffId: 'bo', name: 'Bo Jones', takesWithoutExchange: false, exchanges: [aShift('bo-9', '2026-08-09')] },
  ],
};

describe('the swap form', () => {
  it('asks who should take the shift before anything else', () => {
    expect(readSwapForm({ colleague: '', inReturn: '', note: '' }, options)).toEqual({ body: null, errors: { colleague: 'Select who you would like to take the shift' } });
  });

  it('gives the shift away when nothing is taken in return', () => {
    expect(readSwapForm({ colleague: 'ann', inReturn: NOTHING_IN_RETURN, note: '  Dentist ' }, options).body).toEqual({ fromAssignmentId: 'mine', toStaffId: 'ann', note: 'Dentist' });
  });

  it('exchanges for one of the colleague’s listed shifts', () => {
    expect(readSwapForm({ colleague: 'bo', inReturn: 'bo-9', note: '' }, options).body).toEqual({ fromAssignmentId: 'mine', toStaffId: 'bo', toAssignmentId: 'bo-9' });
  });

  it('refuses giving the shift away to a colleague who could only exchange, and a shift that is not theirs', () => {
    expect(readSwapForm({ colleague: 'bo', inReturn: NOTHING_IN_RETURN, note: '' }, options).errors).toEqual({ inReturn: 'Select one of their shifts to take in return' });
    expect(readSwapForm({ colleague: 'ann', inReturn: 'bo-9', note: '' }, options).errors).toEqual({ inReturn: 'Select one of their shifts to take in return, or none' });
  });

  it('refuses a note over 500 characters', () => {
    expect(readSwapForm({ colleague: 'ann', inReturn: NOTHING_IN_RETURN, note: 'x'.repeat(501) }, options).errors).toEqual({ note: 'Note must be 500 characters or fewer' });
  });

  it('describes a shift with its weekday, date, name, code and times', () => {
    expect(describeShift(aShift('x', '2026-08-05'))).toBe('Wed 5 August 2026, A&E evening (AE) 16:00 to 00:30 next day');
  });

  it('words the API’s field errors for the error summary', () => {
    expect(swapApiErrors([{ field: 'fromAssignmentId', message: 'is already part of a swap waiting for a decision' }])).toEqual(['Your shift is already part of a swap waiting for a decision']);
  });
});
