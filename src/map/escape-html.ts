/** Escapes text for the few MapLibre APIs that take HTML (attribution strings). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
