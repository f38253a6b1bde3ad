// A photo's caption is not the story's prose: "Photo: Rescuers carry …", or a line ending on its credit,
// "… in Jerusalem on March 18. (Thomas Coex/AFP/Getty Images)".
const LABEL = /^Photo: /;
const CREDIT = /\((?:[^()]*\/[^()]*|[^()]*\b(?:Photo|Photograph|Getty Images|Shutterstock|EPA|AFP|Reuters|AP)\b[^()]*)\)\s*$/;

export function isCaption(text: string): boolean {
  return LABEL.test(text) || CREDIT.test(text);
}
