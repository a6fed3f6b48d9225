/**
 * A 0–100 score as a number with a bar; the number is the accessible text, the bar is decoration. The bar's length is
 * an SVG attribute, not a style: the server renders this markup too, and the CSP refuses inline style attributes.
 */
export function RiskScore({ value, explanation }: { value: number; explanation?: readonly string[] }) {
  const level = value >= 75 ? 'critical' : value >= 50 ? 'high' : value >= 25 ? 'medium' : 'low';
  return (
    <span className="risk" title={explanation?.join('\n')}>
      <svg className={`risk-bar sev-${level}`} aria-hidden="true" focusable="false" viewBox="0 0 100 1" preserveAspectRatio="none">
        <rect width={Math.round(value)} height="1" />
      </svg>
      {Math.round(value)}
    </span>
  );
}
