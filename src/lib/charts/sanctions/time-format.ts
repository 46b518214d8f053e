/** Time tick labels at the precision the tick marks: "2019", "Apr", "5 Apr". In UTC, like the scale. */
import { utcFormat } from 'd3';

const year = utcFormat('%Y');
const month = utcFormat('%b');
const day = utcFormat('%-d %b');

export function timeTick(d: Date): string {
	if (d.getUTCDate() !== 1) return day(d);
	return d.getUTCMonth() === 0 ? year(d) : month(d);
}
