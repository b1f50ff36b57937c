/** Styles of the tagging button and dialog (inside the closed shadow root, so the page cannot restyle them). */
export const TAG_UI_CSS = `
:host { all: initial; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.tag-button {
  position: fixed; padding: 6px 12px; border-radius: 16px; border: 1px solid #1b7a2c; background: #1b7a2c; color: #fff;
  font: 600 13px/1.2 system-ui, sans-serif; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
.tag-button:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible {
  outline: 3px solid #1a73e8; outline-offset: 2px;
}
.layer { position: fixed; inset: 0; width: 100vw; height: 100vh; background: rgba(0,0,0,.35); display: grid; place-items: center; }
.layer[hidden], .tag-button[hidden] { display: none; }
.dialog {
  box-sizing: border-box; width: min(460px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto; padding: 16px 18px;
  background: #fff; color: #1f1f1f; border-radius: 10px; font: 14px/1.45 system-ui, sans-serif; box-shadow: 0 8px 32px rgba(0,0,0,.35);
}
h2 { font-size: 16px; margin: 0 0 8px; }
blockquote { margin: 0 0 10px; padding: 6px 10px; border-left: 3px solid #1b7a2c; background: #f3f8f4; max-height: 8em; overflow: auto; }
.changed { font-size: 13px; background: #fff8e1; padding: 6px 10px; border-radius: 6px; margin-bottom: 10px; }
.changed p { margin: 0 0 4px; }
.changed ul { margin: 0; padding-left: 18px; }
del { color: #b3261e; } ins { color: #1b7a2c; text-decoration: none; font-weight: 600; }
fieldset { border: 1px solid #ccc; border-radius: 6px; margin: 0 0 10px; padding: 6px 10px; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 12px; }
legend { font-weight: 600; padding: 0 4px; }
.choice { cursor: pointer; }
.field { display: grid; gap: 4px; font-weight: 600; margin-bottom: 8px; }
.field input, .field textarea, .field select { font: 14px system-ui, sans-serif; font-weight: 400; padding: 5px 6px; border: 1px solid #999; border-radius: 5px; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: -2px 0 8px; padding: 0; }
.chip { border: 1px solid #1b7a2c; background: #eef7f0; color: #1b4d26; border-radius: 12px; padding: 2px 8px; font: 13px system-ui, sans-serif; cursor: pointer; }
.hint { margin: -4px 0 8px; font-size: 12px; color: #555; }
.error { color: #b3261e; margin: 0 0 8px; min-height: 0; }
.buttons { display: flex; gap: 8px; justify-content: flex-end; }
.buttons button { font: 600 14px system-ui, sans-serif; padding: 6px 14px; border-radius: 6px; border: 1px solid #888; background: #f4f4f4; color: #1f1f1f; cursor: pointer; }
.buttons .primary { background: #1b7a2c; border-color: #1b7a2c; color: #fff; }
.buttons .danger { margin-right: auto; color: #b3261e; border-color: #b3261e; background: #fff; }
`;
