import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

/*
 * The lint rule that keeps the domains apart (eslint.config.js): linting made-up files with the
 * workspace's own configuration shows that a forbidden import fails and an allowed one passes.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('domain boundaries', () => {
  it('refuses a domain importing a file inside another domain', async () => {
    const messages = await restrictedImports(
      'server/src/modules/exports/boundary-probe.ts',
      "import { caseScope } from '../cases/case-scope.js';\nexport const probe = caseScope;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("'../cases/case-scope.js'");
    expect(messages[0]).toContain('Import another domain through its index.js');
  });

  it("allows another domain's index and entity files, and files of the domain itself", async () => {
    const messages = await restrictedImports(
      'server/src/modules/exports/boundary-probe.ts',
      [
        "import { sqlParams } from '../cases/index.js';",
        "import { CaseEntity } from '../cases/case.entity.js';",
        "import { ExportsService } from './exports.service.js';",
        'export const probe = [sqlParams, CaseEntity, ExportsService];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('refuses common/ importing a domain', async () => {
    const messages = await restrictedImports(
      'server/src/common/boundary-probe.ts',
      "import { AuditService } from '../modules/audit/index.js';\nexport const probe = AuditService;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('common/ must not import a domain.');
  });
});
