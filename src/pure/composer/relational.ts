/** `###Relational` databases and relational test data → grammar text. */
import type { RelationalCSVData } from '../protocol/data.js';
import { quoteString } from '../grammar/strings.js';

/** The content of `Relational #{ ... }#` test data. */
export function composeRelationalCsv(data: RelationalCSVData, indent: string): string {
  return data.tables
    .map((t) => {
      // Java's split("\\n") drops trailing empty strings
      const lines = t.values.split('\n');
      if (t.values !== '') while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      const rows = lines.map((l) => indent + '  ' + quoteString(l + '\n')).join('+\n');
      return indent + t.schema + '.' + t.table + ':\n' + rows + ';';
    })
    .join('\n\n');
}
