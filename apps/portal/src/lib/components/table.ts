/** One column of a {@link Table}: its header and how to show a row's cell as text. */
export interface Column<T> {
  id: string;
  header: string;
  /** The cell's text; the first column's cells are the rows' headers. */
  cell: (row: T) => string;
  /** Where the cell's text leads, if anywhere. */
  href?: (row: T) => string | null;
}
