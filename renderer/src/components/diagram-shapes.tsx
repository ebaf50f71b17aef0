// Geometry and SVG pieces of the path diagram: four boxes in a row (this PC → provider → mail server →
// recipient) and the lanes between them. Drawn in a 960-wide box so it shows near 1:1 at full width.
import type { PathState } from '../wizard/live-progress';

export const VIEW_WIDTH = 960;
export const VIEW_HEIGHT = 166;
export const BOX_WIDTH = 160;
export const BOX_HEIGHT = 76;
export const BOX_TOP = 50;
/** Centres of A (this PC), B (provider), C (mail server), D (recipient). */
export const CENTER_X = [85, 365, 645, 875] as const;
/** Port 25 straight out enters the provider box high; the login port (465/587) low. */
export const LANE_25_Y = BOX_TOP + 20;
export const LANE_SUBMIT_Y = BOX_TOP + 56;
export const RELAY_Y = BOX_TOP + BOX_HEIGHT / 2;
/** Height of the detour over the mail server that port 25 would take straight to the recipient. */
export const DETOUR_Y = 18;
export const BELOW_BOXES_Y = BOX_TOP + BOX_HEIGHT + 24;

const MAX_DETAIL = 20;

export const left = (index: 0 | 1 | 2 | 3) => CENTER_X[index] - BOX_WIDTH / 2;
export const right = (index: 0 | 1 | 2 | 3) => CENTER_X[index] + BOX_WIDTH / 2;
/** Middle of the gap after box `index`, where that gap's lane labels sit. */
export const gapCenter = (index: 0 | 1 | 2) => (right(index) + left((index + 1) as 1 | 2 | 3)) / 2;

function shorten(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
}

export function DiagramNode(props: {
  index: 0 | 1 | 2 | 3;
  label: string;
  detail: string | null;
  tone?: 'blocking';
}) {
  const x = CENTER_X[props.index];
  return (
    <g className={props.tone ? `diagram-node node-${props.tone}` : 'diagram-node'}>
      <rect x={left(props.index)} y={BOX_TOP} width={BOX_WIDTH} height={BOX_HEIGHT} rx={10} />
      <text
        x={x}
        y={props.detail ? BOX_TOP + 33 : BOX_TOP + 44}
        textAnchor="middle"
        className="diagram-node-label"
      >
        {props.label}
      </text>
      {props.detail ? (
        <text x={x} y={BOX_TOP + 56} textAnchor="middle" className="diagram-node-detail">
          <title>{props.detail}</title>
          {shorten(props.detail)}
        </text>
      ) : null}
    </g>
  );
}

const MARKER_STATES: PathState[] = ['works', 'blocked', 'checking', 'unknown', 'failed'];

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

export function LanePath({ d, state, arrow = true }: { d: string; state: PathState; arrow?: boolean }) {
  return (
    <path
      d={d}
      className={`diagram-lane lane-${state}`}
      markerEnd={arrow ? `url(#arrow-${state})` : undefined}
    />
  );
}

/** The red ✕ that sits on the provider box's edge where port 25 is stopped. */
export function BlockMark({ x, y }: { x: number; y: number }) {
  return (
    <g className="diagram-block-mark" transform={`translate(${x} ${y})`}>
      <circle r="15" />
      <path d="M -6.5 -6.5 L 6.5 6.5 M 6.5 -6.5 L -6.5 6.5" />
    </g>
  );
}
