// Geometry and SVG pieces of the path diagram: four boxes in a row (A this PC → B sending server →
// C recipient's mail server → D recipient) and the lanes between them. The 960-unit view shrinks to
// about 0.77 at 800×600, so every text is at least 16 units (12 px there).
import type { LaneState } from './path-lanes';

export const VIEW_WIDTH = 960;
export const VIEW_HEIGHT = 222;
export const BOX_TOP = 24;
export const BOX_HEIGHT = 152;
const BOX_BOTTOM = BOX_TOP + BOX_HEIGHT;

/** Left edges and widths of A, B, C, D; the A→B gap holds three lanes and the provider's gate. */
const BOX_X = [8, 378, 668, 848] as const;
const BOX_W = [140, 150, 140, 96] as const;
export type NodeIndex = 0 | 1 | 2 | 3;

export const left = (index: NodeIndex) => BOX_X[index];
export const right = (index: NodeIndex) => BOX_X[index] + BOX_W[index];
export const centerX = (index: NodeIndex) => BOX_X[index] + BOX_W[index] / 2;
/** Middle of the gap after box `index`. */
export const gapCenter = (index: 0 | 1 | 2) => (right(index) + left((index + 1) as NodeIndex)) / 2;

/** Port 25 runs high, the login port (465/587) in the middle, incoming mail (B → A) low. */
export const LANE_25_Y = 56;
export const LANE_SUBMIT_Y = 104;
export const LANE_IN_Y = 162;
export const RELAY_Y = LANE_SUBMIT_Y;
/** Where a label sits above / below its lane (baselines). */
export const ABOVE = 11;
export const BELOW = 22;
/** The provider's gate on the port-25 lane, between A and B. */
export const GATE_X = 300;
export const BELOW_BOXES_Y = BOX_BOTTOM + 30;

const MAX_DETAIL = 16;
const LINE = 26;

function shorten(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
}

/** A box with a label (one or two lines, split at "\n") and an optional detail such as a host name. */
export function DiagramNode(props: { index: NodeIndex; label: string; detail: string | null }) {
  const x = centerX(props.index);
  const lines = props.label.split('\n');
  const count = lines.length + (props.detail ? 1 : 0);
  const firstBaseline = BOX_TOP + BOX_HEIGHT / 2 + 6 - ((count - 1) * LINE) / 2;
  return (
    <g className="diagram-node" data-node={props.index}>
      <rect
        x={left(props.index)}
        y={BOX_TOP}
        width={right(props.index) - left(props.index)}
        height={BOX_HEIGHT}
        rx={10}
      />
      {lines.map((line, index) => (
        <text
          key={line}
          x={x}
          y={firstBaseline + index * LINE}
          textAnchor="middle"
          className="diagram-node-label"
        >
          {line}
        </text>
      ))}
      {props.detail ? (
        <text
          x={x}
          y={firstBaseline + lines.length * LINE}
          textAnchor="middle"
          className="diagram-node-detail"
        >
          <title>{props.detail}</title>
          {shorten(props.detail)}
        </text>
      ) : null}
    </g>
  );
}

const MARKER_STATES: LaneState[] = ['works', 'blocked', 'checking', 'unknown', 'failed', 'untested'];

export function ArrowMarkers() {
  return (
    <defs>
      {MARKER_STATES.map((state) => (
        <marker
          key={state}
          id={`arrow-${state}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
          className={`diagram-arrow lane-${state}`}
        >
          <path d="M 0 0 L 10 5 L 0 10 z" />
        </marker>
      ))}
    </defs>
  );
}

/** A straight lane from x1 to x2 at height y; the arrow points at x2. */
export function Lane(props: {
  x1: number;
  x2: number;
  y: number;
  state: LaneState;
  arrow?: boolean;
  testId?: string;
}) {
  return (
    <path
      d={`M ${props.x1} ${props.y} L ${props.x2} ${props.y}`}
      className={`diagram-lane lane-${props.state}`}
      markerEnd={props.arrow === false ? undefined : `url(#arrow-${props.state})`}
      data-testid={props.testId}
      data-state={props.state}
    />
  );
}

export function LaneLabel(props: {
  x: number;
  y: number;
  anchor?: 'start' | 'middle';
  tone?: 'bad';
  children: string;
}) {
  return (
    <text
      x={props.x}
      y={props.y}
      textAnchor={props.anchor ?? 'middle'}
      className={props.tone ? 'diagram-lane-label label-bad' : 'diagram-lane-label'}
    >
      {props.children}
    </text>
  );
}

/** The provider's gate: a bar across the port-25 lane with the red ✕ where that lane is stopped. */
export function ProviderGate({ label }: { label: string }) {
  return (
    <g className="diagram-gate" data-testid="diagram-port25-blocked">
      <rect x={GATE_X - 13} y={LANE_25_Y - 26} width={26} height={52} rx={4} />
      <g className="diagram-block-mark" transform={`translate(${GATE_X} ${LANE_25_Y})`}>
        <circle r="13" />
        <path d="M -5.5 -5.5 L 5.5 5.5 M 5.5 -5.5 L -5.5 5.5" />
      </g>
      <text x={GATE_X} y={BELOW_BOXES_Y} textAnchor="middle" className="diagram-block-label">
        {label}
      </text>
    </g>
  );
}
