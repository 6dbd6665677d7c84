import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { i18n, setLocale } from '@/locales';
import ListFooter from './ListFooter.vue';

function footer(props: { count: number; more: boolean }) {
  setLocale('zh-CN');
  return mount(ListFooter, {
    props: { name: 'task', loading: false, ...props },
    global: { plugins: [i18n] },
  });
}

describe('ListFooter', () => {
  it('says some are loaded and asks for the next page while there is one', async () => {
    const wrapper = footer({ count: 20, more: true });
    expect(wrapper.get('[data-testid="task-count"]').text()).toBe('已加载 20 条');
    await wrapper.get('[data-testid="task-load-more"]').trigger('click');
    expect(wrapper.emitted('more')).toHaveLength(1);
  });

  it('says all are loaded and offers no button on the last page', () => {
    const wrapper = footer({ count: 7, more: false });
    expect(wrapper.get('[data-testid="task-count"]').text()).toBe('已显示全部 7 条记录');
    expect(wrapper.find('[data-testid="task-load-more"]').exists()).toBe(false);
  });
});
