/**
 * Text a workbook supplies (sheet names, cell text, a person's name) reaches the terminal inside the
 * command line's messages. A control character in it could move the cursor, rewrite earlier lines,
 * set the window title or worse (terminal escape sequences start with ESC, 0x1B), and bidirectional
 * overrides can make a message read other than it is. Each such character is shown as its code.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embedding/override/isolate marks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with every control character replaced by a visible `\xHH` (or `\uHHHH`).
 *
 * @example
 * forTerminal("Ann\u001b[2JLee") // => "Ann\\x1B[2JLee"
 */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}
