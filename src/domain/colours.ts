// Text colour for a fill: black or white, whichever reads better (WCAG contrast); the header colours of
// every table the add-in makes (registers, the paper's sheets and its Word document).

export const HEADER_FILL = "#1F3864";
export const HEADER_FONT = "#FFFFFF";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

export function textColourOn(fill: string): "#000000" | "#FFFFFF" {
  return contrast(fill, "#000000") >= contrast(fill, "#FFFFFF") ? "#000000" : "#FFFFFF";
}
