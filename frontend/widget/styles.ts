/**
 * Styles of the widget, inside its shadow root. The wrapper starts from `all: initial`, so text
 * styles the partner sets on `body` (colour, font, line height, letter spacing, ...) do not leak
 * in; the shadow root keeps our rules from leaking out. Partners may set `--iw-accent` and
 * `--iw-font` on the element. Colours meet WCAG AA contrast on the white background.
 */
export const styles = `
:host { display: block; }
:host([hidden]) { display: none; }
.iw {
  all: initial;
  display: block;
  box-sizing: border-box;
  container: iw / inline-size;
  font: 400 medium/1.5 var(--iw-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
  color: #1b1f23;
  background: #fff;
  border: 1px solid #c5ced6;
  border-radius: .75em;
  padding: 1em;
  text-align: start;
  overflow-wrap: break-word;
  --accent: var(--iw-accent, #0a5a78);
}
.iw *, .iw *::before, .iw *::after { box-sizing: inherit; }
.iw :focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.vh {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
}
.title { font-size: 1.3em; line-height: 1.25; margin: 0 0 .25em; font-weight: 700; }
p { margin: 0 0 .75em; }
.scope { color: #3d4852; font-size: .95em; }
form { margin: 0 0 1em; }
.fields { display: grid; gap: .75em; grid-template-columns: 1fr; }
@container iw (min-width: 34em) {
  .fields { grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) auto; align-items: end; }
  .iw { padding: 1.25em 1.5em; }
}
.field { display: flex; flex-direction: column; gap: .25em; min-width: 0; }
label { font-weight: 600; }
.hint { font-size: .875em; color: #3d4852; font-weight: 400; }
input[type="text"], select {
  font: inherit; color: inherit; background: #fff;
  border: 2px solid #5c6975; border-radius: .375em;
  padding: .45em .6em; min-height: 2.75em; width: 100%;
}
input[aria-invalid="true"] { border-color: #b3261e; }
.checks { display: flex; flex-wrap: wrap; gap: .5em 1.5em; margin-top: .75em; }
.check { display: flex; align-items: center; gap: .5em; font-weight: 400; min-height: 2.75em; cursor: pointer; }
.check input { width: 1.25em; height: 1.25em; margin: 0; accent-color: var(--accent); flex: none; }
button {
  font: inherit; font-weight: 600; cursor: pointer;
  border: 2px solid var(--accent); border-radius: .375em;
  min-height: 2.75em; padding: .45em 1.1em;
}
.primary { background: var(--accent); color: #fff; }
.primary:hover { text-decoration: underline; }
.secondary { background: #fff; color: var(--accent); }
.secondary:hover { background: #eef5f8; }
button[disabled] { cursor: progress; }
.status { font-weight: 600; margin: 0 0 .75em; }
.status:empty, .alert:empty { display: none; }
.alert {
  border: 2px solid #b3261e; border-left-width: .4em; background: #fdf0ef; color: #7a1712;
  border-radius: .375em; padding: .75em 1em; margin: 0 0 1em;
}
.alert p { margin: 0; }
.options { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; margin-top: .6em; }
.options p { margin: 0; font-weight: 600; }
.results { list-style: none; margin: 0; padding: 0; display: grid; gap: .75em; }
.results[aria-busy="true"] { opacity: .6; }
.group { border: 1px solid #c5ced6; border-radius: .5em; padding: .85em 1em; }
.name { font-size: 1.1em; line-height: 1.3; margin: 0 0 .4em; font-weight: 700; }
a { color: var(--accent); text-decoration: underline; text-underline-offset: .15em; }
a:hover { text-decoration-thickness: .15em; }
.facts { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35em 1.25em; font-size: .95em; color: #3d4852; }
.badge { display: inline-block; font-weight: 600; border-radius: 1em; padding: 0 .6em; }
.open { background: #e3f2e8; color: #135232; }
.full { background: #fcefe3; color: #833600; }
.forming { background: #edeaf8; color: #45347f; }
.more { margin-top: 1em; }
.footer { margin: 1em 0 0; font-size: .875em; color: #3d4852; display: flex; flex-wrap: wrap; gap: .25em 1em; justify-content: space-between; }
.map-list { margin: .25em 0 0; padding-left: 1.1em; }
/* Two classes: beats leaflet.css (whose rem-based font size would follow the partner's root size) in any order. */
.iw .map { font: inherit; font-size: .875em; height: 20em; margin: 0 0 1em; border-radius: .5em; overflow: hidden; border: 1px solid #c5ced6; }
`;
