/**
 * A leniency figure in words, sign explained: leniency is how far a member usually scores above
 * the committee, so calibration takes a positive one off and adds a negative one back.
 */
export function leniencyNote(leniency: number): string {
  const n = Math.abs(leniency);
  if (!n) return 'scores in line with the committee, so nothing changes';
  return leniency > 0
    ? `leniency +${n}: usually scores ${n} above the committee, so ${n} comes off`
    : `leniency −${n}: usually scores ${n} below the committee, so ${n} is added`;
}
