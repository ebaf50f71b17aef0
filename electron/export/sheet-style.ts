// Print CSS for the settings sheet: one A4 page, black on white, readable when photocopied.
// System fonts only (no external resources); CJK fonts listed for Windows, macOS and Linux.
export const SHEET_CSS = `
@page { size: A4; margin: 12mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: #000; background: #fff; font-size: 10pt; line-height: 1.4;
  font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", "Yu Gothic", Meiryo,
    system-ui, "Segoe UI", Arial, sans-serif;
}
.sheet { max-width: 180mm; margin: 0 auto; }
header { display: flex; justify-content: space-between; align-items: baseline;
  border-bottom: 2px solid #000; padding-bottom: 2mm; margin-bottom: 4mm; }
h1 { font-size: 17pt; margin: 0; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm; padding-left: 2mm; border-left: 3px solid #000; }
.date { margin: 0; font-size: 10pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #555; padding: 1.4mm 2mm; text-align: left; vertical-align: top; }
th { width: 30%; background: #eee; font-weight: 600; }
.settings th[scope="row"] { width: 24%; }
.settings thead th { background: #ddd; text-align: center; }
.settings thead td { border: none; }
.host { white-space: nowrap; }
.host.long { font-size: 8pt; }
td.value, .host { font-family: "DejaVu Sans Mono", Consolas, Menlo, monospace; overflow-wrap: anywhere; }
.alt { font-size: 9pt; margin: 1mm 0 0; }
.alt li { overflow-wrap: anywhere; }
ul.findings { margin: 0; padding-left: 5mm; }
ul.findings li { margin: 0.8mm 0; }
.sev { font-weight: 700; }
.notes-box { border: 1px solid #000; height: 34mm; margin-top: 1mm; }
.sign { display: flex; gap: 8mm; margin-top: 2mm; font-size: 9.5pt; }
.sign span { flex: 1; border-bottom: 1px solid #000; padding-bottom: 1mm; }
footer { margin-top: 4mm; font-size: 8.5pt; color: #333; border-top: 1px solid #999; padding-top: 1.5mm; }
section { break-inside: avoid; }
@media screen { body { padding: 10mm; background: #f3f3f3; } .sheet { background: #fff; padding: 12mm; } }
`;
