/**
 * The Outlook account manager (docs/file-formats.md §2.3; docs/check-rules.md W8, W9, I1, I3): each
 * account's `Service UID` should name a service of the profile (warning: Account Settings lists an account
 * that cannot be opened); its `Preferences UID` and `XP Provider UID` name sections Outlook creates when it
 * first needs them (info); the order arrays ({ED475418…} mail, {ED475419…} address book, {ED475420…} store)
 * should list existing accounts (info), and NextAccountID should be above every id (warning: a new account
 * would reuse a number).
 */
import { ACCOUNT_ORDER_VALUES } from '../../../shared/mapi/sections.js';
import { accountManagerView, accountText, accountUid, ACCOUNT_UID_VALUES, type DocIndex } from '../model/index.js';
import type { AddFinding } from './lint.js';

export function accountFindings(index: DocIndex, sections: ReadonlySet<string>, services: ReadonlySet<string>, add: AddFinding): void {
  const manager = accountManagerView(index, services);
  if (!manager) return;
  const ids = new Set<number>();
  for (const a of manager.accounts) {
    const key = index.byPath.get(a.path.toLowerCase());
    const account = a.accountName ?? accountText(key, 'Account Name') ?? a.id;
    if (/^[0-9a-f]{8}$/i.test(a.id)) ids.add(parseInt(a.id, 16));
    for (const name of ACCOUNT_UID_VALUES) {
      const target = accountUid(key, name);
      if (target === undefined) continue;
      if (name === 'Service UID' && !services.has(target)) {
        add('lintAccountPointsNowhere', { account, target }, { section: a.path, value: name });
      } else if (name !== 'Service UID' && !sections.has(target)) {
        add('lintAccountReferenceMissing', { account, value: name, target }, { section: a.path, value: name });
      }
    }
  }
  const orders = [
    [ACCOUNT_ORDER_VALUES.mail, manager.order.mail],
    [ACCOUNT_ORDER_VALUES.addressBook, manager.order.addressBook],
    [ACCOUNT_ORDER_VALUES.store, manager.order.store],
  ] as const;
  for (const [value, list] of orders) {
    for (const id of list) if (!ids.has(id)) add('lintAccountOrderDangling', { value, id }, { section: manager.path, value });
  }
  const highest = Math.max(0, ...ids);
  if (manager.nextAccountId !== null && manager.nextAccountId <= highest) {
    add('lintNextAccountIdStale', { next: manager.nextAccountId, id: highest }, { section: manager.path, value: 'NextAccountID' });
  }
}
