// One diagnosis asks the same names many times (planning, every probe of a host, the login, the MX
// addresses). On a slow link each repeat costs a round trip before the TCP handshake can even start, so
// answers are shared for the length of one run: the first question's promise serves every later one.
import type { DnsClient } from './dns-client.js';

export function memoizeDns(client: DnsClient): DnsClient {
  const answers = new Map<string, Promise<unknown>>();
  const once =
    <K extends keyof DnsClient>(kind: K) =>
    (name: string): ReturnType<DnsClient[K]> => {
      const key = `${kind} ${name.toLowerCase()}`;
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = client[kind](name);
        answers.set(key, answer);
      }
      return answer as ReturnType<DnsClient[K]>;
    };
  const memo: DnsClient = {
    a: once('a'),
    aaaa: once('aaaa'),
    mx: once('mx'),
    srv: once('srv'),
    ns: once('ns'),
    cname: once('cname'),
    ptr: once('ptr'),
    txt: once('txt'),
    addresses: once('addresses'),
  };
  return memo;
}
