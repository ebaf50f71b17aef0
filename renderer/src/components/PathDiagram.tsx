// The A → B → C → D picture: this PC → Internet provider → your mail server → recipient's server.
// Upper lane: port 25 straight out (blocked at the provider under OP25B). Lower lane: the port that
// works with login (465/587) through to your server, then server-to-server delivery. Redrawn from
// the live progress, so it changes as probe results arrive.
import { useTranslation } from 'react-i18next';
import type { OutgoingSetting } from '../../../electron/shared/diagnosis-types';
import { smtpPortState, type LiveProgress, type PathState } from '../wizard/live-progress';
import { submissionPath } from './path-lanes';

const NODE_X = [80, 250, 440, 620] as const;
const NODE_WIDTH = 140;
const NODE_HEIGHT = 62;
const NODE_Y = 96;
const LANE_25_Y = 58;
const LANE_SUBMIT_Y = 200;
const MAX_LABEL = 16;

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

function Node({ index, label, detail }: { index: number; label: string; detail: string | null }) {
  const x = NODE_X[index] ?? 0;
  return (
    <g className="diagram-node">
      <rect x={x - NODE_WIDTH / 2} y={NODE_Y} width={NODE_WIDTH} height={NODE_HEIGHT} rx={8} />
      <text x={x} y={detail ? NODE_Y + 25 : NODE_Y + 37} textAnchor="middle" className="diagram-node-label">
        {label}
      </text>
      {detail ? (
        <text x={x} y={NODE_Y + 49} textAnchor="middle" className="diagram-node-detail">
          {shorten(detail)}
        </text>
      ) : null}
    </g>
  );
}

function Lane({ from, to, y, state }: { from: number; to: number; y: number; state: PathState }) {
  const top = NODE_Y + (y < NODE_Y ? 0 : NODE_HEIGHT);
  const d = `M ${from} ${top} L ${from} ${y} L ${to} ${y} L ${to} ${top}`;
  return <path d={d} className={`diagram-lane lane-${state}`} markerEnd={`url(#arrow-${state})`} />;
}

const MARKER_STATES: PathState[] = ['works', 'blocked', 'checking', 'unknown', 'failed'];

export function PathDiagram({
  progress,
  outgoing,
  mailServer,
}: {
  progress: Pick<LiveProgress, 'probes' | 'findings' | 'isp'>;
  outgoing: OutgoingSetting | null;
  mailServer: string | null;
}) {
  const { t } = useTranslation();
  const port25 = smtpPortState(progress, 25);
  const submission = submissionPath(progress, outgoing);
  const ispName = progress.isp?.name ?? null;
  const blocked = port25 === 'blocked';
  const server = outgoing?.host ?? mailServer;
  const summary = blocked
    ? submission.port
      ? t('diagram.summary.blocked', { port: submission.port })
      : t('diagram.summary.blockedNoPath')
    : submission.port
      ? t('diagram.summary.works', { port: submission.port })
      : t(submission.state === 'checking' ? 'diagram.summary.checking' : 'diagram.summary.unknown');
  const relayState: PathState = submission.state === 'works' ? 'works' : 'unknown';
  const blockX = NODE_X[1];
  return (
    <figure
      className="diagram"
      data-testid="path-diagram"
      data-port25={port25}
      data-submission={submission.port ?? ''}
    >
      <svg viewBox="0 0 700 250" role="img" aria-labelledby="diagram-title diagram-summary">
        <title id="diagram-title">{t('diagram.title')}</title>
        <defs>
          {MARKER_STATES.map((state) => (
            <marker
              key={state}
              id={`arrow-${state}`}
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
              className={`diagram-arrow lane-${state}`}
            >
              <path d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          ))}
        </defs>
        <text x={NODE_X[0] + 10} y={LANE_25_Y - 22} className="diagram-lane-label">
          {t('diagram.direct25')}
        </text>
        {blocked ? (
          <g data-testid="diagram-port25-blocked">
            <path
              d={`M ${NODE_X[0]} ${NODE_Y} L ${NODE_X[0]} ${LANE_25_Y} L ${blockX - 14} ${LANE_25_Y}`}
              className="diagram-lane lane-blocked"
            />
            <path
              d={`M ${blockX + 14} ${LANE_25_Y} L ${NODE_X[3]} ${LANE_25_Y} L ${NODE_X[3]} ${NODE_Y}`}
              className="diagram-lane lane-unknown lane-faded"
            />
            <g className="diagram-block-mark" transform={`translate(${blockX} ${LANE_25_Y})`}>
              <circle r="13" />
              <path d="M -6 -6 L 6 6 M 6 -6 L -6 6" />
            </g>
            <text x={blockX + 22} y={LANE_25_Y + 24} className="diagram-block-label">
              {t('diagram.blockedAt', { isp: ispName ?? t('diagram.isp') })}
            </text>
          </g>
        ) : (
          <Lane from={NODE_X[0]} to={NODE_X[3]} y={LANE_25_Y} state={port25} />
        )}
        <Lane from={NODE_X[0] + 20} to={NODE_X[2]} y={LANE_SUBMIT_Y} state={submission.state} />
        <text x={NODE_X[0] + 30} y={LANE_SUBMIT_Y + 20} className="diagram-lane-label">
          {submission.port
            ? t('diagram.submission', { port: submission.port })
            : t('diagram.submissionPending')}
        </text>
        <path
          d={`M ${NODE_X[2] + NODE_WIDTH / 2} ${NODE_Y + NODE_HEIGHT / 2} L ${NODE_X[3] - NODE_WIDTH / 2 - 3} ${NODE_Y + NODE_HEIGHT / 2}`}
          className={`diagram-lane lane-${relayState}`}
          markerEnd={`url(#arrow-${relayState})`}
        />
        <text
          x={NODE_X[3] + NODE_WIDTH / 2}
          y={NODE_Y + NODE_HEIGHT + 24}
          textAnchor="end"
          className="diagram-lane-label"
        >
          {t('diagram.relay')}
        </text>
        <Node index={0} label={t('diagram.pc')} detail={null} />
        <Node index={1} label={t('diagram.isp')} detail={ispName} />
        <Node index={2} label={t('diagram.mailServer')} detail={server} />
        <Node index={3} label={t('diagram.recipient')} detail={null} />
      </svg>
      <figcaption id="diagram-summary" data-testid="diagram-summary">
        {summary}
      </figcaption>
    </figure>
  );
}
