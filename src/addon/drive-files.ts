/**
 * Every Drive file the add-on writes goes through here. It uses the Drive advanced
 * service (Drive API v3) rather than DriveApp: DriveApp.createFile requires the full
 * `drive` scope (every file of the user), while Drive.Files.create works under
 * `drive.file`, which reaches only the files this add-on created, and that is all the
 * manifest asks for.
 * https://developers.google.com/apps-script/reference/drive/drive-app#createFile(String,String,String)
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 */

export interface DriveFileRef {
  id: string;
  url: string;
}

function drive(): GoogleAppsScript.Drive {
  // The manifest enables it (dependencies.enabledAdvancedServices); absent means a broken deployment.
  if (typeof Drive === 'undefined' || !Drive) throw new Error('The Drive advanced service is not enabled');
  return Drive;
}

/** A new file in the runner's My Drive, shared with nobody. */
export function createPrivateFile(name: string, text: string, mimeType: string): DriveFileRef {
  const blob = Utilities.newBlob(text, mimeType, name);
  const file = drive().Files.create({ name, mimeType }, blob, { fields: 'id,webViewLink' });
  return { id: file.id!, url: file.webViewLink! };
}

/** Replaces a file's content in place: same id, same link, same shares. */
export function updateFileContent(id: string, text: string, mimeType?: string): DriveFileRef {
  const blob = mimeType ? Utilities.newBlob(text, mimeType) : Utilities.newBlob(text);
  const file = drive().Files.update(mimeType ? { mimeType } : {}, id, blob, { fields: 'id,webViewLink' });
  return { id: file.id!, url: file.webViewLink! };
}

/** Lets one person read the file; Drive mails them only when `notify` is set. */
export function shareWithReader(id: string, email: string, notify = false): void {
  drive().Permissions.create({ type: 'user', role: 'reader', emailAddress: email }, id, {
    sendNotificationEmail: notify,
    fields: 'id',
  });
}

/** A new file made from a blob (a PDF), in the runner's My Drive, shared with nobody. */
export function createPrivateBlobFile(name: string, blob: GoogleAppsScript.Base.Blob, mimeType: string): DriveFileRef {
  const file = drive().Files.create({ name, mimeType }, blob.setName(name), { fields: 'id,webViewLink' });
  return { id: file.id!, url: file.webViewLink! };
}

/**
 * Moves a file this add-on made to its owner's trash (restorable for 30 days). Only the owner
 * can: anyone else gets insufficientFilePermissions
 * (https://developers.google.com/workspace/drive/api/guides/delete).
 */
export function trashFile(id: string): void {
  drive().Files.update({ trashed: true }, id);
}

/** Takes every share but the owner's away: the file stays in its owner's Drive, seen by nobody else. */
export function removeShares(id: string): void {
  const list = drive().Permissions.list(id, { fields: 'permissions(id,role)' });
  for (const p of list.permissions ?? []) if (p.role !== 'owner') drive().Permissions.remove(id, p.id!);
}
