// COPY … FROM STDIN on a plain pg client, without pg-copy-streams: a Submittable that, once the
// server answers CopyInResponse, writes the generated text chunk by chunk (waiting for the socket
// to drain, so memory stays flat however many rows) and ends the copy.
import type pg from 'pg';

interface Connection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

/** Produces the rows as text, one batch of lines at a time; null when done. */
export type RowSource = () => string | null;

class CopyIn {
  private failure: unknown = null;
  private rows = 0;
  readonly done: Promise<number>;
  private settle!: { resolve: (rows: number) => void; reject: (error: unknown) => void };

  constructor(
    private readonly text: string,
    private readonly next: RowSource,
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: Connection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: Connection): void {
    void this.pump(connection);
  }

  private async pump(connection: Connection): Promise<void> {
    try {
      for (let chunk = this.next(); chunk !== null; chunk = this.next()) {
        if (this.failure) return;
        connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
        if (connection.stream.writableNeedDrain) {
          await new Promise((resolve) => connection.stream.once('drain', resolve));
        }
      }
      connection.endCopyFrom();
    } catch (error) {
      this.failure = error;
      connection.sendCopyFail(String(error));
    }
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = Number(/(\d+)$/.exec(message.text ?? '')?.[1] ?? 0);
  }

  handleReadyForQuery(): void {
    if (this.failure) this.settle.reject(this.failure);
    else this.settle.resolve(this.rows);
  }

  handleError(error: unknown): void {
    this.failure ??= error;
    this.settle.reject(error);
  }

  // Not expected during COPY FROM; present because the client may call them on any query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handleCopyData(): void {}
  handlePortalSuspended(): void {}
}

/** Runs `copy <table> (<columns>) from stdin` with the text the source produces; rows copied. */
export async function copyIn(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  next: RowSource,
): Promise<number> {
  const copy = new CopyIn(`copy ${table} (${columns.join(', ')}) from stdin`, next);
  (client as unknown as { query(submittable: CopyIn): void }).query(copy);
  return copy.done;
}
