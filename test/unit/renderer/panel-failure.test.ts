import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Panel, type PanelProps } from '../../../src/renderer/src/components/Panel';

type Layouts = { mappings: string[] };

const failed: PanelProps<Layouts>['answer'] = { value: null, error: { code: 'busy', message: 'The store is busy.' }, loading: false };

function alertText(props: Partial<PanelProps<Layouts>>): string | undefined {
  const markup = renderToStaticMarkup(
    createElement(Panel<Layouts>, {
      title: 'Saved layouts',
      answer: failed,
      isEmpty: (value) => value.mappings.length === 0,
      emptyText: 'No saved layouts yet.',
      children: (value) => value.mappings.join(', '),
      ...props,
    }),
  );
  return /<p class="panel-message panel-message--error" role="alert">(.*?)<\/p>/.exec(markup)?.[1];
}

describe('a panel whose answer failed', () => {
  it('says what could not be done before the error’s own message', () => {
    expect(alertText({ failure: 'The saved layouts could not be loaded' })).toBe('The saved layouts could not be loaded: The store is busy.');
  });

  it('shows the error’s message alone when it is not told what failed', () => {
    expect(alertText({})).toBe('The store is busy.');
  });
});
