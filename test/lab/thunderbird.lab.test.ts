// The exports proven in real clients: MailWiz's Thunderbird prefs make Debian's Thunderbird connect to
// the lab's Dovecot on the exported port with TLS (judged by Dovecot's log), and MailWiz's exported
// config-v1.1.xml, published at autoconfig.<domain>, is read back by MailWiz's own discovery.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildExport, thunderbirdPrefs } from '../../electron/export/index.js';
import {
  emptyDiagnosisResult,
  type DiagnosisResult,
  type IncomingSetting,
  type ServerSetting,
} from '../../electron/shared/diagnosis-types.js';
import { ADDR, NS } from './infra/addresses.js';
import { diagnoseInOffice, LAB_ENGINE_CONFIG } from './infra/cli.js';
import { markLog, readSince } from './infra/logs.js';
import { inNamespace, sleepSync, waitUntil } from './infra/shell.js';
import { createProfile, startThunderbird, THUNDERBIRD_BINARY } from './infra/thunderbird.js';
import { publishAutoconfig } from './scenarios/definitions.js';

const lab = inject('lab');

/** kit.test has no MX, no SRV and no guessable names: only its autoconfig file can lead to the servers. */
const KIT_DIAGNOSIS: DiagnosisResult = {
  ...emptyDiagnosisResult('ken@kit.test'),
  status: 'ok',
  outgoing: {
    host: 'out.mailhost.test',
    port: 465,
    security: 'tls',
    auth: 'password',
    username: 'ken@kit.test',
    verified: true,
    login: 'ok',
  },
  incoming: {
    protocol: 'imap',
    host: 'in.mailhost.test',
    port: 993,
    security: 'tls',
    auth: 'password',
    username: 'ken@kit.test',
    verified: true,
    login: 'ok',
  },
};

let roundTripped: DiagnosisResult | null = null;

describe('exported config-v1.1.xml read back by MailWiz discovery', () => {
  it('serves the export at autoconfig.kit.test and diagnoses the same, verified settings', async () => {
    const file = buildExport({
      kind: 'thunderbird-autoconfig',
      diagnosis: KIT_DIAGNOSIS,
      displayName: 'Ken',
      lang: 'en',
    });
    publishAutoconfig(lab, 'autoconfig.kit.test', file.content);
    const run = await diagnoseInOffice(lab, 'ken@kit.test', {
      password: lab.password,
      engineConfig: LAB_ENGINE_CONFIG,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    const pick = (s: object | null | undefined) => s && { ...s, verified: undefined, login: undefined };
    expect(pick(run.result?.outgoing)).toEqual(pick(KIT_DIAGNOSIS.outgoing));
    expect(pick(run.result?.incoming)).toEqual(pick(KIT_DIAGNOSIS.incoming));
    expect(run.result?.outgoing?.verified && run.result.incoming?.verified).toBe(true);
    roundTripped = run.result;
  });
});

function withIncoming(diagnosis: DiagnosisResult, incoming: IncomingSetting): DiagnosisResult {
  return { ...diagnosis, incoming, alternatives: [] };
}

/** The POP3-with-STLS path the engine saw on the same server (from its alternatives), or the known one. */
function pop3Starttls(diagnosis: DiagnosisResult): IncomingSetting {
  const found = diagnosis.alternatives.find(
    (alt: ServerSetting) => alt.protocol === 'pop3' && alt.security === 'starttls',
  );
  const base = found ?? {
    host: 'in.mailhost.test',
    port: 110,
    security: 'starttls' as const,
    auth: 'password' as const,
    username: 'ken@kit.test',
    verified: false,
    login: 'not-tried',
  };
  return { ...base, protocol: 'pop3' };
}

describe('exported Thunderbird prefs in the real Thunderbird', () => {
  const cases: Array<{ name: string; diagnosis: () => DiagnosisResult; service: 'imap' | 'pop3' }> = [
    {
      name: 'IMAP on 993 with SSL/TLS (socketType 3)',
      diagnosis: () => roundTripped ?? KIT_DIAGNOSIS,
      service: 'imap',
    },
    {
      name: 'POP3 on 110 with STARTTLS (socketType 2)',
      diagnosis: () =>
        withIncoming(roundTripped ?? KIT_DIAGNOSIS, pop3Starttls(roundTripped ?? KIT_DIAGNOSIS)),
      service: 'pop3',
    },
  ];
  for (const testCase of cases) {
    it(`connects with the exported settings: ${testCase.name}`, () => {
      expect(existsSync(THUNDERBIRD_BINARY), 'apt-get install thunderbird').toBe(true);
      const diagnosis = testCase.diagnosis();
      const incoming = diagnosis.incoming!;
      const profile = path.join(lab.dir, `tb-profile-${testCase.service}`);
      createProfile(profile, thunderbirdPrefs(diagnosis, 'Ken'), lab.caPath);
      const mark = markLog(lab.logs.dovecotHost1);
      const thunderbird = startThunderbird(profile, path.join(lab.dir, `tb-${testCase.service}.log`));
      // Thunderbird logs in at start-up; with no stored password it stops at the (invisible) password
      // prompt, after TLS. Dovecot writes the connection line when the client goes away.
      const login = new RegExp(
        `${testCase.service}-login: .*rip=${ADDR.office.v4.replace(/\./g, '\\.')}, lip=${ADDR.host1Main.replace(/\./g, '\\.')}, lport=${incoming.port}\\b`,
      );
      try {
        waitUntil('Thunderbird to reach Dovecot', () => connectedFromOffice(incoming.port), 45_000);
        sleepSync(1500); // let it finish the TLS handshake and its first commands
      } finally {
        thunderbird.stop();
      }
      waitUntil('Dovecot to log the Thunderbird connection', () => login.test(readSince(mark)), 10_000);
      const line =
        readSince(mark)
          .split('\n')
          .find((l) => login.test(l)) ?? '';
      console.log(`[thunderbird ${testCase.service}] ${line}`);
      expect(line).toMatch(/, TLS[,:]/);
      expect(line).not.toMatch(/TLS handshaking|Too many invalid commands|unknown ca/);
      const prefs = readFileSync(path.join(profile, 'user.js'), 'utf8');
      expect(prefs).not.toContain(lab.password);
    });
  }
});

/** Whether any client holds an established connection to the given port on hosting server 1. */
function connectedFromOffice(port: number): boolean {
  const table = inNamespace(NS.host1, 'ss', ['-Htn', 'state', 'established', `( sport = :${port} )`], {
    allowFail: true,
  });
  return table.includes(`${ADDR.office.v4}:`);
}
