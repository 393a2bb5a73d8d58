import type { Decision } from '@recordroom/contracts';
import { TextInput } from '@recordroom/ui';
import { useState } from 'react';

interface DecisionButtonsProps {
  id: string;
  /** What is decided, for the buttons' accessible names: "Ann Smith's annual leave". */
  what: string;
  busy: boolean;
  /** Approve is offered only when the checks allow it; declining always is. */
  canApprove: boolean;
  onDecide: (decision: Decision, note: string) => void;
}

/** Approve or decline with an optional note to the requester. */
export function DecisionButtons({ id, what, busy, canApprove, onDecide }: DecisionButtonsProps) {
  const [note, setNote] = useState('');
  return (
    <>
      <TextInput id={`${id}-note`} label="Note to the requester (optional)" value={note} onChange={setNote} />
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
        {canApprove && (
          <button className="nhsuk-button nhsuk-u-margin-bottom-0" type="button" disabled={busy} onClick={() => onDecide('approve', note.trim())}>
            Approve<span className="nhsuk-u-visually-hidden"> {what}</span>
          </button>
        )}
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" disabled={busy} onClick={() => onDecide('decline', note.trim())}>
          Decline<span className="nhsuk-u-visually-hidden"> {what}</span>
        </button>
      </div>
    </>
  );
}
