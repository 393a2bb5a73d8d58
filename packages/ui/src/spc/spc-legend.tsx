import { SPC_LINE_COLOURS, SPC_POINT_COLOURS } from './spc-colours.js';

function Swatch({ kind, colour }: { kind: 'dot' | 'solid' | 'dashed' | 'target'; colour: string }) {
  return (
    <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false" style={{ verticalAlign: 'middle', marginRight: 6 }}>
      {kind === 'dot' ? (
        <circle cx="11" cy="6" r="5" fill={colour} />
      ) : (
        <line x1="1" y1="6" x2="21" y2="6" stroke={colour} strokeWidth="2" strokeDasharray={kind === 'dashed' ? '4 3' : kind === 'target' ? '8 3' : undefined} />
      )}
    </svg>
  );
}

/** The key to an SPC chart's colours and lines, as text (the colours are never the only cue). */
export function SpcLegend({ showTarget, neutral }: { showTarget: boolean; neutral: boolean }) {
  const items = [
    ...(neutral
      ? [{ kind: 'dot' as const, colour: SPC_POINT_COLOURS['special-cause-neutral-high'], text: 'Special cause (no improvement direction)' }]
      : [
          { kind: 'dot' as const, colour: SPC_POINT_COLOURS['special-cause-improvement'], text: 'Special cause – improvement' },
          { kind: 'dot' as const, colour: SPC_POINT_COLOURS['special-cause-concern'], text: 'Special cause – concern' },
        ]),
    { kind: 'dot' as const, colour: SPC_POINT_COLOURS['common-cause'], text: 'Common cause' },
    { kind: 'solid' as const, colour: SPC_LINE_COLOURS.mean, text: 'Mean' },
    { kind: 'dashed' as const, colour: SPC_LINE_COLOURS.limit, text: 'Process limits' },
    ...(showTarget ? [{ kind: 'target' as const, colour: SPC_LINE_COLOURS.target, text: 'Target' }] : []),
  ];
  return (
    <ul className="nhsuk-list nhsuk-body-s recordroom-spc-legend" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}>
      {items.map((item) => (
        <li key={item.text} className="nhsuk-u-margin-bottom-0">
          <Swatch kind={item.kind} colour={item.colour} />
          {item.text}
        </li>
      ))}
    </ul>
  );
}
