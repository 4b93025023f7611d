/** Lines of a model, with its comments and its principals' blocks. */
export class ModelWriter {
  private readonly lines: string[] = [];

  line(text: string): void {
    this.lines.push(text);
  }

  blank(): void {
    this.lines.push('');
  }

  comment(text: string, indent = 0): void {
    this.lines.push(`${'  '.repeat(indent)}// ${text}`);
  }

  principal(name: string, body: readonly string[]): void {
    this.lines.push(`principal ${name}[`, ...body.map((b) => `  ${b}`), ']');
  }

  send(from: string, to: string, values: string, note: string): void {
    this.lines.push(`${from} -> ${to}: ${values} // ${note}`);
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
