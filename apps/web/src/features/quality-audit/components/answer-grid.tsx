import type { Answer, Criterion } from '@recordroom/audit';
import type { AuditAnswerDto } from '@recordroom/contracts';
import { useRef, useState, type KeyboardEvent } from 'react';
import { ANSWER_LABELS } from '../quality-audit-labels';

type AnswerMap = ReadonlyMap<string, AuditAnswerDto>;
export const cellKey = (recordId: string, criterionId: string): string => `${recordId}|${criterionId}`;

interface AnswerGridProps {
  sample: readonly string[];
  criteria: readonly Criterion[];
  answers: AnswerMap;
  onAnswer: (recordId: string, criterionId: string, answer: Answer) => void;
  onComment: (recordId: string, criterionId: string, comment: string) => void;
}

const KEYS: Record<string, Answer> = { y: 'yes', n: 'no', a: 'na' };

/**
 * Records x criteria as an ARIA grid: one tab stop, arrow keys (and Home/End) move between cells,
 * Y / N / A answer yes, no, not applicable and move to the next criterion, so 20 records x 15
 * criteria are entered without the mouse. The focused cell's comment is edited under the grid.
 */
export function AnswerGrid({ sample, criteria, answers, onAnswer, onComment }: AnswerGridProps) {
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const [row, col] = active;
  const activeRecord = sample[row] ?? '';
  const activeCriterion = criteria[col];

  const move = (r: number, c: number): void => {
    const next: [number, number] = [Math.max(0, Math.min(sample.length - 1, r)), Math.max(0, Math.min(criteria.length - 1, c))];
    setActive(next);
    cells.current.get(`${next[0]}:${next[1]}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, r: number, c: number): void => {
    const answer = KEYS[event.key.toLowerCase()];
    const criterion = criteria[c];
    const recordId = sample[r];
    if (answer && criterion && recordId) {
      event.preventDefault();
      if (answer === 'na' && !criterion.naAllowed) return;
      onAnswer(recordId, criterion.id, answer);
      if (c < criteria.length - 1) move(r, c + 1);
      else move(r + 1, 0);
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowRight: [r, c + 1], ArrowLeft: [r, c - 1], ArrowDown: [r + 1, c], ArrowUp: [r - 1, c], Home: [r, 0], End: [r, criteria.length - 1] };
    const target = moves[event.key];
    if (target) {
      event.preventDefault();
      move(target[0], target[1]);
    }
  };

  const activeAnswer = activeCriterion ? answers.get(cellKey(activeRecord, activeCriterion.id)) : undefined;
  const answeredCount = [...answers.values()].length;

  return (
    <>
      <p className="nhsuk-body-s" id="answer-grid-help">
        Use the arrow keys to move, <kbd>Y</kbd> for yes, <kbd>N</kbd> for no and <kbd>A</kbd> for not applicable (where the criterion allows it). {answeredCount} of {sample.length * criteria.length} answered.
      </p>
      <div className="app-quality-grid-scroll">
        <table role="grid" className="app-quality-grid" aria-label="Answers: records by criteria" aria-describedby="answer-grid-help">
          <thead>
            <tr>
              <th scope="col">Record</th>
              {criteria.map((c) => (
                <th scope="col" key={c.id} title={c.text}>
                  <span className="app-quality-grid__criterion">{c.id}</span>
                  <span className="nhsuk-u-visually-hidden"> {c.text}</span>
                  {c.critical && <span className="app-quality-grid__critical"> (critical)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((recordId, r) => (
              <tr key={recordId}>
                <th scope="row">{recordId}</th>
                {criteria.map((c, ci) => {
                  const answer = answers.get(cellKey(recordId, c.id));
                  const isActive = r === row && ci === col;
                  return (
                    <td
                      key={c.id}
                      role="gridcell"
                      tabIndex={isActive ? 0 : -1}
                      ref={(el) => {
                        if (el) cells.current.set(`${r}:${ci}`, el);
                      }}
                      className={`app-quality-grid__cell app-quality-grid__cell--${answer?.answer ?? 'empty'}${isActive ? ' app-quality-grid__cell--active' : ''}`}
                      onKeyDown={(event) => onKeyDown(event, r, ci)}
                      onFocus={() => setActive([r, ci])}
                      onClick={() => move(r, ci)}
                      data-cell={cellKey(recordId, c.id)}
                    >
                      {/* Seen: Y, N, N/A; heard: the word, with the row's record and the column's criterion from the headers. */}
                      <span aria-hidden="true">{answer ? ANSWER_LABELS[answer.answer].short : '–'}</span>
                      <span className="nhsuk-u-visually-hidden">{answer ? ANSWER_LABELS[answer.answer].long : 'not answered'}</span>
                      {answer?.comment ? (
                        <>
                          <span aria-hidden="true">*</span>
                          <span className="nhsuk-u-visually-hidden">, comment: {answer.comment}</span>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {activeCriterion && (
        <div className="nhsuk-form-group app-quality-grid__comment">
          <label className="nhsuk-label" htmlFor="answer-comment">
            Comment on {activeRecord}, {activeCriterion.id}: {activeCriterion.text}
          </label>
          {activeCriterion.guidance && <div className="nhsuk-hint">{activeCriterion.guidance}</div>}
          <input
            className="nhsuk-input"
            id="answer-comment"
            type="text"
            maxLength={500}
            disabled={!activeAnswer}
            value={activeAnswer?.comment ?? ''}
            onChange={(event) => onComment(activeRecord, activeCriterion.id, event.target.value)}
          />
        </div>
      )}
    </>
  );
}
