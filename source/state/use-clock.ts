import {useEffect, useState} from 'react';

/** The time now (epoch ms), updated every `everyMs` while `active`: for ages such as "5m". */
export function useClock(active: boolean, everyMs = 15_000): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (!active) return;
		setNow(Date.now());
		const timer = setInterval(() => setNow(Date.now()), everyMs);
		return () => clearInterval(timer);
	}, [active, everyMs]);
	return now;
}
