// `kubectl edit TYPE NAME`: the object as YAML under kubectl's header comment, handed to the
// session's editor hook (the TUI sets one). A failed save reopens the file with the server's
// errors as comments on top, as the real command does.
import { fieldManagerOf } from './write.js';
import { parseDocument } from './manifest.js';
import { toYaml, withoutManagedFields } from '../../format/index.js';
import { isApiError, KubectlExit, usageError, type Verb } from './kube.js';
import { parseResourceArgs, qualifiedName } from './resources.js';
import { KINDS } from '../../../cluster/api/kinds.js';
import { formatFieldError } from '../../../cluster/api/errors.js';
import { FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SAVE_CONFIG_FLAG, SHOW_MANAGED_FIELDS_FLAG, SUBRESOURCE_FLAG, VALIDATE_FLAG, WINDOWS_LINE_ENDINGS_FLAG } from './common-flags.js';

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;
const TEMP_FILE = '/tmp/kubectl-edit-2826093475.yaml';
const MAX_ROUNDS = 5;

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}

export const editVerb: Verb = {
  name: 'edit',
  flags: [
    OUTPUT_FLAG, FILENAME_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG, WINDOWS_LINE_ENDINGS_FLAG, FIELD_MANAGER_FLAG, SUBRESOURCE_FLAG, SHOW_MANAGED_FIELDS_FLAG, RECURSIVE_FLAG,
  ],
  async run(inv) {
    const { flags, cluster, session } = inv;
    if (flags.args.length === 0) {
      throw usageError(`You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
    }
    const [req] = parseResourceArgs(flags.args);
    if (req.names.length === 0) throw usageError('resource(s) were provided, but no name was specified');
    const kind = req.info.kind;
    const original = cluster.api.get(kind, inv.namespace, req.names[0]);
    const name = original.metadata?.name ?? '';
    if (!session.editor) throw usageError('unable to launch the editor "vi"');
    const originalYaml = toYaml(withoutManagedFields(original));
    let content = HEADER + originalYaml;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const edited = await session.editor(content, TEMP_FILE);
      if (edited === null) {
        inv.err.push('Edit cancelled, no changes made.\n');
        return 0;
      }
      const body = stripComments(edited);
      if (body.trim() === '') {
        inv.err.push('Edit cancelled, saved file was empty.\n');
        return 0;
      }
      if (body.trim() === originalYaml.trim()) {
        inv.err.push('Edit cancelled, no changes made.\n');
        return 0;
      }
      const parsed = parseDocument(body);
      if ('error' in parsed) {
        content = `${HEADER}# The edited file had a syntax error: error converting YAML to JSON: yaml: ${parsed.error}\n#\n${body}`;
        continue;
      }
      try {
        cluster.api.update(parsed.value, fieldManagerOf(inv));
        inv.out.push(`${qualifiedName(kind, name)} edited\n`);
        return 0;
      } catch (e) {
        if (!isApiError(e)) throw e;
        const causes = e.causes.length ? e.causes.map((c) => `# * ${formatFieldError(c)}\n`).join('') : `# * ${e.message}\n`;
        content = `${HEADER}# ${KINDS[kind].resource} "${name}" was not valid:\n${causes}#\n${body}`;
      }
    }
    throw new KubectlExit(`error: Edit cancelled, no valid changes were saved.\n`);
  },
};
