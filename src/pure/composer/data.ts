/** Embedded data (`ExternalFormat #{...}#`, `Reference #{...}#`, ...) → grammar text. */
import type { EmbeddedData } from '../protocol/data.js';
import { quoteString } from '../grammar/strings.js';

/** Renders embedded data with its island; `indent` is the indentation of the `Type` line. */
export function composeEmbeddedData(data: EmbeddedData, indent: string): string {
  switch (data._type) {
    case 'externalFormat':
      return (
        indent + 'ExternalFormat\n' + indent + '#{\n' +
        indent + '  contentType: ' + quoteString(data.contentType) + ';\n' +
        indent + '  data: ' + quoteString(data.data) + ';\n' +
        indent + '}#'
      );
    case 'reference':
      return indent + 'Reference\n' + indent + '#{\n' + indent + '  ' + data.dataElement.path + '\n' + indent + '}#';
    default:
      return indent + `/* embedded data of type '${data._type}' is not rendered by the embedded engine */`;
  }
}
