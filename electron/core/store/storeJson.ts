/**
 * The JSON the store writes, with each document serialized at most once per transaction. One commit puts
 * the same document in several places (the no-op check, the history record, the journal, its profile
 * file) and a document read for editing is also the before-image; serializing it for each was most of a
 * commit's CPU time on a profile of a hundred sections. The text is exactly JSON.stringify's for objects
 * whose keys are in their schema's order (storeFiles.ts), as the store builds them and zod parses them.
 *
 * Scoped to one transaction rather than kept with the loaded documents: after an import of 1,000
 * profiles, keeping every document's JSON would hold about 40% more heap for as long as the app runs.
 * Within a transaction the documents do not change: the store's are never edited in place (reads hand
 * out copies) and a put stores a freshly parsed document.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { HistoryRecord, Images, Journal } from './storeFiles.js';

export class StoreJson {
  private readonly serialized = new Map<ProfileDoc, string>();

  /** JSON.stringify(doc). */
  doc(doc: ProfileDoc): string {
    let json = this.serialized.get(doc);
    if (json === undefined) this.serialized.set(doc, (json = JSON.stringify(doc)));
    return json;
  }

  /**
   * A deep copy of a stored document. Parsing its JSON is faster than structuredClone, gives exactly what
   * reopening the store would, and leaves the JSON ready for the before-image if the copy is put back.
   */
  copy(doc: ProfileDoc): ProfileDoc {
    return JSON.parse(this.doc(doc)) as ProfileDoc;
  }

  /**
   * JSON.stringify of the record with its members in the order `after`, `carried`, `before`, each document
   * on a line of its own (recordDocs.ts reads them one by one). The documents an open needs come first: it
   * stops reading there, and the before-images, which only an undo reads, are the other half of the file.
   */
  historyRecord(record: HistoryRecord, eol = '\n'): string {
    const carried = record.carried ? `,"carried":${this.docs(record.carried, eol)}` : '';
    return `{"after":${this.images(record.after, eol)}${carried},"before":${this.images(record.before, eol)}}`;
  }

  /** JSON.stringify(journal). */
  journal(journal: Journal): string {
    const { historyFile } = journal;
    const history = historyFile
      ? `,"historyFile":{"id":${JSON.stringify(historyFile.id)},"record":${this.historyRecord(historyFile.record, '')}}`
      : '';
    const saved = journal.saved ? `,"saved":${JSON.stringify(journal.saved)}` : '';
    const unfiled = journal.unfiled ? `,"unfiled":${JSON.stringify(journal.unfiled)}` : '';
    return `{"docs":${this.docs(journal.docs)},"index":${JSON.stringify(journal.index)}${history},"dropHistory":${JSON.stringify(journal.dropHistory)}${saved}${unfiled}}`;
  }

  private images(images: Images, eol: string): string {
    const sources = images.sources ? `,"sources":${JSON.stringify(images.sources)}` : '';
    return `{"docs":${this.docs(images.docs, eol)},"order":${JSON.stringify(images.order)},"defaults":${JSON.stringify(images.defaults)}${sources}}`;
  }

  /** `{"id":doc,…}`; `eol` puts each member on its own line (whitespace JSON allows between members). */
  private docs(docs: Record<string, ProfileDoc | null>, eol = ''): string {
    const entries = Object.entries(docs).map(([id, doc]) => `${JSON.stringify(id)}:${doc ? this.doc(doc) : 'null'}`);
    return `{${eol}${entries.join(`,${eol}`)}${eol}}`;
  }
}
