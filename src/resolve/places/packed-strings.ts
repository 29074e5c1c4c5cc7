// Many short strings kept as UTF-8 in one byte buffer with their offsets, instead of one
// JS string each: about a byte a character (a JS string with one character above U+00FF
// takes two bytes for every character), and nothing for the garbage collector to trace.
// The place gazetteer keeps its ids, names and name keys this way.

const encoder = new TextEncoder();
// ignoreBOM: a string that starts with U+FEFF keeps it, as it was given.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export class PackedStrings {
  private bytes = new Uint8Array(4096);
  /** String k is bytes[starts[k]] up to bytes[starts[k + 1]]. */
  private starts = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds a string; returns its number (0, 1, 2, ... in the order added). */
  add(text: string): number {
    const start = this.starts[this.count]!;
    this.reserve(start + text.length * 3);
    const bytes = this.bytes;
    let end = start;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      if (code >= 0x80) {
        end = start + encoder.encodeInto(text, bytes.subarray(start)).written;
        break;
      }
      bytes[end++] = code;
    }
    return this.push(end);
  }

  /** Adds a string given in its UTF-8 form (see utf8Form); returns its number. */
  addForm(form: Utf8Form): number {
    if (typeof form === 'string') return this.add(form);
    const start = this.starts[this.count]!;
    this.reserve(start + form.length);
    this.bytes.set(form, start);
    return this.push(start + form.length);
  }

  /** String `index`. */
  get(index: number): string {
    return decoder.decode(this.bytes.subarray(this.starts[index]!, this.starts[index + 1]!));
  }

  /** Whether string `index` is the string of this UTF-8 form. */
  equals(index: number, form: Utf8Form): boolean {
    const start = this.starts[index]!;
    if (this.starts[index + 1]! - start !== form.length) return false;
    if (typeof form === 'string') {
      for (let k = 0; k < form.length; k++) if (this.bytes[start + k] !== form.charCodeAt(k)) return false;
    } else {
      for (let k = 0; k < form.length; k++) if (this.bytes[start + k] !== form[k]) return false;
    }
    return true;
  }

  /** Gives back the room kept for strings not yet added; call once all are in. */
  trim(): this {
    this.bytes = this.bytes.slice(0, this.starts[this.count]!);
    this.starts = this.starts.slice(0, this.count + 1);
    return this;
  }

  private reserve(byteLength: number): void {
    if (byteLength <= this.bytes.length) return;
    const bytes = new Uint8Array(Math.max(byteLength, this.bytes.length * 2));
    bytes.set(this.bytes);
    this.bytes = bytes;
  }

  private push(end: number): number {
    if (this.count + 2 > this.starts.length) {
      const starts = new Uint32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    this.starts[++this.count] = end;
    return this.count - 1;
  }
}

/**
 * A string's UTF-8 bytes, as `addForm` and `equals` take them: an ASCII string is its
 * own bytes (one a character), so only the rare others are encoded into an array.
 */
export type Utf8Form = string | Uint8Array;

// Paired surrogates are one code point; a lone one has no UTF-8 form.
const LONE_SURROGATE = /\p{Cs}/u;

/** The UTF-8 form of `text`, or null when it has a lone surrogate. */
export function utf8Form(text: string): Utf8Form | null {
  for (let k = 0; k < text.length; k++) {
    if (text.charCodeAt(k) >= 0x80) return LONE_SURROGATE.test(text) ? null : encoder.encode(text);
  }
  return text;
}
