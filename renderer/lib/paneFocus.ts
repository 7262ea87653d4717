/**
 * The window's two panes for the keyboard: the profile list (left) and the open profile (right). F6 /
 * Shift+F6 move between them, as in Outlook and Explorer, and Enter on the profile that is already open
 * moves into it; either lands on the place work continues from: the selected service (else the first) on
 * Services, the selected section on Sections, else the active tab.
 */

const DETAILS = '[data-testid="profile-details"]';
const LIST = '[data-testid="profile-list"]';

function focusFirst(root: ParentNode, selectors: string[]): boolean {
  for (const sel of selectors) {
    const el = root.querySelector<HTMLElement>(sel);
    if (el && (typeof el.checkVisibility !== 'function' || el.checkVisibility())) {
      el.focus();
      if (document.activeElement === el) return true;
    }
  }
  return false;
}

/** Into the open profile; false when no profile is open. */
export function focusDetailsPane(): boolean {
  const details = document.querySelector(DETAILS);
  if (!details) return false;
  const pane = details.querySelector('.el-tab-pane:not([style*="display: none"])') ?? details;
  return (
    focusFirst(pane, ['.current-service a.name', 'a.name', '[aria-selected="true"] > button', '[role="grid"]']) ||
    focusFirst(details, ['.el-tabs__item.is-active'])
  );
}

/** Back to the profile list: the selected profile, else the first. */
export function focusListPane(): boolean {
  const list = document.querySelector(LIST);
  return !!list && focusFirst(list, ['[aria-selected="true"]', '[role="option"]']);
}

/** F6 and Shift+F6: with two panes both move to the other one. */
export function switchPane(): boolean {
  const inDetails = !!document.activeElement?.closest(DETAILS);
  return inDetails ? focusListPane() || focusDetailsPane() : focusDetailsPane() || focusListPane();
}
