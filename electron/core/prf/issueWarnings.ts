/**
 * resolvePrf's issues as import warnings (shared/i18n/importWarnings.ts). An issue carries its kind, key,
 * section and line, and an English sentence; the parts of the sentence its fields do not carry (the
 * mapping section named, the bad value, the type…) are read back from that sentence, right after the
 * issue's own key. A warning is only used when its English sentence is exactly the issue's: otherwise
 * (a sentence resolvePrf gained since) the issue stays as found, as `prfOther`, so nothing is lost.
 */
import { importWarningText, type ImportWarning } from '../../../shared/i18n/importWarnings.js';
import type { PrfIssue } from '../formats/prf/index.js';

type Reading = (rest: string, issue: PrfIssue) => ImportWarning | undefined;

const match = (re: RegExp, rest: string): string[] | undefined => re.exec(rest)?.slice(1);

/** Sentences that start with the issue's key: `rest` is what follows it. */
const AFTER_KEY: Partial<Record<PrfIssue['kind'], Reading[]>> = {
  'unknown-mapping-section': [
    (rest, i) => {
      const m = match(/^ names \[(.*)\], which the file does not define$/s, rest);
      return m && { reason: 'prfUnknownMappingSection', params: { key: i.key!, mapping: m[0]!, line: i.line } };
    },
  ],
  'invalid-value': [
    (rest, i) => {
      const m = match(/^ must be Yes or No, not "(.*)"$/s, rest);
      return m && { reason: 'prfNotYesNo', params: { key: i.key!, value: m[0]!, line: i.line } };
    },
    (rest, i) => {
      const m = match(/^ must be TRUE\/FALSE or Yes\/No, not "(.*)"$/s, rest);
      return m && { reason: 'prfNotTrueFalse', params: { key: i.key!, value: m[0]!, line: i.line } };
    },
    (rest, i) => {
      const m = match(/^ \(([^()]*)\): "(.*)" is not (a number \(0x… or decimal\)|TRUE, FALSE, 1 or 0|an even number of hex digits|32 hex digits)$/s, rest);
      if (!m) return undefined;
      const reason = ({ 'a number (0x… or decimal)': 'prfNotANumber', 'TRUE, FALSE, 1 or 0': 'prfNotABoolean', 'an even number of hex digits': 'prfNotHex', '32 hex digits': 'prfNotClsid' } as const)[
        m[2] as 'a number (0x… or decimal)'
      ];
      return { reason, params: { key: i.key!, ptype: m[0]!, value: m[1]!, line: i.line } };
    },
  ],
  'unsupported-type': [
    (rest, i) => {
      const m = match(/^ \(([^()]*)\): no PRF value syntax is known for type (0x[0-9a-f]+)$/s, rest);
      return m && { reason: 'prfUnsupportedType', params: { key: i.key!, ptype: m[0]!, type: m[1]!, line: i.line } };
    },
  ],
  'duplicate-key': [
    (rest, i) => {
      const m = match(/^ is set again in \[(.*)\] \(first at line ([^()]*)\); Outlook reads the first$/s, rest);
      return m && { reason: 'prfDuplicateKey', params: { key: i.key!, section: m[0]!, first: m[1]!, line: i.line } };
    },
  ],
  'unmapped-key': [
    (rest, i) => {
      const m = match(/^ has no mapping in \[(.*)\]: Outlook writes it nowhere$/s, rest);
      return m && { reason: 'prfUnmappedKey', params: { key: i.key!, mapping: m[0]!, line: i.line } };
    },
    (rest, i) => {
      const m = match(/^ cannot be mapped: \[(.*)\] has no mapping section$/s, rest);
      return m && { reason: 'prfNoMappingSection', params: { key: i.key!, section: m[0]!, line: i.line } };
    },
  ],
};

/** Sentences that do not start with a key. */
const WHOLE: Partial<Record<PrfIssue['kind'], Reading[]>> = {
  'unlisted-section': [
    (message, i) => {
      const m = match(/^\[(.*)\] is not listed in \[(.*)\]; Outlook ignores it$/s, message);
      return m && m[0] === i.section ? { reason: 'prfUnlistedSection', params: { section: m[0], list: m[1]!, line: i.line } } : undefined;
    },
  ],
  'unknown-default-store': [
    (message, i) => {
      const m = match(/^DefaultStore=(.*) names no service in \[Service List\]$/s, message);
      return m && { reason: 'prfUnknownDefaultStore', params: { store: m[0]!, line: i.line } };
    },
  ],
};

/** The line prefix resolvePrf's issues had as text: "line 12: …". */
export const issueText = (i: PrfIssue): string => (i.line !== undefined ? `line ${i.line}: ${i.message}` : i.message);

export function issueWarning(issue: PrfIssue): ImportWarning {
  const candidates: (ImportWarning | undefined)[] = [];
  if (issue.key !== undefined && issue.message.startsWith(issue.key)) {
    const rest = issue.message.slice(issue.key.length);
    for (const read of AFTER_KEY[issue.kind] ?? []) candidates.push(read(rest, issue));
  }
  for (const read of WHOLE[issue.kind] ?? []) candidates.push(read(issue.message, issue));
  const expected = issueText(issue);
  const found = candidates.find((w) => w !== undefined && importWarningText('en', w) === expected);
  return found ?? { reason: 'prfOther', params: { message: issue.message, line: issue.line } };
}
