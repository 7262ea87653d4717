/**
 * The ways into the copy dialog: the row's button and context menu, Ctrl/Cmd+C on a selected service
 * then Ctrl/Cmd+V on a profile, and dragging a service row onto a profile of the left list.
 */
import { ElMessage } from 'element-plus';
import { useI18n } from 'vue-i18n';
import type { ServiceView } from '../../shared/profileView';
import { useUiStore, type ServiceRef } from '../stores/ui';
import { useWorkspaceStore } from '../stores/workspace';

/** The drag payload's type: a service reference as JSON. */
export const SERVICE_DRAG_TYPE = 'application/x-mpe-service';

export const serviceLabel = (s: Pick<ServiceView, 'displayName' | 'serviceName' | 'uid'>): string =>
  s.displayName ?? s.serviceName ?? s.uid;

export function serviceRef(profileId: string, s: ServiceView): ServiceRef {
  return { profileId, serviceUid: s.uid, label: serviceLabel(s) };
}

/** Reads a dragged service reference; null when the drag is something else. */
export function draggedService(e: DragEvent): ServiceRef | null {
  const raw = e.dataTransfer?.getData(SERVICE_DRAG_TYPE);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<ServiceRef>;
    return typeof v.profileId === 'string' && typeof v.serviceUid === 'string' && typeof v.label === 'string'
      ? { profileId: v.profileId, serviceUid: v.serviceUid, label: v.label }
      : null;
  } catch {
    return null;
  }
}

export const isServiceDrag = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes(SERVICE_DRAG_TYPE);

export function useServiceCopy() {
  const { t } = useI18n();
  const ui = useUiStore();
  const workspace = useWorkspaceStore();
  const keys = /Mac/i.test(navigator.platform) ? '⌘V' : 'Ctrl+V';

  /** Opens the copy dialog; the target defaults to the profile the service is in. */
  function openCopy(ref: ServiceRef, targetId: string = ref.profileId): void {
    ui.copyRequest = { ...ref, targetId };
  }
  /** Ctrl/Cmd+C on a service. */
  function copyRef(ref: ServiceRef): void {
    ui.clipboardService = ref;
    ElMessage({ type: 'info', message: t('copy.clipboard', { name: ref.label, keys }) });
  }
  /** Ctrl/Cmd+V: the copied service into the selected profile. False when there is nothing to paste. */
  function paste(): boolean {
    const clip = ui.clipboardService;
    if (!clip || !workspace.selectedId) return false;
    openCopy(clip, workspace.selectedId);
    return true;
  }
  function startDrag(e: DragEvent, ref: ServiceRef): void {
    if (!e.dataTransfer) return;
    e.dataTransfer.setData(SERVICE_DRAG_TYPE, JSON.stringify(ref));
    e.dataTransfer.setData('text/plain', ref.label);
    e.dataTransfer.effectAllowed = 'copy';
  }

  return { openCopy, copyRef, paste, startDrag };
}
