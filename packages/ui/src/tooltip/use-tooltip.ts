import { useEffect, useId, useState, type FocusEventHandler, type MouseEventHandler } from 'react';

export interface TooltipOptions {
  /** A click on the trigger opens and closes the tip: for triggers with no action of their own, so touch screens (no hover) can read it. */
  toggleOnClick?: boolean;
}

export interface Tooltip {
  open: boolean;
  /** On the element around the trigger and the tip, so moving the pointer onto the tip keeps it open. */
  wrapperProps: { onMouseEnter: MouseEventHandler; onMouseLeave: MouseEventHandler };
  /** On the control: the tip is its description, shown while it has focus. */
  triggerProps: { 'aria-describedby': string; onFocus: FocusEventHandler; onBlur: FocusEventHandler; onClick?: MouseEventHandler };
  tipProps: { role: 'tooltip'; id: string; hidden: boolean };
}

/**
 * A tip shown on hover and on keyboard focus that Escape hides without moving either, so it meets
 * WCAG 2.2 SC 1.4.13 (content on hover or focus: dismissible, hoverable, persistent); a CSS
 * :hover / :focus tip cannot be dismissed. The tip stays the trigger's description when hidden.
 */
export function useTooltip({ toggleOnClick = false }: TooltipOptions = {}): Tooltip {
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  // Set by Escape (or a closing click) until the pointer and focus have both left.
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused || pinned) && !dismissed;

  useEffect(() => {
    if (!open) return;
    // On the document: Escape must work while only the pointer is over the trigger.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setDismissed(true);
      setPinned(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return {
    open,
    wrapperProps: {
      onMouseEnter: () => setHovered(true),
      onMouseLeave: () => {
        setHovered(false);
        if (!focused) setDismissed(false);
      },
    },
    triggerProps: {
      'aria-describedby': id,
      onFocus: () => setFocused(true),
      onBlur: () => {
        setFocused(false);
        setPinned(false);
        if (!hovered) setDismissed(false);
      },
      ...(toggleOnClick
        ? {
            // By pinned alone, not by open: a click focuses the trigger first, which opens the tip.
            onClick: () => {
              setPinned(!pinned);
              setDismissed(pinned);
            },
          }
        : {}),
    },
    tipProps: { role: 'tooltip', id, hidden: !open },
  };
}
