// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { GraphEdge, GraphNode, GraphView } from '../../../contract/graph';
import { GraphTableTwin, TWIN_PAGE_ROWS } from './GraphTableTwin';

afterEach(cleanup);

const person = (i: number): GraphNode => ({ id: `p-${i}`, kind: 'person', label: `Person ${i}`, risk: i % 100 });
const memberOf = (i: number): GraphEdge => ({ id: `e-${i}`, kind: 'member_of', source: `p-${i}`, target: 'g-sales', implicit: false });
const group: GraphNode = { id: 'g-sales', kind: 'group', label: 'All Sales', risk: 10 };

/** 250 people in one group: three pages of nodes and of edges. */
const view: GraphView = {
  nodes: [...Array.from({ length: 250 }, (_, i) => person(i)), group],
  edges: Array.from({ length: 250 }, (_, i) => memberOf(i)),
  folded: [],
  budget: 1000,
  truncated: false,
};

function renderTwin(props: { highlight?: string[]; highlightEdges?: string[]; selected?: string } = {}) {
  const onSelect = vi.fn();
  render(
    <MemoryRouter>
      <GraphTableTwin view={view} highlight={new Set(props.highlight)} highlightEdges={new Set(props.highlightEdges)} selected={props.selected} onSelect={onSelect} onFocus={vi.fn()} />
    </MemoryRouter>,
  );
  const nodes = screen.getByRole('table', { name: /^Nodes/ });
  const edges = screen.getByRole('table', { name: /^Edges/ });
  const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
  return { onSelect, nodes, edges, bodyRows };
}

describe('GraphTableTwin', () => {
  it('shows a page of rows at a time, with the whole count in the caption, and pages forward and back', () => {
    const { nodes, bodyRows } = renderTwin();
    expect(within(nodes).getByText('Nodes (251)')).toBeTruthy();
    expect(bodyRows(nodes)).toHaveLength(TWIN_PAGE_ROWS);
    const pager = screen.getByRole('navigation', { name: 'Node rows' });
    expect(within(pager).getByRole('status').textContent).toBe('Rows 1–100 of 251');
    expect(within(pager).getByRole('button', { name: 'Previous rows' })).toHaveProperty('disabled', true);
    fireEvent.click(within(pager).getByRole('button', { name: 'Next rows' }));
    fireEvent.click(within(pager).getByRole('button', { name: 'Next rows' }));
    expect(within(pager).getByRole('status').textContent).toBe('Rows 201–251 of 251');
    expect(bodyRows(nodes)).toHaveLength(51);
    expect(within(nodes).getByRole('button', { name: 'Select All Sales' })).toBeTruthy();
    expect(within(pager).getByRole('button', { name: 'Next rows' })).toHaveProperty('disabled', true);
  });

  it('puts the selected node, then the answer, before the rest, and marks them', () => {
    const { nodes, edges, bodyRows } = renderTwin({ selected: 'p-240', highlight: ['p-199', 'g-sales'], highlightEdges: ['e-230'] });
    const [first, second, third] = bodyRows(nodes);
    expect(first?.getAttribute('aria-current')).toBe('true');
    expect(first?.textContent).toContain('Person 240');
    expect(second?.textContent).toContain('Person 199');
    expect(second?.textContent).toContain('in the answer');
    expect(third?.textContent).toContain('All Sales');
    expect(bodyRows(edges)[0]?.textContent).toContain('Person 230');
  });

  it('finds rows in both tables by name, from any page, and selecting one reports its id', () => {
    const { onSelect, nodes, edges, bodyRows } = renderTwin();
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Node rows' })).getByRole('button', { name: 'Next rows' }));
    fireEvent.change(screen.getByLabelText('Find in these tables'), { target: { value: 'person 12' } });
    // Person 12 and Person 120–129: back on the first page of matches.
    expect(bodyRows(nodes)).toHaveLength(11);
    expect(within(nodes).getByText('Nodes (251), 11 matching')).toBeTruthy();
    expect(bodyRows(edges)).toHaveLength(11);
    expect(screen.queryByRole('navigation', { name: 'Node rows' })).toBeNull();
    fireEvent.click(within(nodes).getByRole('button', { name: 'Select Person 125' }));
    expect(onSelect).toHaveBeenCalledWith('p-125');
  });

  it('renders hostile labels as text', () => {
    const hostile: GraphView = { ...view, nodes: [{ ...group, label: '<img src=x onerror=alert(1)>' }], edges: [] };
    render(<MemoryRouter><GraphTableTwin view={hostile} highlight={new Set()} highlightEdges={new Set()} onSelect={vi.fn()} onFocus={vi.fn()} /></MemoryRouter>);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
