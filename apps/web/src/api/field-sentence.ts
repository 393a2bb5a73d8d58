/**
 * A field error as a sentence a person reads: "Due date must be on or after 3 December 2026"
 * rather than "dueDate: must be …". The API's messages are written to follow the field's name
 * ("is required", "must be …"); a form passes the words its boxes use, and any other field is
 * named from its API name (camelCase split, a trailing "Id" dropped, list positions counted from 1).
 */
export function fieldSentence(field: string, message: string, labels: Readonly<Record<string, string>> = {}): string {
  return `${labels[field] ?? fieldWords(field)} ${message}`;
}

function fieldWords(field: string): string {
  const words = field
    .split(/[.[\]\s]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? `${Number(part) + 1}` : part.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()))
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
