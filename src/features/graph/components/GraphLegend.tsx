import { NodeKind } from '../../../contract/graph';
import { EDGE_STYLE, NODE_STYLE, type NodeShape } from '../model/visual';

function ShapeSwatch({ shape, color }: { shape: NodeShape; color: string }) {
  const common = { fill: color };
  return (
    <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
      {shape === 'circle' && <circle cx="9" cy="7" r="6" {...common} />}
      {shape === 'square' && <rect x="3" y="1" width="12" height="12" rx="2" {...common} />}
      {shape === 'triangle' && <polygon points="9,1 16,13 2,13" {...common} />}
      {shape === 'diamond' && <polygon points="9,0 16,7 9,14 2,7" {...common} />}
      {shape === 'rectangle' && <rect x="0" y="3" width="18" height="9" rx="2" {...common} />}
    </svg>
  );
}

/** What the shapes, colours and lines mean. Built from the same table the renderer uses. */
export function GraphLegend() {
  return (
    <section aria-labelledby="graph-legend-title" className="graph-legend">
      <h2 id="graph-legend-title">Legend</h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '.25rem 1rem' }}>
        {NodeKind.options.map((k) => (
          <li key={k}><ShapeSwatch shape={NODE_STYLE[k].shape} color={NODE_STYLE[k].color} /> {NODE_STYLE[k].label}</li>
        ))}
      </ul>
      <ul style={{ listStyle: 'none', padding: 0, margin: '.5rem 0 0', display: 'flex', flexWrap: 'wrap', gap: '.25rem 1rem' }}>
        {Object.entries(EDGE_STYLE).map(([key, e]) => (
          <li key={key}>
            <svg width="28" height="8" viewBox="0 0 28 8" aria-hidden="true" focusable="false">
              <line x1="0" y1="4" x2="22" y2="4" stroke={e.color} strokeWidth="2" strokeDasharray={e.dashed ? '5 3' : undefined} />
              <polygon points="22,0 28,4 22,8" fill={e.color} />
            </svg>{' '}
            {e.label}
          </li>
        ))}
      </ul>
      <p className="muted">Bigger and deeper-coloured means riskier. Arrows point the way access flows: who → what → whose credentials → which system.</p>
    </section>
  );
}
