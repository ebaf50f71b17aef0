// The password for --password-stdin: read once, bounded, the final newline dropped. Never echoed.
const MAX_PASSWORD_BYTES = 4096;

export async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_PASSWORD_BYTES) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
