// A QR code drawn as inline SVG on the server (the pickup code at the store counter).
import { encode } from 'uqr';

/** One path of dark modules on a white square with a quiet zone of `border` modules. */
export function QrCode({
  value,
  label,
  size = 192,
  border = 4,
}: {
  value: string;
  label: string;
  size?: number;
  border?: number;
}) {
  const { data } = encode(value, { ecc: 'M', border: 0 });
  const modules = data.length + border * 2;
  const path = data
    .flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x + border},${y + border}h1v1h-1z`] : [])))
    .join('');
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      data-testid="pickup-qr"
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
