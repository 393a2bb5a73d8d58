import { describe, expect, it } from '@jest/globals';
import { DATA_SECURITY_AWARENESS } from './course.js';
import { validateTrainingCompletion } from './validate-training-completion.js';

const context = { today: '2026-03-16', courses: [DATA_SECURITY_AWARENESS] };

describe('validateTrainingCompletion', () => {
  it('accepts a completion today or before', () => {
    expect(validateTrainingCompletion({ staffId: 'ann', courseId: 'data-security-awareness', completedOn: '2026-03-16' }, context)).toEqual([]);
  });

  it('refuses a completion in the future, naming completedOn', () => {
    expect(validateTrainingCompletion({ staffId: 'ann', courseId: 'data-security-awareness', completedOn: '2026-03-17' }, context)).toEqual([
      { field: 'completedOn', message: 'is Tue 17 Mar 2026, after today (Mon 16 Mar 2026): record a completion once it is done' },
    ]);
  });

  it('refuses an unknown course, a missing person and a date that is not one', () => {
    expect(validateTrainingCompletion({ staffId: '', courseId: 'fire', completedOn: '16/03/2026' }, context).map((e) => e.field)).toEqual(['staffId', 'courseId', 'completedOn']);
  });
});
