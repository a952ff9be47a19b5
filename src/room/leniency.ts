/** How far one participant sits from the room, in words: "0.6 above the room". */
export const leniencyWords = (x: number) =>
  Math.abs(x) < 0.05 ? 'right with the room' : `${Math.abs(x).toFixed(1)} ${x > 0 ? 'above' : 'below'} the room`;
