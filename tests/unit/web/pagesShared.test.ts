// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureNotice, failureOf } from '../../../web/shared/failure.ts';
import { GraphQLRequestError } from '../../../web/shared/graphqlResponse.ts';
import { RequestSlots } from '../../../web/shared/requestSlots.ts';
import {
  listedAtMost,
  matchingSources,
  SourcePicker,
  type PickableSource,
} from '../../../web/shared/sourcePicker.ts';

const many: PickableSource[] = Array.from({ length: 1000 }, (_, i) => ({
  slug: `article-${i}`,
  title: i % 2 === 0 ? `Board versus staff, part ${i}` : `Leads and managers, part ${i}`,
  count: i,
}));

afterEach(() => document.body.replaceChildren());

function picker(choose: (slug: string | null) => void = () => undefined) {
  const p = new SourcePicker({
    label: 'Claims of',
    allLabel: 'All articles',
    countNoun: 'statements',
    choose,
  });
  document.body.append(p.element);
  const input = p.element.querySelector('input');
  const list = p.element.querySelector('[role="listbox"]');
  if (!(input instanceof HTMLInputElement) || !(list instanceof HTMLElement))
    throw new Error('no picker field');
  return { p, input, list };
}

describe('the source picker', () => {
  it('matches every word typed in a title, sorted by title', () => {
    expect(matchingSources(many, 'board 99').map((s) => s.slug)).toEqual(
      ['article-990', 'article-992', 'article-994', 'article-996', 'article-998'].sort((a, b) =>
        `Board versus staff, part ${a.slice(8)}`.localeCompare(`Board versus staff, part ${b.slice(8)}`),
      ),
    );
    expect(matchingSources(many, 'LEADS 999')).toEqual([
      { slug: 'article-999', title: 'Leads and managers, part 999', count: 999 },
    ]);
  });

  it('lists "all" and at most a screenful of a thousand sources, each with its count, and says how to find the rest', () => {
    const { p, input, list } = picker();
    p.set(many, null);
    expect(input.value).toBe('All articles');
    input.dispatchEvent(new Event('focus'));
    const options = list.querySelectorAll('[role="option"]');
    expect(options).toHaveLength(listedAtMost);
    expect(options[0]?.textContent).toBe('All articles (1000)');
    expect(options[1]?.querySelector('.count')?.textContent).toMatch(/^\d+ statements$/);
    expect(list.querySelector('.more')?.textContent).toBe(`${1000 + 1 - listedAtMost} more: type to narrow`);
  });

  it('narrows as one types and picks with the keyboard', () => {
    const choose = vi.fn();
    const { p, input, list } = picker(choose);
    p.set(many, null);
    input.dispatchEvent(new Event('focus'));
    input.value = 'part 999';
    input.dispatchEvent(new Event('input'));
    expect([...list.querySelectorAll('[role="option"] .title')].map((o) => o.textContent)).toEqual([
      'Leads and managers, part 999',
    ]);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    expect(input.getAttribute('aria-activedescendant')).toBe(list.querySelector('[role="option"]')?.id);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(choose).toHaveBeenCalledWith('article-999');
    expect(list.hidden).toBe(true);
    expect(input.value).toBe('Leads and managers, part 999');
  });

  it('says so when no title matches, and Escape puts back the choice', () => {
    const { p, input, list } = picker();
    p.set(many, 'article-4');
    input.dispatchEvent(new Event('focus'));
    input.value = 'nothing like this';
    input.dispatchEvent(new Event('input'));
    expect(list.textContent).toBe('No title matches.');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(input.value).toBe('Board versus staff, part 4');
  });

  it('picking "all" again chooses nothing new', () => {
    const choose = vi.fn();
    const { p, input, list } = picker(choose);
    p.set(many, null);
    input.dispatchEvent(new Event('focus'));
    list.querySelector('[role="option"]')?.dispatchEvent(new MouseEvent('mousedown', { cancelable: true }));
    expect(choose).not.toHaveBeenCalled();
  });
});

describe('failures in plain words', () => {
  it('say what happened by the error’s code, keep the API’s words for whoever asks, and offer Retry', () => {
    const failure = failureOf(
      new GraphQLRequestError(
        'Query cost 58381 exceeds the limit of 50000 (MAX_COST)',
        'QUERY_TOO_COMPLEX',
        400,
      ),
    );
    expect(failure.words).toBe(
      'This asks the server for more than it answers at once. Choose one article, or fewer items, and try again.',
    );
    const retry = vi.fn();
    const notice = failureNotice('Comparing the tiers', failure, retry);
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.querySelector('p')?.textContent).toBe(`Comparing the tiers did not work. ${failure.words}`);
    expect(notice.querySelector('details')?.textContent).toContain('MAX_COST');
    notice.querySelector('button')?.click();
    expect(retry).toHaveBeenCalledOnce();
    expect(failureOf(new Error('boom')).words).toBe('Something went wrong on the server.');
    expect(failureOf(new GraphQLRequestError('first must be 1 to 50', 'BAD_USER_INPUT')).words).toBe(
      'The server could not use this request. first must be 1 to 50',
    );
  });
});

describe('request slots', () => {
  it('cancel the request a newer one in the same slot supersedes: its answer never arrives', async () => {
    const slots = new RequestSlots();
    const answers: string[] = [];
    const signals: AbortSignal[] = [];
    let releaseFirst: (value: string) => void = () => undefined;
    const first = slots.run(
      'details',
      (signal) => {
        signals.push(signal);
        return new Promise<string>((resolve) => (releaseFirst = resolve));
      },
      (answer) => answers.push(answer),
      () => answers.push('failed'),
    );
    const second = slots.run(
      'details',
      () => Promise.resolve('second'),
      (answer) => answers.push(answer),
      () => answers.push('failed'),
    );
    expect(signals[0]?.aborted).toBe(true);
    releaseFirst('first');
    await Promise.all([first, second]);
    expect(answers).toEqual(['second']);
  });

  it('leave other slots alone, report failures, count what is in flight and retry the last work', async () => {
    const busy: number[] = [];
    const slots = new RequestSlots((n) => busy.push(n));
    let attempts = 0;
    const failures: unknown[] = [];
    const work = () => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('down')) : Promise.resolve(attempts);
    };
    const done: number[] = [];
    await Promise.all([
      slots.run(
        'path',
        work,
        (n) => done.push(n),
        (error) => failures.push(error),
      ),
      slots.run(
        'search',
        () => Promise.resolve(0),
        (n) => done.push(n),
        (error) => failures.push(error),
      ),
    ]);
    expect(failures).toHaveLength(1);
    expect(done).toEqual([0]);
    await slots.retry('path');
    expect(done).toEqual([0, 2]);
    expect(busy.at(-1)).toBe(0);
    expect(Math.max(...busy)).toBe(2);
  });
});
