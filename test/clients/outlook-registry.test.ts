import { describe, expect, it } from 'vitest';
import {
  outlookAccounts,
  parseRegQuery,
  readOutlookRegistry,
} from '../../electron/clients/outlook/registry.js';
import { fixtureText, REG_QUERY } from './fixtures.js';

const accounts = outlookAccounts(parseRegQuery(fixtureText(REG_QUERY)));

describe('classic Outlook accounts from reg.exe query output', () => {
  it('finds the POP and IMAP accounts of every profile and skips the data file', () => {
    expect(accounts.map((a) => [a.source, a.accountKey, a.email])).toEqual([
      ['Outlook', '00000002', 'taro@example-office.test'],
      ['Outlook', '00000003', 'jimu@example-office.test'],
      ['Home', '00000002', 'hanako@example-isp.test'],
    ]);
  });

  it('decodes UTF-16LE REG_BINARY strings and REG_DWORD numbers', () => {
    expect(accounts[0]).toMatchObject({
      client: 'outlook',
      displayName: '山田 太郎',
      incoming: { protocol: 'imap', host: 'mail.example-office.test', port: 143, security: 'none' },
      outgoing: {
        host: 'mail.example-office.test',
        port: 25,
        security: 'none',
        auth: 'none',
        username: null,
      },
    });
    expect(accounts[1]).toMatchObject({
      displayName: '事務所 受付',
      incoming: { protocol: 'pop3', port: 995, security: 'tls', username: 'jimu' },
      outgoing: { port: 587, security: 'starttls', auth: 'password', username: 'jimu@example-office.test' },
    });
  });

  it('uses the incoming user name for SMTP AUTH "same as incoming" and defaults the ports', () => {
    expect(accounts[2]).toMatchObject({
      incoming: { port: 993, security: 'tls', username: 'hanako' },
      outgoing: { port: 465, security: 'tls', auth: 'password', username: 'hanako' },
    });
  });

  it('reads the live registry only on Windows', async () => {
    await expect(readOutlookRegistry('linux')).rejects.toMatchObject({ code: 'REGISTRY_UNAVAILABLE' });
  });
});
