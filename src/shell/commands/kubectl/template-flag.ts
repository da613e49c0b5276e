// The -o value with --template folded in, as kubectl's printer flags settle it: `--template T`
// gives the template of `-o go-template` (the format when -o is not given), `-o jsonpath`…
// (kubectl get: `-o custom-columns[-file]` too); with an -o that carries its own template
// (`-o go-template=…`) no printer matches. A template format without one gets an empty
// template, which its printer refuses.
import { unmatchedFormat } from '../../format/index.js';
import { KubectlExit, type Invocation } from './kube.js';

const FORMATS = {
  get: new Set(['go-template', 'template', 'go-template-file', 'templatefile', 'jsonpath', 'jsonpath-file', 'jsonpath-as-json', 'custom-columns', 'custom-columns-file']),
  generic: new Set(['go-template', 'template', 'go-template-file', 'templatefile', 'jsonpath', 'jsonpath-file', 'jsonpath-as-json']),
};

export function withTemplateFlag(inv: Invocation, printers: 'get' | 'generic'): string {
  const formats = FORMATS[printers];
  let output = inv.flags.str('output');
  const template = inv.flags.str('template');
  if (template) {
    if (output === '') output = 'go-template';
    if (formats.has(output)) return `${output}=${template}`;
    if (output.includes('=') && formats.has(output.split('=')[0])) throw new KubectlExit(unmatchedFormat(output, printers));
  } else if (formats.has(output)) output += '=';
  return output;
}
