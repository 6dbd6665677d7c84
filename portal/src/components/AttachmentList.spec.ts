import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { setLocale } from '@/locales';
import AttachmentList from './AttachmentList.vue';

const attachments = [
  {
    id: 'img1',
    fileName: '现场.png',
    mimeType: 'image/png',
    size: 2048,
    thumbnail: 'data:image/webp;base64,UklGRg==',
  },
  { id: 'doc1', fileName: '申请.pdf', mimeType: 'application/pdf', size: 4096, thumbnail: null },
];

describe('attachment list', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('downloads a file from the portal API’s attachment address under its own name', async () => {
    setLocale('zh-CN');
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href')!, download: this.download });
    });
    const wrapper = mount(AttachmentList, { props: { attachments }, attachTo: document.body });
    await wrapper.findAll('[data-testid="case-attachment"]')[1].trigger('click');
    expect(clicked).toEqual([{ href: '/graphql/portal/attachments/doc1', download: '申请.pdf' }]);
    wrapper.unmount();
  });

  it('shows an image full size from the same address', async () => {
    setLocale('zh-CN');
    const wrapper = mount(AttachmentList, { props: { attachments }, attachTo: document.body });
    await wrapper.findAll('[data-testid="case-attachment"]')[0].trigger('click');
    await flushPromises();
    const image = document.body.querySelector<HTMLImageElement>('img.image-viewer__image');
    expect(image?.getAttribute('src')).toBe('/graphql/portal/attachments/img1');
    expect(image?.alt).toBe('现场.png');
    wrapper.unmount();
  });
});
