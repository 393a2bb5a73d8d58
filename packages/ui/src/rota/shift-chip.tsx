import { useId } from 'react';

/** Number of chip colours; give each shift type `tone = its index`, colours repeat after this. */
export const SHIFT_CHIP_TONES = 8;

export type ShiftChipBreach = 'hard' | 'soft';

export interface ShiftChipProps {
  /** The short code drawn on the chip, e.g. "AE-EVE". Always shown: colour is never the only cue. */
  code: string;
  /** What the chip is, in words, e.g. "A&E evening 16:00–00:30": its accessible name with the code. */
  title: string;
  /** Colour slot (shift type's index); taken modulo SHIFT_CHIP_TONES. */
  tone: number;
  /** The worst rule breach on this chip, drawn as a marker with a word for screen readers. */
  breach?: ShiftChipBreach | null;
  /** Breach messages, shown on hover and keyboard focus and read as the chip's description. */
  messages?: readonly string[];
  /** Selected (its details are open): announced as pressed. */
  selected?: boolean;
  /** Without onSelect the chip is plain text (read-only views). */
  onSelect?: () => void;
}

const BREACH_WORDS: Record<ShiftChipBreach, string> = { hard: 'breaks a rule', soft: 'has a warning' };

/**
 * A shift on a rota grid: its code in the shift type's colour, a marker when it breaks a rule,
 * and the breach messages on hover or focus. A button when it can be selected, so it is reached
 * by Tab and works with Enter and Space.
 */
export function ShiftChip({ code, title, tone, breach = null, messages = [], selected = false, onSelect }: ShiftChipProps) {
  const tipId = useId();
  const classes = ['rr-shift-chip', `rr-shift-chip--tone-${((tone % SHIFT_CHIP_TONES) + SHIFT_CHIP_TONES) % SHIFT_CHIP_TONES}`];
  if (breach) classes.push(`rr-shift-chip--${breach}`);
  if (selected) classes.push('rr-shift-chip--selected');
  const content = (
    <>
      {code}
      {breach && (
        <span className="rr-shift-chip__marker" aria-hidden="true">
          {breach === 'hard' ? '!' : '?'}
        </span>
      )}
      <span className="nhsuk-u-visually-hidden">
        {`: ${title}`}
        {breach ? `, ${BREACH_WORDS[breach]}` : ''}
      </span>
    </>
  );
  const described = messages.length > 0 ? tipId : undefined;
  return (
    <span className="rr-shift-chip-wrap">
      {onSelect ? (
        <button type="button" className={classes.join(' ')} aria-pressed={selected} aria-describedby={described} onClick={onSelect}>
          {content}
        </button>
      ) : (
        <span className={classes.join(' ')} aria-describedby={described} tabIndex={described ? 0 : undefined}>
          {content}
        </span>
      )}
      {messages.length > 0 && (
        <span className="rr-tip" role="tooltip" id={tipId}>
          {messages.join(' ')}
        </span>
      )}
    </span>
  );
}
