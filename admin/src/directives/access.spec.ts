import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import type { Role } from '@gridbridge/shared';
import { mountWithApp, viewer } from '@/testing';

const Toolbar = defineComponent({
  template: `
    <div>
      <button data-testid="verify" v-access="'audit.read'">verify</button>
      <button data-testid="assign" v-access="'case.triage'">assign</button>
      <button data-testid="help">help</button>
    </div>`,
});

async function visibleButtons(roles: Role[]) {
  const { wrapper } = await mountWithApp(Toolbar, { viewer: viewer({ roles }) });
  return wrapper.findAll('button').map((button) => button.attributes('data-testid'));
}

describe('v-access', () => {
  it('removes the elements the viewer’s permissions do not allow', async () => {
    expect(await visibleButtons(['AUDITOR'])).toEqual(['verify', 'help']);
    expect(await visibleButtons(['OFFICE_LEADER'])).toEqual(['assign', 'help']);
    expect(await visibleButtons(['SYS_ADMIN'])).toEqual(['help']);
  });
});
