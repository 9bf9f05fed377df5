import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import { Tab, TabList, TabPanel, Tabs } from './tabs';

describe('Tabs (server-rendered)', () => {
  it('has a named tab list and renders the selected panel, labelled by its tab', () => {
    const page = render(
      <Tabs defaultSelectedKey="lines">
        <TabList label="Order details">
          <Tab id="summary">Summary</Tab>
          <Tab id="lines">Lines</Tab>
        </TabList>
        <TabPanel id="summary">The summary</TabPanel>
        <TabPanel id="lines">The lines</TabPanel>
      </Tabs>,
    );
    expect(page.one('div', 'tablist').attrs['aria-label']).toBe('Order details');
    const tabs = page.find((tag) => tag.attrs.role === 'tab');
    expect(tabs.map((tab) => tab.attrs['aria-selected'])).toEqual(['false', 'true']);
    const panel = page.one('div', 'tabpanel').attrs;
    expect(panel['aria-labelledby']).toBe(tabs[1]!.attrs.id);
    expect(tabs[1]!.attrs['aria-controls']).toBe(panel.id);
    expect(page.html).toContain('The lines');
    expect(page.html).not.toContain('The summary');
  });

  it('gives every tab the 44 px touch height', () => {
    const page = render(
      <Tabs>
        <TabList label="Views">
          <Tab id="a">A</Tab>
        </TabList>
        <TabPanel id="a">a</TabPanel>
      </Tabs>,
    );
    expect(page.one('div', 'tab').attrs.class).toContain('min-h-11');
  });
});
