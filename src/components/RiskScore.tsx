/** A 0–100 score as a number with a bar; the number is the accessible text, the bar is decoration. */
export function RiskScore({ value, explanation }: { value: number; explanation?: readonly string[] }) {
  const level = value >= 75 ? 'critical' : value >= 50 ? 'high' : value >= 25 ? 'medium' : 'low';
  return (
    <span className="risk" title={explanation?.join('\n')}>
      <span className={`risk-bar sev-${level}`} aria-hidden="true">
        <span style={{ width: `${Math.round(value)}%` }} />
      </span>
      {Math.round(value)}
    </span>
  );
}
