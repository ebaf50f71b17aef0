// The A → B → C → D picture: this PC → the sending server → the recipient's mail server → the
// recipient. Port 25 and the login port (465/587) run from this PC to the sending server; when the
// provider blocks 25 its gate stops that lane with a red ✕. Incoming mail runs back from B to A. The
// relay B → C (転送, server to server) and C → D are never tested from this PC and never drawn green.
// Redrawn from the live progress, so it changes as probe results arrive.
import { useTranslation } from 'react-i18next';
import type { IncomingSetting, OutgoingSetting } from '../../../electron/shared/diagnosis-types';
import { smtpPortState, type LiveProgress } from '../wizard/live-progress';
import {
  ABOVE,
  ArrowMarkers,
  BELOW,
  DiagramNode,
  gapCenter,
  GATE_X,
  Lane,
  LANE_25_Y,
  LANE_IN_Y,
  LANE_SUBMIT_Y,
  LaneLabel,
  left,
  ProviderGate,
  RELAY_Y,
  right,
  VIEW_HEIGHT,
  VIEW_WIDTH,
} from './diagram-shapes';
import {
  incomingPath,
  submissionLabel,
  submissionPath,
  withLogin,
  type LaneState,
  type LoginHops,
} from './path-lanes';

const LEGEND_ORDER: LaneState[] = ['works', 'blocked', 'checking', 'unknown', 'failed', 'untested'];
const NO_LOGIN: LoginHops = { outgoing: 'none', incoming: 'none' };

export function PathDiagram({
  progress,
  outgoing,
  incoming = null,
  mailServer,
  login = NO_LOGIN,
}: {
  progress: Pick<LiveProgress, 'probes' | 'findings' | 'isp'>;
  outgoing: OutgoingSetting | null;
  incoming?: IncomingSetting | null;
  mailServer: string | null;
  /** How the logins went (see loginHops); a refused login draws its lane red. */
  login?: LoginHops;
}) {
  const { t } = useTranslation();
  const port25 = smtpPortState(progress, 25);
  const submission = submissionPath(progress, outgoing);
  const receiving = incomingPath(progress, incoming);
  const submitState = withLogin(submission.state, login.outgoing);
  const incomingState = withLogin(receiving.state, login.incoming);
  const ispName = progress.isp?.name ?? null;
  const blocked = port25 === 'blocked';
  // A refused login is the news; "you can send through port N" would contradict the red lane.
  const refusedOn = outgoing?.loginRefusedOn;
  const summary =
    login.outgoing === 'failed' && submission.port
      ? refusedOn
        ? t('diagram.summary.loginRefusedOn', { port: submission.port, protocol: refusedOn.toUpperCase() })
        : t('diagram.summary.loginFailed', { port: submission.port })
      : blocked
        ? submission.port
          ? t('diagram.summary.blocked', { port: submission.port })
          : t('diagram.summary.blockedNoPath')
        : submission.port
          ? t('diagram.summary.works', { port: submission.port })
          : t(
              submission.state === 'checking'
                ? 'diagram.summary.checking'
                : submission.state === 'failed'
                  ? 'diagram.summary.noPath'
                  : 'diagram.summary.unknown',
            );
  const present = new Set<LaneState>([port25, submitState, incomingState, 'untested']);
  const legend = LEGEND_ORDER.filter((state) => present.has(state));
  const loginLabel = t(submissionLabel(submission, login.outgoing, refusedOn));
  // Short, so that it fits the gap (below the lane is the provider's gate label when 25 is blocked).
  const incomingLabel = receiving.port
    ? t(
        login.incoming !== 'failed'
          ? 'diagram.incoming'
          : incoming?.loginRefusedOn
            ? 'diagram.incomingRefusedOn'
            : 'diagram.incomingRefused',
        { port: receiving.port },
      )
    : t('diagram.incomingPending');
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
        <Lane
          x1={right(0)}
          x2={blocked ? GATE_X - 15 : left(1)}
          y={LANE_25_Y}
          state={port25}
          arrow={!blocked}
          testId="lane-port25"
        />
        <Lane x1={right(0)} x2={left(1)} y={LANE_SUBMIT_Y} state={submitState} testId="lane-login" />
        <Lane x1={left(1)} x2={right(0)} y={LANE_IN_Y} state={incomingState} testId="lane-incoming" />
        <Lane x1={right(1)} x2={left(2)} y={RELAY_Y} state="untested" testId="lane-relay" />
        <Lane x1={right(2)} x2={left(3)} y={RELAY_Y} state="untested" testId="lane-delivery" />
        {blocked ? (
          <ProviderGate label={t('diagram.blockedAt', { isp: ispName ?? t('diagram.isp') })} />
        ) : null}
        <DiagramNode index={0} label={t('diagram.pc')} detail={null} />
        <DiagramNode index={1} label={t('diagram.mailServer')} detail={outgoing?.host ?? mailServer} />
        <DiagramNode index={2} label={t('diagram.recipientServer')} detail={null} />
        <DiagramNode index={3} label={t('diagram.recipient')} detail={null} />
        <LaneLabel x={right(0) + 10} y={LANE_25_Y - ABOVE} anchor="start" tone={blocked ? 'bad' : undefined}>
          {t('diagram.direct25')}
        </LaneLabel>
        <LaneLabel x={gapCenter(0)} y={LANE_SUBMIT_Y - ABOVE}>
          {submission.port
            ? t('diagram.submission', { port: submission.port })
            : t('diagram.submissionPending')}
        </LaneLabel>
        <LaneLabel
          x={gapCenter(0)}
          y={LANE_SUBMIT_Y + BELOW}
          tone={login.outgoing === 'failed' ? 'bad' : undefined}
        >
          {loginLabel}
        </LaneLabel>
        <LaneLabel
          x={gapCenter(0)}
          y={LANE_IN_Y - ABOVE}
          tone={login.incoming === 'failed' ? 'bad' : undefined}
        >
          {incomingLabel}
        </LaneLabel>
        <LaneLabel x={gapCenter(1)} y={RELAY_Y - ABOVE}>
          {t('diagram.relay')}
        </LaneLabel>
        <LaneLabel x={gapCenter(1)} y={RELAY_Y + BELOW}>
          {t('diagram.relayDetail')}
        </LaneLabel>
      </svg>
      <figcaption>
        <span id="diagram-summary" data-testid="diagram-summary" className="diagram-summary">
          {summary}
        </span>
        <span className="diagram-legend" data-testid="diagram-legend">
          {legend.map((state) => (
            <span key={state} className={`legend-item legend-${state}`} data-state={state}>
              <svg viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
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
