// Thunderbird driven through Marionette on the office PC (test/lab/clients/thunderbird-marionette.mjs
// inside the office namespace): create accounts with Thunderbird's own account manager, and prove an
// account by logging in to its incoming server and sending one message through its outgoing server.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LabInfo } from './lab.js';
import { runInOffice } from './office.js';
import { repoFile } from './repo-paths.js';

/** The broken office profile: taro sends on 25 without AUTH through a server he shares with jiro. */
const CREATE_BROKEN = `
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const am = MailServices.accounts;
const smtp = MailServices.outgoingServer.createServer("smtp").QueryInterface(Ci.nsISmtpServer);
smtp.hostname = "mail.corp.test"; smtp.port = 25; smtp.socketType = 0; smtp.authMethod = 1;
smtp.description = "事務所";
MailServices.outgoingServer.defaultServer = smtp;
function add(type, host, port, socketType, user, email, name) {
  const server = am.createIncomingServer(user, host, type);
  server.port = port; server.socketType = socketType; server.authMethod = 3;
  const id = am.createIdentity();
  id.email = email; id.fullName = name; id.valid = true; id.smtpServerKey = smtp.key;
  const account = am.createAccount();
  account.incomingServer = server;
  account.addIdentity(id);
  return account.key;
}
return [
  add("imap", "mail.corp.test", 143, 0, "taro@corp.test", "taro@corp.test", "山田 太郎"),
  add("imap", "mail.local.test", 993, 3, "jiro", "jiro@local.test", "鈴木 次郎"),
];
`;

/**
 * Logs in to the account's incoming server and sends one message through its outgoing one, to the lab
 * Postfix's sink domain (accepted, then discarded: lab mail never leaves the lab).
 */
const PROVE = `
return (async () => {
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const arg = arguments[0];
const account = MailServices.accounts.accounts.find(a => a.defaultIdentity && a.defaultIdentity.email == arg.email);
const identity = account.defaultIdentity;
const incoming = account.incomingServer;
incoming.password = arg.password;
const imapStatus = await new Promise(resolve => incoming.verifyLogon({
  OnStartRunningUrl() {},
  OnStopRunningUrl(url, status) { resolve(status); },
}, null));
const smtp = MailServices.outgoingServer.getServerByIdentity(identity).QueryInterface(Ci.nsISmtpServer);
const file = Services.dirsvc.get("TmpD", Ci.nsIFile);
file.append("mailwiz-lab.eml");
await IOUtils.writeUTF8(file.path, [
  "From: " + arg.email, "To: " + arg.to, "Subject: MailWiz repair proof",
  "Message-ID: <repair-proof@corp.test>", "Date: " + new Date().toUTCString(), "", "sent by Thunderbird", "",
].join("\\r\\n"));
const [smtpStatus, smtpError] = await new Promise(resolve => smtp.sendMailMessage(
  file, [MailServices.headerParser.makeMailboxObject("", arg.to)], [], identity, arg.email,
  arg.password, null, false, "<repair-proof@corp.test>",
  { onSendStart() {}, onSendStop(uri, status, secInfo, message) { resolve([status, message || ""]); } },
));
return { imapStatus, smtpStatus, smtpError, smtpKey: smtp.key, smtpPort: smtp.port, smtpSocketType: smtp.socketType };
})();
`;

let scripts = 0;

async function marionette(lab: LabInfo, profile: string, script: string, arg: unknown): Promise<unknown> {
  const file = path.join(lab.dir, `tb-script-${process.pid}-${++scripts}.js`);
  writeFileSync(file, script);
  const run = await runInOffice(
    process.execPath,
    [repoFile('test/lab/clients/thunderbird-marionette.mjs'), profile, file, JSON.stringify(arg)],
    { caPath: lab.caPath, timeoutMs: 90_000 },
  );
  const reply = JSON.parse(run.stdout || '{}') as { value?: unknown; error?: string };
  if (reply.error !== undefined || run.code !== 0)
    throw new Error(`Thunderbird script failed: ${reply.error ?? run.stderr}`);
  return reply.value;
}

export function createBrokenAccounts(lab: LabInfo, profile: string): Promise<unknown> {
  return marionette(lab, profile, CREATE_BROKEN, null);
}

export interface AccountProof {
  /** nsresult of the incoming login (0 = success) and of the send (0 = the server accepted it). */
  imapStatus: number;
  smtpStatus: number;
  /** Thunderbird's own error text when the send failed (empty on success). */
  smtpError: string;
  smtpKey: string;
  smtpPort: number;
  smtpSocketType: number;
}

export async function proveAccount(lab: LabInfo, profile: string, email: string): Promise<AccountProof> {
  const arg = { email, to: 'proof@sink.test', password: lab.password };
  return (await marionette(lab, profile, PROVE, arg)) as AccountProof;
}
