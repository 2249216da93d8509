import type { Page } from 'playwright-core';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Picks a source in a page's source picker as a person does: type part of its title, click it. */
export async function chooseSource(page: Page, label: string, title: string | null): Promise<void> {
  const field = page.getByRole('combobox', { name: label, exact: true });
  await field.click();
  await field.fill(title === null ? '' : title.slice(0, 30));
  const option =
    title === null
      ? page.getByRole('option', { name: /^All / })
      : page.getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) });
  await option.click();
}

/** What the picker shows as chosen. */
export async function chosenSource(page: Page, label: string): Promise<string> {
  return page.getByRole('combobox', { name: label, exact: true }).inputValue();
}
