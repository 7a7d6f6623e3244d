/**
 * The card's stylesheet, inside its closed shadow root: the page's CSS cannot
 * reach in, and this cannot leak out. `:host` resets what the page could set on
 * the host element itself.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
}
.card {
  --bg: #ffffff;
  --fg: #1c1b1f;
  --muted: #5f5d66;
  --line: #dedce3;
  --surface: #f4f3f7;
  --accent: #2f4fb5;
  --accent-fg: #ffffff;
  --danger: #b3261e;
  position: fixed;
  inset: auto;
  box-sizing: border-box;
  width: min(340px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  margin: 0;
  padding: 12px 14px 12px;
  border: 1px solid var(--line);
  border-radius: 10px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 8px 28px rgba(20, 20, 40, 0.18), 0 1px 3px rgba(20, 20, 40, 0.12);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif;
  text-align: left;
  letter-spacing: normal;
  pointer-events: auto;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #232229;
    --fg: #ecebf0;
    --muted: #b0adb9;
    --line: #3d3b44;
    --surface: #2d2c33;
    --accent: #a9bbff;
    --accent-fg: #14141a;
    --danger: #ffb4ab;
  }
}
.card[hidden] {
  display: none;
}
.card:focus {
  outline: none;
}
.card:focus-visible {
  outline: none;
  border-color: var(--accent);
  box-shadow: 0 0 0 1px var(--accent), 0 8px 28px rgba(20, 20, 40, 0.18);
}
.head {
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 0 0 2px;
}
.sample {
  flex: none;
  padding: 0 4px;
  border-radius: 3px;
  font-size: 12px;
  font-weight: 600;
  line-height: 1.5;
  color: inherit;
  text-underline-offset: 3px;
}
.kind {
  flex: 1;
  margin: 0;
  font-size: 14px;
  font-weight: 650;
}
.position {
  flex: none;
  color: var(--muted);
  font-size: 12px;
  font-variant-numeric: tabular-nums;
}
.close {
  flex: none;
  width: 26px;
  height: 26px;
  margin: -4px -6px -4px 0;
  padding: 0;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--muted);
  font: inherit;
  font-size: 18px;
  line-height: 1;
  cursor: pointer;
}
.close:hover {
  background: var(--surface);
  color: var(--fg);
}
.meaning {
  margin: 0 0 8px;
  color: var(--muted);
  font-size: 12.5px;
}
.quote {
  margin: 0 0 8px;
  padding: 2px 0 2px 8px;
  border-left: 3px solid var(--line);
  font-style: italic;
}
.facts {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 3px 10px;
  margin: 0 0 10px;
}
.facts dt {
  color: var(--muted);
  font-size: 12px;
  line-height: 1.6;
}
.facts dd {
  margin: 0;
}
.tag {
  display: inline-block;
  margin-left: 6px;
  padding: 0 6px;
  border-radius: 999px;
  background: var(--surface);
  border: 1px solid var(--line);
  color: var(--muted);
  font-size: 11.5px;
  line-height: 1.5;
  vertical-align: 1px;
}
.corrected {
  margin: 0 0 10px;
  padding: 6px 8px;
  border-radius: 6px;
  background: var(--surface);
  font-size: 12.5px;
}
.actions,
.menu {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
}
.menu {
  margin-top: 8px;
  padding-top: 8px;
  border-top: 1px solid var(--line);
}
.menu[hidden] {
  display: none;
}
.menu-label {
  flex-basis: 100%;
  margin: 0;
  color: var(--muted);
  font-size: 12px;
}
button.action {
  min-height: 28px;
  padding: 3px 10px;
  border: 1px solid var(--line);
  border-radius: 6px;
  background: var(--bg);
  color: var(--fg);
  font: inherit;
  font-size: 12.5px;
  font-weight: 600;
  white-space: nowrap;
  cursor: pointer;
}
button.action:hover {
  background: var(--surface);
}
button.primary {
  border-color: var(--accent);
  background: var(--accent);
  color: var(--accent-fg);
}
button.primary:hover {
  background: var(--accent);
  filter: brightness(1.08);
}
button:focus-visible {
  outline: 2px solid var(--accent);
  outline-offset: 2px;
}
button[aria-expanded='true'] {
  border-color: var(--accent);
  color: var(--accent);
}
.notice {
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 10px 0 0;
  font-size: 12.5px;
}
.notice button {
  /* Undo keeps its width beside a notice of two lines ("Un / do" otherwise) */
  flex: none;
}
.notice:empty {
  display: none;
}
.notice.error {
  color: var(--danger);
}
.keys {
  margin: 10px 0 0;
  color: var(--muted);
  font-size: 11.5px;
}
kbd {
  padding: 0 4px;
  border: 1px solid var(--line);
  border-radius: 4px;
  background: var(--surface);
  font: inherit;
  font-size: 11px;
}
.live {
  position: fixed;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
`;
