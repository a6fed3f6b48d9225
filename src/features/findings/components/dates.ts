/** `<input type="date">` speaks YYYY-MM-DD; the API speaks ISO date-times. Dates are whole days in UTC. */
export const toDateInput = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');
export const fromDateInput = (day: string) => (day ? `${day}T00:00:00.000Z` : null);
