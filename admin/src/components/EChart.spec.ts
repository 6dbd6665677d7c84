import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import EChart from './EChart.vue';

describe('EChart', () => {
  it('names the chart for screen readers and starts ECharts on its host', async () => {
    const wrapper = mount(EChart, {
      props: {
        label: '各部门按时办结率',
        option: {
          xAxis: { type: 'category', data: ['A'] },
          yAxis: { type: 'value' },
          series: [{ type: 'bar', data: [1] }],
        },
      },
      attachTo: document.body,
    });
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toBe('各部门按时办结率');
    // ECharts took the host: an instance id is set only once `echarts.init` ran on it.
    expect(wrapper.find('[_echarts_instance_]').exists()).toBe(true);
    wrapper.unmount();
  });
});
