// UTF-16LE with a BOM, the form Windows reads non-ASCII Outlook .prf files in, built the same way for
// the Electron save (Node) and a browser download (web mode). UTF-8 files need no helper on either side.

export function utf16leWithBom(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes[2 + index * 2] = unit & 0xff;
    bytes[3 + index * 2] = unit >> 8;
  }
  return bytes;
}
