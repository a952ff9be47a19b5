import { ProjectorScreen } from './ProjectorScreen';
import { FacilitatorScreen } from './FacilitatorScreen';
import { normalizeCode } from './protocol';
import './room.css';

/** A room's projector screen or its facilitator's controls, by route. */
export function RoomScreen({ code, view }: { code: string; view: 'projector' | 'facilitator' }) {
  const c = normalizeCode(code);
  return view === 'facilitator' ? <FacilitatorScreen code={c} /> : <ProjectorScreen code={c} />;
}
