import type { FileChooser, Locator, Page } from 'playwright-core';
import { goTo, openWorkstationInBrowser, type WorkstationInBrowser } from './workstation-in-browser';

/** What a staged file's card says once its preview has been worked out. */
type PreviewStatus = 'Ready' | 'Answer needed' | 'Picked twice' | 'Rejected' | 'Already imported' | 'Refused in strict mode';

/** The Import page as a label uses it: stage statements, read their previews, import, read the summary. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await goTo(this.page, 'Import', 'Import statements');
  }

  /** Picks files with "Choose files…"; the chooser is returned for what it offered. */
  async stage(paths: string[]): Promise<FileChooser> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Choose files…' }).click()]);
    await chooser.setFiles(paths);
    return chooser;
  }

  card(fileName: string): Locator {
    return this.page.getByRole('article', { name: fileName });
  }

  async waitForPreview(fileName: string, status: PreviewStatus): Promise<Locator> {
    const card = this.card(fileName);
    await card.getByText(status, { exact: true }).waitFor();
    return card;
  }

  /** Imports the files that are ready and returns the summary once it is shown. */
  async importReady(fileCount: number): Promise<Locator> {
    await this.page.getByRole('button', { name: `Import ${fileCount} ${fileCount === 1 ? 'file' : 'files'}` }).click();
    const summary = this.page.getByRole('region', { name: 'Import finished' });
    await summary.waitFor();
    return summary;
  }

  history(): Locator {
    return this.page.getByRole('table', { name: 'Import history' });
  }

  historyRows(): Locator {
    return this.history().getByRole('row');
  }
}

/** A fresh workstation in the browser, past its first run, on the Import page. */
export async function openOnImportPage(name: string): Promise<{ workstation: WorkstationInBrowser; page: Page; imports: ImportPage }> {
  const workstation = await openWorkstationInBrowser(name);
  const imports = new ImportPage(workstation.page);
  await workstation.openFirstRun();
  await imports.open();
  return { workstation, page: workstation.page, imports };
}
