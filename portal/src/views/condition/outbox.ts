import { ref } from 'vue';
import { ApiError } from '@/api/client';
import { uploadAttachment } from '@/api/cases';
import { recordConditionVisit } from '@/api/conditions';
import type { ConditionReportInput } from '@/gql/graphql';

/**
 * Visits recorded without a connection (docs/conditions.md#grid-heads-on-a-phone): kept on the
 * phone, photos included, and sent when the connection returns. Each keeps the client key made
 * when it was recorded, so a send whose answer was lost and is tried again is stored once.
 */
export interface PendingPhoto {
  fileName: string;
  /** The picture itself until it is uploaded… */
  contentBase64: string | null;
  /** …then the upload's id (a retry does not upload it again). */
  uploadedId: string | null;
}

export interface PendingVisit {
  clientKey: string;
  enterpriseId: string;
  enterpriseName: string;
  visitedOn: string;
  findings: string;
  photos: PendingPhoto[];
  report: ConditionReportInput | null;
  savedAt: string;
  /** Why the server refused it (not a lost connection): shown, and it is not sent again by itself. */
  error: string | null;
}

const STORAGE_KEY = 'gridbridge.pendingVisits';

function read(): PendingVisit[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as PendingVisit[]) : [];
  } catch {
    return [];
  }
}

/** What waits to be sent, newest last; the pages show it. */
export const pendingVisits = ref<PendingVisit[]>(read());

function write(list: PendingVisit[]): void {
  pendingVisits.value = list;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
}

/** Reads a picked file as base64 (without the data: prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** Keeps a visit on the phone until it can be sent. */
export function keepVisit(visit: Omit<PendingVisit, 'savedAt' | 'error'>): void {
  write([
    ...pendingVisits.value.filter((v) => v.clientKey !== visit.clientKey),
    { ...visit, savedAt: new Date().toISOString(), error: null },
  ]);
}

export function discardVisit(clientKey: string): void {
  write(pendingVisits.value.filter((v) => v.clientKey !== clientKey));
}

function update(clientKey: string, change: Partial<PendingVisit>): void {
  write(pendingVisits.value.map((v) => (v.clientKey === clientKey ? { ...v, ...change } : v)));
}

let sending: Promise<{ sent: number; left: number }> | null = null;

/**
 * Sends what waits, oldest first, one at a time; stops at the first lost connection. A visit
 * the server refuses keeps its error and waits for the grid head (`retry` sends those too).
 */
export function sendPendingVisits(retry = false): Promise<{ sent: number; left: number }> {
  // Cleared once settled (a microtask later), never inside the run: a run with nothing to await
  // would clear it before it is even set.
  sending ??= sendAll(retry).finally(() => {
    sending = null;
  });
  return sending;
}

async function sendAll(retry: boolean): Promise<{ sent: number; left: number }> {
  let sent = 0;
  for (const visit of [...pendingVisits.value]) {
    if (visit.error && !retry) continue;
    try {
      const photos = [...visit.photos];
      for (const [i, photo] of photos.entries()) {
        if (photo.uploadedId || !photo.contentBase64) continue;
        const uploaded = await uploadAttachment(photo.fileName, photo.contentBase64);
        photos[i] = { ...photo, uploadedId: uploaded.id, contentBase64: null };
        update(visit.clientKey, { photos });
      }
      await recordConditionVisit({
        enterpriseId: visit.enterpriseId,
        visitedOn: visit.visitedOn,
        findings: visit.findings,
        photoIds: photos.flatMap((p) => (p.uploadedId ? [p.uploadedId] : [])),
        clientKey: visit.clientKey,
        report: visit.report,
      });
      discardVisit(visit.clientKey);
      sent += 1;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // No connection (again): what is left waits for the next chance.
      if (error.code === 'NETWORK') break;
      update(visit.clientKey, { error: error.message });
    }
  }
  return { sent, left: pendingVisits.value.length };
}

let listening = false;

/**
 * Sends what waits whenever the phone comes back online (from the first condition page opened
 * on, for the rest of the session), and now if online.
 */
export function startSendingPendingVisits(): void {
  if (!listening) {
    listening = true;
    window.addEventListener('online', () => void sendPendingVisits());
  }
  if (pendingVisits.value.length > 0 && navigator.onLine) void sendPendingVisits();
}
