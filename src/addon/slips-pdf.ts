/**
 * The slips page as a PDF in the runner's Drive. HtmlOutput.getBlob() gives the page as a
 * blob and Blob.getAs('application/pdf') converts it
 * (https://developers.google.com/apps-script/reference/html/html-output#getAs(String):
 * "Return the data inside this object as a blob converted to the specified content type").
 * A conversion that fails costs the slips, never the batch: the CSV list is already made.
 */
import { createPrivateBlobFile, type DriveFileRef } from './drive-files';

export function createSlipsPdf(name: string, html: string): DriveFileRef | null {
  try {
    const pdf = HtmlService.createHtmlOutput(html).getBlob().getAs('application/pdf');
    return createPrivateBlobFile(name, pdf, 'application/pdf');
  } catch (error) {
    console.warn(error);
    return null;
  }
}
