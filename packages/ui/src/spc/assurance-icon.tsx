import type { AssuranceIcon as AssuranceIconKind } from '@recordroom/kpi';
import { ASSURANCE_ICON_DESCRIPTIONS } from './icon-descriptions.js';
import { SPC_ICON_COLOURS } from './spc-colours.js';

export interface AssuranceIconProps {
  icon: AssuranceIconKind;
  /** Width and height in pixels. */
  size?: number;
  /** Overrides the text alternative (by default the MDC meaning). */
  label?: string;
}

function design(icon: AssuranceIconKind): { colour: string; letter: string } {
  switch (icon) {
    case 'consistent-pass':
      return { colour: SPC_ICON_COLOURS.improvement, letter: 'P' };
    case 'consistent-fail':
      return { colour: SPC_ICON_COLOURS.concern, letter: 'F' };
    case 'inconsistent':
      return { colour: SPC_ICON_COLOURS.common, letter: '?' };
  }
}

/**
 * A Making Data Count assurance icon: P in blue (the target will consistently be met), F in orange
 * (consistently missed), ? in grey (hit and miss at random), in a circle over a target line. The
 * MDC meaning is its text alternative.
 */
export function AssuranceIcon({ icon, size = 40, label }: AssuranceIconProps) {
  const { colour, letter } = design(icon);
  const text = label ?? ASSURANCE_ICON_DESCRIPTIONS[icon];
  return (
    <svg
      className="recordroom-spc-icon"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 100 100"
      width={size}
      height={size}
      role="img"
      aria-label={text}
      data-icon={icon}
      focusable="false"
    >
      <title>{text}</title>
      <circle cx="50" cy="50" r="45" fill="#ffffff" stroke={colour} strokeWidth="7" />
      {/* The target, as a dashed line below the letter. */}
      <line x1="22" y1="74" x2="78" y2="74" stroke={SPC_ICON_COLOURS.common} strokeWidth="4" strokeDasharray="8 5" />
      <text x="50" y="62" textAnchor="middle" fontFamily="Frutiger W01, Arial, sans-serif" fontSize="44" fontWeight="700" fill={colour}>
        {letter}
      </text>
    </svg>
  );
}
