// The A → B → C → D picture: this PC → Internet provider → your mail server → recipient's server.
// Port 25 straight out runs into the provider box and, under OP25B, is stopped there with a red ✕;
// the login port (465/587) runs through the provider to your server, which then delivers server to
// server. Redrawn from the live progress, so it changes as probe results arrive.
import { useTranslation } from 'react-i18next';
import type { OutgoingSetting } from '../../../electron/shared/diagnosis-types';
import { smtpPortState, type LiveProgress, type PathState } from '../wizard/live-progress';
import {
  ArrowMarkers,
  BELOW_BOXES_Y,
  BlockMark,
  CENTER_X,
  DETOUR_Y,
  DiagramNode,
  gapCenter,
  LANE_25_Y,
  LANE_SUBMIT_Y,
  LanePath,
  left,
  RELAY_Y,
  right,
  BOX_TOP,
  VIEW_HEIGHT,
  VIEW_WIDTH,
} from './diagram-shapes';
import { submissionPath } from './path-lanes';

const LEGEND = ['works', 'blocked', 'checking', 'unknown'] as const satisfies readonly PathState[];

/** Port 25 from this PC: stopped at the provider's edge, or on over the mail server to the recipient. */
function Port25Lane({ state, ispName }: { state: PathState; ispName: string }) {
  const { t } = useTranslation();
  if (state === 'blocked') {
    return (
      <g data-testid="diagram-port25-blocked">
        <LanePath
          d={`M ${right(0)} ${LANE_25_Y} L ${left(1) - 20} ${LANE_25_Y}`}
          state="blocked"
          arrow={false}
        />
        <BlockMark x={left(1) - 5} y={LANE_25_Y} />
        <text x={CENTER_X[1]} y={BELOW_BOXES_Y} textAnchor="middle" className="diagram-block-label">
          {t('diagram.blockedAt', { isp: ispName })}
        </text>
      </g>
    );
  }
  const turnX = right(1) + 22;
  return (
    <LanePath
      d={`M ${right(0)} ${LANE_25_Y} L ${turnX} ${LANE_25_Y} L ${turnX} ${DETOUR_Y} L ${CENTER_X[3]} ${DETOUR_Y} L ${CENTER_X[3]} ${BOX_TOP}`}
      state={state}
    />
  );
}

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
  const summary = blocked
    ? submission.port
      ? t('diagram.summary.blocked', { port: submission.port })
      : t('diagram.summary.blockedNoPath')
    : submission.port
      ? t('diagram.summary.works', { port: submission.port })
      : t(submission.state === 'checking' ? 'diagram.summary.checking' : 'diagram.summary.unknown');
  const relayState: PathState = submission.state === 'works' ? 'works' : 'unknown';
  return (
    <figure
      className="diagram"
      data-testid="path-diagram"
      data-port25={port25}
      data-submission={submission.port ?? ''}
    >
      <h2 id="diagram-heading">{t('diagram.title')}</h2>
      <svg
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        role="img"
        aria-labelledby="diagram-heading diagram-summary"
      >
        <ArrowMarkers />
        {/* The login lane is drawn first, so the provider box sits on it: the lane visibly passes through. */}
        <LanePath
          d={`M ${right(0)} ${LANE_SUBMIT_Y} L ${left(2)} ${LANE_SUBMIT_Y}`}
          state={submission.state}
        />
        <LanePath d={`M ${right(2)} ${RELAY_Y} L ${left(3)} ${RELAY_Y}`} state={relayState} />
        {blocked ? null : <Port25Lane state={port25} ispName="" />}
        <DiagramNode index={0} label={t('diagram.pc')} detail={null} />
        <DiagramNode
          index={1}
          label={t('diagram.isp')}
          detail={ispName}
          tone={blocked ? 'blocking' : undefined}
        />
        <DiagramNode index={2} label={t('diagram.mailServer')} detail={outgoing?.host ?? mailServer} />
        <DiagramNode index={3} label={t('diagram.recipient')} detail={null} />
        {blocked ? <Port25Lane state="blocked" ispName={ispName ?? t('diagram.isp')} /> : null}
        <text
          x={gapCenter(0)}
          y={LANE_25_Y - 9}
          textAnchor="middle"
          className={`diagram-lane-label label-${port25}`}
        >
          {t('diagram.direct25')}
        </text>
        <text x={gapCenter(0)} y={LANE_SUBMIT_Y + 21} textAnchor="middle" className="diagram-lane-label">
          {submission.port
            ? t('diagram.submission', { port: submission.port })
            : t('diagram.submissionPending')}
        </text>
        <text x={gapCenter(1)} y={LANE_SUBMIT_Y + 21} textAnchor="middle" className="diagram-lane-label">
          {t('diagram.withLogin')}
        </text>
        <text x={gapCenter(2)} y={BELOW_BOXES_Y} textAnchor="middle" className="diagram-lane-label">
          {t('diagram.relay')}
        </text>
      </svg>
      <figcaption>
        <span id="diagram-summary" data-testid="diagram-summary" className="diagram-summary">
          {summary}
        </span>
        <span className="diagram-legend" aria-hidden="true">
          {LEGEND.map((state) => (
            <span key={state} className={`legend-item legend-${state}`}>
              <svg viewBox="0 0 28 10" width="28" height="10">
                <line x1="1" y1="5" x2="27" y2="5" className={`diagram-lane lane-${state}`} />
              </svg>
              {t(`diagram.legend.${state}`)}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
