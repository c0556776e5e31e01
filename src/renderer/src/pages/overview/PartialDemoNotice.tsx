import { useDemoLoadStore } from '../../stores/demo-load-store';

/** After a cancelled demo load the store holds only the files imported before the cancel. */
export function PartialDemoNotice() {
  const cancelled = useDemoLoadStore((state) => state.phase === 'cancelled');
  if (!cancelled) return null;
  return (
    <p className="notice" role="status">
      Loading the demo data was cancelled part-way, so these figures cover only the statements imported before that.
    </p>
  );
}
