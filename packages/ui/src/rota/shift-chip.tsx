import { useTooltip } from '../tooltip/use-tooltip.js';

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
 * and the breach messages on hover or focus (Escape hides them). A button when it can be selected
 * or has messages to read, so it is reached by Tab and works with Enter and Space.
 */
export function ShiftChip({ code, title, tone, breach = null, messages = [], selected = false, onSelect }: ShiftChipProps) {
  const tip = useTooltip({ toggleOnClick: !onSelect });
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
  if (messages.length === 0) {
    return (
      <span className="rr-shift-chip-wrap">
        {onSelect ? (
          <button type="button" className={classes.join(' ')} aria-pressed={selected} onClick={onSelect}>
            {content}
          </button>
        ) : (
          <span className={classes.join(' ')}>{content}</span>
        )}
      </span>
    );
  }
  // With messages, even a read-only chip is a button: something to focus (and, on a touch
  // screen, to tap) that reads them, which a focusable span is not.
  return (
    <span className="rr-shift-chip-wrap" {...tip.wrapperProps}>
      <button type="button" className={classes.join(' ')} {...tip.triggerProps} {...(onSelect ? { 'aria-pressed': selected, onClick: onSelect } : {})}>
        {content}
      </button>
      <span className="rr-tip" {...tip.tipProps}>
        {messages.join(' ')}
      </span>
    </span>
  );
}
