/**
 * Copies you can see (issue 20 §5): the services copied in this window's session, marked "New" with
 * their UID in the services table (two "Outlook Data File" rows no longer look alike), and the last one
 * revealed — scrolled into view and focused — when its profile's services show.
 */
import { ref } from 'vue';

const copied = ref(new Set<string>());
/** The copy to reveal once, until the table has shown it. */
const reveal = ref<{ profileId: string; serviceUid: string } | null>(null);
const key = (profileId: string, serviceUid: string) => `${profileId}|${serviceUid.toLowerCase()}`;

export function useCopiedServices() {
  return {
    /** After a copy: mark the new service and ask the table to reveal it. */
    markCopied(profileId: string, serviceUid: string): void {
      copied.value = new Set(copied.value).add(key(profileId, serviceUid));
      reveal.value = { profileId, serviceUid: serviceUid.toLowerCase() };
    },
    isCopied: (profileId: string, serviceUid: string): boolean => copied.value.has(key(profileId, serviceUid)),
    reveal,
  };
}
