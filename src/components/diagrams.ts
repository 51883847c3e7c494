/**
 * The guide's diagrams: one SVG per language in public/diagrams/<name>.<lang>.svg.
 * `alt` is the full description a screen reader reads; `caption` is shown under the picture.
 */
export type DiagramLang = 'pt-BR' | 'en';
export interface DiagramText { alt: string; caption: string }
export interface DiagramInfo { width: number; height: number; text: Record<DiagramLang, DiagramText> }

export const diagrams: Record<string, DiagramInfo> = {};
