import { parquetWriteBuffer } from 'hyparquet-writer';

export type ParquetColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

export interface ParquetColumn {
  name: string;
  values: (string | number | boolean | null)[];
  type: ParquetColumnType;
}

/** Writes equal-length, nullable columns to an in-memory Parquet file (Snappy-compressed). */
export function writeParquet(columns: ParquetColumn[]): Uint8Array {
  const rowCount = columns[0]?.values.length ?? 0;
  for (const column of columns) checkColumn(column, rowCount);
  const buffer = parquetWriteBuffer({
    columnData: columns.map(({ name, values, type }) => ({
      name,
      data: values,
      type,
      nullable: true,
    })),
  });
  return new Uint8Array(buffer);
}

/** Names the column and row of a bad value, which the writer itself would not. */
function checkColumn(column: ParquetColumn, rowCount: number): void {
  if (column.values.length !== rowCount) {
    throw new Error(
      `writeParquet: column "${column.name}" has ${column.values.length} values, expected ${rowCount}`,
    );
  }
  column.values.forEach((value, index) => {
    if (value !== null && !fitsType(value, column.type)) {
      throw new Error(
        `writeParquet: column "${column.name}" (${column.type}) has ${JSON.stringify(value)} at row ${index}`,
      );
    }
  });
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

function fitsType(value: string | number | boolean, type: ParquetColumnType): boolean {
  switch (type) {
    case 'STRING':
      return typeof value === 'string';
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'DOUBLE':
      return typeof value === 'number';
    case 'INT32':
      return (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= INT32_MIN &&
        value <= INT32_MAX
      );
  }
}
