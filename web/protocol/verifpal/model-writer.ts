import { render } from '../../text/catalogue.ts';
import type { VerifpalText } from '../../text/messages/verifpal.ts';

/**
 * Lines of a model, with its comments and its principals' blocks. Statements are Verifpal and
 * written as such; comments are catalogue messages, rendered as the model is written (a message
 * of several lines becomes as many comment lines).
 */
export class ModelWriter {
  private readonly lines: string[] = [];

  line(text: string): void {
    this.lines.push(text);
  }

  blank(): void {
    this.lines.push('');
  }

  comment(message: VerifpalText, indent = 0): void {
    for (const text of render(message).split('\n'))
      this.lines.push(`${'  '.repeat(indent)}// ${text}`);
  }

  principal(name: string, body: readonly string[]): void {
    this.lines.push(`principal ${name}[`, ...body.map((b) => `  ${b}`), ']');
  }

  send(from: string, to: string, values: string, note: VerifpalText): void {
    this.lines.push(`${from} -> ${to}: ${values} // ${render(note)}`);
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** `knows private a, b`: values a principal holds before the story starts. */
export function knows(visibility: 'private' | 'public', ...names: readonly string[]): string {
  return ['knows', visibility, names.join(', ')].join(' ');
}

/** `generates a`: fresh random values. */
export function generates(...names: readonly string[]): string {
  return ['generates', names.join(', ')].join(' ');
}

/** `leaks a`: a value the attacker learns in this phase. */
export function leaks(name: string): string {
  return ['leaks', name].join(' ');
}

/** `a, b = EXPRESSION`. */
export function assign(outputs: readonly string[], expression: string): string {
  return `${outputs.join(', ')} = ${expression}`;
}

/** Values sent together: `a, b`. */
export function values(...names: readonly string[]): string {
  return names.join(', ');
}

/** `  authentication? Alice -> Bob: e1`, inside `queries[ … ]`. */
export function authentication(from: string, to: string, value: string): string {
  return `  authentication? ${from} -> ${to}: ${value}`;
}
