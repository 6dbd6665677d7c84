import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import * as cases from '@/api/cases';
import { ApiError } from '@/api/client';
import { setLocale } from '@/locales';
import AttachmentUploader, { uploadedAttachments, type UploadItem } from './AttachmentUploader.vue';

vi.mock('@/api/cases');

function mountUploader(maxCount = 9) {
  const wrapper = mount(AttachmentUploader, {
    props: {
      label: '附件',
      maxCount,
      modelValue: [] as UploadItem[],
      'onUpdate:modelValue': (items: UploadItem[]) => wrapper.setProps({ modelValue: items }),
    },
  });
  /** Picks files in the file input, as the browser's file dialog does. */
  const pick = (...files: File[]) => {
    const input = wrapper.get<HTMLInputElement>('input[type="file"]');
    Object.defineProperty(input.element, 'files', { value: files, configurable: true });
    void input.trigger('change');
  };
  const items = () => wrapper.props('modelValue') as UploadItem[];
  return { wrapper, pick, items };
}

const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '现场照片.png', { type: 'image/png' });

describe('attachment uploader', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
  });

  it('picks files in a file input named for what it takes', async () => {
    vi.mocked(cases.uploadAttachment).mockReturnValue(new Promise(() => undefined));
    const { wrapper, pick } = mountUploader();
    const input = wrapper.get<HTMLInputElement>('input[type="file"]');
    expect(input.attributes('aria-label')).toBe('添加附件：图片、PDF、Word 或 Excel 文件');
    expect(input.attributes('multiple')).toBeDefined();
    expect(input.attributes('accept')).toContain('application/pdf');

    pick(png());
    await vi.waitFor(() => expect(cases.uploadAttachment).toHaveBeenCalledTimes(1));
  });

  it('refuses files of other types and files too large before uploading anything', async () => {
    const { wrapper, pick, items } = mountUploader();

    pick(
      new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }),
      new File([new Uint8Array(6 * 1024 * 1024)], '扫描件.pdf', { type: 'application/pdf' }),
    );
    await flushPromises();

    expect(cases.uploadAttachment).not.toHaveBeenCalled();
    expect(items()).toEqual([]);
    const alert = wrapper.get('[role="alert"]').text();
    expect(alert).toContain('“setup.exe”的类型不支持');
    expect(alert).toContain('“扫描件.pdf”超过 5 MB');
  });

  it('uploads each file at once and shows its state, then the server’s thumbnail', async () => {
    let finish: (value: cases.UploadedAttachment) => void = () => undefined;
    vi.mocked(cases.uploadAttachment).mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const { wrapper, pick, items } = mountUploader();

    pick(png());
    await vi.waitFor(() => expect(cases.uploadAttachment).toHaveBeenCalledWith('现场照片.png', 'iVBORw=='));
    expect(wrapper.get('[data-testid="upload-item"]').text()).toContain('正在上传');

    finish({
      id: 'a1',
      fileName: '现场照片.png',
      mimeType: 'image/png',
      size: 4,
      thumbnail: 'data:image/webp;base64,UklGRg==',
    });
    await flushPromises();

    expect(wrapper.get('[data-testid="upload-item"]').text()).toContain('已上传');
    expect(wrapper.get('img').attributes('alt')).toBe('附件现场照片.png的预览图');
    expect(wrapper.get('img').attributes('src')).toBe('data:image/webp;base64,UklGRg==');
    expect(uploadedAttachments(items())).toEqual([
      {
        id: 'a1',
        fileName: '现场照片.png',
        mimeType: 'image/png',
        size: 4,
        thumbnail: 'data:image/webp;base64,UklGRg==',
      },
    ]);
  });

  it('shows why the server refused a file, and retries it on request', async () => {
    vi.mocked(cases.uploadAttachment).mockRejectedValueOnce(
      new ApiError('VALIDATION', '输入有误', [
        { field: 'input.contentBase64', message: '文件类型不支持（按文件内容识别为 unknown）' },
      ]),
    );
    const { wrapper, pick, items } = mountUploader();

    pick(png());
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="upload-item"]').text()).toContain('按文件内容识别为 unknown'),
    );
    expect(uploadedAttachments(items())).toEqual([]);

    vi.mocked(cases.uploadAttachment).mockResolvedValueOnce({
      id: 'a2',
      fileName: '现场照片.png',
      mimeType: 'image/png',
      size: 4,
      thumbnail: null,
    });
    await wrapper.get('button[aria-label="重试上传现场照片.png"]').trigger('click');
    await vi.waitFor(() => expect(cases.uploadAttachment).toHaveBeenCalledTimes(2));
    await flushPromises();

    expect(uploadedAttachments(items()).map((a) => a.id)).toEqual(['a2']);
  });

  it('keeps to the maximum count and lets files be removed', async () => {
    vi.mocked(cases.uploadAttachment).mockImplementation(async (fileName) => ({
      id: fileName,
      fileName,
      mimeType: 'application/pdf',
      size: 10,
      thumbnail: null,
    }));
    const { wrapper, pick, items } = mountUploader(2);

    pick(...['1.pdf', '2.pdf', '3.pdf'].map((name) => new File(['%PDF'], name, { type: 'application/pdf' })));
    await vi.waitFor(() => expect(cases.uploadAttachment).toHaveBeenCalledTimes(2));
    await flushPromises();

    expect(items().map((item) => item.fileName)).toEqual(['1.pdf', '2.pdf']);
    expect(wrapper.get('[role="alert"]').text()).toContain('最多上传 2 个附件');
    expect(wrapper.find('input[type="file"]').exists()).toBe(false);

    await wrapper.get('button[aria-label="移除附件1.pdf"]').trigger('click');
    expect(items().map((item) => item.fileName)).toEqual(['2.pdf']);
    expect(wrapper.find('input[type="file"]').exists()).toBe(true);
  });
});
